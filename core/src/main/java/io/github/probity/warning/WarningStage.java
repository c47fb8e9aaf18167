package io.github.probity.warning;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * The stage of a warning: tendency signs get a prevention notice (预防提示), a risk that has appeared
 * gets a disposition notice (处置通知).
 *
 * @since 0.1.0
 */
public enum WarningStage implements Coded {
  /** Tendency or early signs (倾向性、苗头性问题). */
  TENDENCY("TENDENCY", "倾向性苗头"),
  /** The risk has appeared (风险已显现). */
  APPEARED("APPEARED", "风险已显现");

  private static final Codes<WarningStage> CODES =
      Codes.of("预警阶段 (WarningStage)", WarningStage.class);

  private final String code;
  private final String label;

  WarningStage(String code, String label) {
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
  public static WarningStage parse(String text) {
    return CODES.parse(text);
  }
}
