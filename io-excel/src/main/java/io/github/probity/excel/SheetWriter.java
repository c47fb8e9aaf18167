package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexLayout;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.annex.AnnexText;
import io.github.probity.grading.ExtraFactor;
import io.github.probity.model.Department;
import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelLabelStyle;
import io.github.probity.model.Meeting;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.PaperSize;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/** Lays out one table per sheet with fastexcel; one instance per workbook, used by one thread. */
final class SheetWriter {
  static final String FONT = "宋体";
  static final int BODY_FONT_SIZE = 10;
  private static final int FLUSH_EVERY = 256;
  private static final double LINE_HEIGHT = 13.5;

  /** The height of a blank row for filling in by hand: room for two handwritten lines. */
  private static final double BLANK_ROW_HEIGHT = LINE_HEIGHT * 2 + 6;

  private final Optional<Ledger> ledger;
  private final String unitName;
  private final LevelLabelStyle levelStyle;
  private final Optional<LocalDate> fillDate;
  private final String fillingUnit;
  private final int year;
  private final Map<AnnexKind, AnnexLayout> layouts;
  private final List<ExtraFactor> factors;
  private final Set<String> sheetNames = new HashSet<>();

  /**
   * A writer for a ledger: its tables in the given layouts (the standard one for a kind not given),
   * with a column for each declared point factor the ledger has values of.
   */
  SheetWriter(
      Ledger ledger,
      LevelLabelStyle levelStyle,
      Optional<LocalDate> fillDate,
      Optional<String> fillingUnit,
      Map<AnnexKind, AnnexLayout> layouts,
      List<ExtraFactor> factors) {
    this(
        Optional.of(ledger),
        ledger.getUnit().getName(),
        ledger.getYear(),
        levelStyle,
        fillDate,
        fillingUnit,
        layouts,
        factors);
  }

  /** A writer for rows without a ledger: tables only, no per-post archive, no factor columns. */
  SheetWriter(
      String unitName,
      int year,
      LevelLabelStyle levelStyle,
      Optional<LocalDate> fillDate,
      Optional<String> fillingUnit,
      Map<AnnexKind, AnnexLayout> layouts) {
    this(Optional.empty(), unitName, year, levelStyle, fillDate, fillingUnit, layouts, List.of());
  }

  private SheetWriter(
      Optional<Ledger> ledger,
      String unitName,
      int year,
      LevelLabelStyle levelStyle,
      Optional<LocalDate> fillDate,
      Optional<String> fillingUnit,
      Map<AnnexKind, AnnexLayout> layouts,
      List<ExtraFactor> factors) {
    this.ledger = ledger;
    this.unitName = unitName;
    this.year = year;
    this.levelStyle = levelStyle;
    this.fillDate = fillDate;
    this.fillingUnit = fillingUnit.orElse(unitName);
    this.layouts = layouts;
    this.factors = factors;
  }

  /** The layout a kind is printed in: the one given, else the standard one. */
  private AnnexLayout layout(AnnexKind kind) {
    AnnexLayout l = layouts.get(kind);
    return l != null ? l : AnnexLayout.standard(kind);
  }

  void writeTable(Workbook wb, AnnexKind kind) throws IOException {
    writeRows(wb, kind, AnnexTables.stream(ledger(), kind).iterator(), 0);
  }

  /**
   * The note under a table on how its levels were fixed (备注): the meetings that decided them
   * collectively, each with its date, and that a level marked （拟定） is still to be decided. Empty
   * when no row has a level.
   */
  static Optional<String> levelNote(List<String> meetings, boolean proposed) {
    if (meetings.isEmpty() && !proposed) {
      return Optional.empty();
    }
    StringBuilder sb = new StringBuilder("备注：");
    if (!meetings.isEmpty()) {
      sb.append("风险等级经").append(String.join("、", meetings)).append("集体研究确定");
    }
    if (proposed) {
      sb.append(meetings.isEmpty() ? "" : "；")
          .append("标“")
          .append(AnnexText.PROPOSED_MARK)
          .append("”的为拟定等级，尚待领导班子集体研究确定");
    }
    return Optional.of(sb.append('。').toString());
  }

  /** A decided meeting as the note names it: its reference and date, 2026年第5次党组会议（2026年5月20日）. */
  private static String meetingText(String reference, LocalDate date) {
    return reference
        + "（"
        + date.getYear()
        + "年"
        + date.getMonthValue()
        + "月"
        + date.getDayOfMonth()
        + "日）";
  }

  /** Watches the rows as they are written for what the level note needs. */
  private final class LevelWatch implements Iterator<AnnexRow> {
    private final Iterator<AnnexRow> rows;
    private final java.util.LinkedHashSet<String> meetings = new java.util.LinkedHashSet<>();
    private boolean proposed;

    LevelWatch(Iterator<AnnexRow> rows) {
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public AnnexRow next() {
      AnnexRow row = rows.next();
      if (row.getLevel().isPresent()) {
        proposed |= row.isLevelProposed();
        Ledger l = ledger.orElse(null);
        if (l != null && !row.isLevelProposed()) {
          row.getPointId()
              .flatMap(l::riskPoint)
              .flatMap(RiskPoint::getDecision)
              .ifPresent(
                  d ->
                      meetings.add(
                          meetingText(
                              d.getMeetingReference(),
                              l.meeting(d.getMeetingReference())
                                  .map(Meeting::getDate)
                                  .orElse(d.getDate()))));
        }
      }
      return row;
    }

    List<String> after(List<String> lines) {
      Optional<String> note = levelNote(new ArrayList<>(meetings), proposed);
      if (note.isEmpty()) {
        return lines;
      }
      List<String> out = new ArrayList<>();
      out.add(note.get());
      out.addAll(lines);
      return out;
    }
  }

  /**
   * Writes one table from rows in print order, then {@code blankRows} empty rows laid out like data
   * rows for filling in by hand; returns the number of rows written from {@code rows}.
   */
  long writeRows(Workbook wb, AnnexKind kind, Iterator<AnnexRow> rows, int blankRows)
      throws IOException {
    Worksheet ws = wb.newWorksheet(sheetName(kind.sheetName()));
    AnnexLayout layout = layout(kind);
    PrintedColumns cols = PrintedColumns.of(layout, pointFactors(), ownerFactors(kind));
    int header = preamble(ws, mark(kind), layout.title(unitName, year), cols.visible(), List.of());
    Iterator<AnnexRow> shown = kind == AnnexKind.PERSONAL ? vacantMarked(rows) : rows;
    LevelWatch watch = new LevelWatch(shown);
    return writeBody(
        ws, header, cols, watch, blankRows, () -> watch.after(layout.getFooter()), a3(kind));
  }

  /** The declared point factors the ledger has values of, in declaration order. */
  private List<ExtraFactor> pointFactors() {
    Ledger l = ledger.orElse(null);
    if (l == null || factors.isEmpty()) {
      return List.of();
    }
    Set<String> used = new HashSet<>();
    for (RiskPoint rp : l.getRiskPoints()) {
      rp.getFactors().ifPresent(f -> used.addAll(f.getExtra().keySet()));
    }
    List<ExtraFactor> out = new ArrayList<>();
    for (ExtraFactor f : factors) {
      if (f.getScope() == ExtraFactor.Scope.POINT && used.contains(f.getCode())) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The declared owner factors that an owner the table lists has a value of, in declaration order.
   */
  private List<ExtraFactor> ownerFactors(AnnexKind kind) {
    Ledger l = ledger.orElse(null);
    if (l == null || factors.isEmpty() || l.getOwnerFactors().isEmpty()) {
      return List.of();
    }
    Set<String> used = new HashSet<>();
    l.getOwnerFactors()
        .forEach(
            (owner, values) -> {
              if (kind.scopes().contains(owner.getScope())) {
                used.addAll(values.keySet());
              }
            });
    List<ExtraFactor> out = new ArrayList<>();
    for (ExtraFactor f : factors) {
      if (f.getScope() == ExtraFactor.Scope.OWNER && used.contains(f.getCode())) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Whether a table of the kind may go to A3 landscape when A4 cannot hold it at 9 pt: every table
   * but 一岗一档, whose sheets hold one post each and stay on A4, their running text narrowed as far as
   * it takes. {@link AnnexWriter.Builder#build()} refuses a layout on the same paper.
   */
  static boolean a3(AnnexKind kind) {
    return kind != AnnexKind.POST_ARCHIVE;
  }

  /** Printed in annex 3's 在岗人 cell for a post without holders; read back as no holders. */
  static final String VACANT = "空缺";

  /**
   * Annex 3's rows with {@value #VACANT} as the holder of a post that has none, so that its block
   * does not look like a name left out.
   */
  private static Iterator<AnnexRow> vacantMarked(Iterator<AnnexRow> rows) {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public AnnexRow next() {
        AnnexRow row = rows.next();
        return row.getScope() == OwnerScope.POST && row.getHolders().isEmpty()
            ? AnnexRow.builder().from(row).holders(List.of(VACANT)).build()
            : row;
      }
    };
  }

  /** The 附件N mark of an annex 1–3, or empty for the other tables. */
  static String mark(AnnexKind kind) {
    return kind.number().isPresent() && kind != AnnexKind.PLAN
        ? "附件" + kind.number().getAsInt()
        : "";
  }

  private Ledger ledger() {
    return ledger.orElseThrow(() -> new IllegalStateException("no ledger to write from"));
  }

  void writeArchive(Workbook wb) throws IOException {
    Ledger ledger = ledger();
    AnnexLayout layout = layout(AnnexKind.POST_ARCHIVE);
    PrintedColumns cols =
        PrintedColumns.of(layout, pointFactors(), ownerFactors(AnnexKind.POST_ARCHIVE));
    if (AnnexTables.owners(ledger, AnnexKind.POST_ARCHIVE).isEmpty()) {
      writeTable(wb, AnnexKind.POST_ARCHIVE);
      return;
    }
    for (RiskOwner owner : AnnexTables.owners(ledger, AnnexKind.POST_ARCHIVE)) {
      Post post = ledger.post(owner.getId()).orElseThrow();
      String dept = ledger.department(post.getDepartment()).map(Department::getName).orElse("");
      String holders =
          post.getHolders().stream()
              .map(id -> ledger.person(id).map(Person::getName).orElse(id))
              .collect(Collectors.joining(AnnexText.NAME_SEPARATOR));
      List<String> extra = new ArrayList<>();
      extra.add("科室：" + dept + "　　岗位：" + post.getName() + "　　在岗人：" + holders);
      if (!post.getDuties().isEmpty()) {
        extra.add("岗位职责：" + AnnexText.joinNumbered(post.getDuties()).replace('\n', '；'));
      }
      Worksheet ws = wb.newWorksheet(sheetName(post.getName()));
      int header =
          preamble(ws, "", layout.title(ledger.getUnit().getName(), year), cols.visible(), extra);
      LevelWatch rows =
          new LevelWatch(
              ledger.riskPointsOf(owner).stream()
                  .map(rp -> AnnexTables.row(ledger, rp))
                  .iterator());
      // one post to a sheet: its table is short, so A4 it is, its columns narrowed to fit
      writeBody(
          ws,
          header,
          cols,
          rows,
          0,
          () -> rows.after(layout.getFooter()),
          a3(AnnexKind.POST_ARCHIVE));
    }
  }

  /**
   * Writes the 附件N mark (if any), the title, the filling line (填报单位（盖章）and 填报日期) and extra lines;
   * returns the header row index.
   */
  private int preamble(Worksheet ws, String mark, String title, int width, List<String> extra) {
    int last = width - 1;
    int top = 0;
    if (!mark.isEmpty()) {
      Sheets.mark(ws, top++, mark);
    }
    Sheets.title(ws, top, title, last, true, 36);
    int filling = top + 1;
    int half = Math.max(1, width / 2);
    ws.inlineString(filling, 0, TextCells.safe("填报单位（盖章）：" + fillingUnit));
    ws.inlineString(filling, half, Sheets.fillDate(fillDate));
    ws.range(filling, 0, filling, half - 1).merge();
    ws.range(filling, half, filling, last).merge();
    ws.range(filling, 0, filling, half - 1)
        .style()
        .fontName(FONT)
        .fontSize(BODY_FONT_SIZE + 1)
        .horizontalAlignment("left")
        .verticalAlignment("center")
        .set();
    ws.range(filling, half, filling, last)
        .style()
        .fontName(FONT)
        .fontSize(BODY_FONT_SIZE + 1)
        .horizontalAlignment("right")
        .verticalAlignment("center")
        .set();
    ws.rowHeight(filling, 22);
    int row = filling + 1;
    for (String line : extra) {
      ws.inlineString(row, 0, TextCells.safe(line));
      ws.range(row, 0, row, last).merge();
      ws.range(row, 0, row, last)
          .style()
          .fontName(FONT)
          .fontSize(BODY_FONT_SIZE + 1)
          .horizontalAlignment("left")
          .verticalAlignment("center")
          .wrapText(true)
          .set();
      ws.rowHeight(row, Math.max(22, LINE_HEIGHT * lines(line, totalWidth(width)) + 6));
      row++;
    }
    return row;
  }

  private static int totalWidth(int columns) {
    return columns * 12;
  }

  private long writeBody(
      Worksheet ws,
      int header,
      PrintedColumns cols,
      Iterator<AnnexRow> rows,
      int blankRows,
      java.util.function.Supplier<List<String>> after,
      boolean a3)
      throws IOException {
    int n = cols.n;
    AnnexColumn[] col = cols.col;
    byte[] role = cols.role;
    int[] width = cols.visibleWidths();
    PaperSize paper = Sheets.fit(width, cols.wraps(), a3);
    int ids = n - 1;
    width[ids] = cols.width[ids];
    for (int c = 0; c < n; c++) {
      ws.width(c, width[c]);
      Sheets.headerCell(ws, header, c, cols.header[c]);
    }
    ws.rowHeight(header, 30);
    String[] runKey = new String[n];
    int[] runStart = new int[n];
    int first = header + 1;
    int r = first;
    int block = first;
    long seq = 0;
    Ledger source = ledger.orElse(null);
    while (rows.hasNext()) {
      AnnexRow row = rows.next();
      seq++;
      int lines = 1;
      for (int c = 0; c < n; c++) {
        if (role[c] == PrintedColumns.OWNER_FACTOR) {
          // the owner's value, merged over the owner's rows as the owner's cell is
          String key = AnnexTables.mergeKey(row, AnnexColumn.OWNER).orElse("");
          if (key.equals(runKey[c])) {
            continue;
          }
          closeRun(ws, c, runStart[c], r - 1, runKey[c]);
          runKey[c] = key;
          runStart[c] = r;
          String text = ownerFactorCell(cols.factors.get(c), row, source);
          if (!text.isEmpty()) {
            ws.inlineString(r, c, TextCells.safe(text));
          }
          continue;
        }
        if (role[c] != PrintedColumns.CANONICAL) {
          String text = otherCell(cols, c, row, source);
          if (!text.isEmpty()) {
            ws.inlineString(r, c, TextCells.safe(text));
            lines = Math.max(lines, lines(text, width[c]));
          }
          continue;
        }
        Optional<String> key = AnnexTables.mergeKey(row, col[c]);
        boolean continuation = false;
        if (key.isPresent() && key.get().equals(runKey[c])) {
          continuation = true;
        } else {
          closeRun(ws, c, runStart[c], r - 1, runKey[c]);
          runKey[c] = key.orElse(null);
          runStart[c] = r;
        }
        if (col[c] == AnnexColumn.SEQUENCE) {
          ws.value(r, c, seq);
        } else if (!continuation) {
          String text = AnnexTables.cell(row, col[c], levelStyle);
          if (!text.isEmpty()) {
            ws.inlineString(r, c, TextCells.safe(text));
            lines = Math.max(lines, lines(text, width[c]));
          }
        }
      }
      ws.rowHeight(r, Math.min(Worksheet.MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 6));
      r++;
      if (r - block == FLUSH_EVERY) {
        styleBlock(ws, cols, block, r - 1);
        block = r;
        ws.flush();
      }
    }
    for (int c = 0; c < n; c++) {
      closeRun(ws, c, runStart[c], r - 1, runKey[c]);
    }
    for (int i = 0; i < blankRows; i++) {
      ws.rowHeight(r, BLANK_ROW_HEIGHT);
      r++;
      if (r - block == FLUSH_EVERY) {
        styleBlock(ws, cols, block, r - 1);
        block = r;
        ws.flush();
      }
    }
    if (r > block) {
      styleBlock(ws, cols, block, r - 1);
    }
    int last = r - 1;
    if (last > header) {
      validations(ws, cols, header + 1, last);
    }
    ws.hideColumn(ids);
    Sheets.lines(ws, r, ids - 1, after.get(), 30);
    Sheets.printTable(ws, header, paper);
    ws.finish();
    return seq;
  }

  /** The text of a column that no canonical column fills: an extra, a factor or the point id. */
  private static String otherCell(
      PrintedColumns cols, int c, AnnexRow row, @Nullable Ledger source) {
    switch (cols.role[c]) {
      case PrintedColumns.EXTRA:
        String v = row.getExtras().get(cols.header[c]);
        return v == null ? "" : v;
      case PrintedColumns.FACTOR:
        ExtraFactor f = cols.factors.get(c);
        if (source == null || f == null || row.getPointId().isEmpty()) {
          return "";
        }
        FactorValue value =
            source
                .riskPoint(row.getPointId().get())
                .flatMap(RiskPoint::getFactors)
                .map(x -> x.getExtra().get(f.getCode()))
                .orElse(null);
        return value == null ? "" : PrintedColumns.text(f, value);
      default:
        return row.getPointId().orElse("");
    }
  }

  /** An owner factor's cell: the value of the owner of the row's point, if it has one. */
  private static String ownerFactorCell(
      @Nullable ExtraFactor f, AnnexRow row, @Nullable Ledger source) {
    if (source == null || f == null || row.getPointId().isEmpty()) {
      return "";
    }
    FactorValue value =
        source
            .riskPoint(row.getPointId().get())
            .map(rp -> source.ownerFactors(rp.getOwner()).get(f.getCode()))
            .orElse(null);
    return value == null ? "" : PrintedColumns.text(f, value);
  }

  /**
   * Styles a block of body rows one column at a time: the style is resolved once per column and
   * block, not once per cell. Cells left empty (merged continuations, blank values) get it too.
   */
  private static void styleBlock(Worksheet ws, PrintedColumns cols, int top, int bottom) {
    for (int c = 0; c < cols.n; c++) {
      ws.range(top, c, bottom, c)
          .style()
          .fontName(FONT)
          .fontSize(BODY_FONT_SIZE)
          .horizontalAlignment(cols.centered[c] ? "center" : "left")
          .verticalAlignment("center")
          .wrapText(true)
          .format("@")
          .borderStyle(Sheets.BORDER)
          .set();
    }
  }

  private void validations(Worksheet ws, PrintedColumns cols, int first, int last) {
    int cat = cols.indexOf(AnnexColumn.CATEGORY);
    if (cat >= 0) {
      ws.range(first, cat, last, cat)
          .validateWithListByFormula(
              list(
                  java.util.Arrays.stream(RiskCategory.values())
                      .map(RiskCategory::displayName)
                      .collect(Collectors.toList())))
          .allowBlank(true)
          .showErrorMessage(true)
          .errorTitle("输入提示")
          .error("请从下拉列表中选择");
    }
    int lvl = cols.indexOf(AnnexColumn.LEVEL);
    if (lvl >= 0) {
      ws.range(first, lvl, last, lvl)
          .validateWithListByFormula(
              list(
                  java.util.Arrays.stream(RiskLevel.values())
                      .map(l -> l.label(levelStyle))
                      .collect(Collectors.toList())))
          .allowBlank(true)
          .showErrorMessage(true)
          .errorTitle("输入提示")
          .error("请从下拉列表中选择");
    }
  }

  private static String list(List<String> values) {
    return "\"" + String.join(",", values) + "\"";
  }

  private static void closeRun(Worksheet ws, int c, int start, int end, String key) {
    if (key != null && end > start) {
      ws.range(start, c, end, c).merge();
    }
  }

  static boolean centered(AnnexColumn col) {
    switch (col) {
      case POWER_ITEM:
      case RISK_POINT:
      case MANIFESTATION:
      case MEASURES:
      case MONITORING:
      case MEASURE_STATUS:
      case EFFECTIVENESS:
      case REMARK:
        return false;
      default:
        return true;
    }
  }

  /** Estimates how many printed lines a text needs in a column of the given width. */
  static int lines(String text, int width) {
    double usable = Math.max(2, width - 1);
    int lines = 0;
    double w = 0;
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if (ch == '\n') {
        lines += (int) Math.ceil(Math.max(w, 1) / usable);
        w = 0;
      } else {
        w += ch < 0x2E80 ? 1.1 : 2;
      }
    }
    lines += (int) Math.ceil(Math.max(w, 1) / usable);
    return Math.max(1, lines);
  }

  private String sheetName(String wanted) {
    String base = wanted.replaceAll("[\\[\\]:*?/\\\\']", "_");
    if (base.length() > 28) {
      base = base.substring(0, 28);
    }
    String name = base.isBlank() ? "Sheet" : base;
    int i = 2;
    while (!sheetNames.add(name.toLowerCase(java.util.Locale.ROOT))) {
      name = base + "(" + i++ + ")";
    }
    return name;
  }
}
