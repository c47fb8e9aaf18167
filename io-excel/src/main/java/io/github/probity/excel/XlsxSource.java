package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ExcelReaderException;
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
    try (ReadableWorkbook wb =
        new ReadableWorkbook(file.toFile(), new ReadingOptions(false, false))) {
      List<Sheet> sheets = wb.getSheets().collect(java.util.stream.Collectors.toList());
      for (Sheet sheet : sheets) {
        ZipGuard.SheetInfo info = byName.get(sheet.getName());
        List<int[]> merges = info == null ? List.of() : info.merges;
        try (Stream<Row> rows = sheet.openStream()) {
          Iterator<Row> it = rows.iterator();
          visitor.sheet(sheet.getName(), merges, new RowIterator(it, limits));
        }
      }
    } catch (ExcelReaderException | UncheckedIOException ex) {
      Throwable cause = ex.getCause();
      if (cause instanceof WorkbookRejectedException) {
        throw (WorkbookRejectedException) cause;
      }
      throw new WorkbookRejectedException(Reason.MALFORMED, String.valueOf(ex.getMessage()), ex);
    }
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
      return rows.hasNext();
    }

    @Override
    public TableReader.RawRow next() {
      Row row = rows.next();
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
