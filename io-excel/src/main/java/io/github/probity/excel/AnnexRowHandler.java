package io.github.probity.excel;

import io.github.probity.finding.Finding;

/**
 * Receives what a streaming read finds, in file order: each row as soon as it is complete (with its
 * location) and each problem as it is met. The problems of a row come before the row; a row that
 * could not be read is named by a problem with {@link ProblemCode#isRowDropped(Finding)}, so every
 * data row reaches the handler either as a row or as a problem.
 *
 * <p>A handler is called by the reading thread only; it need not be thread-safe. An unchecked
 * exception it throws stops reading and is passed to the caller.
 *
 * @since 0.1.0
 */
public interface AnnexRowHandler {
  /**
   * Receives a row that was read.
   *
   * @param row the row with its sheet, kind and row numbers
   */
  void row(LocatedRow row);

  /**
   * Receives a problem. In strict mode reading stops with a {@link WorkbookRejectedException} right
   * after an error-level problem has been handed here.
   *
   * @param problem the problem
   */
  void problem(Finding problem);
}
