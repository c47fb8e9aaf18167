package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.grading.GradingContext;
import io.github.probity.grading.RiskGrader;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.RiskGraderContract;
import io.github.probity.testkit.SampleUnit;
import org.junit.jupiter.api.Test;

/** A custom grader keeps the grader contract: the testkit's tests run against it. */
class LikelihoodHarmGraderContractTest extends RiskGraderContract {

  @Override
  protected RiskGrader grader() {
    return new LikelihoodHarmGrader();
  }

  @Test
  void gradesByLikelihoodTimesHarm() {
    GradingContext context = GradingContext.of(SampleUnit.ledger());
    RiskPoint point = SampleUnit.ledger().getRiskPoints().get(0);
    RiskGrader grader = new LikelihoodHarmGrader();
    assertThat(grader.level(withFactors(point, 5, 3), context)).isEqualTo(RiskLevel.HIGH);
    assertThat(grader.level(withFactors(point, 4, 2), context)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(grader.level(withFactors(point, 3, 2), context)).isEqualTo(RiskLevel.LOW);
    assertThat(grader.grade(withFactors(point, 5, 3), context).getScore()).hasValue(15);
  }

  private static RiskPoint withFactors(RiskPoint point, int probability, int harm) {
    return RiskPoint.builder()
        .from(point)
        .factors(
            RiskFactors.builder()
                .importance(1)
                .frequency(1)
                .probability(probability)
                .harm(harm)
                .build())
        .build();
  }
}
