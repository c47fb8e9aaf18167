package io.github.probity.plan;

import io.github.probity.finding.Finding;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A task (工作任务) of a plan phase: what is to be done, by which departments and people, how its
 * completion is measured and, once done, when it was completed.
 *
 * <p>A task is done when its completion date is recorded, or when it names progress indicators and
 * all of them reach 100% on the ledger measured (see {@link PlanProgress}).
 *
 * <p>Invariants: the title is non-blank; responsible names are non-blank and hold no name separator
 * (、，,；;/ or white space), so that a table cell lists them unambiguously; no indicator appears
 * twice. A violation throws {@link InvalidPlanException}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlanTask {
  private static final Pattern SEPARATOR = Pattern.compile("[、，,；;/／\\s\\u3000]");

  PlanTask() {}

  /**
   * Returns the task's title, e.g. 查找风险.
   *
   * @return the title, non-blank
   */
  public abstract String getTitle();

  /** {@return what the task involves and requires (工作内容及要求), if written} */
  public abstract Optional<String> getContent();

  /**
   * Returns the responsible departments (责任部门), e.g. 各科室.
   *
   * @return the departments, in order
   */
  public abstract List<String> getResponsibleDepartments();

  /**
   * Returns the responsible people (责任人), by name or role, e.g. 科室负责人.
   *
   * @return the people, in order
   */
  public abstract List<String> getResponsiblePeople();

  /**
   * Returns the indicators whose reaching 100% completes the task; empty when only a recorded
   * completion date does.
   *
   * @return the indicators, in order
   */
  public abstract List<ProgressIndicator> getIndicators();

  /**
   * Returns the date the task was completed, if recorded.
   *
   * @return the completion date
   */
  public abstract Optional<LocalDate> getCompletedOn();

  /** {@return a note (备注), if any} */
  public abstract Optional<String> getNote();

  /**
   * Returns this task completed on a date.
   *
   * @param date the completion date
   * @return the completed task
   */
  public PlanTask completedAt(LocalDate date) {
    return builder().from(this).completedOn(date).build();
  }

  @Value.Check
  void check() {
    List<Finding> problems = new ArrayList<>();
    if (getTitle().isBlank()) {
      problems.add(PlanProblemCode.BLANK_TEXT.at("title", "工作任务 (task title)"));
    }
    checkNames(getResponsibleDepartments(), "responsibleDepartments", problems);
    checkNames(getResponsiblePeople(), "responsiblePeople", problems);
    Set<ProgressIndicator> seen = EnumSet.noneOf(ProgressIndicator.class);
    for (ProgressIndicator i : getIndicators()) {
      if (!seen.add(i)) {
        problems.add(PlanProblemCode.DUPLICATE_INDICATOR.at("indicators", getTitle(), i.code()));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(problems);
    }
  }

  private static void checkNames(List<String> names, String path, List<Finding> problems) {
    for (int i = 0; i < names.size(); i++) {
      String n = names.get(i);
      if (n.isBlank() || SEPARATOR.matcher(n).find()) {
        problems.add(PlanProblemCode.INVALID_NAME.at(path + "[" + i + "]", n));
      }
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanTask}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePlanTask.Builder {
    Builder() {}
  }
}
