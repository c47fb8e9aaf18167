package io.github.probity.model;

import io.github.probity.internal.Codes;
import java.util.List;

/**
 * How often a power is exercised.
 *
 * @since 0.1.0
 */
public enum Frequency implements Coded {
  /** Every working day. */
  DAILY("DAILY", "每日"),
  /** About weekly. */
  WEEKLY("WEEKLY", "每周"),
  /** About monthly. */
  MONTHLY("MONTHLY", "每月"),
  /** About quarterly. */
  QUARTERLY("QUARTERLY", "每季度"),
  /** About yearly. */
  YEARLY("YEARLY", "每年"),
  /** Occasionally, less than yearly. */
  OCCASIONAL("OCCASIONAL", "偶尔");

  private static final Codes<Frequency> CODES =
      Codes.of("行使频率 (Frequency)", Frequency.class, Frequency::synonyms);

  private final String code;
  private final String label;

  Frequency(String code, String label) {
    this.code = code;
    this.label = label;
  }

  private static List<String> synonyms(Frequency value) {
    switch (value) {
      case DAILY:
        return List.of("经常", "日常", "每天");
      case WEEKLY:
        return List.of("周");
      case MONTHLY:
        return List.of("月");
      case QUARTERLY:
        return List.of("每季", "季度");
      case YEARLY:
        return List.of("年度", "每年度");
      default:
        return List.of("不定期", "偶发");
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
  public static Frequency parse(String text) {
    return CODES.parse(text);
  }
}
