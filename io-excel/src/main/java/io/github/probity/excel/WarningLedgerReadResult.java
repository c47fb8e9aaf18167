package io.github.probity.excel;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What {@link WarningLedgerReader} got from a workbook: the warning rows, the sheet row number of
 * each, and every problem met.
 *
 * <p>Invariant: every non-blank row under the header is either among {@link #getRows()} or named by
 * a problem — {@link ProblemCode#MISSING_WARNING_ID} (row dropped) or {@link
 * ProblemCode#NOTE_ROW_SKIPPED}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class WarningLedgerReadResult {
  WarningLedgerReadResult() {}

  /**
   * Returns the rows read, in file order.
   *
   * @return the rows
   */
  public abstract List<WarningLedgerRow> getRows();

  /**
   * Returns the 1-based sheet row number of each row, parallel to {@link #getRows()}.
   *
   * @return the row numbers
   */
  public abstract List<Integer> getRowNumbers();

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

  @Value.Check
  void check() {
    if (getRows().size() != getRowNumbers().size()) {
      throw new IllegalArgumentException("WarningLedgerReadResult: one row number per row");
    }
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WarningLedgerReadResult}. */
  static final class Builder extends ImmutableWarningLedgerReadResult.Builder {
    Builder() {}
  }
}
