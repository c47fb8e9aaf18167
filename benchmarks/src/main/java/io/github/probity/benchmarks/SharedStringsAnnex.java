package io.github.probity.benchmarks;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.model.LevelLabelStyle;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The personal annex (附件3) of {@link AnnexRowSource}'s rows as Excel saves it, written with Apache
 * POI's streaming workbook and its shared strings table: every text is an index into {@code
 * xl/sharedStrings.xml}, numbers are numbers, every table cell is written with its style (merged
 * continuations and blanks too, as empty styled cells), and the owner cells are merged as Probity
 * merges them: the department over its rows, the post and its holder over the post's. The layout is
 * Probity's: title row merged across, the 填报单位 and 填报日期 line, the header row, the data rows.
 *
 * <p>POI keeps the whole shared strings table in heap (as XMLBeans objects, several hundred bytes
 * per unique text; 100,000 rows have about 300,000), far beyond the 64 MiB the readers run in:
 * {@link #create} therefore writes the file in a JVM of its own. Stateless.
 */
final class SharedStringsAnnex {
  /** The heap of the writing JVM. */
  private static final String WRITER_HEAP = "-Xmx1g";

  private static final String UNIT = "示例区财政局";

  private SharedStringsAnnex() {}

  /**
   * Writes the file in a child JVM on this JVM's class path.
   *
   * @param rows the number of rows
   * @param out where to write
   * @throws IOException if the child fails
   */
  static void create(int rows, Path out) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> cmd = new ArrayList<>();
    cmd.add(java);
    cmd.add(WRITER_HEAP);
    cmd.add("-cp");
    cmd.add(System.getProperty("java.class.path"));
    cmd.add(SharedStringsAnnex.class.getName());
    cmd.add(Integer.toString(rows));
    cmd.add(out.toAbsolutePath().toString());
    Process p =
        new ProcessBuilder(cmd)
            .redirectErrorStream(true)
            .redirectOutput(ProcessBuilder.Redirect.INHERIT)
            .start();
    try {
      if (!p.waitFor(10, TimeUnit.MINUTES)) {
        p.destroyForcibly();
        throw new IOException("writing the shared-strings annex took more than 10 minutes");
      }
    } catch (InterruptedException ex) {
      p.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the shared-strings annex", ex);
    }
    if (p.exitValue() != 0) {
      throw new IOException("writing the shared-strings annex failed: exit " + p.exitValue());
    }
  }

  /**
   * Writes the file in this JVM.
   *
   * @param args rows and the output path
   * @throws IOException if writing fails
   */
  public static void main(String[] args) throws IOException {
    write(Integer.parseInt(args[0]), Path.of(args[1]));
  }

  /** Writes {@code rows} rows to {@code out} in this JVM (which needs a large heap). */
  static void write(int rows, Path out) throws IOException {
    List<AnnexColumn> cols = AnnexKind.PERSONAL.columns();
    int n = cols.size();
    int last = n - 1;
    try (SXSSFWorkbook wb = new SXSSFWorkbook(null, 256, true, true);
        OutputStream o = new BufferedOutputStream(Files.newOutputStream(out), 1 << 16)) {
      CellStyle title = style(wb, false);
      title.setAlignment(HorizontalAlignment.CENTER);
      CellStyle line = wb.createCellStyle();
      CellStyle header = style(wb, true);
      header.setAlignment(HorizontalAlignment.CENTER);
      CellStyle centred = style(wb, true);
      centred.setAlignment(HorizontalAlignment.CENTER);
      CellStyle left = style(wb, true);
      left.setAlignment(HorizontalAlignment.LEFT);
      Sheet ws = wb.createSheet(AnnexKind.PERSONAL.sheetName());
      Row r0 = ws.createRow(0);
      r0.createCell(0).setCellValue(AnnexKind.PERSONAL.title(UNIT));
      r0.getCell(0).setCellStyle(title);
      ws.addMergedRegionUnsafe(new CellRangeAddress(0, 0, 0, last));
      int half = Math.max(1, n / 2);
      Row r1 = ws.createRow(1);
      r1.createCell(0).setCellValue("填报单位：" + UNIT);
      r1.createCell(half).setCellValue("填报日期：　　　　年　　月　　日");
      r1.getCell(0).setCellStyle(line);
      r1.getCell(half).setCellStyle(line);
      ws.addMergedRegionUnsafe(new CellRangeAddress(1, 1, 0, half - 1));
      ws.addMergedRegionUnsafe(new CellRangeAddress(1, 1, half, last));
      Row r2 = ws.createRow(2);
      for (int c = 0; c < n; c++) {
        Cell cell = r2.createCell(c);
        cell.setCellValue(cols.get(c).displayName());
        cell.setCellStyle(header);
      }
      String[] runKey = new String[n];
      int[] runStart = new int[n];
      int r = 3;
      Iterator<AnnexRow> source = AnnexRowSource.rows(rows);
      while (source.hasNext()) {
        AnnexRow row = source.next();
        Row xr = ws.createRow(r);
        for (int c = 0; c < n; c++) {
          AnnexColumn col = cols.get(c);
          Optional<String> key = AnnexTables.mergeKey(row, col);
          boolean continuation = key.isPresent() && key.get().equals(runKey[c]);
          if (!continuation) {
            merge(ws, c, runStart[c], r - 1, runKey[c]);
            runKey[c] = key.orElse(null);
            runStart[c] = r;
          }
          Cell cell = xr.createCell(c);
          cell.setCellStyle(centered(col) ? centred : left);
          if (col == AnnexColumn.SEQUENCE) {
            cell.setCellValue(r - 2);
          } else if (!continuation) {
            String text = AnnexTables.cell(row, col, LevelLabelStyle.HIGH_GENERAL_LOW);
            if (!text.isEmpty()) {
              cell.setCellValue(text);
            }
          }
        }
        r++;
      }
      for (int c = 0; c < n; c++) {
        merge(ws, c, runStart[c], r - 1, runKey[c]);
      }
      wb.write(o);
    }
  }

  private static void merge(Sheet ws, int c, int start, int end, String key) {
    if (key != null && end > start) {
      ws.addMergedRegionUnsafe(new CellRangeAddress(start, end, c, c));
    }
  }

  private static CellStyle style(SXSSFWorkbook wb, boolean border) {
    CellStyle s = wb.createCellStyle();
    s.setVerticalAlignment(VerticalAlignment.CENTER);
    s.setWrapText(true);
    if (border) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
    return s;
  }

  private static boolean centered(AnnexColumn col) {
    switch (col) {
      case POWER_ITEM:
      case RISK_POINT:
      case MANIFESTATION:
      case MEASURES:
      case MONITORING:
        return false;
      default:
        return true;
    }
  }
}
