package io.github.probity.excel;

import io.github.probity.annex.AnnexText;
import io.github.probity.archive.ArchiveAnchor;
import io.github.probity.archive.DisclosureEntry;
import io.github.probity.archive.DisclosureRegistration;
import io.github.probity.archive.DisclosureView;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a disclosure (党务公开/政务公开) as a print-ready workbook: sheet {@code 公开内容} lists the disclosed
 * risk points of a {@link DisclosureView}, already redacted, with owner, category, level, measures
 * and who is responsible; sheet {@code 公开登记} is the registration record (kind, time, range, form,
 * deadline, content, digest of the published text, registrar, number withheld).
 *
 * <p>Only what the view holds is written, so nothing the redaction policy removed can reach the
 * file. A4 landscape, one page wide, header repeated, page numbers in the footer. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class DisclosureWorkbookWriter {
  static final List<String> HEADERS =
      List.of("序号", "层级", "责任主体", "风险类别", "风险点", "表现形式", "风险等级", "防控措施", "责任人", "责任领导");
  private static final int[] WIDTHS = {6, 10, 18, 10, 24, 28, 8, 36, 16, 12};

  /** The columns of running text (风险点, 表现形式, 防控措施), fitted to the paper. */
  private static final boolean[] WRAPS = {
    false, false, false, false, true, true, false, true, false, false
  };

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("H:mm");

  private final String author;
  private final Clock clock;
  private final ZoneId zone;

  private DisclosureWorkbookWriter(String author, Clock clock, ZoneId zone) {
    this.author = author;
    this.clock = clock;
    this.zone = zone;
  }

  /**
   * Returns the writer: times in Asia/Shanghai, author {@code Probity}, the system clock for the
   * document properties.
   *
   * @return the writer
   */
  public static DisclosureWorkbookWriter standard() {
    return new DisclosureWorkbookWriter(
        OfficePackage.AUTHOR, Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
  }

  /**
   * Returns a copy that prints the registration time in this zone, the unit's.
   *
   * @param zone the unit's time zone
   * @return the writer
   */
  public DisclosureWorkbookWriter withZone(ZoneId zone) {
    return new DisclosureWorkbookWriter(author, clock, zone);
  }

  /**
   * Returns a copy that names this author in the workbook's document properties.
   *
   * @param author the author, e.g. the unit's office
   * @return the writer
   */
  public DisclosureWorkbookWriter withAuthor(String author) {
    return new DisclosureWorkbookWriter(author, clock, zone);
  }

  /**
   * Returns a copy that stamps the workbook's creation time (to the second) from this clock. With a
   * fixed clock, the same view and registration always give the same bytes.
   *
   * @param clock the clock
   * @return the writer
   */
  public DisclosureWorkbookWriter withClock(Clock clock) {
    return new DisclosureWorkbookWriter(author, clock, zone);
  }

  /**
   * Writes the disclosure workbook.
   *
   * @param view the disclosed view
   * @param registration its registration record
   * @param out where the workbook goes; not closed
   * @throws IOException if writing fails
   */
  public void write(DisclosureView view, DisclosureRegistration registration, OutputStream out)
      throws IOException {
    write(view, registration, List.of(), out);
  }

  /**
   * Writes the disclosure workbook with the anchors of the unit's post archives printed on the
   * register: their digest ({@link ArchiveAnchor#digest}) and each anchor's line, so that the
   * published register fixes the archives' chains as they were when it was published.
   *
   * @param view the disclosed view
   * @param registration its registration record
   * @param anchors the anchors of the unit's post archives for the year, e.g. {@code
   *     ArchiveStore.anchors(unit, year)}
   * @param out where the workbook goes; not closed
   * @throws IOException if writing fails
   */
  public void write(
      DisclosureView view,
      DisclosureRegistration registration,
      List<ArchiveAnchor> anchors,
      OutputStream out)
      throws IOException {
    OfficePackage.write(
        out,
        author,
        clock.instant(),
        wb -> {
          content(wb.newWorksheet("公开内容"), view);
          registration(wb.newWorksheet("公开登记"), view, registration, anchors, zone);
        });
  }

  private static void content(Worksheet ws, DisclosureView view) throws IOException {
    int last = HEADERS.size() - 1;
    Sheets.title(ws, view.getUnitName() + view.getYear() + "年廉政风险点及防控措施", last, false, 32);
    int[] widths = WIDTHS.clone();
    PaperSize paper = Sheets.fit(widths, WRAPS);
    for (int c = 0; c <= last; c++) {
      ws.width(c, widths[c]);
      cell(ws, 1, c, HEADERS.get(c), true);
    }
    ws.rowHeight(1, 24);
    int r = 2;
    int n = 0;
    for (DisclosureEntry e : view.getEntries()) {
      String[] cells = {
        Integer.toString(++n),
        e.getScope().displayName(),
        e.getOwner(),
        e.getCategory().displayName(),
        e.getTitle(),
        e.getManifestation().orElse(""),
        e.getLevel().map(l -> l.displayName()).orElse(""),
        AnnexText.joinNumbered(e.getMeasures()),
        e.getResponsible().orElse(""),
        e.getSupervisor().orElse("")
      };
      int lines = 1;
      for (int c = 0; c <= last; c++) {
        cell(ws, r, c, cells[c], false);
        lines = Math.max(lines, SheetWriter.lines(cells[c], widths[c]));
      }
      ws.rowHeight(r, Math.min(Worksheet.MAX_ROW_HEIGHT, 13.5 * lines + 6));
      r++;
    }
    Sheets.printTable(ws, 1, paper);
    ws.finish();
  }

  private static void registration(
      Worksheet ws,
      DisclosureView view,
      DisclosureRegistration reg,
      List<ArchiveAnchor> anchors,
      ZoneId zone)
      throws IOException {
    ZonedDateTime at = reg.getRegisteredAt().atZone(zone);
    ws.width(0, 16);
    ws.width(1, 80);
    ws.inlineString(0, 0, "公开登记");
    ws.range(0, 0, 0, 1).merge();
    ws.range(0, 0, 0, 1)
        .style()
        .fontName(SheetWriter.FONT)
        .fontSize(Sheets.TITLE_FONT_SIZE)
        .bold()
        .horizontalAlignment("center")
        .set();
    ws.rowHeight(0, 32);
    String[][] rows = {
      {"公开类别", reg.getKind().displayName()},
      {"登记时间", Sheets.chineseDate(at.toLocalDate()) + " " + TIME.format(at)},
      {"公开范围", reg.getRange()},
      {"公开形式", reg.getForm()},
      {"公开截止", reg.getDeadline().map(Sheets::chineseDate).orElse("")},
      {"公开内容", reg.getContent()},
      {"内容摘要（SHA-256）", reg.getContentDigest()},
      {"登记人", reg.getRegistrar()},
      {"公开条数", Integer.toString(view.getEntries().size())},
      {"不予公开条数", Integer.toString(view.getWithheld())}
    };
    int r = 1;
    for (String[] row : rows) {
      cell(ws, r, 0, row[0], true);
      cell(ws, r, 1, row[1], false);
      ws.rowHeight(r, 20);
      r++;
    }
    if (!anchors.isEmpty()) {
      cell(ws, r, 0, "档案链锚点汇总（SHA-256）", true);
      cell(ws, r, 1, ArchiveAnchor.digest(anchors) + "（" + anchors.size() + " 个岗位档案）", false);
      ws.rowHeight(r++, 20);
      for (ArchiveAnchor a : anchors) {
        cell(ws, r, 0, "档案链锚点", true);
        cell(ws, r, 1, a.printable(), false);
        ws.rowHeight(r++, 20 * SheetWriter.lines(a.printable(), 80));
      }
    }
    Sheets.print(ws, 0);
    ws.finish();
  }

  private static void cell(Worksheet ws, int r, int c, String text, boolean header) {
    Sheets.tableCell(ws, r, c, text, header, null);
  }
}
