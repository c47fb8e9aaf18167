package io.github.probity.grading;

import org.immutables.value.Value;

/**
 * Parameters of the criteria-count method: how many of the five {@link Criterion criteria} hold
 * gives 高 from {@code highFrom}, 一般 from {@code mediumFrom}, otherwise 低 (practice: ≥ 3 高, 2 一般, ≤
 * 1 低).
 *
 * <p>Invariant: {@code 1 ≤ mediumFrom ≤ highFrom ≤ 5}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class CriteriaCountParameters implements MethodParameters {
  CriteriaCountParameters() {}

  @Override
  public GradingMethod getMethod() {
    return GradingMethod.CRITERIA_COUNT;
  }

  /**
   * Returns the number of criteria from which a point is 一般.
   *
   * @return 1–5
   */
  public abstract int getMediumFrom();

  /**
   * Returns the number of criteria from which a point is 高.
   *
   * @return 1–5, ≥ {@link #getMediumFrom()}
   */
  public abstract int getHighFrom();

  @Value.Check
  void check() {
    if (getMediumFrom() < 1 || getHighFrom() < getMediumFrom() || getHighFrom() > 5) {
      throw new IllegalArgumentException(
          "CriteriaCountParameters must satisfy 1 ≤ mediumFrom ≤ highFrom ≤ 5, were "
              + getMediumFrom()
              + " and "
              + getHighFrom());
    }
  }

  /** {@return the parameters seen in practice: 一般 from 2, 高 from 3} */
  public static CriteriaCountParameters defaults() {
    return builder().mediumFrom(2).highFrom(3).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CriteriaCountParameters}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableCriteriaCountParameters.Builder {
    Builder() {}
  }
}
