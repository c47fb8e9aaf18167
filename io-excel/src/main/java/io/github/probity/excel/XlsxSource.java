package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;

/** Streams the rows of an xlsx file that {@link ZipGuard} has accepted, with fastexcel-reader. */
final class XlsxSource {
  private XlsxSource() {}

  static void read(Path file, ReadLimits limits, SheetVisitor visitor) throws IOException {
    List<ZipGuard.SheetInfo> infos = ZipGuard.scan(file, limits);
    Map<String, ZipGuard.SheetInfo> byName = new HashMap<>();
    for (ZipGuard.SheetInfo i : infos) {
      byName.put(i.name, i);
    }
    ReadableWorkbook wb = open(file);
    try {
      List<Sheet> sheets = library(() -> wb.getSheets().collect(Collectors.toList()));
      int index = 0;
      for (Sheet sheet : sheets) {
        index++;
        Object raw = sheet.getName(); // absent when the workbook part lacks the attribute
        String name = raw == null ? "Sheet" + index : raw.toString();
        ZipGuard.SheetInfo info = byName.get(name);
        List<int[]> merges = info == null ? List.of() : info.merges;
        Stream<Row> rows = library(sheet::openStream);
        try {
          visitor.sheet(name, merges, new RowIterator(rows.iterator(), limits));
        } catch (UncheckedIOException ex) {
          if (ex.getCause() instanceof WorkbookRejectedException) {
            throw (WorkbookRejectedException) ex.getCause();
          }
          throw ex;
        } finally {
          rows.close();
        }
      }
    } finally {
      wb.close();
    }
  }

  private static ReadableWorkbook open(Path file) throws IOException {
    return library(() -> new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false)));
  }

  /** A call into the parsing library. */
  private interface LibraryCall<T> {
    T call() throws IOException;
  }

  /** Runs a library call; whatever the library throws on bad input becomes a typed refusal. */
  static <T> T library(LibraryCall<T> call) throws WorkbookRejectedException {
    try {
      return call.call();
    } catch (WorkbookRejectedException ex) {
      throw ex;
    } catch (IOException | RuntimeException ex) {
      throw malformed(ex);
    }
  }

  private static WorkbookRejectedException malformed(Exception ex) {
    Throwable cause = ex.getCause();
    if (cause instanceof WorkbookRejectedException) {
      return (WorkbookRejectedException) cause;
    }
    return new WorkbookRejectedException(
        Reason.MALFORMED, ex.getClass().getSimpleName() + ": " + ex.getMessage(), ex);
  }

  /** Turns fastexcel rows into raw rows, checking the text limit. */
  private static final class RowIterator implements Iterator<TableReader.RawRow> {
    private final Iterator<Row> rows;
    private final ReadLimits limits;

    RowIterator(Iterator<Row> rows, ReadLimits limits) {
      this.rows = rows;
      this.limits = limits;
    }

    @Override
    public boolean hasNext() {
      try {
        return rows.hasNext();
      } catch (RuntimeException ex) {
        throw new UncheckedIOException(malformed(ex));
      }
    }

    @Override
    public TableReader.RawRow next() {
      Row row;
      try {
        row = rows.next();
      } catch (RuntimeException ex) {
        throw new UncheckedIOException(malformed(ex));
      }
      int n = Math.min(row.getCellCount(), limits.getMaxCellsPerRow());
      String[] cells = new String[n];
      for (int c = 0; c < n; c++) {
        Cell cell = row.getCell(c);
        String text = cell == null ? null : cell.getText();
        if (text != null && text.length() > limits.getMaxTextLength()) {
          throw new UncheckedIOException(
              new WorkbookRejectedException(
                  Reason.LIMIT_EXCEEDED,
                  "cell "
                      + CellRefs.cell(c, row.getRowNum())
                      + " has "
                      + text.length()
                      + " characters, limit "
                      + limits.getMaxTextLength()));
        }
        cells[c] = text == null ? "" : text;
      }
      return new TableReader.RawRow(row.getRowNum(), cells);
    }
  }
}
