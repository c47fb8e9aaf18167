package io.github.probity.model;

import io.github.probity.internal.Codes;
import java.util.List;

/**
 * The four scopes that own risk points: the leadership group, a leader, a department, a post.
 *
 * <p>The scope decides which annex table a risk point goes to and who drafts and reviews its
 * measures.
 *
 * @since 0.1.0
 */
public enum OwnerScope implements Coded {
  /** The leadership group as a whole (annex 1). */
  LEADERSHIP_GROUP("LEADERSHIP_GROUP", "领导班子"),
  /** One leader of the group, personally (annex 1). */
  LEADER("LEADER", "班子成员"),
  /** A department collectively (annex 2). */
  DEPARTMENT("DEPARTMENT", "科室"),
  /** A post and its holders (annex 3, personal). */
  POST("POST", "岗位");

  private static final Codes<OwnerScope> CODES =
      Codes.of("风险责任主体类型 (OwnerScope)", OwnerScope.class, OwnerScope::synonyms);

  private final String code;
  private final String label;

  OwnerScope(String code, String label) {
    this.code = code;
    this.label = label;
  }

  private static List<String> synonyms(OwnerScope value) {
    switch (value) {
      case LEADERSHIP_GROUP:
        return List.of("班子", "领导班子风险");
      case LEADER:
        return List.of("领导干部", "领导", "班子成员个人");
      case DEPARTMENT:
        return List.of("部门", "处室", "科室风险");
      default:
        return List.of("个人", "岗位个人", "岗位风险");
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
  public static OwnerScope parse(String text) {
    return CODES.parse(text);
  }
}
