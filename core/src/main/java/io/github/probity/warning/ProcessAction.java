package io.github.probity.warning;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * What a business-system event ({@link ProcessEvent}) records.
 *
 * @since 0.1.0
 */
public enum ProcessAction implements Coded {
  /** A payment of funds (资金支付). */
  PAYMENT("PAYMENT", "资金支付"),
  /** A purchase of goods or services (采购). */
  PURCHASE("PURCHASE", "采购"),
  /** The arrangement of a major project (重大项目安排). */
  MAJOR_PROJECT("MAJOR_PROJECT", "重大项目安排"),
  /** An appointment or removal (人事任免). */
  APPOINTMENT("APPOINTMENT", "人事任免"),
  /** A major decision (重大事项决策). */
  MAJOR_DECISION("MAJOR_DECISION", "重大事项决策"),
  /** A person taking up a post (到岗); the post is the subject, the person the holder. */
  POST_ASSIGNED("POST_ASSIGNED", "到岗"),
  /** A person rotated off a post (轮岗交流); the post is the subject, the person the holder. */
  POST_ROTATED("POST_ROTATED", "轮岗交流"),
  /** A review of a holder on a post (在岗评估); the post is the subject, the person the holder. */
  POST_REVIEWED("POST_REVIEWED", "在岗评估");

  private static final Codes<ProcessAction> CODES =
      Codes.of("业务事项 (ProcessAction)", ProcessAction.class);

  private final String code;
  private final String label;

  ProcessAction(String code, String label) {
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
  public static ProcessAction parse(String text) {
    return CODES.parse(text);
  }
}
