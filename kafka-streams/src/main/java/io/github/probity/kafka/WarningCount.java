package io.github.probity.kafka;

import io.github.probity.warning.WarningLevel;
import java.time.Instant;

/**
 * A roll-up for a superior commission's dashboard: how many warnings of one level, raised by one
 * indicator, one unit had in one time window (by warning time). Each new warning in the window
 * publishes the window's count anew, so the latest record per key is the current count.
 *
 * <p>Immutable and thread-safe.
 *
 * @param unit the unit id
 * @param level the warning level
 * @param indicator the indicator id
 * @param windowStart the window's start, inclusive
 * @param windowEnd the window's end, exclusive
 * @param count the number of warnings so far, at least 1
 * @since 0.1.0
 */
public record WarningCount(
    String unit,
    WarningLevel level,
    String indicator,
    Instant windowStart,
    Instant windowEnd,
    long count) {

  /**
   * {@return the record key under which the counts of this unit, level, indicator and window are
   * published: {@code unit/level/indicator/windowStart}, e.g. {@code
   * SL-CZJ/CAUTION/REPEATED_PETITIONS/2026-09-15T00:00:00Z}}
   */
  public String key() {
    return unit + "/" + level.code() + "/" + indicator + "/" + windowStart;
  }
}
