package io.github.probity.annex;

import io.github.probity.plan.PlanTask;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * One row of annex 4: a task with the phase it belongs to. A phase's rows are adjacent and share
 * its name and dates, whose cells are merged over them.
 *
 * <p>Invariant: the phase name is non-blank. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlanRow {
  PlanRow() {}

  /**
   * Returns the phase's name.
   *
   * @return the name, non-blank
   */
  public abstract String getPhase();

  /** {@return the phase's first day} */
  public abstract LocalDate getStart();

  /** {@return the phase's last day, included} */
  public abstract LocalDate getEnd();

  /** {@return the task} */
  public abstract PlanTask getTask();

  @Value.Check
  void check() {
    if (getPhase().isBlank()) {
      throw new IllegalArgumentException("PlanRow.phase must not be blank");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanRow}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePlanRow.Builder {
    Builder() {}
  }
}
