package io.github.probity.plan;

import io.github.probity.finding.Finding;
import io.github.probity.finding.InputRejectedException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Thrown when a plan, phase or task is built with values the plan does not allow; it names every
 * problem found at once, as findings of a {@link PlanProblemCode} located by the plan's field. Its
 * message is in English; {@link #message(Locale)} gives Chinese.
 *
 * @since 0.1.0
 */
public final class InvalidPlanException extends InputRejectedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param findings the problems, at least one
   */
  public InvalidPlanException(List<Finding> findings) {
    super(findings, null);
  }

  /**
   * {@return the problems' messages in a locale, one located sentence per line}
   *
   * @param locale the reader's locale
   */
  public String message(Locale locale) {
    return getFindings().stream().map(p -> p.describe(locale)).collect(Collectors.joining("\n"));
  }
}
