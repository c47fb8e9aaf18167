package io.github.probity.model;

import io.github.probity.internal.Codes;
import java.util.List;

/**
 * The verdict of an effectiveness review of a prevention measure (措施有效性评估): 有效, 基本有效 or 无效.
 *
 * @since 0.1.0
 */
public enum Effectiveness implements Coded {
  /** The measure works (有效). */
  EFFECTIVE("EFFECTIVE", "有效"),
  /** The measure mostly works and needs some improvement (基本有效). */
  BASICALLY_EFFECTIVE("BASICALLY_EFFECTIVE", "基本有效"),
  /** The measure does not work (无效); the risk stays and the measure must be adjusted. */
  INEFFECTIVE("INEFFECTIVE", "无效");

  private static final Codes<Effectiveness> CODES =
      Codes.of("措施有效性 (Effectiveness)", Effectiveness.class, Effectiveness::synonyms);

  private final String code;
  private final String label;

  Effectiveness(String code, String label) {
    this.code = code;
    this.label = label;
  }

  private static List<String> synonyms(Effectiveness value) {
    switch (value) {
      case EFFECTIVE:
        return List.of("有效果", "良好");
      case BASICALLY_EFFECTIVE:
        return List.of("较有效", "部分有效");
      default:
        return List.of("未见效", "失效", "不有效");
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
   * Parses a code, label or documented synonym (有效 / 基本有效 / 部分有效 / 无效 …), ignoring case and
   * surrounding (also full-width) spaces.
   *
   * @param text the text to parse
   * @return the value
   * @throws InvalidCodeException if the text names no value; the message lists the valid values
   */
  public static Effectiveness parse(String text) {
    return CODES.parse(text);
  }
}
