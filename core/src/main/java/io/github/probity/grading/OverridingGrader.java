package io.github.probity.grading;

import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/** Applies override rules on top of any grader; see {@link RiskGrader#withOverrides}. */
final class OverridingGrader implements RiskGrader {
  private final RiskGrader delegate;
  private final Overrides overrides;

  OverridingGrader(RiskGrader delegate, List<OverrideRule> rules) {
    this.delegate = delegate;
    this.overrides = new Overrides(rules);
  }

  @Override
  public String id() {
    return delegate.id();
  }

  @Override
  public List<ExtraFactor> extraFactors() {
    return delegate.extraFactors();
  }

  @Override
  public boolean isMonotone() {
    return delegate.isMonotone() && overrides.isMonotone();
  }

  @Override
  public RiskLevel level(RiskPoint point, GradingContext context) {
    RiskLevel base = delegate.level(point, context);
    return overrides.apply(
        base, point, context, point.getFactors().orElse(null), item(point, context), null);
  }

  @Override
  public List<RiskLevel> levels(GradingContext context) {
    List<RiskLevel> base = delegate.levels(context);
    Resolved r = context.resolved();
    RiskLevel[] out = new RiskLevel[r.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = overrides.applyAt(base.get(i), r, i, context);
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  @Override
  public Grade grade(RiskPoint point, GradingContext context) {
    Grade base = delegate.grade(point, context);
    Explainer out = new Explainer();
    RiskLevel level =
        overrides.apply(
            base.getLevel(),
            point,
            context,
            point.getFactors().orElse(null),
            item(point, context),
            out);
    if (out.reasons.isEmpty()) {
      return base;
    }
    List<Reason> lines = new ArrayList<>(base.getExplanation());
    lines.addAll(out.reasons);
    Grade.Builder b = Grade.builder();
    b.from(base).level(level).explanation(lines);
    return b.build();
  }

  private static @org.jspecify.annotations.Nullable PowerItem item(
      RiskPoint point, GradingContext context) {
    return context.powerItem(point).orElse(null);
  }

  @Override
  public String toString() {
    return delegate + " with overrides";
  }
}
