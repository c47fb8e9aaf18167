package io.github.probity.excel;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveAnchor;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import java.util.List;

/**
 * What {@link ArchiveWorkbookReader} read: the archives, one per sheet that could be read, in sheet
 * order, the chain anchors printed on the sheets, and every problem met, located by sheet, row and
 * cell.
 *
 * <p>Immutable and thread-safe.
 *
 * @param archives the archives read
 * @param anchors the chain anchors printed on the sheets, in sheet order
 * @param problems the problems, in the order met
 * @since 0.1.0
 */
public record ArchiveReadResult(
    List<Archive> archives, List<ArchiveAnchor> anchors, List<Finding> problems) {

  /**
   * Copies the lists.
   *
   * @param archives the archives read
   * @param anchors the anchors printed
   * @param problems the problems
   */
  public ArchiveReadResult {
    archives = List.copyOf(archives);
    anchors = List.copyOf(anchors);
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
