package io.github.probity.model;

import io.github.probity.internal.Codes;

/**
 * How risk levels are labelled in output tables; real units use all three.
 *
 * <p>Parsing always accepts every style; the style only chooses what is written.
 *
 * @since 0.1.0
 */
public enum LevelLabelStyle implements Coded {
  /** 高 / 一般 / 低, the plan's own wording; the default. */
  HIGH_GENERAL_LOW("HIGH_GENERAL_LOW", "高/一般/低"),
  /** 高 / 中 / 低. */
  HIGH_MEDIUM_LOW("HIGH_MEDIUM_LOW", "高/中/低"),
  /** 一级 / 二级 / 三级. */
  TIER("TIER", "一级/二级/三级");

  private static final Codes<LevelLabelStyle> CODES =
      Codes.of("等级标注方式 (LevelLabelStyle)", LevelLabelStyle.class);

  private final String code;
  private final String label;

  LevelLabelStyle(String code, String label) {
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
   * Parses a code or label such as {@code TIER} or {@code 一级/二级/三级}.
   *
   * @param text the text to parse
   * @return the style
   * @throws InvalidCodeException if the text names no style
   */
  public static LevelLabelStyle parse(String text) {
    return CODES.parse(text);
  }
}
