package io.github.probity.excel;

import io.github.probity.archive.Archive;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import java.util.List;

/**
 * What {@link ArchiveWorkbookReader} read: the archives, one per sheet that could be read, in sheet
 * order, and every problem met, located by sheet, row and cell.
 *
 * <p>Immutable and thread-safe.
 *
 * @param archives the archives read
 * @param problems the problems, in the order met
 * @since 0.1.0
 */
public record ArchiveReadResult(List<Archive> archives, List<Finding> problems) {

  /**
   * Copies the lists.
   *
   * @param archives the archives read
   * @param problems the problems
   */
  public ArchiveReadResult {
    archives = List.copyOf(archives);
    problems = List.copyOf(problems);
  }

  /**
   * Tells whether every sheet and row was read without error.
   *
   * @return {@code true} if no problem is an error
   */
  public boolean isClean() {
    return problems.stream().noneMatch(p -> p.getSeverity() == Severity.ERROR);
  }
}
