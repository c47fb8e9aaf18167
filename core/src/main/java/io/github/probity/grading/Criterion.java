package io.github.probity.grading;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * The five yes/no criteria of the criteria-count method.
 *
 * <p>A unit may record which criteria hold for a point in the {@link GradingContext}; otherwise
 * they are derived from model data, as each constant documents ("resolved" factors are the assessed
 * ones, or those derived from the power item, see {@link Factor}).
 *
 * @since 0.1.0
 */
public enum Criterion implements Coded {
  /**
   * Controls power or public resources (掌握权力或公共资源): the power is personnel, finance, procurement,
   * construction, approval or enforcement, or importance ≥ 4.
   */
  CONTROLS_RESOURCES("CONTROLS_RESOURCES", "掌握权力或公共资源"),
  /** Large power with discretion (权力大且有自由裁量): discretion ≥ 4. */
  LARGE_DISCRETION("LARGE_DISCRETION", "权力大且有自由裁量空间"),
  /**
   * Needs disclosure, collective decision or close oversight (需公开、集体决策或重点监督): the power is a 三重一大
   * matter, or importance is 5.
   */
  NEEDS_OVERSIGHT("NEEDS_OVERSIGHT", "需公开、集体决策或重点监督"),
  /** Open to private gain (易谋取私利): probability ≥ 4. */
  OPEN_TO_GAIN("OPEN_TO_GAIN", "易谋取私利"),
  /**
   * Frequent cases or high public attention (案件多发或社会关注度高): misconduct happened on the owner before
   * (see {@link GradingContext#getMisconductOwners()}), or harm ≥ 4.
   */
  FREQUENT_OR_EXPOSED("FREQUENT_OR_EXPOSED", "案件多发或社会关注度高");

  private static final Codes<Criterion> CODES = Codes.of("定级标准 (Criterion)", Criterion.class);

  private final String code;
  private final String label;

  Criterion(String code, String label) {
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
   * @return the criterion
   * @throws io.github.probity.model.InvalidCodeException if the text names no criterion
   */
  public static Criterion parse(String text) {
    return CODES.parse(text);
  }
}
