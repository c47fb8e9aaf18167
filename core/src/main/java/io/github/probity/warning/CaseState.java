package io.github.probity.warning;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * The state of a disposition case: 待处理 → 处理中 → 已核实 → 已整改 → 已归档, or 不实澄清 when the warning proves
 * untrue. {@link #ARCHIVED} and {@link #CLEARED} are final.
 *
 * @since 0.1.0
 */
public enum CaseState implements Coded {
  /** Waiting to be handled (待处理). */
  PENDING("PENDING", "待处理"),
  /** Being handled: facts are checked (处理中). */
  IN_PROGRESS("IN_PROGRESS", "处理中"),
  /** Facts verified; a disposition step is issued and awaits its reply (已核实). */
  VERIFIED("VERIFIED", "已核实"),
  /** The reply or rectification is in (已整改). */
  RECTIFIED("RECTIFIED", "已整改"),
  /** Closed and filed (已归档). Final. */
  ARCHIVED("ARCHIVED", "已归档"),
  /** Cleared as untrue (不实澄清); the record is kept. Final. */
  CLEARED("CLEARED", "不实澄清");

  private static final Codes<CaseState> CODES = Codes.of("处置状态 (CaseState)", CaseState.class);

  private final String code;
  private final String label;

  CaseState(String code, String label) {
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
  public static CaseState parse(String text) {
    return CODES.parse(text);
  }
}
