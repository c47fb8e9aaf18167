package io.github.probity.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.Effectiveness;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.MeasureType;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResidualLevelPolicyTest {
  private static final ResidualLevelPolicy STANDARD = ResidualLevelPolicy.standard();

  private static Measure measure(String id, MeasureStatus status, Effectiveness... verdicts) {
    Measure.Builder b =
        Measure.builder().id(id).text("措施 " + id).type(MeasureType.PROCESS).status(status);
    LocalDate d = LocalDate.of(2026, 3, 31);
    for (Effectiveness v : verdicts) {
      b.addReviews(EffectivenessReview.builder().date(d).reviewer("P1").verdict(v).build());
      d = d.plusMonths(3);
    }
    return b.build();
  }

  private static RiskPoint point(RiskLevel level, Measure... measures) {
    return RiskPoint.builder()
        .id("RP-1")
        .owner(RiskOwner.post("POST-1"))
        .category(RiskCategory.DUTY)
        .title("采购需求审核把关不严")
        .level(level)
        .addMeasures(measures)
        .build();
  }

  private static ResidualAssessment assess(RiskPoint p) {
    return STANDARD.assess(p).orElseThrow();
  }

  @Test
  void allMeasuresDoneAndEffectiveLowerTheLevelByOneNeverBelowLow() {
    Measure done = measure("M-1", MeasureStatus.DONE, Effectiveness.EFFECTIVE);
    ResidualAssessment high = assess(point(RiskLevel.HIGH, done));
    assertThat(high.getResidualLevel()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(high.getBasis()).isEqualTo(ResidualBasis.EFFECTIVE);
    assertThat(high.isFlagged()).isFalse();
    assertThat(high.getPolicyId()).isEqualTo(ResidualLevelPolicy.STANDARD_ID);
    assertThat(high.getPolicyVersion()).isEqualTo(ResidualLevelPolicy.BUILT_IN_VERSION);
    assertThat(assess(point(RiskLevel.MEDIUM, done)).getResidualLevel()).isEqualTo(RiskLevel.LOW);
    assertThat(assess(point(RiskLevel.LOW, done)).getResidualLevel()).isEqualTo(RiskLevel.LOW);
  }

  @Test
  void anIneffectiveLatestReviewKeepsTheLevelAndFlagsThePoint() {
    ResidualAssessment a =
        assess(
            point(
                RiskLevel.HIGH,
                measure("M-1", MeasureStatus.DONE, Effectiveness.EFFECTIVE),
                measure(
                    "M-2",
                    MeasureStatus.DONE,
                    Effectiveness.EFFECTIVE,
                    Effectiveness.INEFFECTIVE)));
    assertThat(a.getResidualLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(a.getBasis()).isEqualTo(ResidualBasis.INEFFECTIVE);
    assertThat(a.isFlagged()).isTrue();
    // an earlier 无效 followed by 有效 no longer counts
    ResidualAssessment mended =
        assess(
            point(
                RiskLevel.HIGH,
                measure(
                    "M-2",
                    MeasureStatus.DONE,
                    Effectiveness.INEFFECTIVE,
                    Effectiveness.EFFECTIVE)));
    assertThat(mended.getResidualLevel()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(mended.isFlagged()).isFalse();
  }

  @Test
  void measuresNotInPlaceNotReviewedOrOnlyBasicallyEffectiveKeepTheLevel() {
    Measure effective = measure("M-1", MeasureStatus.DONE, Effectiveness.EFFECTIVE);
    assertThat(assess(point(RiskLevel.HIGH, effective, measure("M-2", MeasureStatus.IN_PROGRESS))))
        .extracting(ResidualAssessment::getBasis, ResidualAssessment::getResidualLevel)
        .containsExactly(ResidualBasis.NOT_IN_PLACE, RiskLevel.HIGH);
    assertThat(assess(point(RiskLevel.HIGH, effective, measure("M-2", MeasureStatus.DONE))))
        .extracting(ResidualAssessment::getBasis, ResidualAssessment::getResidualLevel)
        .containsExactly(ResidualBasis.NOT_REVIEWED, RiskLevel.HIGH);
    Measure basic = measure("M-2", MeasureStatus.DONE, Effectiveness.BASICALLY_EFFECTIVE);
    assertThat(assess(point(RiskLevel.HIGH, effective, basic)))
        .extracting(ResidualAssessment::getBasis, ResidualAssessment::getResidualLevel)
        .containsExactly(ResidualBasis.BASICALLY_EFFECTIVE, RiskLevel.HIGH);
    assertThat(assess(point(RiskLevel.HIGH)))
        .extracting(ResidualAssessment::getBasis, ResidualAssessment::getResidualLevel)
        .containsExactly(ResidualBasis.NO_MEASURES, RiskLevel.HIGH);
  }

  @Test
  void abandonedMeasuresDoNotCountAndAnUngradedPointIsNotAssessed() {
    Measure abandoned =
        Measure.builder()
            .from(measure("M-2", MeasureStatus.ABANDONED))
            .abandonReason("岗位撤并")
            .build();
    assertThat(
            assess(
                    point(
                        RiskLevel.HIGH,
                        measure("M-1", MeasureStatus.DONE, Effectiveness.EFFECTIVE),
                        abandoned))
                .getResidualLevel())
        .isEqualTo(RiskLevel.MEDIUM);
    assertThat(assess(point(RiskLevel.HIGH, abandoned)).getBasis())
        .isEqualTo(ResidualBasis.NO_MEASURES);
    RiskPoint ungraded =
        RiskPoint.builder().from(point(RiskLevel.HIGH)).level(Optional.empty()).build();
    assertThat(STANDARD.assess(ungraded)).isEmpty();
  }

  @Test
  void otherStepsArePolicyDataAndRecordedWithTheirVersion() {
    ResidualLevelPolicy strict = ResidualLevelPolicy.reducing("unit-residual", "2026.1", 2, 1);
    ResidualAssessment a =
        strict
            .assess(
                point(RiskLevel.HIGH, measure("M-1", MeasureStatus.DONE, Effectiveness.EFFECTIVE)))
            .orElseThrow();
    assertThat(a.getResidualLevel()).isEqualTo(RiskLevel.LOW);
    assertThat(a.getPolicyId()).isEqualTo("unit-residual");
    assertThat(a.getPolicyVersion()).isEqualTo("2026.1");
    assertThat(
            strict
                .assess(
                    point(
                        RiskLevel.HIGH,
                        measure("M-1", MeasureStatus.DONE, Effectiveness.BASICALLY_EFFECTIVE)))
                .orElseThrow()
                .getResidualLevel())
        .isEqualTo(RiskLevel.MEDIUM);
    assertThatThrownBy(() -> ResidualLevelPolicy.reducing("x", "1", 1, 2))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ResidualLevelPolicy.reducing(" ", "1", 1, 0))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
