package io.github.probity.warning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.grading.ResidualAssessment;
import io.github.probity.grading.ResidualLevelPolicy;
import io.github.probity.model.Effectiveness;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Evidence;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.MeasureType;
import io.github.probity.model.RiskLevel;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's "measures in motion" example, compiled and run. */
class MeasuresInMotionReadmeTest {

  @Test
  void measuresInMotion() {
    // tag::measures[]
    Measure measure =
        Measure.builder()
            .id("M-1")
            .text("采购需求审核与履约验收分设岗位")
            .type(MeasureType.SEPARATION_OF_DUTIES)
            .deadline(LocalDate.of(2026, 6, 30))
            .status(MeasureStatus.DONE) // 已落实; 已逾期 is derived: measure.statusOn(today)
            .progress(100)
            .addEvidence(
                Evidence.builder()
                    .reference("岗位分设文件-2026-05.pdf") // a reference, never the file
                    .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
                    .date(LocalDate.of(2026, 5, 31))
                    .by("P3")
                    .build())
            .addReviews( // by the point's supervisor, at the cadence its level sets
                EffectivenessReview.builder()
                    .date(LocalDate.of(2026, 8, 31))
                    .reviewer("P1")
                    .verdict(Effectiveness.INEFFECTIVE) // 无效
                    .note("验收仍由采购经办人签字")
                    .build())
            .build();
    Ledger ledger = EffectivenessScheduleTest.ledger("RP-1", measure);

    ResidualAssessment residual =
        ResidualLevelPolicy.standard().assess(ledger.riskPoint("RP-1").orElseThrow()).orElseThrow();
    // residual: 高 stays 高 and is flagged (措施评估无效); all 有效 would give 一般

    Clock clock = Clock.fixed(Instant.parse("2026-09-01T01:00:00Z"), ZoneId.of("Asia/Shanghai"));
    Supervision supervision = Supervision.of(ledger, WarningPolicy.defaults());
    List<ReviewDue> due = supervision.effectivenessDue(LocalDate.of(2026, 12, 1)); // 高: quarterly
    List<Warning> warnings =
        Monitor.replay(
            supervision.measureSignals(clock, "纪检组"),
            WarningPolicy.defaults(),
            java.util.Optional.of(ledger),
            Indicator.builtIns());
    // warnings: 警示 措施评估无效，需调整防控措施
    // end::measures[]
    assertThat(residual.getResidualLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(residual.isFlagged()).isTrue();
    assertThat(due)
        .singleElement()
        .satisfies(r -> assertThat(r.getDueDate()).isEqualTo(LocalDate.of(2026, 11, 30)));
    assertThat(warnings)
        .extracting(w -> w.getLevel().displayName() + " " + w.getReason())
        .containsExactly("警示 措施评估无效，需调整防控措施");
  }
}
