package io.github.probity.grading;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * Who supervises a risk point day to day (日常监控责任主体), which follows its level.
 *
 * @since 0.1.0
 */
public enum SupervisorRole implements Coded {
  /** The unit's principal leader (主要领导): 高 points, and leaders' points. */
  PRINCIPAL_LEADER("PRINCIPAL_LEADER", "主要领导"),
  /** The department's supervising leader (分管领导): 一般 points of departments and posts. */
  SUPERVISING_LEADER("SUPERVISING_LEADER", "分管领导"),
  /**
   * The department head (科室负责人): 低 points of departments and posts, unless the head is the point's
   * responsible person.
   */
  DEPARTMENT_HEAD("DEPARTMENT_HEAD", "科室负责人"),
  /** The leadership group collectively (领导班子集体): the principal leader's own points. */
  LEADERSHIP_GROUP("LEADERSHIP_GROUP", "领导班子集体"),
  /**
   * The member of the leadership group in charge of discipline inspection (纪检组长): the group's own
   * points, for which the principal leader answers.
   *
   * @since 0.1.0
   */
  DISCIPLINE_LEADER("DISCIPLINE_LEADER", "纪检组长");

  private static final Codes<SupervisorRole> CODES =
      Codes.of("监督责任人 (SupervisorRole)", SupervisorRole.class);

  private final String code;
  private final String label;

  SupervisorRole(String code, String label) {
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
   * @return the role
   * @throws io.github.probity.model.InvalidCodeException if the text names no role
   */
  public static SupervisorRole parse(String text) {
    return CODES.parse(text);
  }
}
