package io.github.probity.rollup;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * How long something has been waiting, in days: how far past its deadline an overdue measure is, or
 * how long ago an open case was opened. Four bands: up to 30 days, 31–90, 91–180 and more than 180.
 *
 * @since 0.1.0
 */
public enum AgeBand implements Coded {
  /** 30 days or fewer (30天以内). */
  UP_TO_30("UP_TO_30", "30天以内", 0),
  /** 31 to 90 days (31—90天). */
  UP_TO_90("UP_TO_90", "31—90天", 31),
  /** 91 to 180 days (91—180天). */
  UP_TO_180("UP_TO_180", "91—180天", 91),
  /** More than 180 days (180天以上). */
  OVER_180("OVER_180", "180天以上", 181);

  private static final Codes<AgeBand> CODES = Codes.of("时长分段 (AgeBand)", AgeBand.class);

  private final String code;
  private final String label;
  private final int fromDays;

  AgeBand(String code, String label, int fromDays) {
    this.code = code;
    this.label = label;
    this.fromDays = fromDays;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return label;
  }

  /**
   * Returns the fewest days in this band.
   *
   * @return 0, 31, 91 or 181
   */
  public int fromDays() {
    return fromDays;
  }

  /**
   * Returns the band a number of days falls in; a negative number counts as 0.
   *
   * @param days the days
   * @return the band
   */
  public static AgeBand of(long days) {
    if (days > 180) {
      return OVER_180;
    }
    if (days > 90) {
      return UP_TO_180;
    }
    return days > 30 ? UP_TO_90 : UP_TO_30;
  }

  /**
   * Parses a code or Chinese label, ignoring case and surrounding spaces.
   *
   * @param text the text to parse
   * @return the band
   * @throws io.github.probity.model.InvalidCodeException if the text names no band; the message
   *     lists the valid values
   */
  public static AgeBand parse(String text) {
    return CODES.parse(text);
  }
}
