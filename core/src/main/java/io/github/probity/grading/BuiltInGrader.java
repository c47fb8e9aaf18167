package io.github.probity.grading;

import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The frame of the built-in graders: one evaluation serves both the level-only fast path (no
 * explanation collected) and the full grade, so the two always agree. Immutable and thread-safe.
 */
abstract class BuiltInGrader implements RiskGrader {
  final GradingPolicy policy;
  private final Overrides overrides;
  private final boolean monotone;

  BuiltInGrader(GradingPolicy policy) {
    this.policy = policy;
    this.overrides = new Overrides(policy.getOverrides());
    this.monotone = policy.isMonotone();
  }

  /** Evaluates the method on a point; explains into {@code out} when it is not null. */
  abstract RiskLevel evaluate(
      RiskPoint p,
      GradingContext c,
      @Nullable RiskFactors f,
      @Nullable PowerItem item,
      @Nullable Explainer out);

  @Override
  public final String id() {
    return policy.getId();
  }

  @Override
  public final boolean isMonotone() {
    return monotone;
  }

  @Override
  public final RiskLevel level(RiskPoint point, GradingContext context) {
    RiskFactors f = point.getFactors().orElse(null);
    PowerItem item = item(point, context);
    RiskLevel base = evaluate(point, context, f, item, null);
    return overrides.isEmpty() ? base : overrides.apply(base, point, context, f, item, null);
  }

  @Override
  public final Grade grade(RiskPoint point, GradingContext context) {
    RiskFactors f = point.getFactors().orElse(null);
    PowerItem item = item(point, context);
    Explainer out = new Explainer();
    RiskLevel base = evaluate(point, context, f, item, out);
    RiskLevel level = overrides.apply(base, point, context, f, item, out);
    out.add(
        "result",
        "按"
            + policy.method().displayName()
            + "（"
            + id()
            + " v"
            + policy.getVersion()
            + "）评定为"
            + level.displayName(),
        "graded " + level.code() + " by " + id() + " v" + policy.getVersion());
    Grade.Builder b = Grade.builder();
    b.riskPointId(point.getId())
        .level(level)
        .policyId(id())
        .policyVersion(policy.getVersion())
        .explanation(out.reasons);
    if (!Double.isNaN(out.score)) {
      b.score(out.score);
    }
    return b.build();
  }

  private static @Nullable PowerItem item(RiskPoint point, GradingContext context) {
    Optional<String> id = point.getPowerItem();
    return id.isPresent() ? context.getLedger().powerItem(id.get()).orElse(null) : null;
  }

  static RiskLevel byThresholds(double value, double highFrom, double mediumFrom) {
    return value >= highFrom
        ? RiskLevel.HIGH
        : value >= mediumFrom ? RiskLevel.MEDIUM : RiskLevel.LOW;
  }

  @Override
  public String toString() {
    return id() + " v" + policy.getVersion();
  }
}
