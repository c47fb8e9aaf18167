package io.github.probity.grading;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * Why a residual level is what it is: the state of the point's measures that a {@link
 * ResidualLevelPolicy} read.
 *
 * @since 0.1.0
 */
public enum ResidualBasis implements Coded {
  /** The point has no measure in force (无防控措施): abandoned measures do not count. */
  NO_MEASURES("NO_MEASURES", "无防控措施"),
  /** A measure's latest review found it ineffective (措施评估无效). */
  INEFFECTIVE("INEFFECTIVE", "措施评估无效"),
  /** A measure is not in place yet (措施未全部落实). */
  NOT_IN_PLACE("NOT_IN_PLACE", "措施未全部落实"),
  /** Every measure is in place, but one has not been reviewed (措施未经有效性评估). */
  NOT_REVIEWED("NOT_REVIEWED", "措施未经有效性评估"),
  /** Every measure is in place and reviewed, at least one only 基本有效 (措施基本有效). */
  BASICALLY_EFFECTIVE("BASICALLY_EFFECTIVE", "措施基本有效"),
  /** Every measure is in place and its latest review found it 有效 (措施全部有效). */
  EFFECTIVE("EFFECTIVE", "措施全部有效");

  private static final Codes<ResidualBasis> CODES =
      Codes.of("剩余风险依据 (ResidualBasis)", ResidualBasis.class);

  private final String code;
  private final String label;

  ResidualBasis(String code, String label) {
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
   * @throws io.github.probity.model.InvalidCodeException if the text names no value
   */
  public static ResidualBasis parse(String text) {
    return CODES.parse(text);
  }
}
