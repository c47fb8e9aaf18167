package io.github.probity.annex;

import io.github.probity.model.Effectiveness;
import io.github.probity.model.MeasureStatus;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where one measure of a row stands, as the 台账 prints it: its status and progress (落实情况) and its
 * latest effectiveness review (成效评价). The measure is named by its number in the row's measures
 * cell, so a status line {@code 2.已落实} belongs to measure 2 whatever lines come before it.
 *
 * <p>Invariants: the number is at least 1; progress is 0–100; the reviewer's name is non-blank when
 * present. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class MeasureState {
  MeasureState() {}

  /** {@return the measure's number in the row's measures cell, counted from 1} */
  public abstract int getNumber();

  /**
   * Returns the status the table shows; {@link MeasureStatus#OVERDUE} (已逾期) may be shown but is
   * never recorded on a measure.
   *
   * @return the status, or empty when the 落实情况 cell says nothing of the measure
   */
  public abstract Optional<MeasureStatus> getStatus();

  /**
   * Returns the progress in percent: the one printed beside the status, else the status's own
   * ({@link #defaultProgress(MeasureStatus)}).
   *
   * @return 0–100; 0 without a status
   */
  @Value.Default
  public int getProgress() {
    return getStatus().map(MeasureState::defaultProgress).orElse(0);
  }

  /** {@return the verdict of the measure's latest effectiveness review, if shown} */
  public abstract Optional<Effectiveness> getVerdict();

  /** {@return the name of the latest review's reviewer, if shown} */
  public abstract Optional<String> getReviewer();

  /** {@return the date of the latest review, if shown} */
  public abstract Optional<LocalDate> getReviewDate();

  /**
   * Returns the progress a status implies when none is printed: 100 for {@link MeasureStatus#DONE},
   * else 0. A table prints a measure's progress only where it differs.
   *
   * @param status a status
   * @return the implied progress
   */
  public static int defaultProgress(MeasureStatus status) {
    return status == MeasureStatus.DONE ? 100 : 0;
  }

  @Value.Check
  void check() {
    if (getNumber() < 1) {
      throw new IllegalArgumentException("MeasureState.number must be at least 1");
    }
    if (getProgress() < 0 || getProgress() > 100) {
      throw new IllegalArgumentException("MeasureState.progress must be 0 to 100");
    }
    if (getReviewer().isPresent() && getReviewer().get().isBlank()) {
      throw new IllegalArgumentException("MeasureState.reviewer must not be blank");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link MeasureState}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableMeasureState.Builder {
    Builder() {}
  }
}
