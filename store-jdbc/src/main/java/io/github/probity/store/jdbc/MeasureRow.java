package io.github.probity.store.jdbc;

import io.github.probity.model.MeasureStatus;
import io.github.probity.model.MeasureType;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A measure with a deadline, still to be put in place, as {@link LedgerStore#measuresDue} returns
 * it. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MeasureRow {
  MeasureRow() {}

  /** {@return the measure's id} */
  public abstract String getMeasureId();

  /**
   * Returns the id of the risk point the measure belongs to.
   *
   * @return the risk point id
   */
  public abstract String getPointId();

  /** {@return the kind of measure} */
  public abstract MeasureType getType();

  /** {@return the recorded status: 未开始 or 推进中 (never 已逾期, which {@link #isOverdue} tells)} */
  public abstract MeasureStatus getStatus();

  /** {@return the deadline} */
  public abstract LocalDate getDeadline();

  /**
   * Tells whether the deadline has passed on a day.
   *
   * @param today the day
   * @return {@code true} if the deadline is before {@code today}
   */
  public boolean isOverdue(LocalDate today) {
    return getDeadline().isBefore(today);
  }

  static ImmutableMeasureRow.Builder builder() {
    return ImmutableMeasureRow.builder();
  }
}
