package io.github.probity.excel;

import io.github.probity.model.Ledger;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Warning;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes the warnings-and-dispositions ledger (预警处置台账) as a print-ready xlsx sheet: one row per
 * warning, ordered by time, with its level (filled in the level's colour: 提醒 yellow, 警示 orange, 严重
 * red), stage, subject, risk point, indicator, time and reason, and its case's state, current step,
 * reply deadline and escalations.
 *
 * <p>The sheet has the merged title, a line with 填报单位 and 填报日期, the header row, wrapped 宋体 text,
 * borders, the header frozen and repeated on every page, A4 landscape one page wide and page
 * numbers; text a spreadsheet would take for a formula stays text. {@link WarningLedgerReader}
 * reads it back. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class WarningLedgerWriter {
  /** The sheet's name. */
  public static final String SHEET = "预警处置台账";

  /** The header texts, in column order. */
  static final List<String> HEADERS =
      List.of(
          "序号", "预警编号", "预警等级", "预警阶段", "预警对象", "廉政风险点", "预警指标", "预警时间", "预警原因", "处置状态", "当前处置措施",
          "回复期限", "升级情况");

  private static final int[] WIDTHS = {6, 22, 9, 11, 16, 24, 16, 17, 30, 10, 12, 17, 36};

  /** The columns of running text (预警对象, 廉政风险点, 预警指标, 预警原因, 当前处置措施, 升级情况), fitted to the paper. */
  private static final boolean[] WRAPS = {
    false, false, false, false, true, true, true, false, true, false, true, false, true
  };

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final ZoneId zone;
  private final Optional<LocalDate> fillDate;
  private final Optional<String> fillingUnit;
  private final String author;
  private final Clock clock;

  private WarningLedgerWriter(Builder b) {
    this.author = b.author;
    this.clock = b.clock;
    this.zone = b.zone;
    this.fillDate = b.fillDate;
    this.fillingUnit = b.fillingUnit;
  }

  /**
   * Returns a writer with the defaults: times in Asia/Shanghai, no fill date, the ledger's unit as
   * filling unit.
   *
   * @return the writer
   */
  public static WarningLedgerWriter standard() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  static String format(LocalDateTime t) {
    return TIME.format(t);
  }

  static DateTimeFormatter timeFormat() {
    return TIME;
  }

  /**
   * Returns the rows the writer prints: one per warning (those given and those of the cases),
   * ordered by time then id, each with its case if there is one.
   *
   * @param ledger the ledger, for names and risk point titles
   * @param warnings warnings, with or without cases
   * @param cases the cases
   * @return the rows
   */
  public List<WarningLedgerRow> rows(
      Ledger ledger, Collection<Warning> warnings, Collection<DispositionCase> cases) {
    Map<String, Warning> byId = new LinkedHashMap<>();
    Map<String, DispositionCase> caseOf = new LinkedHashMap<>();
    for (Warning w : warnings) {
      byId.putIfAbsent(w.getId(), w);
    }
    for (DispositionCase c : cases) {
      byId.putIfAbsent(c.getWarning().getId(), c.getWarning());
      caseOf.put(c.getWarning().getId(), c);
    }
    List<Warning> sorted = new ArrayList<>(byId.values());
    sorted.sort(Comparator.comparing(Warning::getTime).thenComparing(Warning::getId));
    List<WarningLedgerRow> rows = new ArrayList<>(sorted.size());
    for (Warning w : sorted) {
      rows.add(WarningLedgerRow.of(ledger, w, Optional.ofNullable(caseOf.get(w.getId())), zone));
    }
    return rows;
  }

  /**
   * Writes the ledger of a case book's cases.
   *
   * @param ledger the ledger, for names and risk point titles
   * @param book the case book
   * @param out where the workbook goes; not closed
   * @throws IOException if writing fails
   */
  public void write(Ledger ledger, CaseBook book, OutputStream out) throws IOException {
    write(ledger, List.of(), book.cases(), out);
  }

  /**
   * Writes the ledger of warnings and cases.
   *
   * @param ledger the ledger, for names and risk point titles
   * @param warnings warnings, with or without cases
   * @param cases the cases
   * @param out where the workbook goes; not closed
   * @throws IOException if writing fails
   */
  public void write(
      Ledger ledger,
      Collection<Warning> warnings,
      Collection<DispositionCase> cases,
      OutputStream out)
      throws IOException {
    List<WarningLedgerRow> rows = rows(ledger, warnings, cases);
    OfficePackage.write(
        out,
        author,
        clock.instant(),
        wb -> {
          Worksheet ws = wb.newWorksheet(SHEET);
          int n = HEADERS.size();
          Sheets.title(ws, ledger.getUnit().getName() + "预警处置台账", n - 1, false, 36);
          int half = n / 2;
          ws.inlineString(
              1, 0, TextCells.safe("填报单位：" + fillingUnit.orElse(ledger.getUnit().getName())));
          ws.inlineString(1, half, Sheets.fillDate(fillDate));
          ws.range(1, 0, 1, half - 1).merge();
          ws.range(1, half, 1, n - 1).merge();
          ws.range(1, 0, 1, half - 1).style().horizontalAlignment("left").set();
          ws.range(1, half, 1, n - 1).style().horizontalAlignment("right").set();
          ws.rowHeight(1, 22);
          int header = 2;
          int[] widths = WIDTHS.clone();
          PaperSize paper = Sheets.fit(widths, WRAPS);
          for (int c = 0; c < n; c++) {
            ws.width(c, widths[c]);
            Sheets.headerCell(ws, header, c, HEADERS.get(c));
          }
          ws.rowHeight(header, 30);
          int r = header + 1;
          int seq = 0;
          for (WarningLedgerRow row : rows) {
            seq++;
            String[] cells = cells(row);
            int lines = 1;
            for (int c = 0; c < n; c++) {
              if (c == 0) {
                ws.value(r, c, seq);
              } else if (!cells[c].isEmpty()) {
                ws.inlineString(r, c, TextCells.safe(cells[c]));
                lines = Math.max(lines, SheetWriter.lines(cells[c], widths[c]));
              }
              var style =
                  ws.style(r, c)
                      .fontName(SheetWriter.FONT)
                      .fontSize(SheetWriter.BODY_FONT_SIZE)
                      .horizontalAlignment(c == 5 || c == 8 || c == 12 ? "left" : "center")
                      .verticalAlignment("center")
                      .wrapText(true)
                      .format("@")
                      .borderStyle(Sheets.BORDER);
              if (c == 2 && row.getLevel().isPresent()) {
                style = style.fillColor(row.getLevel().get().colourHex().substring(1)).bold();
              }
              style.set();
            }
            ws.rowHeight(r, Math.min(Worksheet.MAX_ROW_HEIGHT, 13.5 * lines + 6));
            r++;
            if (r % 256 == 0) {
              ws.flush();
            }
          }
          Sheets.printTable(ws, header, paper);
          ws.finish();
        });
  }

  /** The printed texts of a row, by column; column 0 (序号) is left empty. */
  static String[] cells(WarningLedgerRow row) {
    return new String[] {
      "",
      row.getWarningId(),
      row.getLevel().map(l -> l.displayName()).orElse(""),
      row.getStage().map(s -> s.displayName()).orElse(""),
      row.getSubject(),
      row.getRiskPoint(),
      row.getIndicator(),
      row.getTime().map(WarningLedgerWriter::format).orElse(""),
      row.getReason(),
      row.getCaseState().map(s -> s.displayName()).orElse(""),
      row.getCurrentStep().map(s -> s.displayName()).orElse(""),
      row.getDeadline().map(WarningLedgerWriter::format).orElse(""),
      row.getEscalations()
    };
  }

  /** Builds a {@link WarningLedgerWriter}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private ZoneId zone = ZoneId.of("Asia/Shanghai");
    private Optional<LocalDate> fillDate = Optional.empty();
    private Optional<String> fillingUnit = Optional.empty();
    private String author = OfficePackage.AUTHOR;
    private Clock clock = Clock.systemUTC();

    Builder() {}

    /**
     * Sets the author the workbook's document properties name; {@code Probity} by default.
     *
     * @param author the author, e.g. the unit's discipline inspection office
     * @return this builder
     */
    public Builder author(String author) {
      this.author = author;
      return this;
    }

    /**
     * Sets the clock that stamps the workbook's creation time (to the second) in its document
     * properties; the system clock by default. With a fixed clock, the same warnings and settings
     * always give the same bytes.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the zone of the printed times; Asia/Shanghai by default.
     *
     * @param zone the zone
     * @return this builder
     */
    public Builder zone(ZoneId zone) {
      this.zone = zone;
      return this;
    }

    /**
     * Sets the date printed after 填报日期; blank by default.
     *
     * @param date the fill date
     * @return this builder
     */
    public Builder fillDate(LocalDate date) {
      this.fillDate = Optional.of(date);
      return this;
    }

    /**
     * Sets the name printed after 填报单位; the ledger's unit by default.
     *
     * @param name the filling unit's name
     * @return this builder
     */
    public Builder fillingUnit(String name) {
      this.fillingUnit = Optional.of(name);
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer
     */
    public WarningLedgerWriter build() {
      return new WarningLedgerWriter(this);
    }
  }
}
