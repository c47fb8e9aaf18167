package io.github.probity.warning;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * What a signal or warning is about: a person, a post, a department or the leadership group.
 *
 * @since 0.1.0
 */
public enum SubjectKind implements Coded {
  /** A person (人员), by person id. */
  PERSON("PERSON", "人员"),
  /** A post (岗位), by post id. */
  POST("POST", "岗位"),
  /** A department (科室), by department id. */
  DEPARTMENT("DEPARTMENT", "科室"),
  /** The leadership group (领导班子), by group id. */
  LEADERSHIP_GROUP("LEADERSHIP_GROUP", "领导班子");

  private static final Codes<SubjectKind> CODES = Codes.of("对象类别 (SubjectKind)", SubjectKind.class);

  private final String code;
  private final String label;

  SubjectKind(String code, String label) {
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
  public static SubjectKind parse(String text) {
    return CODES.parse(text);
  }
}
