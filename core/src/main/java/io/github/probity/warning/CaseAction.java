package io.github.probity.warning;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * What a handler does to a disposition case; see {@link DispositionCase#apply}.
 *
 * @since 0.1.0
 */
public enum CaseAction implements Coded {
  /** Open a case for a warning: → 待处理; only {@link DispositionCase#open} does it. */
  OPEN("OPEN", "立案"),
  /** Take the case up: 待处理 → 处理中. */
  ACCEPT("ACCEPT", "受理"),
  /** Confirm the facts and issue the ladder's first step: 处理中 → 已核实. */
  VERIFY("VERIFY", "核实"),
  /** Clear as untrue: 待处理 or 处理中 → 不实澄清. */
  CLEAR("CLEAR", "澄清"),
  /** Record the reply or rectification: 已核实 → 已整改. */
  RECTIFY("RECTIFY", "整改"),
  /** Judge the rectification failed: 已整改 → 已核实, escalated. */
  REJECT("REJECT", "整改不到位"),
  /** Escalate an overdue step: stays 已核实. */
  ESCALATE("ESCALATE", "逾期升级"),
  /** File the closed case: 已整改 → 已归档. */
  ARCHIVE("ARCHIVE", "归档");

  private static final Codes<CaseAction> CODES = Codes.of("处置操作 (CaseAction)", CaseAction.class);

  private final String code;
  private final String label;

  CaseAction(String code, String label) {
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
  public static CaseAction parse(String text) {
    return CODES.parse(text);
  }
}
