package io.github.probity.warning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Effectiveness;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Evidence;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.MeasureType;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class EffectivenessScheduleTest {

  static Measure measure(String id, MeasureStatus status) {
    return Measure.builder()
        .id(id)
        .text("措施 " + id)
        .type(MeasureType.SUPERVISION)
        .status(status)
        .progress(status == MeasureStatus.DONE ? 100 : 0)
        .build();
  }

  static Evidence evidence(LocalDate date) {
    return Evidence.builder().reference("复核记录.pdf").date(date).by("P3").build();
  }

  static EffectivenessReview review(LocalDate date, Effectiveness verdict) {
    return EffectivenessReview.builder().date(date).reviewer("P1").verdict(verdict).build();
  }

  /** The fixture ledger with measures added to some points. */
  static Ledger ledger(String pointId, Measure... measures) {
    Ledger base = Fixtures.ledger();
    List<RiskPoint> points = new ArrayList<>();
    for (RiskPoint p : base.getRiskPoints()) {
      points.add(
          p.getId().equals(pointId)
              ? RiskPoint.builder().from(p).addMeasures(measures).build()
              : p);
    }
    return Ledger.builder().from(base).riskPoints(points).build();
  }

  @Test
  void aDoneMeasureIsReviewedOneCadenceAfterItsEvidenceThenAfterItsLatestReview() {
    Measure shown =
        Measure.builder()
            .from(measure("M-1", MeasureStatus.DONE))
            .addEvidence(evidence(LocalDate.of(2026, 3, 10)))
            .build();
    Supervision s = Supervision.of(ledger("RP-1", shown), WarningPolicy.defaults());

    List<ReviewDue> onTheDay = s.effectivenessDue(LocalDate.of(2026, 6, 10));
    assertThat(onTheDay)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getRiskPoint()).isEqualTo("RP-1");
              assertThat(r.getMeasure()).contains("M-1");
              assertThat(r.getLevel()).isEqualTo(RiskLevel.HIGH);
              assertThat(r.getSupervisor()).contains("P1");
              assertThat(r.getLastReview()).isEmpty();
              assertThat(r.getDueDate()).isEqualTo(LocalDate.of(2026, 6, 10));
              assertThat(r.isOverdue()).isFalse();
            });
    assertThat(s.effectivenessDue(LocalDate.of(2026, 6, 9))).isEmpty();
    assertThat(s.effectivenessDue(LocalDate.of(2026, 6, 11)))
        .singleElement()
        .satisfies(r -> assertThat(r.isOverdue()).isTrue());

    Measure reviewed =
        Measure.builder()
            .from(shown)
            .addReviews(review(LocalDate.of(2026, 6, 5), Effectiveness.EFFECTIVE))
            .build();
    Supervision after = Supervision.of(ledger("RP-1", reviewed), WarningPolicy.defaults());
    assertThat(after.effectivenessDue(LocalDate.of(2026, 6, 11))).isEmpty();
    assertThat(after.effectivenessSchedule(LocalDate.of(2026, 6, 11)))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.getLastReview()).contains(LocalDate.of(2026, 6, 5));
              assertThat(r.getDueDate()).isEqualTo(LocalDate.of(2026, 9, 5));
            });
  }

  @Test
  void theCadenceFollowsThePointsLevelAndIsPolicyData() {
    Ledger l = ledger("RP-3", measure("M-3", MeasureStatus.DONE)); // 低: yearly from 2026-01-01
    assertThat(Supervision.of(l, WarningPolicy.defaults()).effectivenessSchedule(LocalDate.MIN))
        .extracting(ReviewDue::getDueDate)
        .containsExactly(LocalDate.of(2027, 1, 1));
    WarningPolicy monthly =
        WarningPolicy.builder().putReviewCadences(RiskLevel.LOW, Period.ofMonths(1)).build();
    assertThat(Supervision.of(l, monthly).effectivenessDue(LocalDate.of(2026, 2, 2)))
        .singleElement()
        .satisfies(r -> assertThat(r.isOverdue()).isTrue());
  }

  @Test
  void measuresNotInPlaceHaveNoEffectivenessReview() {
    Ledger l =
        ledger(
            "RP-2",
            measure("M-P", MeasureStatus.PLANNED),
            measure("M-I", MeasureStatus.IN_PROGRESS),
            Measure.builder()
                .from(measure("M-A", MeasureStatus.ABANDONED))
                .abandonReason("岗位撤并")
                .build());
    assertThat(Supervision.of(l, WarningPolicy.defaults()).effectivenessDue(LocalDate.MAX))
        .isEmpty();
    assertThat(
            Supervision.of(Fixtures.ledger(), WarningPolicy.defaults())
                .effectivenessDue(LocalDate.MAX))
        .isEmpty();
  }
}
