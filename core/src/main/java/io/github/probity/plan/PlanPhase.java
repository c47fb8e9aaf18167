package io.github.probity.plan;

import io.github.probity.finding.Finding;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.immutables.value.Value;

/**
 * A phase (阶段) of the plan: its name, its date range (both days included) and its tasks.
 *
 * <p>Invariants: the name is non-blank; the end is not before the start; there is at least one task
 * and no two tasks share a title. A violation throws {@link InvalidPlanException}. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlanPhase {
  PlanPhase() {}

  /**
   * Returns the phase's name, e.g. 摸清权力底数，查找廉政风险.
   *
   * @return the name, non-blank
   */
  public abstract String getName();

  /** {@return the first day of the phase} */
  public abstract LocalDate getStart();

  /** {@return the last day of the phase, included} */
  public abstract LocalDate getEnd();

  /**
   * Returns the phase's tasks.
   *
   * @return the tasks, in order, at least one
   */
  public abstract List<PlanTask> getTasks();

  /**
   * Returns the number of days the phase lasts, both ends included.
   *
   * @return the days, at least 1
   */
  public long days() {
    return ChronoUnit.DAYS.between(getStart(), getEnd()) + 1;
  }

  /**
   * Tells whether a day falls within the phase.
   *
   * @param date a day
   * @return {@code true} if the start is not after it and the end not before it
   */
  public boolean contains(LocalDate date) {
    return !date.isBefore(getStart()) && !date.isAfter(getEnd());
  }

  /**
   * Returns the task with a title.
   *
   * @param title the task's title
   * @return the task, or empty
   */
  public Optional<PlanTask> task(String title) {
    return getTasks().stream().filter(t -> t.getTitle().equals(title)).findFirst();
  }

  /**
   * Returns this phase with other dates.
   *
   * @param start the first day
   * @param end the last day, included
   * @return the phase with the new dates
   * @throws InvalidPlanException if the end is before the start
   */
  public PlanPhase withDates(LocalDate start, LocalDate end) {
    return builder().from(this).start(start).end(end).build();
  }

  /**
   * Returns this phase moved by a number of days, keeping its length.
   *
   * @param days the days to move, negative for earlier
   * @return the moved phase
   */
  public PlanPhase shiftedBy(long days) {
    return withDates(getStart().plusDays(days), getEnd().plusDays(days));
  }

  /**
   * Returns this phase with one task changed.
   *
   * @param title the task's title
   * @param edit what to do to the task
   * @return the phase with the changed task
   * @throws IllegalArgumentException if the phase has no task with that title
   */
  public PlanPhase withTask(String title, UnaryOperator<PlanTask> edit) {
    List<PlanTask> tasks = new ArrayList<>();
    boolean found = false;
    for (PlanTask t : getTasks()) {
      if (t.getTitle().equals(title)) {
        tasks.add(edit.apply(t));
        found = true;
      } else {
        tasks.add(t);
      }
    }
    if (!found) {
      throw new IllegalArgumentException(
          "phase '" + getName() + "' has no task '" + title + "'; tasks: " + titles());
    }
    return builder().from(this).tasks(tasks).build();
  }

  /**
   * Returns this phase with a task added at the end.
   *
   * @param task the task
   * @return the phase with the task
   * @throws InvalidPlanException if the phase already has a task with that title
   */
  public PlanPhase withTaskAdded(PlanTask task) {
    return builder().from(this).addTasks(task).build();
  }

  private List<String> titles() {
    List<String> titles = new ArrayList<>();
    getTasks().forEach(t -> titles.add(t.getTitle()));
    return titles;
  }

  @Value.Check
  void check() {
    List<Finding> problems = new ArrayList<>();
    if (getName().isBlank()) {
      problems.add(PlanProblemCode.BLANK_TEXT.at("name", "阶段名称 (phase name)"));
    }
    if (getEnd().isBefore(getStart())) {
      problems.add(
          PlanProblemCode.DATES_REVERSED.at(
              "end", getName(), getStart().toString(), getEnd().toString()));
    }
    if (getTasks().isEmpty()) {
      problems.add(PlanProblemCode.NO_TASKS.at("tasks", getName()));
    }
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < getTasks().size(); i++) {
      String title = getTasks().get(i).getTitle();
      if (!seen.add(title)) {
        problems.add(PlanProblemCode.DUPLICATE_TASK.at("tasks[" + i + "]", title));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidPlanException(problems);
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanPhase}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePlanPhase.Builder {
    Builder() {}
  }
}
