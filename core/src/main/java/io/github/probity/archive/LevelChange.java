package io.github.probity.archive;

import io.github.probity.model.LevelDecision;
import io.github.probity.model.RiskLevel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A change in the effective level of a risk point present in both ledgers, with the newer ledger's
 * leadership-meeting decision if one was taken.
 *
 * <p>Invariant: the levels differ. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LevelChange {
  LevelChange() {}

  /** {@return the risk point's id} */
  public abstract String getRiskPointId();

  /**
   * Returns the effective level before.
   *
   * @return the old level, empty if ungraded
   */
  public abstract Optional<RiskLevel> getBefore();

  /**
   * Returns the effective level after.
   *
   * @return the new level, empty if ungraded
   */
  public abstract Optional<RiskLevel> getAfter();

  /** {@return the decision in the newer ledger, if any} */
  public abstract Optional<LevelDecision> getDecision();

  @Value.Check
  void check() {
    if (getBefore().equals(getAfter())) {
      throw new IllegalArgumentException("LevelChange " + getRiskPointId() + " has equal levels");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LevelChange}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableLevelChange.Builder {
    Builder() {}
  }
}
