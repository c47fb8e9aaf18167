package io.github.probity.grading;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * The five built-in grading methods seen in practice; each has its own parameter type.
 *
 * @since 0.1.0
 */
public enum GradingMethod implements Coded {
  /** Weighted factors with score thresholds (加权评分法); the default. */
  WEIGHTED_FACTORS("WEIGHTED_FACTORS", "加权评分法"),
  /** The number of risk points on the owner, with conditions that force 高 (数量定级法). */
  COUNT_RULE("COUNT_RULE", "数量定级法"),
  /** How many of five yes/no criteria hold (标准计数法). */
  CRITERIA_COUNT("CRITERIA_COUNT", "标准计数法"),
  /** By the kind of power and 三重一大 (权力类型法). */
  POWER_TYPE("POWER_TYPE", "权力类型法"),
  /** A likelihood × severity grid of levels (风险矩阵法). */
  MATRIX("MATRIX", "风险矩阵法");

  private static final Codes<GradingMethod> CODES =
      Codes.of("评级方法 (GradingMethod)", GradingMethod.class);

  private final String code;
  private final String label;

  GradingMethod(String code, String label) {
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
   * @return the method
   * @throws io.github.probity.model.InvalidCodeException if the text names no method
   */
  public static GradingMethod parse(String text) {
    return CODES.parse(text);
  }
}
