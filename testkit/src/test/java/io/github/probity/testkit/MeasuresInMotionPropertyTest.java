package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Finding;
import io.github.probity.grading.ResidualAssessment;
import io.github.probity.grading.ResidualLevelPolicy;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.RiskPoint;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import io.github.probity.warning.Supervision;
import io.github.probity.warning.WarningPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Generated ledgers with measures in motion: the option changes only the measures' motion, is
 * deterministic, and the rules, the residual policy and the monitor's signals take every such
 * ledger without throwing; between them the seeds make every rule on measures in motion fire.
 */
class MeasuresInMotionPropertyTest {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
  static final Set<String> FIRED = ConcurrentHashMap.newKeySet();
  static final Set<MeasureStatus> STATUSES = ConcurrentHashMap.newKeySet();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void motionChangesOnlyTheMotionAndEveryToolTakesIt(long seed) {
    Ledger base = LedgerGenerator.generate(seed);
    Ledger moving = LedgerGenerator.withMeasuresInMotion(base, seed);
    assertThat(LedgerGenerator.withMeasuresInMotion(base, seed)).isEqualTo(moving);
    assertThat(moving.getRiskPoints()).hasSameSizeAs(base.getRiskPoints());
    for (int i = 0; i < base.getRiskPoints().size(); i++) {
      RiskPoint before = base.getRiskPoints().get(i);
      RiskPoint after = moving.getRiskPoints().get(i);
      assertThat(RiskPoint.builder().from(after).measures(before.getMeasures()).build())
          .isEqualTo(before);
      assertThat(after.getMeasures()).hasSameSizeAs(before.getMeasures());
      for (int j = 0; j < before.getMeasures().size(); j++) {
        Measure m = after.getMeasures().get(j);
        Measure was = before.getMeasures().get(j);
        assertThat(
                Measure.builder()
                    .from(m)
                    .status(MeasureStatus.PLANNED)
                    .progress(0)
                    .abandonReason(java.util.Optional.empty())
                    .evidence(List.of())
                    .reviews(List.of())
                    .build())
            .isEqualTo(was);
        STATUSES.add(m.getStatus());
        m.getEvidence().forEach(e -> assertThat(e.getDate().getYear()).isEqualTo(base.getYear()));
      }
    }

    ValidationReport report = RuleSet.standard().validate(moving, CLOCK);
    for (Finding f : report.getFindings()) {
      FIRED.add(f.getCode().code());
    }
    List<ResidualAssessment> residual = ResidualLevelPolicy.standard().assessAll(moving);
    assertThat(residual)
        .allSatisfy(
            a -> assertThat(a.getResidualLevel().rank()).isLessThanOrEqualTo(a.getLevel().rank()));
    assertThat(Supervision.of(moving, WarningPolicy.defaults()).measureSignals(CLOCK, "纪检组"))
        .allSatisfy(s -> assertThat(s.getRiskPoint()).isPresent());
  }

  @Test
  void withoutTheOptionASeedsLedgerKeepsEveryMeasurePlanned() {
    for (long seed = 0; seed < 20; seed++) {
      assertThat(LedgerGenerator.generate(seed).getRiskPoints())
          .flatMap(RiskPoint::getMeasures)
          .allSatisfy(
              m -> {
                assertThat(m.getStatus()).isEqualTo(MeasureStatus.PLANNED);
                assertThat(m.getProgress()).isZero();
                assertThat(m.getEvidence()).isEmpty();
                assertThat(m.getReviews()).isEmpty();
              });
    }
  }

  @AfterAll
  static void everyStatusAndEveryRuleOnMotionAppears() {
    assertThat(STATUSES)
        .containsExactlyInAnyOrderElementsOf(
            EnumSet.complementOf(EnumSet.of(MeasureStatus.OVERDUE)));
    assertThat(FIRED)
        .contains(
            "PR-MEASURE-003",
            "PR-MEASURE-004",
            "PR-MEASURE-005",
            "PR-MEASURE-006",
            "PR-MEASURE-007",
            "PR-MEASURE-008");
  }
}
