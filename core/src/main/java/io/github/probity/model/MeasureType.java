package io.github.probity.model;

import io.github.probity.internal.Codes;
import java.util.List;

/**
 * The kind of a prevention measure (防控措施).
 *
 * @since 0.1.0
 */
public enum MeasureType implements Coded {
  /** Rules and institutions: write, revise or enforce a rule. */
  INSTITUTIONAL("INSTITUTIONAL", "制度建设"),
  /** Process control: fix and publish the steps, checkpoints and time limits. */
  PROCESS("PROCESS", "流程控制"),
  /** Education: integrity talks, warning education, study. */
  EDUCATION("EDUCATION", "教育引导"),
  /** Supervision: inspections, audits, disclosure, reporting. */
  SUPERVISION("SUPERVISION", "监督检查"),
  /** Technology: online monitoring, system controls (制度加科技). */
  TECHNOLOGY("TECHNOLOGY", "科技防控"),
  /** Separation of duties: incompatible steps held by different people. */
  SEPARATION_OF_DUTIES("SEPARATION_OF_DUTIES", "分权制衡");

  private static final Codes<MeasureType> CODES =
      Codes.of("防控措施类型 (MeasureType)", MeasureType.class, MeasureType::synonyms);

  private final String code;
  private final String label;

  MeasureType(String code, String label) {
    this.code = code;
    this.label = label;
  }

  private static List<String> synonyms(MeasureType value) {
    switch (value) {
      case INSTITUTIONAL:
        return List.of("制度", "制度防控");
      case PROCESS:
        return List.of("流程", "流程防控", "程序");
      case EDUCATION:
        return List.of("教育", "教育防控", "思想教育");
      case SUPERVISION:
        return List.of("监督", "监督防控", "检查");
      case TECHNOLOGY:
        return List.of("科技", "信息化", "技术");
      default:
        return List.of("分权", "分离", "不相容岗位分离", "岗位分离", "分权制约");
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
  public static MeasureType parse(String text) {
    return CODES.parse(text);
  }
}
