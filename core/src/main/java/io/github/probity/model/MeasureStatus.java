package io.github.probity.model;

import io.github.probity.internal.Codes;
import java.util.List;

/**
 * Where a prevention measure stands (落实状态): 未开始, 推进中, 已落实, 已逾期 or 已废止.
 *
 * <p>{@link #OVERDUE} is derived, never stored: a measure records {@link #PLANNED}, {@link
 * #IN_PROGRESS}, {@link #DONE} or {@link #ABANDONED}, and {@link Measure#statusOn} reports {@link
 * #OVERDUE} for a planned or in-progress measure whose deadline lies before the date asked about
 * (today from an injected clock). Storing it would make a ledger's content change with the passage
 * of time and leave a stored "overdue" stale once the deadline moves; a builder given {@link
 * #OVERDUE} therefore refuses it. Parsing accepts the code, the label and documented synonyms.
 *
 * @since 0.1.0
 */
public enum MeasureStatus implements Coded {
  /** Not started yet (未开始); the status of a measure that records none. */
  PLANNED("PLANNED", "未开始"),
  /** Being put in place (推进中). */
  IN_PROGRESS("IN_PROGRESS", "推进中"),
  /** In place (已落实); evidence should show it. */
  DONE("DONE", "已落实"),
  /**
   * Past its deadline without being in place (已逾期): derived from the deadline and a date, never
   * stored.
   */
  OVERDUE("OVERDUE", "已逾期"),
  /** Given up (已废止), with a reason. */
  ABANDONED("ABANDONED", "已废止");

  private static final Codes<MeasureStatus> CODES =
      Codes.of("措施落实状态 (MeasureStatus)", MeasureStatus.class, MeasureStatus::synonyms);

  private final String code;
  private final String label;

  MeasureStatus(String code, String label) {
    this.code = code;
    this.label = label;
  }

  private static List<String> synonyms(MeasureStatus value) {
    switch (value) {
      case PLANNED:
        return List.of("未启动", "待落实", "计划");
      case IN_PROGRESS:
        return List.of("进行中", "落实中", "实施中");
      case DONE:
        return List.of("已完成", "完成", "已实施");
      case OVERDUE:
        return List.of("逾期", "逾期未落实");
      default:
        return List.of("废止", "已作废", "已取消");
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
   * Tells whether a measure may record this status: every status but the derived {@link #OVERDUE}.
   *
   * @return {@code true} unless this is {@link #OVERDUE}
   */
  public boolean isStorable() {
    return this != OVERDUE;
  }

  /**
   * Parses a code, label or documented synonym (未开始 / 推进中 / 进行中 / 已落实 / 已完成 / 已废止 …), ignoring case
   * and surrounding (also full-width) spaces.
   *
   * @param text the text to parse
   * @return the value
   * @throws InvalidCodeException if the text names no value; the message lists the valid values
   */
  public static MeasureStatus parse(String text) {
    return CODES.parse(text);
  }
}
