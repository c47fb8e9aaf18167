package io.github.probity.grading;

import io.github.probity.model.RiskLevel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One point whose proposed level changes under a new policy: the level recorded before, and the new
 * grade with its explanation (the why).
 *
 * <p>Invariant: the new level differs from the previous one, or there was none. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RegradedPoint {
  RegradedPoint() {}

  /** {@return the id of the risk point} */
  public abstract String getRiskPointId();

  /** {@return the level recorded (proposed) before re-grading; empty if the point was ungraded} */
  public abstract Optional<RiskLevel> getPreviousLevel();

  /** {@return the new grade, whose explanation says why} */
  public abstract Grade getNewGrade();

  /**
   * Returns the new level.
   *
   * @return the level of {@link #getNewGrade()}
   */
  public RiskLevel newLevel() {
    return getNewGrade().getLevel();
  }

  @Value.Check
  void check() {
    if (getPreviousLevel().isPresent() && getPreviousLevel().get() == newLevel()) {
      throw new IllegalArgumentException(
          "RegradedPoint of '" + getRiskPointId() + "' does not change the level");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegradedPoint}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableRegradedPoint.Builder {
    Builder() {}
  }
}
