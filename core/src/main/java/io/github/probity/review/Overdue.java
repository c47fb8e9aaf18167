package io.github.probity.review;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A review record that is late: which measure, what is overdue, the last day it was due and by how
 * many calendar days it is late. Invariant: at least one day late. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Overdue {
  Overdue() {}

  /** {@return the id of the late measure} */
  public abstract String getMeasureId();

  /** {@return what is overdue} */
  public abstract OverdueKind getKind();

  /** {@return the last day on which the step was due} */
  public abstract LocalDate getDueDate();

  /**
   * Returns by how many calendar days the step is late.
   *
   * @return the days, at least 1
   */
  public abstract long getDaysLate();

  @Value.Check
  void check() {
    if (getDaysLate() < 1) {
      throw new IllegalArgumentException(
          "Overdue.daysLate must be at least 1, was " + getDaysLate());
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Overdue}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableOverdue.Builder {
    Builder() {}
  }
}
