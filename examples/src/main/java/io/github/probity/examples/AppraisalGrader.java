package io.github.probity.examples;

import io.github.probity.grading.ExtraFactor;
import io.github.probity.grading.Grade;
import io.github.probity.grading.GradingContext;
import io.github.probity.grading.Reason;
import io.github.probity.grading.RiskGrader;
import io.github.probity.model.FactorValue;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.List;
import java.util.Optional;

/**
 * A unit's own method that reads a factor the model does not know: the 民主评议 (democratic appraisal)
 * score of the point's owner, declared as the extra factor {@link #APPRAISAL} (per owner, 0–100).
 * The score gives a level — ≥ 90 低, ≥ 75 一般, else 高 — and the point takes the higher of that and
 * the standard grader's level: a poor appraisal raises a point, a good one never lowers what the
 * standard method found. A point whose owner has no score is graded by the standard method alone,
 * and the explanation says the score is missing.
 *
 * <p>Deterministic, stateless and thread-safe; monotone in the built-in factors as the standard
 * grader is. Its test extends the testkit's {@code RiskGraderContract}.
 */
public final class AppraisalGrader implements RiskGrader {
  /** The grader's id. */
  public static final String ID = "appraisal";

  /** The declared extra factor: 民主评议得分, per owner, 0–100, a higher score a lower risk. */
  public static final ExtraFactor APPRAISAL =
      ExtraFactor.builder()
          .code("APPRAISAL")
          .label("民主评议得分")
          .scope(ExtraFactor.Scope.OWNER)
          .min(0)
          .max(100)
          .inverse(true)
          .build();

  private final RiskGrader standard = RiskGrader.standard();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<ExtraFactor> extraFactors() {
    return List.of(APPRAISAL);
  }

  @Override
  public boolean isMonotone() {
    return true;
  }

  // tag::appraisal-grader[]
  @Override
  public RiskLevel level(RiskPoint point, GradingContext context) {
    RiskLevel base = standard.level(point, context);
    return score(point, context).map(s -> higher(base, byScore(s))).orElse(base);
  }

  /** 民主评议 ≥ 90 低, ≥ 75 一般, else 高. */
  static RiskLevel byScore(double score) {
    return score >= 90 ? RiskLevel.LOW : score >= 75 ? RiskLevel.MEDIUM : RiskLevel.HIGH;
  }

  private static Optional<Double> score(RiskPoint point, GradingContext context) {
    return context
        .extraValue(point, APPRAISAL)
        .filter(APPRAISAL::accepts) // out of range: left to validation (PR-FACTOR-001)
        .map(FactorValue::numberOrNaN);
  }

  // end::appraisal-grader[]

  @Override
  public Grade grade(RiskPoint point, GradingContext context) {
    Grade base = standard.grade(point, context);
    Optional<Double> score = score(point, context);
    RiskLevel level = level(point, context);
    Grade.Builder b =
        Grade.builder()
            .riskPointId(point.getId())
            .level(level)
            .policyId(ID)
            .policyVersion("1")
            .addAllExplanation(base.getExplanation());
    base.getScore().ifPresent(b::score);
    if (score.isPresent()) {
      RiskLevel byScore = byScore(score.get());
      String shown = FactorValue.of(score.get()).toString();
      b.addExplanation(
          Reason.of(
              "factor.APPRAISAL",
              "民主评议得分 " + shown + "（≥90 低，≥75 一般，其余高）→ " + byScore.displayName() + "，取较高者",
              "APPRAISAL "
                  + shown
                  + " (≥ 90 LOW, ≥ 75 MEDIUM, else HIGH) → "
                  + byScore.code()
                  + ", the higher level counts"));
    } else {
      b.addExplanation(
          Reason.of(
              "factor.APPRAISAL",
              "民主评议得分未填报，按标准方法定级",
              "APPRAISAL not recorded, graded by the standard method"));
    }
    return b.build();
  }

  private static RiskLevel higher(RiskLevel a, RiskLevel b) {
    return a.rank() >= b.rank() ? a : b;
  }
}
