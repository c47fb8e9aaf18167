package io.github.probity.warning;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;

/**
 * One step of a disposition ladder (处置措施), with the default number of days within which the person
 * must reply (self-analysis, integrity pledge, rectification plan). The days actually used come
 * from {@link WarningPolicy#replyDays(DispositionMeasure)}.
 *
 * @since 0.1.0
 */
public enum DispositionMeasure implements Coded {
  /** Warning reminder (警示提醒): reply within 5 days. */
  WARNING_REMINDER("WARNING_REMINDER", "警示提醒", 5),
  /** Admonition talk and correction (诫勉纠错): reply within 5 days. */
  ADMONITION("ADMONITION", "诫勉纠错", 5),
  /** Order to rectify (责令整改): rectification plan within 15 days. */
  ORDERED_RECTIFICATION("ORDERED_RECTIFICATION", "责令整改", 15),
  /** Interview on a petition (信访约谈): reply within 5 days. */
  PETITION_INTERVIEW("PETITION_INTERVIEW", "信访约谈", 5),
  /** Written inquiry (函询): written answer within 10 days. */
  WRITTEN_INQUIRY("WRITTEN_INQUIRY", "函询", 10),
  /** Focused reminder (重点提醒): reminder card answered within 7 days. */
  FOCUSED_REMINDER("FOCUSED_REMINDER", "重点提醒", 7),
  /** Admonition and advice (告诫劝勉): reply within 5 days. */
  ADVICE("ADVICE", "告诫劝勉", 5),
  /** Correction of a deviation (纠正偏差): correction within 15 days. */
  CORRECTION("CORRECTION", "纠正偏差", 15);

  private static final Codes<DispositionMeasure> CODES =
      Codes.of("处置措施 (DispositionMeasure)", DispositionMeasure.class);

  private final String code;
  private final String label;
  private final int defaultReplyDays;

  DispositionMeasure(String code, String label, int defaultReplyDays) {
    this.code = code;
    this.label = label;
    this.defaultReplyDays = defaultReplyDays;
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
   * Returns the default reply deadline in days.
   *
   * @return the days, positive
   */
  public int defaultReplyDays() {
    return defaultReplyDays;
  }

  /**
   * Parses a code or Chinese label, ignoring case and surrounding spaces.
   *
   * @param text the text to parse
   * @return the measure
   * @throws io.github.probity.model.InvalidCodeException if the text names no measure; the message
   *     lists the valid values
   */
  public static DispositionMeasure parse(String text) {
    return CODES.parse(text);
  }
}
