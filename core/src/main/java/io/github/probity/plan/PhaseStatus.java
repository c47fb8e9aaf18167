package io.github.probity.plan;

import io.github.probity.model.Coded;
import java.util.Locale;

/**
 * Where a phase stands on a given day.
 *
 * @since 0.1.0
 */
public enum PhaseStatus implements Coded {
  /** The phase starts later (未开始). */
  NOT_STARTED("NOT_STARTED", "未开始", "not started"),
  /** The phase has started, has not ended and has open tasks (进行中). */
  IN_PROGRESS("IN_PROGRESS", "进行中", "in progress"),
  /** Every task of the phase is done (已完成), whatever the date. */
  COMPLETED("COMPLETED", "已完成", "completed"),
  /** The phase has ended and has open tasks (已逾期). */
  OVERDUE("OVERDUE", "已逾期", "overdue");

  private final String code;
  private final String label;
  private final String english;

  PhaseStatus(String code, String label, String english) {
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
   * @return the status
   * @throws io.github.probity.model.InvalidCodeException if the text names no status; the message
   *     lists the valid values
   */
  public static PhaseStatus parse(String text) {
    return ProgressIndicator.parse("阶段状态 (PhaseStatus)", PhaseStatus.class, text);
  }
}
