package io.github.probity.docx;

import io.github.probity.warning.DispositionMeasure;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The content of one paper, drafted from a case or a warning and ready to print: what {@link
 * DispositionPaperWriter} lays out, and what a host may show before printing.
 *
 * <p>Invariants: the facts are non-empty; the reply days are positive; the deadline is after the
 * date. Immutable and thread-safe.
 *
 * @param kind the kind of paper; its title is {@code kind.displayName()}
 * @param number the document number
 * @param caseId the disposition case's id, empty for a prevention notice drafted from a warning
 * @param measure the ladder step the paper belongs to, empty for a prevention notice without one
 * @param round the step's round: 2 when the step was ordered again, else 1
 * @param addressee the addressee as printed in the salutation, e.g. 张三同志
 * @param subjectName the person or body concerned, e.g. 张三
 * @param subjectPosition the person's department and post or leader role, possibly empty
 * @param facts the facts, one paragraph each
 * @param requirements what the addressee must do, one paragraph each, deadline included
 * @param replyDays the days allowed for the reply
 * @param workingDays whether {@code replyDays} counts working days rather than calendar days
 * @param deadline the last day of the reply period
 * @param issuer the issuing body (发文机关署名)
 * @param date the date written (成文日期)
 * @since 0.1.0
 */
public record Paper(
    DispositionPaper kind,
    DocumentNumber number,
    Optional<String> caseId,
    Optional<DispositionMeasure> measure,
    int round,
    String addressee,
    String subjectName,
    String subjectPosition,
    List<String> facts,
    List<String> requirements,
    int replyDays,
    boolean workingDays,
    LocalDate deadline,
    String issuer,
    LocalDate date) {

  /**
   * Copies the lists and checks the invariants.
   *
   * @param kind the kind of paper
   * @param number the document number
   * @param caseId the case's id, or empty
   * @param measure the ladder step, or empty
   * @param round the step's round
   * @param addressee the addressee
   * @param subjectName the person or body concerned
   * @param subjectPosition the department and post, possibly empty
   * @param facts the facts
   * @param requirements the requirements
   * @param replyDays the days allowed
   * @param workingDays whether the days are working days
   * @param deadline the last day
   * @param issuer the issuing body
   * @param date the date written
   * @throws IllegalArgumentException if an invariant does not hold
   */
  public Paper {
    facts = List.copyOf(facts);
    requirements = List.copyOf(requirements);
    if (facts.isEmpty()) {
      throw new IllegalArgumentException("Paper.facts must not be empty");
    }
    if (replyDays < 1 || round < 1) {
      throw new IllegalArgumentException("Paper.replyDays and round must be positive");
    }
    if (!deadline.isAfter(date)) {
      throw new IllegalArgumentException(
          "Paper.deadline " + deadline + " must be after the date " + date);
    }
  }

  /** {@return the title as printed, e.g. 处置通知书} */
  public String title() {
    return kind.displayName();
  }

  /** {@return the deadline as the papers print it, e.g. {@code 2026年9月22日前（5个工作日内）}} */
  public String deadlineText() {
    return dateText(deadline) + "前（" + replyDays + (workingDays ? "个工作日内）" : "日内）");
  }

  /**
   * Formats a date the way official documents write it, in Arabic numerals without padding: {@code
   * 2026年12月7日}.
   *
   * @param date the date
   * @return the text
   */
  public static String dateText(LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }
}
