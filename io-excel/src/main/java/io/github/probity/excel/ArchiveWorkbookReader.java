package io.github.probity.excel;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveAnchor;
import io.github.probity.finding.Finding;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads archive workbooks written by {@link ArchiveWorkbookWriter} back into archives: one per
 * sheet, sections found by their titles and columns by their headers, so rows and sections may be
 * moved or blank rows added by hand.
 *
 * <p>Bad input loses nothing silently: a row whose values cannot be read is reported as a {@link
 * Finding} located at its sheet and row (and left out); a sheet that does not make an archive is
 * reported and skipped. Workbooks are checked against {@link ReadLimits} before parsing, as {@link
 * AnnexReader} does. Only xlsx is read.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ArchiveWorkbookReader {
  private final ReadLimits limits;

  private ArchiveWorkbookReader(ReadLimits limits) {
    this.limits = limits;
  }

  /**
   * Returns a reader with the default limits.
   *
   * @return the reader
   */
  public static ArchiveWorkbookReader standard() {
    return new ArchiveWorkbookReader(ReadLimits.defaults());
  }

  /**
   * Returns a reader like this one with other limits.
   *
   * @param limits the limits
   * @return the reader
   */
  public ArchiveWorkbookReader withLimits(ReadLimits limits) {
    return new ArchiveWorkbookReader(limits);
  }

  /**
   * Reads a workbook from a stream, which is copied to a temporary file first.
   *
   * @param in the workbook; not closed
   * @return the archives and problems
   * @throws WorkbookRejectedException if the workbook is refused
   * @throws IOException if reading fails
   */
  public ArchiveReadResult read(InputStream in) throws IOException {
    return WorkbookSource.spooled(in, limits, this::read);
  }

  /**
   * Reads a workbook file.
   *
   * @param file the workbook, xlsx
   * @return the archives and problems
   * @throws WorkbookRejectedException if the workbook is refused
   * @throws IOException if reading fails
   */
  public ArchiveReadResult read(Path file) throws IOException {
    List<Archive> archives = new ArrayList<>();
    List<ArchiveAnchor> anchors = new ArrayList<>();
    List<Finding> problems = new ArrayList<>();
    WorkbookSource.read(
        file,
        limits,
        Optional.empty(),
        (name, merges, rows) -> {
          List<TableReader.RawRow> all = new ArrayList<>();
          rows.forEachRemaining(all::add);
          ArchiveSheetReader sheet = new ArchiveSheetReader(name, problems);
          sheet.read(all).ifPresent(archives::add);
          sheet.anchor().ifPresent(anchors::add);
        });
    return new ArchiveReadResult(archives, anchors, problems);
  }
}
