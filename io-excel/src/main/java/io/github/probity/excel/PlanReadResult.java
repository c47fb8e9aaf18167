package io.github.probity.excel;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.plan.ImplementationPlan;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a reader got from an annex 4 workbook: the task rows it read (with their locations), the
 * notes under the table, the plan built from them — absent when the rows make no valid plan, e.g.
 * when phases overlap — and every problem it met.
 *
 * <p>Invariant: every non-blank row under the header is among {@link #getRows()}, is the notes
 * line, or is named by a problem (dropped rows with {@link ProblemCode#isRowDropped(Finding)}).
 * Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PlanReadResult {
  PlanReadResult() {}

  /**
   * Returns the plan built from the rows, if they make a valid one.
   *
   * @return the plan
   */
  public abstract Optional<ImplementationPlan> getPlan();

  /**
   * Returns the rows read, in file order.
   *
   * @return the rows
   */
  public abstract List<LocatedPlanRow> getRows();

  /**
   * Returns the notes read from under the table.
   *
   * @return the notes, in order
   */
  public abstract List<String> getNotes();

  /**
   * Returns the problems, in file order.
   *
   * @return the problems
   */
  public abstract List<Finding> getProblems();

  /**
   * Returns the problems of a given severity or graver.
   *
   * @param atLeast the least severity
   * @return the problems
   */
  public List<Finding> problems(Severity atLeast) {
    return getProblems().stream()
        .filter(p -> p.getSeverity().rank() >= atLeast.rank())
        .collect(Collectors.toList());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanReadResult}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePlanReadResult.Builder {
    Builder() {}
  }
}
