package io.github.probity.warning;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * The kind of information an information point (预警信息点) reports.
 *
 * @since 0.1.0
 */
public enum SignalKind implements Coded {
  /** A petition, complaint or report from the public (信访举报). */
  PETITION("PETITION", "信访举报"),
  /** A finding of an audit (审计发现). */
  AUDIT_FINDING("AUDIT_FINDING", "审计发现"),
  /** A finding of an inspection or supervision check (监督检查发现). */
  INSPECTION_FINDING("INSPECTION_FINDING", "监督检查发现"),
  /**
   * An event from a business system — a payment, a purchase, an appointment — carrying a {@link
   * ProcessEvent} (业务流程事件).
   */
  PROCESS_EVENT("PROCESS_EVENT", "业务流程事件"),
  /** A prevention measure past its deadline (防控措施逾期). */
  OVERDUE_MEASURE("OVERDUE_MEASURE", "防控措施逾期"),
  /**
   * A prevention measure whose latest effectiveness review found it ineffective (措施评估无效), see
   * {@link Supervision#measureSignals}.
   *
   * @since 0.1.0
   */
  INEFFECTIVE_MEASURE("INEFFECTIVE_MEASURE", "措施评估无效"),
  /** A rectification past its deadline (整改逾期). */
  OVERDUE_RECTIFICATION("OVERDUE_RECTIFICATION", "整改逾期"),
  /** A supervision review past its due date (监督检查逾期), see {@link Supervision}. */
  OVERDUE_REVIEW("OVERDUE_REVIEW", "监督检查逾期"),
  /** A person reporting on their own situation (主动报告). */
  SELF_REPORT("SELF_REPORT", "主动报告"),
  /** Any other information (其他). */
  OTHER("OTHER", "其他");

  private static final Codes<SignalKind> CODES = Codes.of("信息类别 (SignalKind)", SignalKind.class);

  private final String code;
  private final String label;

  SignalKind(String code, String label) {
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
  public static SignalKind parse(String text) {
    return CODES.parse(text);
  }
}
