package io.github.probity.grading;

import io.github.probity.model.LevelDecision;
import io.github.probity.model.RiskLevel;
import org.immutables.value.Value;

/**
 * A leadership meeting's decision that no longer matches after re-grading: the meeting decided on a
 * proposal that the new policy no longer makes, so a new meeting must decide again.
 *
 * <p>Invariant: the new level differs from the decision's proposed level. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class StaleDecision {
  StaleDecision() {}

  /** {@return the id of the risk point} */
  public abstract String getRiskPointId();

  /** {@return the decision that no longer matches} */
  public abstract LevelDecision getDecision();

  /**
   * Returns the level the new policy proposes.
   *
   * @return the new proposed level
   */
  public abstract RiskLevel getNewLevel();

  /**
   * Tells whether the meeting's decided level happens to equal the new proposal, so the new meeting
   * may only need to confirm it.
   *
   * @return {@code true} if the decided level equals the new level
   */
  public boolean decidedLevelAgrees() {
    return getDecision().getLevel() == getNewLevel();
  }

  @Value.Check
  void check() {
    if (getDecision().getProposedLevel() == getNewLevel()) {
      throw new IllegalArgumentException(
          "StaleDecision of '" + getRiskPointId() + "' still matches its proposal");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StaleDecision}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableStaleDecision.Builder {
    Builder() {}
  }
}
