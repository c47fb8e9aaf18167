package io.github.probity.examples;

import io.github.probity.grading.Grade;
import io.github.probity.grading.GradingContext;
import io.github.probity.grading.Reason;
import io.github.probity.grading.RiskGrader;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.Optional;

/**
 * A vendor's own grading method, plugged in beside the built-ins: likelihood × harm (发生几率 × 危害程度,
 * harm taken as the power's importance when not assessed), 15 or more → 高, 8 or more → 一般, else 低.
 * A point without factors is 一般 when its power is a 三重一大 matter, else 低.
 *
 * <p>Deterministic, stateless and thread-safe; declares itself monotone. Its test extends the
 * testkit's {@code RiskGraderContract}.
 */
public final class LikelihoodHarmGrader implements RiskGrader {
  /** The grader's id. */
  public static final String ID = "likelihood-harm";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean isMonotone() {
    return true;
  }

  @Override
  public RiskLevel level(RiskPoint point, GradingContext context) {
    return point
        .getFactors()
        .map(f -> byScore(score(f)))
        .orElseGet(() -> unassessed(point, context));
  }

  @Override
  public Grade grade(RiskPoint point, GradingContext context) {
    Grade.Builder grade =
        Grade.builder()
            .riskPointId(point.getId())
            .level(level(point, context))
            .policyId(ID)
            .policyVersion("1");
    Optional<RiskFactors> factors = point.getFactors();
    if (factors.isPresent()) {
      int score = score(factors.get());
      grade
          .score(score)
          .addExplanation(
              Reason.of(
                  "likelihood-harm",
                  "发生几率 × 危害程度 = " + score + "（高≥15，一般≥8）",
                  "likelihood × harm = " + score + " (HIGH ≥ 15, MEDIUM ≥ 8)"));
    } else {
      grade.addExplanation(
          Reason.of(
              "unassessed",
              "未评估风险因素：三重一大事项定为一般，其余定为低",
              "factors not assessed: MEDIUM for a major matter, else LOW"));
    }
    return grade.build();
  }

  private static int score(RiskFactors f) {
    return f.getProbability() * f.getHarm().orElse(f.getImportance());
  }

  private static RiskLevel byScore(int score) {
    return score >= 15 ? RiskLevel.HIGH : score >= 8 ? RiskLevel.MEDIUM : RiskLevel.LOW;
  }

  private static RiskLevel unassessed(RiskPoint point, GradingContext context) {
    return context.powerItem(point).filter(PowerItem::isMajorMatter).isPresent()
        ? RiskLevel.MEDIUM
        : RiskLevel.LOW;
  }
}
