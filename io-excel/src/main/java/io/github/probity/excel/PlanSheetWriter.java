package io.github.probity.excel;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.PlanColumn;
import io.github.probity.annex.PlanRow;
import io.github.probity.annex.PlanTables;
import io.github.probity.plan.ImplementationPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Lays out annex 4, the implementation plan, as one print-ready sheet: merged title, 填报单位 with the
 * plan year and 填报日期, the header, one row per task with the phase and period merged over the
 * phase's rows, and the notes under the table. Stateless; one call per workbook.
 */
final class PlanSheetWriter {
  private static final double LINE_HEIGHT = 13.5;

  private PlanSheetWriter() {}

  static void write(
      ImplementationPlan plan,
      Optional<LocalDate> fillDate,
      Optional<String> fillingUnit,
      String author,
      java.time.Instant created,
      OutputStream out)
      throws IOException {
    OfficePackage.write(
        out,
        author,
        created,
        wb -> {
          Worksheet ws = wb.newWorksheet(AnnexKind.PLAN.sheetName());
          List<PlanColumn> cols = PlanTables.columns();
          int last = cols.size() - 1;
          Sheets.title(ws, PlanTables.title(plan), last, true, 36);
          int half = cols.size() / 2;
          ws.inlineString(
              1,
              0,
              TextCells.safe(
                  "填报单位："
                      + fillingUnit.orElse(plan.getUnitName())
                      + "　　计划年度："
                      + plan.getYear()
                      + "年"));
          ws.inlineString(1, half, Sheets.fillDate(fillDate));
          ws.range(1, 0, 1, half - 1).merge();
          ws.range(1, half, 1, last).merge();
          line(ws, 1, 0, half - 1, "left");
          line(ws, 1, half, last, "right");
          ws.rowHeight(1, 22);
          int header = 2;
          int[] widths = new int[cols.size()];
          boolean[] wraps = new boolean[cols.size()];
          for (int c = 0; c < cols.size(); c++) {
            widths[c] = cols.get(c).width();
            wraps[c] = wraps(cols.get(c));
          }
          PaperSize paper = Sheets.fit(widths, wraps);
          for (int c = 0; c < cols.size(); c++) {
            PlanColumn col = cols.get(c);
            ws.width(c, widths[c]);
            Sheets.headerCell(ws, header, c, col.displayName());
          }
          ws.rowHeight(header, 30);
          int r = header + 1;
          int seq = 0;
          @Nullable String[] runKey = new String[cols.size()];
          int[] runStart = new int[cols.size()];
          for (PlanRow row : PlanTables.rows(plan)) {
            seq++;
            int lines = 1;
            for (int c = 0; c < cols.size(); c++) {
              PlanColumn col = cols.get(c);
              Optional<String> key = PlanTables.mergeKey(row, col);
              boolean continuation = key.isPresent() && key.get().equals(runKey[c]);
              if (!continuation) {
                merge(ws, c, runStart[c], r - 1, runKey[c]);
                runKey[c] = key.orElse(null);
                runStart[c] = r;
              }
              if (col == PlanColumn.SEQUENCE) {
                ws.value(r, c, seq);
              } else if (!continuation) {
                String text = PlanTables.cell(row, col);
                if (!text.isEmpty()) {
                  ws.inlineString(r, c, TextCells.safe(text));
                  if (col != PlanColumn.PHASE && col != PlanColumn.PERIOD) {
                    lines = Math.max(lines, SheetWriter.lines(text, widths[c]));
                  }
                }
              }
              ws.style(r, c)
                  .fontName(SheetWriter.FONT)
                  .fontSize(SheetWriter.BODY_FONT_SIZE)
                  .horizontalAlignment(col == PlanColumn.CONTENT ? "left" : "center")
                  .verticalAlignment("center")
                  .wrapText(true)
                  .format("@")
                  .borderStyle(Sheets.BORDER)
                  .set();
            }
            ws.rowHeight(r, Math.min(Worksheet.MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 6));
            r++;
          }
          for (int c = 0; c < cols.size(); c++) {
            merge(ws, c, runStart[c], r - 1, runKey[c]);
          }
          Optional<String> notes = PlanTables.notesLine(plan);
          if (notes.isPresent()) {
            ws.inlineString(r, 0, TextCells.safe(notes.get()));
            ws.range(r, 0, r, last).merge();
            line(ws, r, 0, last, "left");
            ws.rowHeight(r, LINE_HEIGHT * SheetWriter.lines(notes.get(), 12 * cols.size()) + 8);
          }
          Sheets.printTable(ws, header, paper);
          ws.finish();
        });
  }

  /** Whether a column holds running text, narrowed or widened to fit the page. */
  private static boolean wraps(PlanColumn col) {
    switch (col) {
      case TASK:
      case CONTENT:
      case STANDARD:
      case STATUS:
      case REMARK:
        return true;
      default:
        return false;
    }
  }

  private static void line(Worksheet ws, int row, int from, int to, String align) {
    ws.range(row, from, row, to)
        .style()
        .fontName(SheetWriter.FONT)
        .fontSize(SheetWriter.BODY_FONT_SIZE + 1)
        .horizontalAlignment(align)
        .verticalAlignment("center")
        .wrapText(true)
        .set();
  }

  private static void merge(Worksheet ws, int c, int start, int end, @Nullable String key) {
    if (key != null && end > start) {
      ws.range(start, c, end, c).merge();
    }
  }
}
