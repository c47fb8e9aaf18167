package io.github.probity.rollup;

import io.github.probity.plan.PhaseProgress;
import io.github.probity.plan.PhaseStatus;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * Where one phase of a unit's implementation plan stood on the roll-up's day: its number, name,
 * dates, status and days overdue — what {@link PhaseProgress} says, without the tasks. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PhaseStanding {
  PhaseStanding() {}

  /**
   * Returns the phase's 1-based number in the plan.
   *
   * @return the number
   */
  public abstract int getNumber();

  /**
   * Returns the phase's name.
   *
   * @return the name
   */
  public abstract String getName();

  /**
   * Returns the phase's first day.
   *
   * @return the start
   */
  public abstract LocalDate getStart();

  /**
   * Returns the phase's last day, included.
   *
   * @return the end
   */
  public abstract LocalDate getEnd();

  /**
   * Returns the phase's status.
   *
   * @return the status
   */
  public abstract PhaseStatus getStatus();

  /**
   * Returns how many days past its end an overdue phase is; 0 unless overdue.
   *
   * @return the days overdue
   */
  public abstract long getDaysOverdue();

  /**
   * Returns the standing of a measured phase.
   *
   * @param progress the phase's progress
   * @return the standing
   */
  public static PhaseStanding of(PhaseProgress progress) {
    return builder()
        .number(progress.getNumber())
        .name(progress.getPhase().getName())
        .start(progress.getPhase().getStart())
        .end(progress.getPhase().getEnd())
        .status(progress.getStatus())
        .daysOverdue(progress.getDaysOverdue())
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PhaseStanding}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePhaseStanding.Builder {
    Builder() {}
  }
}
