package io.github.probity.warning;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An early warning (预警) raised by an {@link Indicator} from one or more signals.
 *
 * <p>The id is derived from the indicator and the signal that completed the evidence, so replaying
 * the same signals yields equal warnings. Invariants: at least one signal id; the id and indicator
 * id are non-blank. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Warning {
  Warning() {}

  /** {@return the warning's id, {@code indicatorId + ":" + signalId}} */
  public abstract String getId();

  /**
   * Returns the id of the indicator that raised it.
   *
   * @return the indicator id
   */
  public abstract String getIndicator();

  /** {@return the level} */
  public abstract WarningLevel getLevel();

  /** {@return the stage: tendency (prevention notice) or appeared (disposition notice)} */
  public abstract WarningStage getStage();

  /** {@return the ladder its disposition follows} */
  public abstract DispositionLadder getLadder();

  /** {@return whom it is about} */
  public abstract Subject getSubject();

  /**
   * Returns the risk point concerned, if known.
   *
   * @return the risk point id
   */
  public abstract Optional<String> getRiskPoint();

  /**
   * Returns the ids of the signals that raised it, in {@link Signal#ORDER}.
   *
   * @return the signal ids, non-empty
   */
  public abstract List<String> getSignals();

  /**
   * {@return when the warning arose: the time of the last signal, or the passed deadline for
   * time-based indicators}
   */
  public abstract Instant getTime();

  /** {@return a short readable reason, e.g. 90天内对同一人员信访举报3次} */
  public abstract String getReason();

  @Value.Check
  void check() {
    if (getSignals().isEmpty()) {
      throw new IllegalArgumentException(
          "Warning.signals must not be empty, in warning " + getId());
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Warning}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableWarning.Builder {
    Builder() {}
  }
}
