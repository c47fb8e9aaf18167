package io.github.probity.plan;

import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
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
 * The implementation plan (工作实施计划, 附件4) of one unit for one year: its phases with their date
 * ranges, their tasks with responsible departments and people, and notes.
 *
 * <p>{@link #template(String, int)} gives the reference plan's four phases — 广泛宣传发动，夯实思想基础;
 * 摸清权力底数，查找廉政风险; 开展风险分析，制定防范措施; 加强风险管理，建立预警防控机制 — with their tasks and dates; edit it with {@link
 * #withPhase(int, UnaryOperator)}, {@link #shiftedTo(LocalDate)}, {@link #withTaskCompleted(String,
 * LocalDate)} or a builder ({@code ImplementationPlan.builder().from(plan)}).
 *
 * <p>Invariants, checked when built (a violation throws {@link InvalidPlanException} naming every
 * problem): the unit name is non-blank; the year is within 2000–2100; there is at least one phase;
 * phase names are unique; the first phase starts in the plan's year (later ones may run into the
 * next year); and phases follow one another without overlapping — each starts after the previous
 * one has ended, as in the reference plan, where gaps of a few days separate them. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ImplementationPlan {
  ImplementationPlan() {}

  /**
   * Returns the name of the unit the plan belongs to, e.g. 示例区财政局.
   *
   * @return the unit name, non-blank
   */
  public abstract String getUnitName();

  /** {@return the year the plan is for} */
  public abstract int getYear();

  /**
   * Returns the phases, in order.
   *
   * @return the phases, at least one
   */
  public abstract List<PlanPhase> getPhases();

  /**
   * Returns the notes printed under the plan's table (备注).
   *
   * @return the notes, in order
   */
  public abstract List<String> getNotes();

  /** {@return the first day of the first phase} */
  public LocalDate start() {
    return getPhases().get(0).getStart();
  }

  /** {@return the last day of the last phase} */
  public LocalDate end() {
    return getPhases().get(getPhases().size() - 1).getEnd();
  }

  /**
   * {@return a phase by its 1-based number}
   *
   * @param number the phase number, from 1
   * @throws IndexOutOfBoundsException if there is no such phase
   */
  public PlanPhase phase(int number) {
    return getPhases().get(number - 1);
  }

  /**
   * Returns the phase with a name.
   *
   * @param name the phase's name
   * @return the phase, or empty
   */
  public Optional<PlanPhase> phase(String name) {
    return getPhases().stream().filter(p -> p.getName().equals(name)).findFirst();
  }

  /**
   * Returns the phase whose range holds a day.
   *
   * @param date a day
   * @return the phase, or empty between phases and outside the plan
   */
  public Optional<PlanPhase> phaseOn(LocalDate date) {
    return getPhases().stream().filter(p -> p.contains(date)).findFirst();
  }

  /**
   * Returns this plan with one phase changed.
   *
   * @param number the phase's 1-based number
   * @param edit what to do to the phase
   * @return the changed plan
   * @throws InvalidPlanException if the change breaks an invariant, e.g. phases now overlap
   */
  public ImplementationPlan withPhase(int number, UnaryOperator<PlanPhase> edit) {
    List<PlanPhase> phases = new ArrayList<>(getPhases());
    phases.set(number - 1, edit.apply(phases.get(number - 1)));
    return builder().from(this).phases(phases).build();
  }

  /**
   * Returns this plan with a phase added at the end.
   *
   * @param phase the phase
   * @return the plan with the phase
   * @throws InvalidPlanException if the phase overlaps the last one or repeats a name
   */
  public ImplementationPlan withPhaseAdded(PlanPhase phase) {
    return builder().from(this).addPhases(phase).build();
  }

  /**
   * Returns this plan moved so that it starts on a day: every phase moves by the same number of
   * days, keeping lengths and gaps; the year becomes that day's year.
   *
   * @param start the new first day
   * @return the moved plan
   */
  public ImplementationPlan shiftedTo(LocalDate start) {
    long days = ChronoUnit.DAYS.between(start(), start);
    List<PlanPhase> phases = new ArrayList<>();
    for (PlanPhase p : getPhases()) {
      phases.add(p.shiftedBy(days));
    }
    return builder().from(this).year(start.getYear()).phases(phases).build();
  }

  /**
   * Returns this plan with the task of a title (in whichever phase holds it) completed on a day.
   *
   * @param taskTitle the task's title
   * @param date the completion date
   * @return the changed plan
   * @throws IllegalArgumentException if no phase has a task with that title
   */
  public ImplementationPlan withTaskCompleted(String taskTitle, LocalDate date) {
    for (int i = 0; i < getPhases().size(); i++) {
      if (getPhases().get(i).task(taskTitle).isPresent()) {
        return withPhase(i + 1, p -> p.withTask(taskTitle, t -> t.completedAt(date)));
      }
    }
    throw new IllegalArgumentException("the plan has no task '" + taskTitle + "'");
  }

  /**
   * {@return the reference plan's template for a unit and year: its four phases on the reference
   * dates (20–28 April, 2–11 May, 14 May–13 July, 16 July–31 August), their tasks with the
   * reference's content, responsible departments and people by role, and progress indicators where
   * the ledger can show completion}
   *
   * @param unitName the unit's name
   * @param year the year
   */
  public static ImplementationPlan template(String unitName, int year) {
    return PlanTemplate.of(unitName, year);
  }

  /**
   * Returns the template for a ledger's unit and year.
   *
   * @param ledger the ledger
   * @return the template
   */
  public static ImplementationPlan forLedger(Ledger ledger) {
    return template(ledger.getUnit().getName(), ledger.getYear());
  }

  @Value.Check
  void check() {
    List<Finding> problems = new ArrayList<>();
    if (getUnitName().isBlank()) {
      problems.add(PlanProblemCode.BLANK_TEXT.at("unitName", "单位名称 (unit name)"));
    }
    if (getYear() < 2000 || getYear() > 2100) {
      problems.add(PlanProblemCode.YEAR_OUT_OF_RANGE.at("year", Integer.toString(getYear())));
    }
    List<PlanPhase> phases = getPhases();
    if (phases.isEmpty()) {
      problems.add(PlanProblemCode.NO_PHASES.at("phases"));
    } else if (phases.get(0).getStart().getYear() != getYear()) {
      problems.add(
          PlanProblemCode.OUTSIDE_YEAR.at(
              "phases[0].start",
              phases.get(0).getName(),
              phases.get(0).getStart().toString(),
              Integer.toString(getYear())));
    }
    Set<String> names = new HashSet<>();
    for (int i = 0; i < phases.size(); i++) {
      PlanPhase p = phases.get(i);
      if (!names.add(p.getName())) {
        problems.add(PlanProblemCode.DUPLICATE_PHASE.at("phases[" + i + "].name", p.getName()));
      }
      if (i > 0 && !p.getStart().isAfter(phases.get(i - 1).getEnd())) {
        PlanPhase prev = phases.get(i - 1);
        problems.add(
            PlanProblemCode.PHASES_OVERLAP.at(
                "phases[" + i + "].start",
                p.getName(),
                p.getStart().toString(),
                prev.getName(),
                prev.getEnd().toString()));
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

  /** Builds an {@link ImplementationPlan}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableImplementationPlan.Builder {
    Builder() {}
  }
}
