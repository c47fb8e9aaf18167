package io.github.probity.excel;

import io.github.probity.finding.Finding;
import java.util.Collection;
import java.util.Locale;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.PageMargin;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * How small a filled template's table prints under the template's own print set-up: the smallest
 * font of the table's cells times the page's scale (the scale set, or with fit to pages wide the
 * scale at which the visible columns fit the printable width). Stateless.
 */
final class PrintScale {
  /** The smallest printed size the annexes keep to, in points. */
  static final double MIN_POINTS = 9.0;

  /**
   * The width of a digit of the default font, in em, taken wide: 宋体's are 0.5 em, but where 宋体 is
   * missing the font standing in for it may have digits 0.64 em wide (DejaVu Sans's are 0.636), and
   * LibreOffice then measures every column in those.
   */
  static final double DIGIT_EM = 0.64;

  private PrintScale() {}

  /**
   * A finding when the table from the header row to the last row would print smaller than {@value
   * #MIN_POINTS} pt; the print set-up itself is left as it is.
   */
  static Optional<Finding> check(Sheet sheet, int header, int last, Collection<Integer> cols) {
    double smallest = Double.MAX_VALUE;
    for (int r = header; r <= last; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (int c : cols) {
        Cell cell = row.getCell(c);
        if (cell == null || cell.toString().isBlank()) {
          continue;
        }
        int font = cell.getCellStyle().getFontIndex();
        smallest = Math.min(smallest, sheet.getWorkbook().getFontAt(font).getFontHeightInPoints());
      }
    }
    if (smallest == Double.MAX_VALUE) {
      return Optional.empty();
    }
    double scale = scale(sheet, cols);
    double printed = smallest * scale;
    if (printed >= MIN_POINTS - 1e-9) {
      return Optional.empty();
    }
    return Optional.of(
        CellFinding.builder()
            .code(ProblemCode.PRINTED_TEXT_SMALL)
            .sheet(sheet.getSheetName())
            .rawValue(
                String.format(
                    Locale.ROOT, "%.1f pt = %.1f pt × %.0f%%", printed, smallest, scale * 100))
            .build());
  }

  /**
   * The scale the sheet prints at: its own, or the one that fits its columns to pages wide, rounded
   * down to whole percent as Excel and LibreOffice print. The columns counted are the visible ones
   * up to the last of the table's and of any cell holding text (hidden columns do not print); a
   * column's width counts digits of the workbook's default font, taken as wide as {@link #DIGIT_EM}
   * of its size (the fonts that stand in for 宋体 where it is missing) or as Excel's pixels,
   * whichever is wider.
   */
  static double scale(Sheet sheet, Collection<Integer> cols) {
    PrintSetup ps = sheet.getPrintSetup();
    if (!sheet.getFitToPage()) {
      int scale = ps.getScale();
      return scale <= 0 ? 1.0 : scale / 100.0;
    }
    int wide = ps.getFitWidth();
    if (wide <= 0) {
      return 1.0; // fit to pages tall only: the width does not scale the page
    }
    int lastCol = 0;
    for (int c : cols) {
      lastCol = Math.max(lastCol, c);
    }
    for (Row row : sheet) {
      for (int c = Math.max(lastCol + 1, row.getFirstCellNum()); c < row.getLastCellNum(); c++) {
        Cell cell = row.getCell(c);
        if (cell != null && !cell.toString().isBlank()) {
          lastCol = c;
        }
      }
    }
    double digit = DIGIT_EM * sheet.getWorkbook().getFontAt(0).getFontHeightInPoints();
    double total = 0;
    for (int c = 0; c <= lastCol; c++) {
      if (!sheet.isColumnHidden(c)) {
        double excel = sheet.getColumnWidthInPixels(c) * 0.75;
        total += Math.max(excel, sheet.getColumnWidth(c) / 256.0 * digit);
      }
    }
    double paper = paperWidth(ps.getPaperSize(), ps.getLandscape());
    double printable =
        paper - (sheet.getMargin(PageMargin.LEFT) + sheet.getMargin(PageMargin.RIGHT)) * 72;
    if (total <= 0) {
      return 1.0;
    }
    return Math.min(1.0, Math.floor(wide * printable / total * 100) / 100);
  }

  /** The paper's width in points: A4, A3, B4, B5 or letter (the default). */
  private static double paperWidth(short paper, boolean landscape) {
    double[] size;
    switch (paper) {
      case PrintSetup.A4_PAPERSIZE:
        size = new double[] {595.3, 841.9};
        break;
      case PrintSetup.A3_PAPERSIZE:
        size = new double[] {841.9, 1190.6};
        break;
      case PrintSetup.B4_PAPERSIZE:
        size = new double[] {708.7, 1000.6};
        break;
      case PrintSetup.B5_PAPERSIZE:
        size = new double[] {498.9, 708.7};
        break;
      default:
        size = new double[] {612, 792};
        break;
    }
    return landscape ? size[1] : size[0];
  }
}
