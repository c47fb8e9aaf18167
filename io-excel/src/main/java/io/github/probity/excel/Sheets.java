package io.github.probity.excel;

import java.time.LocalDate;
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
    ws.inlineString(0, 0, TextCells.safe(title));
    ws.range(0, 0, 0, last).merge();
    var style =
        ws.range(0, 0, 0, last)
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
    ws.rowHeight(0, height);
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
    return "填报日期："
        + date.map(d -> d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日")
            .orElse("　　　　年　　月　　日");
  }

  /**
   * Sets up a table's printing: the rows below the header frozen, the header repeated on each page,
   * and {@link #print(Worksheet, int)} as many pages tall as needed.
   */
  static void printTable(Worksheet ws, int header) {
    ws.freezePane(0, header + 1);
    ws.repeatRows(header, header);
    print(ws, 0);
  }

  /**
   * Sets up printing: A4 landscape, one page wide and {@code pagesTall} pages tall (0: as many as
   * needed), 0.4 in side and 0.6 in top and bottom margins, "第 n 页，共 m 页" in the footer.
   */
  static void print(Worksheet ws, int pagesTall) {
    ws.pageOrientation("landscape");
    ws.paperSize(PaperSize.A4_PAPER);
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
