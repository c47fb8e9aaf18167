package io.github.probity.grading;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * When an {@link OverrideRule} applies to a risk point. Conditions read model data and the {@link
 * GradingContext}; none reads text.
 *
 * @since 0.1.0
 */
public enum OverrideCondition implements Coded {
  /** The point's power item is a 三重一大 matter. */
  MAJOR_MATTER("MAJOR_MATTER", "三重一大事项"),
  /**
   * The power has major influence on outcomes (对结果有重大影响): resolved importance is 5 (a 三重一大 power
   * item without assessed factors resolves to 5).
   */
  MAJOR_INFLUENCE("MAJOR_INFLUENCE", "对结果有重大影响"),
  /**
   * Discretion has no reasonable limit (自由裁量无合理限制): resolved discretion is 5, i.e. the factor is 5
   * or the power item's discretion is {@code UNLIMITED}.
   */
  UNLIMITED_DISCRETION("UNLIMITED_DISCRETION", "自由裁量无合理限制"),
  /**
   * Misconduct has happened on the post (or other owner) before (曾发生违纪违法问题), as recorded in {@link
   * GradingContext#getMisconductOwners()}.
   */
  PRIOR_MISCONDUCT("PRIOR_MISCONDUCT", "该岗位曾发生违纪违法问题"),
  /** The point's power item is of one of the rule's power kinds. */
  POWER_KIND("POWER_KIND", "职权类别"),
  /** The point's owner has one of the rule's scopes. */
  OWNER_SCOPE("OWNER_SCOPE", "责任主体类型");

  private static final Codes<OverrideCondition> CODES =
      Codes.of("调整条件 (OverrideCondition)", OverrideCondition.class);

  private final String code;
  private final String label;

  OverrideCondition(String code, String label) {
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
   * Tells whether the condition reads the point's factors, so that a ceiling on it could make a
   * higher factor give a lower level.
   *
   * @return {@code true} for {@link #MAJOR_INFLUENCE} and {@link #UNLIMITED_DISCRETION}
   */
  public boolean readsFactors() {
    return this == MAJOR_INFLUENCE || this == UNLIMITED_DISCRETION;
  }

  /**
   * Parses a code or Chinese label, ignoring case and surrounding spaces.
   *
   * @param text the text to parse
   * @return the condition
   * @throws io.github.probity.model.InvalidCodeException if the text names no condition
   */
  public static OverrideCondition parse(String text) {
    return CODES.parse(text);
  }
}
