package io.github.probity.model;

import io.github.probity.internal.Codes;
import java.util.List;

/**
 * How much discretion the exercise of a power leaves to the person exercising it.
 *
 * @since 0.1.0
 */
public enum Discretion implements Coded {
  /** No discretion: the outcome is fixed by rules. */
  NONE("NONE", "无"),
  /** Limited discretion within clear standards. */
  LIMITED("LIMITED", "较小"),
  /** Considerable discretion. */
  CONSIDERABLE("CONSIDERABLE", "较大"),
  /** Discretion without a reasonable limit. */
  UNLIMITED("UNLIMITED", "无合理限制");

  private static final Codes<Discretion> CODES =
      Codes.of("自由裁量空间 (Discretion)", Discretion.class, Discretion::synonyms);

  private final String code;
  private final String label;

  Discretion(String code, String label) {
    this.code = code;
    this.label = label;
  }

  private static List<String> synonyms(Discretion value) {
    switch (value) {
      case NONE:
        return List.of("无裁量");
      case LIMITED:
        return List.of("小", "有限");
      case CONSIDERABLE:
        return List.of("大");
      default:
        return List.of("无限制", "很大", "极大");
    }
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
   * Parses a code, label or documented synonym, ignoring case and surrounding (also full-width)
   * spaces.
   *
   * @param text the text to parse
   * @return the value
   * @throws InvalidCodeException if the text names no value; the message lists the valid values
   */
  public static Discretion parse(String text) {
    return CODES.parse(text);
  }
}
