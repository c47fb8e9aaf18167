package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.grading.GradingContext;
import io.github.probity.grading.RiskGrader;
import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.RiskGraderContract;
import io.github.probity.testkit.SampleUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The 民主评议 grader keeps the grader contract, including missing appraisal scores. */
class AppraisalGraderTest extends RiskGraderContract {

  @Override
  protected RiskGrader grader() {
    return new AppraisalGrader();
  }

  private static GradingContext scored(RiskPoint point, double score) {
    Ledger ledger =
        Ledger.builder()
            .from(SampleUnit.ledger())
            .putOwnerFactors(point.getOwner(), Map.of("APPRAISAL", FactorValue.of(score)))
            .build();
    return GradingContext.of(ledger);
  }

  @Test
  void aPoorAppraisalRaisesAPointAndAGoodOneNeverLowersIt() {
    RiskGrader grader = new AppraisalGrader();
    GradingContext plain = GradingContext.of(SampleUnit.ledger());
    for (RiskPoint point : SampleUnit.ledger().getRiskPoints()) {
      RiskLevel standard = RiskGrader.standard().level(point, plain);
      assertThat(grader.level(point, plain)).isEqualTo(standard);
      assertThat(grader.level(point, scored(point, 95))).isEqualTo(standard);
      assertThat(grader.level(point, scored(point, 59.5))).isEqualTo(RiskLevel.HIGH);
      RiskLevel medium = grader.level(point, scored(point, 80));
      assertThat(medium.rank()).isGreaterThanOrEqualTo(RiskLevel.MEDIUM.rank());
      assertThat(medium.rank()).isGreaterThanOrEqualTo(standard.rank());
    }
  }

  @Test
  void thresholdsAndExplanation() {
    assertThat(AppraisalGrader.byScore(90)).isEqualTo(RiskLevel.LOW);
    assertThat(AppraisalGrader.byScore(89.9)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(AppraisalGrader.byScore(75)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(AppraisalGrader.byScore(74)).isEqualTo(RiskLevel.HIGH);
    RiskPoint point = SampleUnit.ledger().getRiskPoints().get(0);
    assertThat(new AppraisalGrader().grade(point, scored(point, 70)).getExplanation())
        .anySatisfy(r -> assertThat(r.getChinese()).contains("民主评议得分 70"));
    assertThat(
            new AppraisalGrader()
                .grade(point, GradingContext.of(SampleUnit.ledger()))
                .getExplanation())
        .anySatisfy(r -> assertThat(r.getEnglish()).contains("APPRAISAL not recorded"));
    // out of range is left to validation: graded as if not recorded
    assertThat(new AppraisalGrader().level(point, scored(point, 120)))
        .isEqualTo(RiskGrader.standard().level(point, GradingContext.of(SampleUnit.ledger())));
  }
}
