package io.github.probity.model;

import io.github.probity.internal.Codes;
import java.util.List;

/**
 * The five categories of integrity risk named by the plan, and {@link #UNSPECIFIED} for a risk
 * point whose category was not given (a table without a category column, a blank cell): a state of
 * its own, counted apart, never silently one of the five.
 *
 * <p>Parsing accepts the code, the label, the label with 风险 appended, and short forms.
 *
 * @since 0.1.0
 */
public enum RiskCategory implements Coded {
  /** 思想道德风险: slack study, wavering ideals, privilege-seeking, formalism. */
  IDEOLOGY("IDEOLOGY", "思想道德"),
  /** 制度机制风险: rules that are missing, unworkable or not enforced. */
  INSTITUTION("INSTITUTION", "制度机制"),
  /** 岗位职责风险: abuse of office, neglect of the post's duties, one-post-two-duties unmet. */
  DUTY("DUTY", "岗位职责"),
  /** 业务流程风险: process steps that fail to check each other or are not followed. */
  PROCESS("PROCESS", "业务流程"),
  /** 外部环境风险: inducements and improper influence from those the unit manages or deals with. */
  EXTERNAL("EXTERNAL", "外部环境"),
  /**
   * 未分类: the category was not given; to be assigned. Not one of the plan's five (see {@link
   * #five()}).
   *
   * @since 0.1.0
   */
  UNSPECIFIED("UNSPECIFIED", "未分类");

  private static final List<RiskCategory> FIVE =
      List.of(IDEOLOGY, INSTITUTION, DUTY, PROCESS, EXTERNAL);

  private static final Codes<RiskCategory> CODES =
      Codes.of("风险类别 (RiskCategory)", RiskCategory.class, RiskCategory::synonyms);

  private final String code;
  private final String label;

  RiskCategory(String code, String label) {
    this.code = code;
    this.label = label;
  }

  private static List<String> synonyms(RiskCategory value) {
    switch (value) {
      case IDEOLOGY:
        return List.of("思想道德风险", "思想", "道德风险", "思想道德类");
      case INSTITUTION:
        return List.of("制度机制风险", "制度", "机制", "制度风险", "机制风险", "制度机制类");
      case DUTY:
        return List.of("岗位职责风险", "岗位", "职责", "岗位风险", "职责风险", "岗位职责类");
      case PROCESS:
        return List.of("业务流程风险", "流程", "业务", "流程风险", "业务风险", "业务流程类", "权力运行", "权力运行风险");
      case UNSPECIFIED:
        return List.of("未分类", "待分类", "未定");
      default:
        return List.of("外部环境风险", "外部", "环境", "外部风险", "环境风险", "外部环境类");
    }
  }

  /**
   * Returns the plan's five categories, in order, without {@link #UNSPECIFIED}.
   *
   * @return the five categories
   * @since 0.1.0
   */
  public static List<RiskCategory> five() {
    return FIVE;
  }

  /**
   * Tells whether this is one of the plan's five categories, not {@link #UNSPECIFIED}.
   *
   * @return whether the category was given
   * @since 0.1.0
   */
  public boolean isSpecified() {
    return this != UNSPECIFIED;
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
  public static RiskCategory parse(String text) {
    return CODES.parse(text);
  }
}
