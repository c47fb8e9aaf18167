package io.github.probity.store.jdbc;

import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Which risk points of a ledger's current revision {@link LedgerStore#points} returns: every given
 * condition must hold; none given means every point. Immutable and thread-safe.
 *
 * <pre>{@code
 * PointFilter high = PointFilter.builder().department("D01").level(RiskLevel.HIGH).build();
 * }</pre>
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PointFilter {
  PointFilter() {}

  /**
   * Returns the department the points belong to: the department's own points and its posts'.
   *
   * @return the department id, or empty for any
   */
  public abstract Optional<String> getDepartment();

  /**
   * Returns the effective level (the decided one, else the proposed one).
   *
   * @return the level, or empty for any
   */
  public abstract Optional<RiskLevel> getLevel();

  /**
   * Returns the category.
   *
   * @return the category, or empty for any
   */
  public abstract Optional<RiskCategory> getCategory();

  /**
   * Returns whether the leadership meeting has decided the level.
   *
   * @return {@code true} for decided points, {@code false} for undecided ones, or empty for any
   */
  public abstract Optional<Boolean> getDecided();

  /**
   * Returns the filter that keeps every point.
   *
   * @return the filter
   */
  public static PointFilter all() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PointFilter}. Not thread-safe. */
  public static final class Builder extends ImmutablePointFilter.Builder {
    Builder() {}
  }
}
