package io.github.probity.rollup;

import io.github.probity.plan.PhaseProgress;
import io.github.probity.plan.PhaseStatus;
import io.github.probity.plan.PlanProgress;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where a unit's implementation plan stood on the roll-up's day: each phase's status and days
 * overdue, the phase the unit is at, and whether it lags. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlanStanding {
  PlanStanding() {}

  /**
   * Returns the phases, in plan order.
   *
   * @return the phases
   */
  public abstract List<PhaseStanding> getPhases();

  /**
   * Returns the phase the unit is at: the first one not completed; empty when all are.
   *
   * @return the current phase
   */
  public Optional<PhaseStanding> current() {
    for (PhaseStanding p : getPhases()) {
      if (p.getStatus() != PhaseStatus.COMPLETED) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns how many phases are completed.
   *
   * @return the number of completed phases
   */
  public int completed() {
    int n = 0;
    for (PhaseStanding p : getPhases()) {
      n += p.getStatus() == PhaseStatus.COMPLETED ? 1 : 0;
    }
    return n;
  }

  /**
   * Tells whether a phase is overdue: it has ended with tasks open.
   *
   * @return {@code true} if a phase is overdue
   */
  public boolean isLagging() {
    return daysOverdue() > 0
        || getPhases().stream().anyMatch(p -> p.getStatus() == PhaseStatus.OVERDUE);
  }

  /**
   * Returns the days overdue of the phase most overdue; 0 when none is.
   *
   * @return the days overdue
   */
  public long daysOverdue() {
    long d = 0;
    for (PhaseStanding p : getPhases()) {
      d = Math.max(d, p.getDaysOverdue());
    }
    return d;
  }

  /**
   * Returns the standing of a measured plan.
   *
   * @param progress the plan's progress
   * @return the standing
   */
  public static PlanStanding of(PlanProgress progress) {
    Builder b = builder();
    for (PhaseProgress p : progress.getPhases()) {
      b.addPhases(PhaseStanding.of(p));
    }
    return b.build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanStanding}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePlanStanding.Builder {
    Builder() {}
  }
}
