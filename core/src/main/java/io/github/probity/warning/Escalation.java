package io.github.probity.warning;

import java.time.Instant;
import org.immutables.value.Value;

/**
 * An escalation of a disposition case: an overdue or failed step moved to the next step, ordered
 * again, or — past the last step ordered twice — the warning level raised and accountability (追责)
 * triggered.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Escalation {
  Escalation() {}

  /** {@return the case's id} */
  public abstract String getCaseId();

  /** {@return when, from the injected clock} */
  public abstract Instant getTime();

  /** {@return why: overdue (逾期未回复) or failed rectification (整改不到位), with the handler's note} */
  public abstract String getReason();

  /**
   * Returns the step that failed.
   *
   * @return the failed step
   */
  public abstract DispositionMeasure getFromMeasure();

  /**
   * Returns the step now in force (the same step when ordered again or after accountability).
   *
   * @return the new step
   */
  public abstract DispositionMeasure getToMeasure();

  /**
   * Returns the level before.
   *
   * @return the level before
   */
  public abstract WarningLevel getFromLevel();

  /**
   * Returns the level after.
   *
   * @return the level after
   */
  public abstract WarningLevel getToLevel();

  /**
   * Tells whether accountability (追责) was triggered: the case goes to the discipline authority and
   * escalates no further.
   *
   * @return {@code true} if accountability was triggered
   */
  public abstract boolean isAccountability();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Escalation}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableEscalation.Builder {
    Builder() {}
  }
}
