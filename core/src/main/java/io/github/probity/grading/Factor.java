package io.github.probity.grading;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * A grading factor a method may weigh. All but {@link #POINT_COUNT} are on the 1–5 scale of {@link
 * io.github.probity.model.RiskFactors}; the point count is the number of risk points of the same
 * owner, which the weighted method maps onto 1–5 with its count bands.
 *
 * <p>When a point has no assessed factors, a factor is derived from its power item where the model
 * allows (importance from the power's kind and 三重一大 flag, frequency and discretion from the power
 * item), otherwise the neutral value 3 is used for the three core factors; discretion and harm stay
 * absent.
 *
 * @since 0.1.0
 */
public enum Factor implements Coded {
  /** 权力重要程度. */
  IMPORTANCE("IMPORTANCE", "权力重要程度"),
  /** 行使频率. */
  FREQUENCY("FREQUENCY", "行使频率"),
  /** 发生几率. */
  PROBABILITY("PROBABILITY", "发生几率"),
  /** 自由裁量空间 (optional). */
  DISCRETION("DISCRETION", "自由裁量空间"),
  /** 危害程度 (optional). */
  HARM("HARM", "危害程度"),
  /** 风险点数量: the number of risk points of the same owner. */
  POINT_COUNT("POINT_COUNT", "风险点数量");

  private static final Codes<Factor> CODES = Codes.of("评级因素 (Factor)", Factor.class);

  private final String code;
  private final String label;

  Factor(String code, String label) {
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

  /** {@return the English name used in explanations, e.g. {@code importance}} */
  public String englishName() {
    return code.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /**
   * Parses a code or Chinese label, ignoring case and surrounding spaces.
   *
   * @param text the text to parse
   * @return the factor
   * @throws io.github.probity.model.InvalidCodeException if the text names no factor
   */
  public static Factor parse(String text) {
    return CODES.parse(text);
  }
}
