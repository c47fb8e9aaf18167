package io.github.probity.plan;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when a plan, phase or task is built with values the plan does not allow; it names every
 * problem found at once. Its message is in English; {@link #message(Locale)} gives Chinese.
 */
public final class InvalidPlanException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The problems; a list of immutable values. */
  @SuppressWarnings("serial") // an immutable list of immutable values
  private final List<PlanProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems, at least one
   */
  public InvalidPlanException(List<PlanProblem> problems) {
    super(render(problems, Locale.ENGLISH));
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns the problems, in the order found.
   *
   * @return the problems
   */
  public List<PlanProblem> getProblems() {
    return problems;
  }

  /**
   * Returns the problems' messages in a locale, one per line.
   *
   * @param locale the reader's locale
   * @return the message
   */
  public String message(Locale locale) {
    return render(problems, locale);
  }

  private static String render(List<PlanProblem> problems, Locale locale) {
    return problems.stream().map(p -> p.message(locale)).collect(Collectors.joining("\n"));
  }
}
