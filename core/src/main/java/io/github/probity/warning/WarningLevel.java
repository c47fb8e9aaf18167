package io.github.probity.warning;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * The level of a warning, each with its colour: 提醒 (yellow), 警示 (orange), 严重 (red). Compare with
 * {@link #rank()} or {@link #isAtLeast(WarningLevel)}, never with {@code ordinal()}.
 *
 * @since 0.1.0
 */
public enum WarningLevel implements Coded {
  /** Reminder (提醒), yellow. */
  REMINDER("REMINDER", "提醒", 1, "黄色", "#F5C400"),
  /** Caution (警示), orange. */
  CAUTION("CAUTION", "警示", 2, "橙色", "#F08C00"),
  /** Severe (严重), red. */
  SEVERE("SEVERE", "严重", 3, "红色", "#D62828");

  private static final Codes<WarningLevel> CODES =
      Codes.of("预警等级 (WarningLevel)", WarningLevel.class);

  private final String code;
  private final String label;
  private final int rank;
  private final String colourName;
  private final String colourHex;

  WarningLevel(String code, String label, int rank, String colourName, String colourHex) {
    this.code = code;
    this.label = label;
    this.rank = rank;
    this.colourName = colourName;
    this.colourHex = colourHex;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return label;
  }

  /** {@return the rank: 1 for 提醒, 2 for 警示, 3 for 严重} */
  public int rank() {
    return rank;
  }

  /** {@return the colour's Chinese name, e.g. 红色} */
  public String colourName() {
    return colourName;
  }

  /** {@return the colour as an RGB hex string, e.g. {@code #D62828}} */
  public String colourHex() {
    return colourHex;
  }

  /**
   * Tells whether this level is the same as or more severe than another.
   *
   * @param other the level to compare with
   * @return {@code true} if {@code rank() >= other.rank()}
   */
  public boolean isAtLeast(WarningLevel other) {
    return rank >= other.rank;
  }

  /**
   * Returns the next level up, or this level if it is already {@link #SEVERE}.
   *
   * @return the raised level
   */
  public WarningLevel raised() {
    return this == REMINDER ? CAUTION : SEVERE;
  }

  /**
   * Parses a code or Chinese label, ignoring case and surrounding spaces.
   *
   * @param text the text to parse
   * @return the level
   * @throws io.github.probity.model.InvalidCodeException if the text names no level; the message
   *     lists the valid values
   */
  public static WarningLevel parse(String text) {
    return CODES.parse(text);
  }
}
