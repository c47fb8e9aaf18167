package io.github.probity.excel;

import io.github.probity.annex.AnnexKind;
import io.github.probity.finding.Severity;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.rollup.AgeBand;
import io.github.probity.rollup.LevelCategoryCounts;
import io.github.probity.rollup.PhaseStanding;
import io.github.probity.rollup.PlanStanding;
import io.github.probity.rollup.RollupResult;
import io.github.probity.rollup.SourceFinding;
import io.github.probity.rollup.UnitSummary;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes a commission's roll-up as a print-ready xlsx summary (汇总表) in the style of the annexes:
 * the sheet 汇总表 with one row per unit — risk points by level, points not graded and without a
 * category, posts without points, annexes without rows, the plan's current phase with its status
 * and days overdue, overdue measures and open cases — and a 合计 row; the sheet 等级类别 with each unit's
 * points by level (rows) and category (columns); and, when inputs were not taken, the sheet 未汇总文件
 * naming each with its problem.
 *
 * <p>Each sheet has the merged title, a line with 填报单位 and 统计日期, a bold grey header repeated on
 * every printed page, wrapped 宋体 text with borders, A4 or A3 landscape one page wide (whichever
 * keeps the 10 pt body at 9 pt or more) and page numbers. With a fixed {@linkplain
 * Builder#clock(Clock) clock} the same roll-up gives the same bytes. {@link #write(RollupResult,
 * Path)} writes beside the target and moves the file into place once complete. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class RollupWorkbookWriter {
  /** The name of the sheet with one row per unit. */
  public static final String SUMMARY_SHEET = "汇总表";

  /** The name of the sheet with each unit's points by level and category. */
  public static final String MATRIX_SHEET = "等级类别";

  /** The name of the sheet of inputs not taken. */
  public static final String FINDINGS_SHEET = "未汇总文件";

  static final List<String> SUMMARY_HEADERS =
      List.of(
          "序号",
          "单位名称",
          "风险点",
          "高",
          "一般",
          "低",
          "未定级",
          "类别未填",
          "岗位数",
          "无风险点岗位",
          "缺报附件",
          "当前阶段",
          "阶段状态",
          "阶段逾期天数",
          "逾期措施",
          "其中逾期90天以上",
          "未结处置",
          "其中回复逾期",
          "备注");

  private static final int[] SUMMARY_WIDTHS = {
    5, 20, 7, 5, 5, 5, 6, 6, 6, 7, 12, 18, 7, 7, 7, 8, 7, 7, 16
  };
  private static final boolean[] SUMMARY_WRAPS = {
    false, true, false, false, false, false, false, false, false, false, true, true, false, false,
    false, false, false, false, true
  };

  private static final int FLUSH_EVERY = 256;
  private static final double LINE_HEIGHT = 13.5;

  private final Optional<String> commission;
  private final String author;
  private final Clock clock;

  private RollupWorkbookWriter(Builder b) {
    this.commission = b.commission;
    this.author = b.author;
    this.clock = b.clock;
  }

  /**
   * Returns a writer with the defaults: no commission named, the system clock.
   *
   * @return the writer
   */
  public static RollupWorkbookWriter standard() {
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

  /**
   * Writes the summary into a file: into a temporary file beside it first, moved over the target
   * once complete, so that a failure leaves the target as it was.
   *
   * @param result the roll-up
   * @param file the target; its directory must exist
   * @throws IOException if writing fails
   */
  public void write(RollupResult result, Path file) throws IOException {
    WorkbookFiles.writeAtomically(file, out -> write(result, out));
  }

  /**
   * Writes the summary.
   *
   * @param result the roll-up
   * @param out where the workbook goes; not closed
   * @throws IOException if writing fails
   */
  public void write(RollupResult result, OutputStream out) throws IOException {
    OfficePackage.write(
        out,
        author,
        clock.instant(),
        wb -> {
          summary(wb, result);
          matrix(wb, result);
          if (!result.getFindings().isEmpty()) {
            findings(wb, result.getFindings());
          }
        });
  }

  private String title(String what) {
    return commission.orElse("") + what;
  }

  /** The title, the filling line and the header; returns the header's row. */
  private int top(Worksheet ws, String title, RollupResult result, List<String> headers) {
    int last = headers.size() - 1;
    Sheets.title(ws, 0, title, last, false, 36);
    ws.inlineString(1, 0, TextCells.safe("填报单位（盖章）：" + commission.orElse("")));
    ws.style(1, 0)
        .fontName(SheetWriter.FONT)
        .fontSize(SheetWriter.BODY_FONT_SIZE + 1)
        .horizontalAlignment("left")
        .verticalAlignment("center")
        .set();
    ws.inlineString(1, last, "统计日期：" + Sheets.chineseDate(result.getDate()));
    ws.style(1, last)
        .fontName(SheetWriter.FONT)
        .fontSize(SheetWriter.BODY_FONT_SIZE + 1)
        .horizontalAlignment("right")
        .verticalAlignment("center")
        .set();
    ws.rowHeight(1, 22);
    for (int c = 0; c < headers.size(); c++) {
      Sheets.headerCell(ws, 2, c, headers.get(c));
    }
    ws.rowHeight(2, 30);
    return 2;
  }

  private void summary(Workbook wb, RollupResult result) throws IOException {
    Worksheet ws = wb.newWorksheet(SUMMARY_SHEET);
    int n = SUMMARY_HEADERS.size();
    int[] widths = SUMMARY_WIDTHS.clone();
    PaperSize paper = Sheets.fit(widths, SUMMARY_WRAPS);
    for (int c = 0; c < n; c++) {
      ws.width(c, widths[c]);
    }
    int header = top(ws, title("廉政风险防控工作汇总表"), result, SUMMARY_HEADERS);
    int r = header + 1;
    int block = r;
    int seq = 0;
    for (UnitSummary u : result.getUnits()) {
      seq++;
      String[] cells = unitCells(u);
      int lines = 1;
      for (int c = 0; c < n; c++) {
        if (c == 0) {
          ws.value(r, c, seq);
        } else if (isNumber(c) && !cells[c].isEmpty()) {
          ws.value(r, c, Long.parseLong(cells[c]));
        } else if (!cells[c].isEmpty()) {
          ws.inlineString(r, c, TextCells.safe(cells[c]));
          lines = Math.max(lines, SheetWriter.lines(cells[c], widths[c]));
        }
      }
      ws.rowHeight(r, Math.min(Worksheet.MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 6));
      r++;
      if (r - block == FLUSH_EVERY) {
        styleSummary(ws, block, r - 1, false);
        block = r;
        ws.flush();
      }
    }
    String[] total = totalCells(result);
    for (int c = 0; c < n; c++) {
      if (c == 1) {
        ws.inlineString(r, c, "合计");
      } else if (isNumber(c) && !total[c].isEmpty()) {
        ws.value(r, c, Long.parseLong(total[c]));
      }
    }
    ws.rowHeight(r, 20);
    if (r > block) {
      styleSummary(ws, block, r - 1, false);
    }
    styleSummary(ws, r, r, true);
    r++;
    List<String> notes = new ArrayList<>();
    notes.add(
        "说明：风险点按集体研究确定的等级统计；“未定级”为尚未评定等级的风险点，“类别未填”为未注明风险类别的风险点；"
            + "缺报附件指附件1—3中没有任何风险点的表；阶段逾期天数为最早逾期阶段结束后的天数；逾期措施按完成时限统计。");
    notes.add(
        "逾期措施分段："
            + bands(result.getOverdueMeasures())
            + "；未结处置分段："
            + bands(result.getOpenCases())
            + "。");
    if (!result.getFindings().isEmpty()) {
      notes.add("另有 " + result.getFindings().size() + " 项文件问题未汇总，见“" + FINDINGS_SHEET + "”表。");
    }
    notes(ws, r, n - 1, notes);
    Sheets.printTable(ws, header, paper);
    ws.finish();
  }

  private static String bands(io.github.probity.rollup.BandCounts counts) {
    List<String> parts = new ArrayList<>();
    for (AgeBand b : AgeBand.values()) {
      parts.add(b.displayName() + " " + counts.count(b));
    }
    return String.join("，", parts);
  }

  private static void notes(Worksheet ws, int row, int last, List<String> lines) {
    for (String line : lines) {
      ws.inlineString(row, 0, TextCells.safe(line));
      ws.range(row, 0, row, last).merge();
      ws.range(row, 0, row, last)
          .style()
          .fontName(SheetWriter.FONT)
          .fontSize(SheetWriter.BODY_FONT_SIZE)
          .horizontalAlignment("left")
          .verticalAlignment("center")
          .wrapText(true)
          .set();
      ws.rowHeight(row, LINE_HEIGHT * SheetWriter.lines(line, 130) + 8);
      row++;
    }
  }

  private static boolean isNumber(int c) {
    return c >= 2 && c <= 9 || c >= 13 && c <= 17;
  }

  private static void styleSummary(Worksheet ws, int top, int bottom, boolean total) {
    for (int c = 0; c < SUMMARY_HEADERS.size(); c++) {
      var style =
          ws.range(top, c, bottom, c)
              .style()
              .fontName(SheetWriter.FONT)
              .fontSize(SheetWriter.BODY_FONT_SIZE)
              .horizontalAlignment(c == 1 || c == 11 || c == 18 ? "left" : "center")
              .verticalAlignment("center")
              .wrapText(true)
              .borderStyle(Sheets.BORDER);
      if (total) {
        style = style.bold().fillColor(Sheets.HEADER_FILL);
      }
      if (!isNumber(c)) {
        style = style.format("@");
      }
      style.set();
    }
  }

  /** A unit's printed texts by summary column; numbers as decimal text, 序号 empty. */
  static String[] unitCells(UnitSummary u) {
    LevelCategoryCounts k = u.getCounts();
    boolean ledger = u.isLedgerGiven();
    Optional<PlanStanding> plan = u.getPlan();
    Optional<PhaseStanding> current = plan.flatMap(PlanStanding::current);
    List<String> remarks = new ArrayList<>();
    if (!ledger) {
      remarks.add("未报送台账");
    } else if (u.riskPoints() == 0) {
      remarks.add("台账无风险点");
    }
    if (ledger && plan.isEmpty()) {
      remarks.add("未报送实施计划");
    }
    return new String[] {
      "",
      u.getUnitName(),
      ledger ? Integer.toString(u.riskPoints()) : "",
      ledger ? Integer.toString(k.level(RiskLevel.HIGH)) : "",
      ledger ? Integer.toString(k.level(RiskLevel.MEDIUM)) : "",
      ledger ? Integer.toString(k.level(RiskLevel.LOW)) : "",
      ledger ? Integer.toString(k.ungraded()) : "",
      ledger ? Integer.toString(k.unspecified()) : "",
      ledger ? Integer.toString(u.getPosts()) : "",
      ledger ? Integer.toString(u.getPostsWithoutPoints()) : "",
      u.getMissingAnnexes().stream()
          .map(RollupWorkbookWriter::annexMark)
          .sorted()
          .collect(Collectors.joining("、")),
      plan.isEmpty()
          ? ""
          : current
              .map(p -> "第" + p.getNumber() + "阶段 " + p.getName())
              .orElse("全部完成（" + plan.get().completed() + "个阶段）"),
      current.map(p -> p.getStatus().displayName()).orElse(plan.isPresent() ? "已完成" : ""),
      plan.map(p -> p.daysOverdue() > 0 ? Long.toString(p.daysOverdue()) : "").orElse(""),
      ledger ? Integer.toString(u.getOverdueMeasures().total()) : "",
      ledger ? Integer.toString(u.getOverdueMeasures().atLeast(AgeBand.UP_TO_90)) : "",
      Integer.toString(u.getOpenCases().total()),
      Integer.toString(u.getOverdueCases()),
      String.join("；", remarks)
    };
  }

  private static String annexMark(AnnexKind kind) {
    return "附件" + kind.number().orElse(0);
  }

  private static String[] totalCells(RollupResult r) {
    LevelCategoryCounts k = r.getTotals();
    int posts = 0;
    int without = 0;
    for (UnitSummary u : r.getUnits()) {
      posts += u.getPosts();
      without += u.getPostsWithoutPoints();
    }
    return new String[] {
      "",
      "合计",
      Integer.toString(k.total()),
      Integer.toString(k.level(RiskLevel.HIGH)),
      Integer.toString(k.level(RiskLevel.MEDIUM)),
      Integer.toString(k.level(RiskLevel.LOW)),
      Integer.toString(k.ungraded()),
      Integer.toString(k.unspecified()),
      Integer.toString(posts),
      Integer.toString(without),
      "",
      "",
      "",
      "",
      Integer.toString(r.getOverdueMeasures().total()),
      Integer.toString(r.getOverdueMeasures().atLeast(AgeBand.UP_TO_90)),
      Integer.toString(r.getOpenCases().total()),
      Integer.toString(r.getOverdueCases()),
      ""
    };
  }

  private static List<String> matrixHeaders() {
    List<String> h = new ArrayList<>(List.of("序号", "单位名称", "风险等级"));
    for (RiskCategory c : RiskCategory.values()) {
      h.add(c.displayName());
    }
    h.add("合计");
    return h;
  }

  private void matrix(Workbook wb, RollupResult result) throws IOException {
    Worksheet ws = wb.newWorksheet(MATRIX_SHEET);
    List<String> headers = matrixHeaders();
    int n = headers.size();
    int[] widths = new int[n];
    boolean[] wraps = new boolean[n];
    widths[0] = 5;
    widths[1] = 26;
    widths[2] = 9;
    for (int c = 3; c < n; c++) {
      widths[c] = 10;
    }
    wraps[1] = true;
    PaperSize paper = Sheets.fit(widths, wraps);
    for (int c = 0; c < n; c++) {
      ws.width(c, widths[c]);
    }
    int header = top(ws, title("廉政风险点等级类别统计表"), result, headers);
    int r = header + 1;
    int block = r;
    int seq = 0;
    for (UnitSummary u : result.getUnits()) {
      if (!u.isLedgerGiven()) {
        continue;
      }
      seq++;
      r = unitRows(ws, r, Integer.toString(seq), u.getUnitName(), u.getCounts());
      if (r - block >= FLUSH_EVERY) {
        styleMatrix(ws, block, r - 1, n, false);
        block = r;
        ws.flush();
      }
    }
    if (r > block) {
      styleMatrix(ws, block, r - 1, n, false);
    }
    int totals = r;
    r = unitRows(ws, r, "", "合计", result.getTotals());
    styleMatrix(ws, totals, r - 1, n, true);
    notes(ws, r, n - 1, List.of("说明：“未定级”为尚未评定等级的风险点，“未分类”为未注明风险类别的风险点，均单独统计；未报送台账的单位不列入本表。"));
    Sheets.printTable(ws, header, paper);
    ws.finish();
  }

  /** Writes one unit's four level rows, 序号 and name merged over them; returns the next row. */
  private static int unitRows(
      Worksheet ws, int r, String seq, String name, LevelCategoryCounts counts) {
    if (!seq.isEmpty()) {
      ws.value(r, 0, Integer.parseInt(seq));
    }
    ws.inlineString(r, 1, TextCells.safe(name));
    ws.range(r, 0, r + 3, 0).merge();
    ws.range(r, 1, r + 3, 1).merge();
    for (int row = 0; row < 4; row++) {
      Optional<RiskLevel> level =
          row < 3 ? Optional.of(RiskLevel.ofRank(3 - row)) : Optional.empty();
      ws.inlineString(r + row, 2, level.map(RiskLevel::displayName).orElse("未定级"));
      int sum = 0;
      int c = 3;
      for (RiskCategory cat : RiskCategory.values()) {
        int v = counts.count(level, cat);
        sum += v;
        ws.value(r + row, c++, v);
      }
      ws.value(r + row, c, sum);
      ws.rowHeight(r + row, 18);
    }
    return r + 4;
  }

  private static void styleMatrix(Worksheet ws, int top, int bottom, int n, boolean total) {
    for (int c = 0; c < n; c++) {
      var style =
          ws.range(top, c, bottom, c)
              .style()
              .fontName(SheetWriter.FONT)
              .fontSize(SheetWriter.BODY_FONT_SIZE)
              .horizontalAlignment(c == 1 ? "left" : "center")
              .verticalAlignment("center")
              .wrapText(true)
              .borderStyle(Sheets.BORDER);
      if (total || c == n - 1) {
        style = style.bold();
      }
      if (total) {
        style = style.fillColor(Sheets.HEADER_FILL);
      }
      style.set();
    }
  }

  private void findings(Workbook wb, List<SourceFinding> findings) throws IOException {
    Worksheet ws = wb.newWorksheet(FINDINGS_SHEET);
    List<String> headers = List.of("序号", "文件", "位置", "严重程度", "问题");
    int[] widths = {5, 36, 26, 9, 60};
    PaperSize paper = Sheets.fit(widths, new boolean[] {false, true, true, false, true}, false);
    for (int c = 0; c < widths.length; c++) {
      ws.width(c, widths[c]);
      Sheets.headerCell(ws, 1, c, headers.get(c));
    }
    Sheets.title(ws, 0, title("未汇总文件清单"), headers.size() - 1, false, 36);
    ws.rowHeight(1, 24);
    int r = 2;
    int seq = 0;
    for (SourceFinding f : findings) {
      seq++;
      String location = f.where();
      Severity severity = f.finding().getSeverity();
      String message = f.finding().message(Locale.SIMPLIFIED_CHINESE);
      String[] cells = {
        Integer.toString(seq), f.source(), location, severity.displayName(), message
      };
      int lines = 1;
      for (int c = 0; c < cells.length; c++) {
        Sheets.tableCell(ws, r, c, cells[c], false, c == 0 || c == 3 ? "center" : "left");
        lines = Math.max(lines, SheetWriter.lines(cells[c], widths[c]));
      }
      ws.rowHeight(r, Math.min(Worksheet.MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 6));
      r++;
      if (r % FLUSH_EVERY == 0) {
        ws.flush();
      }
    }
    Sheets.printTable(ws, 1, paper);
    ws.finish();
  }

  /** Builds a {@link RollupWorkbookWriter}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private Optional<String> commission = Optional.empty();
    private String author = OfficePackage.AUTHOR;
    private Clock clock = Clock.systemUTC();

    Builder() {}

    /**
     * Sets the commission whose summary it is, printed in the titles and after 填报单位, e.g. 示例区纪委监委;
     * none by default.
     *
     * @param name the commission's name
     * @return this builder
     */
    public Builder commission(String name) {
      this.commission = Optional.of(name);
      return this;
    }

    /**
     * Sets the author named in the document properties; {@code Probity} by default.
     *
     * @param author the author
     * @return this builder
     */
    public Builder author(String author) {
      this.author = author;
      return this;
    }

    /**
     * Sets the clock that stamps the workbook's creation time (to the second); the system clock by
     * default. With a fixed clock, the same roll-up gives the same bytes.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer
     */
    public RollupWorkbookWriter build() {
      return new RollupWorkbookWriter(this);
    }
  }
}
