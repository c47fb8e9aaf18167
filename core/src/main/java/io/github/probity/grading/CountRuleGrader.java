package io.github.probity.grading;

import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import org.jspecify.annotations.Nullable;

/** The count rule; see {@link CountRuleParameters}. Immutable and thread-safe. */
final class CountRuleGrader extends BuiltInGrader {
  private final int mediumFrom;
  private final int highFrom;

  CountRuleGrader(GradingPolicy policy, CountRuleParameters p) {
    super(policy);
    mediumFrom = p.getMediumFrom();
    highFrom = p.getHighFrom();
  }

  @Override
  boolean readsCount(boolean explain) {
    return true;
  }

  @Override
  RiskLevel evaluate(
      RiskPoint p,
      GradingContext c,
      @Nullable RiskFactors f,
      @Nullable PowerItem item,
      int count,
      @Nullable Explainer out) {
    RiskLevel level = byThresholds(count, highFrom, mediumFrom);
    if (out != null) {
      out.add(
          "rule.count",
          p.getOwner().getScope().displayName()
              + "共有风险点 "
              + count
              + " 个（一般≥"
              + mediumFrom
              + "，高≥"
              + highFrom
              + "）→ "
              + level.displayName(),
          p.getOwner().getScope().code()
              + " has "
              + count
              + " risk points (MEDIUM ≥ "
              + mediumFrom
              + ", HIGH ≥ "
              + highFrom
              + ") → "
              + level.code());
      out.score = count;
    }
    return level;
  }
}
