package io.github.probity.warning;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * The deadline light of a disposition step: yellow past half the time limit, red when overdue.
 *
 * @since 0.1.0
 */
public enum DeadlineLight implements Coded {
  /** Within the first half of the time limit (绿灯). */
  GREEN("GREEN", "绿灯"),
  /** Past half of the time limit (黄灯). */
  YELLOW("YELLOW", "黄灯"),
  /** Overdue (红灯). */
  RED("RED", "红灯");

  private static final Codes<DeadlineLight> CODES =
      Codes.of("期限灯 (DeadlineLight)", DeadlineLight.class);

  private final String code;
  private final String label;

  DeadlineLight(String code, String label) {
    this.code = code;
    this.label = label;
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
   * Parses a code or Chinese label, ignoring case and surrounding spaces.
   *
   * @param text the text to parse
   * @return the value
   * @throws io.github.probity.model.InvalidCodeException if the text names no value; the message
   *     lists the valid values
   */
  public static DeadlineLight parse(String text) {
    return CODES.parse(text);
  }
}
