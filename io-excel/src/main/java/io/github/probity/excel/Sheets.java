package io.github.probity.excel;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Position;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * The layout every written sheet shares: the merged bold title row, the grey bold header cells, the
 * 填报日期 text and the print set-up (A4 landscape, one page wide, margins, page-number footer).
 * Stateless; thread-safe.
 */
final class Sheets {
  /** The border of table cells. */
  static final String BORDER = "thin";

  /** The fill of header cells. */
  static final String HEADER_FILL = "F2F2F2";

  /** The title's font size. */
  static final int TITLE_FONT_SIZE = 16;

  private Sheets() {}

  /**
   * Writes the title across row 0, columns 0 to {@code last}: merged, bold, centred both ways.
   *
   * @param wrap whether the title wraps
   * @param height the row's height in points
   */
  static void title(Worksheet ws, String title, int last, boolean wrap, double height) {
    title(ws, 0, title, last, wrap, height);
  }

  /** As {@link #title(Worksheet, String, int, boolean, double)}, in the given row. */
  static void title(Worksheet ws, int row, String title, int last, boolean wrap, double height) {
    ws.inlineString(row, 0, TextCells.safe(title));
    ws.range(row, 0, row, last).merge();
    var style =
        ws.range(row, 0, row, last)
            .style()
            .fontName(SheetWriter.FONT)
            .fontSize(TITLE_FONT_SIZE)
            .bold()
            .horizontalAlignment("center")
            .verticalAlignment("center");
    if (wrap) {
      style = style.wrapText(true);
    }
    style.set();
    ws.rowHeight(row, height);
  }

  /** The font of the 附件N mark: 黑体, as on official documents. */
  static final String MARK_FONT = "黑体";

  /** Writes the 附件N mark in the top-left cell of {@code row}, left-aligned, not merged. */
  static void mark(Worksheet ws, int row, String mark) {
    ws.inlineString(row, 0, mark);
    ws.style(row, 0)
        .fontName(MARK_FONT)
        .fontSize(SheetWriter.BODY_FONT_SIZE + 4)
        .horizontalAlignment("left")
        .verticalAlignment("center")
        .set();
    ws.rowHeight(row, 24);
  }

  /**
   * Writes lines under a table, each merged across columns 0 to {@code last}, left-aligned and
   * wrapped, without borders; returns the next free row.
   */
  static int lines(Worksheet ws, int row, int last, List<String> lines, double height) {
    for (String line : lines) {
      ws.inlineString(row, 0, TextCells.safe(line));
      ws.range(row, 0, row, last).merge();
      ws.range(row, 0, row, last)
          .style()
          .fontName(SheetWriter.FONT)
          .fontSize(SheetWriter.BODY_FONT_SIZE + 1)
          .horizontalAlignment("left")
          .verticalAlignment("center")
          .wrapText(true)
          .set();
      ws.rowHeight(row, height);
      row++;
    }
    return row;
  }

  /** Writes one header cell: bold on grey, centred, wrapped, bordered, one size above the body. */
  static void headerCell(Worksheet ws, int row, int c, String text) {
    ws.inlineString(row, c, text);
    ws.style(row, c)
        .fontName(SheetWriter.FONT)
        .fontSize(SheetWriter.BODY_FONT_SIZE + 1)
        .bold()
        .horizontalAlignment("center")
        .verticalAlignment("center")
        .wrapText(true)
        .fillColor(HEADER_FILL)
        .borderStyle(BORDER)
        .set();
  }

  /**
   * Writes one text cell of a bordered table: body size, wrapped, text format; a header cell is
   * bold on grey and centred, a body cell takes {@code bodyAlignment} (the default if {@code
   * null}).
   */
  static void tableCell(
      Worksheet ws, int r, int c, String text, boolean header, @Nullable String bodyAlignment) {
    if (!text.isEmpty()) {
      ws.inlineString(r, c, TextCells.safe(text));
    }
    var style =
        ws.style(r, c)
            .fontName(SheetWriter.FONT)
            .fontSize(SheetWriter.BODY_FONT_SIZE)
            .verticalAlignment("center")
            .wrapText(true)
            .format("@")
            .borderStyle(BORDER);
    if (header) {
      style.bold().fillColor(HEADER_FILL).horizontalAlignment("center");
    } else if (bodyAlignment != null) {
      style.horizontalAlignment(bodyAlignment);
    }
    style.set();
  }

  /** The 填报日期 text: the date in Chinese, or blanks to fill in by hand. */
  static String fillDate(Optional<LocalDate> date) {
    return "填报日期：" + date.map(Sheets::chineseDate).orElse("　　　　年　　月　　日");
  }

  /** A date as printed on a Chinese form, e.g. 2026年12月6日. */
  static String chineseDate(LocalDate d) {
    return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /** The printable width of A4 landscape between the side margins, in points. */
  static final double A4_WIDTH = 841.9 - 2 * 0.4 * 72;

  /** The printable width of A3 landscape between the side margins, in points. */
  static final double A3_WIDTH = 1190.6 - 2 * 0.4 * 72;

  /**
   * The smallest scale a fit-to-width page may print at: 10 pt body text stays above 9 pt, with a
   * margin for rounding the scale down to whole percent.
   */
  static final double MIN_SCALE = 0.92;

  /**
   * The width in points of one unit of column width, taken wide: a column's width counts digits of
   * the workbook's default font (宋体 10 pt here), and where 宋体 is missing the font that stands in
   * for it has digits up to 0.64 em wide (LibreOffice measures its columns in those), where 宋体's
   * own are 0.5 em (Excel: 7 pixels).
   */
  static final double DIGIT_POINTS = PrintScale.DIGIT_EM * SheetWriter.BODY_FONT_SIZE;

  /** The narrowest a wrapping column is made to fit the page, in characters. */
  static final int NARROWEST = 8;

  /**
   * The width in points of a column {@code width} characters wide, the larger of Excel's (a 7-pixel
   * digit and 5 pixels of padding, 96 dpi) and a {@link #DIGIT_POINTS} digit.
   */
  static double columnPoints(double width) {
    return Math.max(Math.floor(width * 7 + 5) * 0.75, width * DIGIT_POINTS);
  }

  /**
   * Chooses the paper for visible columns of the given widths and fits the table one page wide at
   * {@link #MIN_SCALE} or more: A4 landscape when it fits there, else A3 landscape. Where it is too
   * wide the wrapping columns are narrowed, all by the same share of their width (to {@value
   * #NARROWEST} at the least); where the paper has room to spare at 100% they are widened alike, so
   * that their text takes fewer lines. Changes {@code widths} in place; hidden columns have width 0
   * here and are left alone.
   *
   * @param wraps which columns may be narrowed or widened (their text wraps onto more lines)
   * @return the paper
   */
  static PaperSize fit(int[] widths, boolean[] wraps) {
    return fit(widths, wraps, true);
  }

  /**
   * As {@link #fit(int[], boolean[])}; with {@code a3} false the table stays on A4, narrowed as far
   * as it takes.
   */
  static PaperSize fit(int[] widths, boolean[] wraps, boolean a3) {
    int[] asked = widths.clone();
    double total = 0;
    for (int w : widths) {
      total += w > 0 ? columnPoints(w) : 0;
    }
    PaperSize paper =
        !a3 || total * MIN_SCALE <= A4_WIDTH ? PaperSize.A4_PAPER : PaperSize.A3_PAPER;
    double printable = paper == PaperSize.A4_PAPER ? A4_WIDTH : A3_WIDTH;
    double room = printable / MIN_SCALE;
    while (total > room) {
      int c = share(widths, wraps, asked, true);
      if (c < 0) {
        break;
      }
      total -= columnPoints(widths[c]) - columnPoints(widths[c] - 1);
      widths[c]--;
    }
    while (true) {
      int c = share(widths, wraps, asked, false);
      if (c < 0 || total + columnPoints(widths[c] + 1) - columnPoints(widths[c]) > printable) {
        break;
      }
      total += columnPoints(widths[c] + 1) - columnPoints(widths[c]);
      widths[c]++;
    }
    return paper;
  }

  /**
   * The size, in points, at which body text of {@link SheetWriter#BODY_FONT_SIZE} prints in columns
   * of the given widths, once {@link #fit(int[], boolean[], boolean)} has chosen the paper and
   * narrowed what it may: the body size when the table fits at {@link #MIN_SCALE} or more, less
   * when even the paper it may have (A3 landscape, or A4 landscape when {@code a3} is false) holds
   * the narrowed table only at a smaller scale. The scale is rounded down to whole percent and the
   * columns counted as wide as {@link #columnPoints(double)} takes them, as {@link
   * PrintScale#scale} measures a written sheet.
   */
  static double printedPoints(int[] widths, boolean[] wraps, boolean a3) {
    int[] w = widths.clone();
    PaperSize paper = fit(w, wraps, a3);
    double total = 0;
    for (int x : w) {
      total += x > 0 ? columnPoints(x) : 0;
    }
    double room = paper == PaperSize.A4_PAPER ? A4_WIDTH : A3_WIDTH;
    double scale = total <= 0 ? 1.0 : Math.min(1.0, Math.floor(room / total * 100) / 100);
    return SheetWriter.BODY_FONT_SIZE * scale;
  }

  /**
   * The wrapping column to narrow next (the one with the largest share of its asked width left,
   * above {@value #NARROWEST}) or to widen next (the smallest share); -1 if none.
   */
  private static int share(int[] widths, boolean[] wraps, int[] asked, boolean narrow) {
    int best = -1;
    for (int c = 0; c < widths.length; c++) {
      if (!wraps[c] || widths[c] <= 0 || (narrow && widths[c] <= NARROWEST)) {
        continue;
      }
      if (best < 0) {
        best = c;
        continue;
      }
      double mine = (double) widths[c] / asked[c];
      double theirs = (double) widths[best] / asked[best];
      if (narrow ? mine > theirs : mine < theirs) {
        best = c;
      }
    }
    return best;
  }

  /**
   * Sets up a table's printing: the rows below the header frozen, the header repeated on each page,
   * and {@link #print(Worksheet, int)} as many pages tall as needed.
   */
  static void printTable(Worksheet ws, int header) {
    printTable(ws, header, PaperSize.A4_PAPER);
  }

  /** As {@link #printTable(Worksheet, int)}, on the given paper. */
  static void printTable(Worksheet ws, int header, PaperSize paper) {
    ws.freezePane(0, header + 1);
    ws.repeatRows(header, header);
    print(ws, 0, paper);
  }

  /**
   * Sets up printing: A4 landscape, one page wide and {@code pagesTall} pages tall (0: as many as
   * needed), 0.4 in side and 0.6 in top and bottom margins, "第 n 页，共 m 页" in the footer.
   */
  static void print(Worksheet ws, int pagesTall) {
    print(ws, pagesTall, PaperSize.A4_PAPER);
  }

  /** As {@link #print(Worksheet, int)}, on the given paper, landscape. */
  static void print(Worksheet ws, int pagesTall, PaperSize paper) {
    ws.pageOrientation("landscape");
    ws.paperSize(paper);
    ws.setFitToPage(true);
    ws.fitToWidth((short) 1);
    ws.fitToHeight((short) pagesTall);
    ws.leftMargin(0.4f);
    ws.rightMargin(0.4f);
    ws.topMargin(0.6f);
    ws.bottomMargin(0.6f);
    ws.footer("第 &P 页，共 &N 页", Position.CENTER, SheetWriter.FONT, SheetWriter.BODY_FONT_SIZE);
  }
}
