package io.github.probity.plan;

import io.github.probity.model.Coded;
import io.github.probity.model.InvalidCodeException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A figure of the plan's progress measured on a ledger, as a share: of posts with identified risk
 * points, of points graded, decided by the leadership meeting, given measures or a supervisor, of
 * measures filed, of posts with an archive. A task that names indicators is done when all of them
 * reach 100%.
 *
 * <p>Two figures need more than the ledger: {@link #MEASURES_FILED} the measures' review records
 * and {@link #POSTS_WITH_ARCHIVE} the posts' archives; without them they are not measured.
 *
 * @since 0.1.0
 */
public enum ProgressIndicator implements Coded {
  /** Posts that own at least one risk point, of all posts (岗位风险点查找率). */
  POSTS_WITH_RISK_POINTS("POSTS_WITH_RISK_POINTS", "岗位风险点查找率", "posts with risk points"),
  /** Risk points with a level that counts, of all points (风险点定级率). */
  POINTS_GRADED("POINTS_GRADED", "风险点定级率", "risk points graded"),
  /** Risk points whose level the leadership meeting decided, of all points (风险等级集体确定率). */
  POINTS_DECIDED("POINTS_DECIDED", "风险等级集体确定率", "risk levels decided by the leadership"),
  /** Risk points with at least one measure, of all points (风险点措施制定率). */
  POINTS_WITH_MEASURES("POINTS_WITH_MEASURES", "风险点措施制定率", "risk points with measures"),
  /** Measures whose review record is filed, of all measures (防控措施审核备案率); needs review records. */
  MEASURES_FILED("MEASURES_FILED", "防控措施审核备案率", "measures reviewed and filed"),
  /** Risk points with a supervising leader, of all points (监督责任落实率). */
  POINTS_SUPERVISED("POINTS_SUPERVISED", "监督责任落实率", "risk points with a supervisor"),
  /** Posts with an archive for the ledger's year, of all posts (一岗一档建档率); needs archives. */
  POSTS_WITH_ARCHIVE("POSTS_WITH_ARCHIVE", "一岗一档建档率", "posts with an archive");

  private final String code;
  private final String label;
  private final String english;

  ProgressIndicator(String code, String label, String english) {
    this.code = code;
    this.label = label;
    this.english = english;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return label;
  }

  /** {@return the English name, e.g. {@code posts with risk points}} */
  public String englishName() {
    return english;
  }

  /**
   * Returns the name in a locale: Chinese for {@code zh}, English otherwise.
   *
   * @param locale the locale
   * @return the name
   */
  public String label(Locale locale) {
    return "zh".equals(locale.getLanguage()) ? label : english;
  }

  /**
   * Parses a code or Chinese label, ignoring case and surrounding spaces.
   *
   * @param text the text to parse
   * @return the indicator
   * @throws InvalidCodeException if the text names no indicator; the message lists the valid values
   */
  public static ProgressIndicator parse(String text) {
    return parse("进度指标 (ProgressIndicator)", ProgressIndicator.class, text);
  }

  static <E extends Enum<E> & Coded> E parse(String typeName, Class<E> type, String text) {
    String key = text.strip().toUpperCase(Locale.ROOT);
    List<String> valid = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      if (e.code().equals(key) || e.displayName().equals(key)) {
        return e;
      }
      valid.add(e.code() + "(" + e.displayName() + ")");
    }
    throw new InvalidCodeException(typeName, text, valid);
  }
}
