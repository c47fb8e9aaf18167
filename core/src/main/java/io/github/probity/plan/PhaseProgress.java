package io.github.probity.plan;

import java.util.List;
import org.immutables.value.Value;

/**
 * Where one phase stands on the day progress was measured: its status, its done and open tasks (and
 * which open tasks were recorded as completed with indicators unmet) and, when overdue, by how many
 * days. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PhaseProgress {
  PhaseProgress() {}

  /** {@return the phase's 1-based number in the plan} */
  public abstract int getNumber();

  /** {@return the phase} */
  public abstract PlanPhase getPhase();

  /** {@return the phase's status} */
  public abstract PhaseStatus getStatus();

  /**
   * Returns the titles of the tasks that are done.
   *
   * @return the titles, in plan order
   */
  public abstract List<String> getDoneTasks();

  /**
   * Returns the titles of the tasks still open, including those of {@link #getUnmetTasks()}.
   *
   * @return the titles, in plan order
   */
  public abstract List<String> getOpenTasks();

  /**
   * Returns the titles of the open tasks whose completion is recorded but one of whose measured
   * indicators is not met (e.g. 评定风险等级 recorded as completed while levels are still undecided): the
   * record is not taken for done.
   *
   * @return the titles, in plan order; each is also in {@link #getOpenTasks()}
   * @since 0.1.0
   */
  public abstract List<String> getUnmetTasks();

  /** {@return how many days past its end an overdue phase is; 0 unless overdue} */
  public abstract long getDaysOverdue();

  /**
   * Tells whether the phase is overdue.
   *
   * @return {@code true} if the status is {@link PhaseStatus#OVERDUE}
   */
  public boolean isOverdue() {
    return getStatus() == PhaseStatus.OVERDUE;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PhaseProgress}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePhaseProgress.Builder {
    Builder() {}
  }
}
