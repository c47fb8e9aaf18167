package io.github.probity.review;

import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A publicity period (公示): first and last day and the range within which the measure is shown, e.g.
 * 本科室 or 全局.
 *
 * <p>Invariants: the end is not before the start; the range is non-blank. Whether the period is
 * long enough is the {@link ReviewPolicy}'s concern. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Publicity {
  Publicity() {}

  /**
   * Returns the first day of publicity.
   *
   * @return the start date
   */
  public abstract LocalDate getStart();

  /**
   * Returns the last day of publicity, inclusive.
   *
   * @return the end date
   */
  public abstract LocalDate getEnd();

  /**
   * Returns the range within which the measure is publicised, e.g. 全局 or 本科室.
   *
   * @return the range, non-blank
   */
  public abstract String getRange();

  @Value.Check
  void check() {
    if (getEnd().isBefore(getStart())) {
      throw new IllegalArgumentException(
          "Publicity.end " + getEnd() + " is before its start " + getStart());
    }
    if (getRange().isBlank()) {
      throw new IllegalArgumentException("Publicity.range must not be blank");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Publicity}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePublicity.Builder {
    Builder() {}
  }
}
