package io.github.probity.plan;

import io.github.probity.model.Coded;

/**
 * The stable codes of the reasons a plan is refused when it is built, each with its message in
 * Chinese and English; {@code {0}}, {@code {1}} … stand for the problem's arguments.
 */
public enum PlanProblemCode implements Coded {
  /** A required text (unit name, phase name, task title) is blank. */
  BLANK_TEXT("PLAN_BLANK_TEXT", "{0}不能为空", "{0} must not be blank"),
  /** The year is outside 2000–2100. */
  YEAR_OUT_OF_RANGE("PLAN_YEAR_OUT_OF_RANGE", "年度{0}不在2000至2100之间", "year {0} is not in 2000–2100"),
  /** The plan has no phase. */
  NO_PHASES("PLAN_NO_PHASES", "实施计划至少应有一个阶段", "the plan needs at least one phase"),
  /** A phase has no task. */
  NO_TASKS("PLAN_NO_TASKS", "阶段“{0}”至少应有一项工作任务", "phase '{0}' needs at least one task"),
  /** A phase ends before it starts. */
  DATES_REVERSED(
      "PLAN_DATES_REVERSED",
      "阶段“{0}”的结束日期{2}早于开始日期{1}",
      "phase '{0}' ends on {2}, before it starts on {1}"),
  /** A phase starts before the previous one has ended. */
  PHASES_OVERLAP(
      "PLAN_PHASES_OVERLAP",
      "阶段“{0}”开始于{1}，而上一阶段“{2}”至{3}才结束；各阶段应依次进行、不得重叠",
      "phase '{0}' starts on {1} before the previous phase '{2}' ends on {3}; phases must follow"
          + " one another"),
  /** The first phase does not start in the plan's year. */
  OUTSIDE_YEAR(
      "PLAN_OUTSIDE_YEAR",
      "第一阶段“{0}”开始于{1}，不在计划年度{2}年内",
      "the first phase '{0}' starts on {1}, outside the plan's year {2}"),
  /** Two phases have the same name. */
  DUPLICATE_PHASE("PLAN_DUPLICATE_PHASE", "阶段名称“{0}”重复", "phase name '{0}' appears twice"),
  /** Two tasks of one phase have the same title. */
  DUPLICATE_TASK("PLAN_DUPLICATE_TASK", "阶段内工作任务“{0}”重复", "task '{0}' appears twice in its phase"),
  /** A responsible department or person is blank or holds a name separator. */
  INVALID_NAME(
      "PLAN_INVALID_NAME",
      "责任部门或责任人“{0}”为空或含有分隔符（、，；/ 空格）",
      "responsible name '{0}' is blank or holds a separator (、，；/ or a space)"),
  /** A task names the same indicator twice. */
  DUPLICATE_INDICATOR(
      "PLAN_DUPLICATE_INDICATOR",
      "工作任务“{0}”重复列出进度指标{1}",
      "task '{0}' lists the indicator {1} twice");

  private final String code;
  private final String zh;
  private final String en;

  PlanProblemCode(String code, String zh, String en) {
    this.code = code;
    this.zh = zh;
    this.en = en;
  }

  @Override
  public String code() {
    return code;
  }

  /**
   * Returns the Chinese message template, which is also the label.
   *
   * @return the template
   */
  @Override
  public String displayName() {
    return zh;
  }

  /**
   * Returns the Chinese message template.
   *
   * @return the template
   */
  public String templateZh() {
    return zh;
  }

  /**
   * Returns the English message template.
   *
   * @return the template
   */
  public String templateEn() {
    return en;
  }
}
