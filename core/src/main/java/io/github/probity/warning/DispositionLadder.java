package io.github.probity.warning;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;
import java.util.List;

/**
 * The three disposition ladders (处置阶梯) of the plan, each an ordered list of steps: for risk
 * problems 警示提醒 → 诫勉纠错 → 责令整改; for people the public has complained about 信访约谈 → 函询 → 重点提醒; for
 * mistakes 告诫劝勉 → 纠正偏差. An overdue or failed step moves to the next one; see {@link
 * DispositionCase} for what happens past the last.
 *
 * @since 0.1.0
 */
public enum DispositionLadder implements Coded {
  /** Risk problems (风险问题). */
  RISK(
      "RISK",
      "风险问题",
      List.of(
          DispositionMeasure.WARNING_REMINDER,
          DispositionMeasure.ADMONITION,
          DispositionMeasure.ORDERED_RECTIFICATION)),
  /** People the public has complained about (信访反映问题). */
  PETITION(
      "PETITION",
      "信访反映问题",
      List.of(
          DispositionMeasure.PETITION_INTERVIEW,
          DispositionMeasure.WRITTEN_INQUIRY,
          DispositionMeasure.FOCUSED_REMINDER)),
  /** Mistakes at work (工作失误). */
  MISTAKE("MISTAKE", "工作失误", List.of(DispositionMeasure.ADVICE, DispositionMeasure.CORRECTION));

  private static final Codes<DispositionLadder> CODES =
      Codes.of("处置阶梯 (DispositionLadder)", DispositionLadder.class);

  private final String code;
  private final String label;
  private final List<DispositionMeasure> steps;

  DispositionLadder(String code, String label, List<DispositionMeasure> steps) {
    this.code = code;
    this.label = label;
    this.steps = steps;
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
   * Returns the steps, mildest first.
   *
   * @return the steps, non-empty and unmodifiable
   */
  public List<DispositionMeasure> steps() {
    return steps;
  }

  /**
   * Parses a code or Chinese label, ignoring case and surrounding spaces.
   *
   * @param text the text to parse
   * @return the ladder
   * @throws io.github.probity.model.InvalidCodeException if the text names no ladder; the message
   *     lists the valid values
   */
  public static DispositionLadder parse(String text) {
    return CODES.parse(text);
  }
}
