package io.github.probity.grading;

import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The frame of the built-in graders: one evaluation serves the level-only fast path (no explanation
 * collected), the bulk path over a whole ledger and the full grade, so they always agree. Immutable
 * and thread-safe.
 */
abstract class BuiltInGrader implements RiskGrader {
  final GradingPolicy policy;
  private final Overrides overrides;
  private final boolean monotone;
  private final Map<RiskLevel, Reason> results = new EnumMap<>(RiskLevel.class);

  BuiltInGrader(GradingPolicy policy) {
    this.policy = policy;
    this.overrides = new Overrides(policy.getOverrides());
    this.monotone = policy.isMonotone();
    String zh =
        "按" + policy.method().displayName() + "（" + id() + " v" + policy.getVersion() + "）评定为";
    String en = " by " + id() + " v" + policy.getVersion();
    for (RiskLevel level : RiskLevel.values()) {
      results.put(
          level, Reason.of("result", zh + level.displayName(), "graded " + level.code() + en));
    }
  }

  /**
   * Evaluates the method on a point; explains into {@code out} when it is not null. {@code count}
   * is the owner's point count when {@link #readsCount} asked for it, otherwise 0.
   */
  abstract RiskLevel evaluate(
      RiskPoint p,
      GradingContext c,
      @Nullable RiskFactors f,
      @Nullable PowerItem item,
      int count,
      @Nullable Explainer out);

  /** Tells whether {@link #evaluate} reads the owner's point count, with or without explaining. */
  boolean readsCount(boolean explain) {
    return false;
  }

  /** The columns of the extra factors {@link #evaluateAt} reads, fetched once per ledger graded. */
  Resolved.Column[] columns(Resolved r) {
    return NO_COLUMNS;
  }

  /** No extra factor columns. */
  static final Resolved.Column[] NO_COLUMNS = {};

  /**
   * Evaluates the {@code i}-th point of a resolved ledger, without explanation or overrides; {@code
   * columns} are those of {@link #columns}.
   */
  RiskLevel evaluateAt(Resolved r, int i, Resolved.Column[] columns, GradingContext c) {
    return evaluate(r.point(i), c, r.factors(i), r.item(i), r.count(i), null);
  }

  @Override
  public final String id() {
    return policy.getId();
  }

  @Override
  public final List<ExtraFactor> extraFactors() {
    return policy.getExtraFactors();
  }

  @Override
  public final boolean isMonotone() {
    return monotone;
  }

  @Override
  public final RiskLevel level(RiskPoint point, GradingContext context) {
    RiskFactors f = point.getFactors().orElse(null);
    PowerItem item = item(point, context);
    int count = readsCount(false) ? context.ownerPointCount(point) : 0;
    RiskLevel base = evaluate(point, context, f, item, count, null);
    return overrides.isEmpty() ? base : overrides.apply(base, point, context, f, item, null);
  }

  @Override
  public final List<RiskLevel> levels(GradingContext context) {
    Resolved r = context.resolved();
    Resolved.Column[] columns = columns(r);
    RiskLevel[] out = new RiskLevel[r.size()];
    if (overrides.isEmpty()) {
      for (int i = 0; i < out.length; i++) {
        out[i] = evaluateAt(r, i, columns, context);
      }
    } else {
      for (int i = 0; i < out.length; i++) {
        out[i] = overrides.applyAt(evaluateAt(r, i, columns, context), r, i, context);
      }
    }
    return Collections.unmodifiableList(Arrays.asList(out));
  }

  @Override
  public final Grade grade(RiskPoint point, GradingContext context) {
    RiskFactors f = point.getFactors().orElse(null);
    PowerItem item = item(point, context);
    int count = readsCount(true) ? context.ownerPointCount(point) : 0;
    Explainer out = new Explainer();
    RiskLevel base = evaluate(point, context, f, item, count, out);
    RiskLevel level = overrides.apply(base, point, context, f, item, out);
    out.reasons.add(Objects.requireNonNull(results.get(level)));
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
