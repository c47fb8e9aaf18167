package io.github.probity.docx;

import io.github.probity.model.Coded;
import io.github.probity.model.InvalidCodeException;
import io.github.probity.warning.DispositionMeasure;
import io.github.probity.warning.WarningStage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The kinds of paperwork (处置文书) the disposition ladders issue, each printed as one Word document.
 *
 * <p>Notices are letters to their addressee: {@link #PREVENTION_NOTICE} for tendency signs, {@link
 * #DISPOSITION_NOTICE} when a risk has appeared, {@link #RECTIFICATION_ORDER} for an order to
 * rectify. Forms ({@link #isForm()}) are tables the addressee or the talk's recorder fills in by
 * hand: the reminder, inquiry and warning cards, the talk records, the self-analysis with its
 * integrity pledge and the rectification report. {@link #forStep} says which papers a ladder step
 * issues.
 *
 * @since 0.1.0
 */
public enum DispositionPaper implements Coded {
  /** Integrity-risk prevention notice (廉政风险防范提示), for tendency signs. */
  PREVENTION_NOTICE("PREVENTION_NOTICE", "廉政风险防范提示", false),
  /** Disposition notice (处置通知书), naming the step and its reply deadline. */
  DISPOSITION_NOTICE("DISPOSITION_NOTICE", "处置通知书", false),
  /** Reminder card (廉政提醒卡), answered within the step's days (7 for 重点提醒). */
  REMINDER_CARD("REMINDER_CARD", "廉政提醒卡", true),
  /** Written inquiry (廉政函询函), answered in writing within the step's days (10 for 函询). */
  INQUIRY_LETTER("INQUIRY_LETTER", "廉政函询函", true),
  /** Warning card (廉政警示卡), answered with a rectification plan (15 days for 责令整改). */
  WARNING_CARD("WARNING_CARD", "廉政警示卡", true),
  /** Record of a reminder talk (提醒谈话记录), also used for interviews and advice. */
  REMINDER_TALK_RECORD("REMINDER_TALK_RECORD", "提醒谈话记录", true),
  /** Record of an admonition talk (诫勉谈话记录). */
  ADMONITION_TALK_RECORD("ADMONITION_TALK_RECORD", "诫勉谈话记录", true),
  /** Self-analysis and integrity pledge (个人剖析及廉政承诺书), due 5 days after a talk by default. */
  SELF_ANALYSIS_PLEDGE("SELF_ANALYSIS_PLEDGE", "个人剖析及廉政承诺书", true),
  /** Order to rectify (整改通知书). */
  RECTIFICATION_ORDER("RECTIFICATION_ORDER", "整改通知书", false),
  /** Rectification report form (整改情况报告表). */
  RECTIFICATION_REPORT("RECTIFICATION_REPORT", "整改情况报告表", true);

  private final String code;
  private final String label;
  private final boolean form;

  DispositionPaper(String code, String label, boolean form) {
    this.code = code;
    this.label = label;
    this.form = form;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the document's title as printed, e.g. 处置通知书.
   *
   * @return the title
   */
  @Override
  public String displayName() {
    return label;
  }

  /**
   * Tells whether the paper is a form to fill in rather than a letter.
   *
   * @return {@code true} for cards, talk records, the pledge and the report form
   */
  public boolean isForm() {
    return form;
  }

  /**
   * Returns the papers a ladder step issues, in the order they are handed over. For a warning in
   * the tendency stage the prevention notice takes the place of the disposition notice.
   *
   * <ul>
   *   <li>警示提醒, 信访约谈, 告诫劝勉: the notice, a reminder talk record, the self-analysis and pledge;
   *   <li>诫勉纠错: the notice, an admonition talk record, the self-analysis and pledge;
   *   <li>重点提醒: the reminder card; 函询: the inquiry letter;
   *   <li>责令整改: the order to rectify, the warning card and the rectification report;
   *   <li>纠正偏差: the order to rectify and the rectification report.
   * </ul>
   *
   * @param measure the step
   * @param stage the warning's stage
   * @return the papers, non-empty and unmodifiable
   */
  public static List<DispositionPaper> forStep(DispositionMeasure measure, WarningStage stage) {
    DispositionPaper notice =
        stage == WarningStage.TENDENCY ? PREVENTION_NOTICE : DISPOSITION_NOTICE;
    switch (measure) {
      case WARNING_REMINDER:
      case PETITION_INTERVIEW:
      case ADVICE:
        return List.of(notice, REMINDER_TALK_RECORD, SELF_ANALYSIS_PLEDGE);
      case ADMONITION:
        return List.of(notice, ADMONITION_TALK_RECORD, SELF_ANALYSIS_PLEDGE);
      case FOCUSED_REMINDER:
        return List.of(REMINDER_CARD);
      case WRITTEN_INQUIRY:
        return List.of(INQUIRY_LETTER);
      case ORDERED_RECTIFICATION:
        return List.of(RECTIFICATION_ORDER, WARNING_CARD, RECTIFICATION_REPORT);
      default: // CORRECTION
        return List.of(RECTIFICATION_ORDER, RECTIFICATION_REPORT);
    }
  }

  /**
   * Parses a code or title, ignoring case and surrounding spaces.
   *
   * @param text the text to parse
   * @return the paper
   * @throws InvalidCodeException if the text names no paper; the message lists the valid values
   */
  public static DispositionPaper parse(String text) {
    String t = text.strip();
    List<String> valid = new ArrayList<>();
    for (DispositionPaper p : values()) {
      if (p.code.equals(t.toUpperCase(Locale.ROOT)) || p.label.equals(t)) {
        return p;
      }
      valid.add(p.code + " (" + p.label + ")");
    }
    throw new InvalidCodeException("处置文书 (DispositionPaper)", text, valid);
  }
}
