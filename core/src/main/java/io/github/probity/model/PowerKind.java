package io.github.probity.model;

import io.github.probity.internal.Codes;
import java.util.List;

/**
 * The kind of a power item (职权事项), as inventoried from the unit's 三定 plan.
 *
 * @since 0.1.0
 */
public enum PowerKind implements Coded {
  /** Personnel: appointment, promotion, recruitment, assessment. */
  PERSONNEL("PERSONNEL", "人事"),
  /** Administrative approval and licensing. */
  APPROVAL("APPROVAL", "审批"),
  /** Supervision and inspection of others. */
  SUPERVISION("SUPERVISION", "监管"),
  /** Finance: funds, payments, budgets. */
  FINANCE("FINANCE", "财务"),
  /** Procurement of goods and services. */
  PROCUREMENT("PROCUREMENT", "采购"),
  /** Construction projects. */
  CONSTRUCTION("CONSTRUCTION", "工程建设"),
  /** Administrative enforcement, penalties and fees. */
  ENFORCEMENT("ENFORCEMENT", "执法"),
  /** Any other power. */
  OTHER("OTHER", "其他");

  private static final Codes<PowerKind> CODES =
      Codes.of("职权类别 (PowerKind)", PowerKind.class, PowerKind::synonyms);

  private final String code;
  private final String label;

  PowerKind(String code, String label) {
    this.code = code;
    this.label = label;
  }

  private static List<String> synonyms(PowerKind value) {
    switch (value) {
      case PERSONNEL:
        return List.of("人事权", "人事管理", "干部人事");
      case APPROVAL:
        return List.of("审批权", "行政审批", "许可", "行政许可");
      case SUPERVISION:
        return List.of("监管权", "监督检查", "检查", "监督");
      case FINANCE:
        return List.of("财务权", "资金", "资金管理", "财务管理");
      case PROCUREMENT:
        return List.of("采购权", "政府采购", "物品采购");
      case CONSTRUCTION:
        return List.of("工程", "建设", "工程项目", "工程建设项目");
      case ENFORCEMENT:
        return List.of("执法权", "行政执法", "处罚", "行政处罚");
      default:
        return List.of("其它");
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
  public static PowerKind parse(String text) {
    return CODES.parse(text);
  }
}
