package io.github.probity.grading;

import org.immutables.value.Value;

/**
 * Parameters of the count rule: the number of risk points on the owner gives 低 below {@code
 * mediumFrom}, 一般 below {@code highFrom}, 高 from there (practice: 1–2 低, 3–4 一般, ≥ 5 高). The
 * conditions that force 高 outright are {@link OverrideRule}s of the policy (see {@link
 * GradingPolicy#countRule()}).
 *
 * <p>Invariant: {@code 1 ≤ mediumFrom ≤ highFrom}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class CountRuleParameters implements MethodParameters {
  CountRuleParameters() {}

  @Override
  public GradingMethod getMethod() {
    return GradingMethod.COUNT_RULE;
  }

  /**
   * Returns the count from which the owner's points are 一般.
   *
   * @return the count, ≥ 1
   */
  public abstract int getMediumFrom();

  /**
   * Returns the count from which the owner's points are 高.
   *
   * @return the count, ≥ {@link #getMediumFrom()}
   */
  public abstract int getHighFrom();

  @Value.Check
  void check() {
    if (getMediumFrom() < 1 || getHighFrom() < getMediumFrom()) {
      throw new IllegalArgumentException(
          "CountRuleParameters must satisfy 1 ≤ mediumFrom ≤ highFrom, were "
              + getMediumFrom()
              + " and "
              + getHighFrom());
    }
  }

  /** {@return the parameters seen in practice: 一般 from 3, 高 from 5} */
  public static CountRuleParameters defaults() {
    return builder().mediumFrom(3).highFrom(5).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CountRuleParameters}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableCountRuleParameters.Builder {
    Builder() {}
  }
}
