package io.github.probity.plan;

import io.github.probity.finding.Finding;
import io.github.probity.finding.FindingCode;
import io.github.probity.finding.Location;
import io.github.probity.finding.Severity;

/**
 * The stable codes of the reasons a plan is refused when it is built. Their messages, in Chinese
 * and English, are in the bundle {@code io.github.probity.plan.PlanMessages}.
 *
 * @since 0.1.0
 */
public enum PlanProblemCode implements FindingCode {
  /** A required text (unit name, phase name, task title) is blank. */
  BLANK_TEXT("PLAN_BLANK_TEXT"),
  /** The year is outside 2000–2100. */
  YEAR_OUT_OF_RANGE("PLAN_YEAR_OUT_OF_RANGE"),
  /** The plan has no phase. */
  NO_PHASES("PLAN_NO_PHASES"),
  /** A phase has no task. */
  NO_TASKS("PLAN_NO_TASKS"),
  /** A phase ends before it starts. */
  DATES_REVERSED("PLAN_DATES_REVERSED"),
  /** A phase starts before the previous one has ended. */
  PHASES_OVERLAP("PLAN_PHASES_OVERLAP"),
  /** The first phase does not start in the plan's year. */
  OUTSIDE_YEAR("PLAN_OUTSIDE_YEAR"),
  /** Two phases have the same name. */
  DUPLICATE_PHASE("PLAN_DUPLICATE_PHASE"),
  /** Two tasks of one phase have the same title. */
  DUPLICATE_TASK("PLAN_DUPLICATE_TASK"),
  /** A responsible department or person is blank or holds a name separator. */
  INVALID_NAME("PLAN_INVALID_NAME"),
  /** A task names the same indicator twice. */
  DUPLICATE_INDICATOR("PLAN_DUPLICATE_INDICATOR");

  /** The base name of the bundle that holds the messages. */
  private static final String BUNDLE = "io.github.probity.plan.PlanMessages";

  private final String code;

  PlanProblemCode(String code) {
    this.code = code;
  }

  @Override
  public String code() {
    return code;
  }

  /** Returns {@link Severity#ERROR}: every plan problem refuses the plan. */
  @Override
  public Severity severity() {
    return Severity.ERROR;
  }

  @Override
  public String messageBundle() {
    return BUNDLE;
  }

  /** Returns a finding of this code at a field of the plan. */
  Finding at(String path, String... arguments) {
    return Finding.of(this, Location.planField(path), (Object[]) arguments);
  }
}
