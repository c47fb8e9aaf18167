package io.github.probity.excel;

import io.github.probity.archive.Archive;
import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads archive workbooks written by {@link ArchiveWorkbookWriter} back into archives: one per
 * sheet, sections found by their titles and columns by their headers, so rows and sections may be
 * moved or blank rows added by hand.
 *
 * <p>Bad input loses nothing silently: a row whose values cannot be read is reported as a {@link
 * ReadProblem} located at its sheet and row (and left out); a sheet that does not make an archive
 * is reported and skipped. Workbooks are checked against {@link ReadLimits} before parsing, as
 * {@link AnnexReader} does. Only xlsx is read.
 *
 * <p>Immutable and thread-safe.
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
   * Returns a reader with the given limits.
   *
   * @param limits the limits
   * @return the reader
   */
  public static ArchiveWorkbookReader withLimits(ReadLimits limits) {
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
    Path tmp = Files.createTempFile("probity-archive-", ".xlsx");
    try {
      try (OutputStream out = Files.newOutputStream(tmp)) {
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = in.read(buf)) > 0) {
          total += n;
          if (total > limits.getMaxFileBytes()) {
            throw new WorkbookRejectedException(
                Reason.LIMIT_EXCEEDED, "more than " + limits.getMaxFileBytes() + " bytes");
          }
          out.write(buf, 0, n);
        }
      }
      return read(tmp);
    } finally {
      Files.deleteIfExists(tmp);
    }
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
    long size = Files.size(file);
    if (size > limits.getMaxFileBytes()) {
      throw new WorkbookRejectedException(
          Reason.LIMIT_EXCEEDED, size + " bytes, limit " + limits.getMaxFileBytes());
    }
    byte[] magic = new byte[4];
    int got;
    try (InputStream in = Files.newInputStream(file)) {
      got = in.readNBytes(magic, 0, 4);
    }
    if (got < 4 || magic[0] != 'P' || magic[1] != 'K' || magic[2] != 3 || magic[3] != 4) {
      throw new WorkbookRejectedException(
          Reason.NOT_A_WORKBOOK, got == 0 ? "the file is empty" : "no xlsx signature");
    }
    List<Archive> archives = new ArrayList<>();
    List<ReadProblem> problems = new ArrayList<>();
    XlsxSource.read(
        file,
        limits,
        (name, merges, rows) -> {
          List<TableReader.RawRow> all = new ArrayList<>();
          rows.forEachRemaining(all::add);
          new ArchiveSheetReader(name, problems).read(all).ifPresent(archives::add);
        });
    return new ArchiveReadResult(archives, problems);
  }
}
