package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexText;
import io.github.probity.annex.CategorySuggestion;
import io.github.probity.annex.HeaderMatch;
import io.github.probity.annex.LevelledText;
import io.github.probity.annex.Responsibility;
import io.github.probity.finding.Finding;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the table on one sheet from its rows: finds the header under any title rows (also a two-row
 * header), maps columns, expands merged cells, and turns data rows into {@link AnnexRow}s,
 * reporting every row it cannot take. One instance per sheet, one thread.
 */
final class TableReader {
  private static final int HEADER_SEARCH_ROWS = 30;

  /** Data rows looked at before reading, to place columns whose header says too little. */
  private static final int LOOKAHEAD_ROWS = 30;

  /** The most responsibility cells parsed and kept per sheet. */
  private static final int MAX_CACHED = 4096;

  private static final Pattern BLANKS = Pattern.compile("[\\s\u3000]+");
  private static final Pattern LEVEL_SUFFIX = Pattern.compile("(风险|等级)$");
  private static final Pattern NOTE =
      Pattern.compile(
          "^(备\\s*注|注\\s*[：:]|注\\s*\\d|说\\s*明|填表说明|填表人|填报人|审核人|制表人|负责人\\s*[：:]|联系人|联系电话|单位负责人|领导签字|签字|盖章"
              + "|公示时间|群众意见|党组织审核意见|备案日期).*",
          Pattern.DOTALL);

  /** The first characters of the words {@link #NOTE} starts with. */
  private static final String NOTE_STARTS = "备注说填审制负联单领签盖公群党";

  /** Last characters of titles (局长, 负责人, 领导, 书记, 主任, 委员, 经理 …), never of a plain name. */
  private static final String TITLE_ENDS = "长人导记任员理席监师部管";

  /** The columns that may name a row's owner. */
  private static final AnnexColumn[] OWNER_COLUMNS = {
    AnnexColumn.DEPARTMENT,
    AnnexColumn.POST,
    AnnexColumn.LEADER,
    AnnexColumn.OWNER,
    AnnexColumn.HOLDER
  };

  private static final Pattern ARCHIVE_FIELD = Pattern.compile("(科室|岗位|在岗人)[：:]\\s*([^\\s　]*)");

  /** Receives rows and problems; strict reading throws from {@link #problem}. */
  interface Sink {
    void row(LocatedRow row) throws WorkbookRejectedException;

    void problem(Finding problem) throws WorkbookRejectedException;

    /**
     * Receives a table found on a sheet, with the 0-based column each canonical column was found in
     * (the first one where several map to the same column).
     */
    void table(String sheet, AnnexKind kind, Map<AnnexColumn, Integer> headerColumns);

    void titleText(String text);
  }

  /** A row as the file holds it: 1-based number and own cell texts by 0-based column. */
  static final class RawRow {
    final int number;
    final String[] cells;

    RawRow(int number, String[] cells) {
      this.number = number;
      this.cells = cells;
    }
  }

  private final String sheet;
  private final ReaderConfig config;
  private final Sink sink;
  private final MergeFiller filler;

  private final HeaderBand band;
  private final Map<AnnexColumn, List<Integer>> columns;
  private AnnexKind kind = AnnexKind.DEPARTMENT;
  private final Map<String, String> archive = new java.util.HashMap<>();
  private @Nullable Pending pending;
  private final Map<String, Responsibility> responsibilities = new java.util.HashMap<>();

  /** The owner columns whose cells the row being read does not name its owner by, in order. */
  private final List<Integer> unusedOwnerCells = new ArrayList<>();

  private int headerNumber;

  /** The 0-based index of the first row under the header band. */
  private int bodyTop;

  TableReader(String sheet, List<int[]> merges, ReaderConfig config, Sink sink) {
    this.sheet = sheet;
    this.config = config;
    this.sink = sink;
    this.filler = new MergeFiller(merges);
    this.band = new HeaderBand(config);
    this.columns = band.columns;
  }

  /** A row and its cells after merged ranges were expanded. */
  private static final class Read {
    final RawRow raw;
    final MergeFiller.Filled filled;

    Read(RawRow raw, MergeFiller.Filled filled) {
      this.raw = raw;
      this.filled = filled;
    }
  }

  private Read next(Iterator<RawRow> rows) {
    RawRow r = rows.next();
    return new Read(r, filler.fill(r.number - 1, r.cells));
  }

  /** Reads the sheet's rows. */
  void read(Iterator<RawRow> rows) throws WorkbookRejectedException {
    if (config.kind(sheet).isEmpty()
        && AnnexKind.recognise(sheet).filter(k -> k == AnnexKind.PLAN).isPresent()) {
      sink.problem(sheetProblem(ProblemCode.SHEET_SKIPPED).rawValue(sheet).build());
      return; // annex 4 is read by readPlan
    }
    List<Read> head = new ArrayList<>();
    int header = -1;
    Read best = null;
    int bestRoles = 0;
    while (rows.hasNext() && head.size() < HEADER_SEARCH_ROWS) {
      Read r = next(rows);
      head.add(r);
      if (band.isHeader(r.filled.values)) {
        header = head.size() - 1;
        break;
      }
      int roles = band.roles(r.filled.values).size();
      if (roles > bestRoles) {
        best = r;
        bestRoles = roles;
      }
    }
    if (header < 0) {
      if (best != null && bestRoles >= 2) {
        // headers, but none of a risk table's own columns: say what was found, skip the sheet
        sink.problem(
            sheetProblem(ProblemCode.SHEET_SKIPPED)
                .row(best.raw.number)
                .rawValue(suggestion(best.filled.values))
                .build());
      } else {
        sink.problem(sheetProblem(ProblemCode.SHEET_SKIPPED).build());
      }
      return;
    }
    Read top = head.get(header);
    String[] upper = top.filled.values;
    String @Nullable [] lower = null;
    int titleRows = header; // an upper band is read as a title too: it may hold 填报单位
    headerNumber = top.raw.number;
    List<Read> pendingRows = new ArrayList<>();
    if (header > 0
        && HeaderBand.isUpperBand(
            head.get(header - 1).filled, head.get(header - 1).raw.number - 1, top.filled)) {
      upper = head.get(header - 1).filled.values;
      lower = top.filled.values;
      headerNumber = head.get(header - 1).raw.number;
    } else if (rows.hasNext()) {
      Read second = next(rows);
      if (band.isLowerBand(upper, second.raw.cells)) {
        lower = second.filled.values;
      } else {
        pendingRows.add(second);
      }
    }
    band.place(upper, lower, headerNumber);
    bodyTop = lower != null ? headerNumber + 1 : headerNumber;
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < titleRows; i++) {
      for (String c : head.get(i).raw.cells) {
        if (c != null && !c.isBlank()) {
          titles.add(AnnexText.clean(c));
        }
      }
    }
    while (rows.hasNext() && pendingRows.size() < LOOKAHEAD_ROWS) {
      pendingRows.add(next(rows));
    }
    ColumnContent.place(band, pendingRows.stream().map(r -> r.filled.values).iterator());
    if (!columns.containsKey(AnnexColumn.RISK_POINT)) {
      sink.problem(
          sheetProblem(ProblemCode.MISSING_RISK_POINT_COLUMN)
              .row(headerNumber)
              .rawValue(suggestion(upper))
              .build());
      return;
    }
    kind = detectKind(titles, pendingRows);
    Map<AnnexColumn, Integer> found = new EnumMap<>(AnnexColumn.class);
    columns.forEach((col, src) -> found.put(col, src.get(0)));
    sink.table(sheet, kind, found);
    for (HeaderBand.Note n : band.notes) {
      sink.problem(cellProblem(n.code, n.row, n.column).rawValue(n.value).build());
    }
    for (String t : titles) {
      sink.titleText(t);
      Matcher m = ARCHIVE_FIELD.matcher(t);
      while (m.find()) {
        archive.putIfAbsent(m.group(1), m.group(2));
      }
    }
    if (!columns.containsKey(AnnexColumn.CATEGORY)) {
      sink.problem(sheetProblem(ProblemCode.NO_CATEGORY_COLUMN).row(headerNumber).build());
    }
    for (Read r : pendingRows) {
      data(r.raw, r.filled);
    }
    while (rows.hasNext()) {
      RawRow r = rows.next();
      data(r, filler.fill(r.number - 1, r.cells));
    }
    flush();
  }

  /**
   * Says what a header that lacks a risk point column holds: the columns recognised and the headers
   * that were not, so that the user can map one of them.
   */
  private String suggestion(String[] header) {
    StringBuilder known = new StringBuilder();
    StringBuilder unknown = new StringBuilder();
    Set<String> seen = new HashSet<>();
    for (String c : header) {
      if (c == null || c.isBlank() || !seen.add(AnnexText.clean(c))) {
        continue;
      }
      String t = AnnexText.clean(c);
      Optional<AnnexColumn> m =
          config.candidates(t).stream()
              .filter(HeaderMatch::isAccepted)
              .map(HeaderMatch::getColumn)
              .findFirst();
      StringBuilder to = m.isPresent() ? known : unknown;
      to.append(to.length() == 0 ? "" : "、").append(t);
      m.ifPresent(col -> known.append("=").append(col.displayName()));
    }
    return "已识别："
        + (known.length() == 0 ? "无" : known)
        + "；未识别："
        + (unknown.length() == 0 ? "无" : unknown)
        + "；缺少：廉政风险点（可映射，如 --map 表头=风险点）";
  }

  /**
   * Tells whether the owner is named only by a 责任主体 column (no department, post or leader column)
   * and the caller forced no kind: each owner cell then says its own scope.
   */
  private boolean ownerOnly() {
    return columns.containsKey(AnnexColumn.OWNER)
        && !columns.containsKey(AnnexColumn.DEPARTMENT)
        && !columns.containsKey(AnnexColumn.POST)
        && !columns.containsKey(AnnexColumn.LEADER)
        && !columns.containsKey(AnnexColumn.HOLDER)
        && kind != AnnexKind.LEDGER
        && config.kind(sheet).isEmpty();
  }

  /** The kind most of the sample's 责任主体 cells name by their wording. */
  private Optional<AnnexKind> kindOfOwners(List<Read> sample) {
    Map<AnnexKind, Integer> counts = new EnumMap<>(AnnexKind.class);
    int c = column(AnnexColumn.OWNER);
    int t = column(AnnexColumn.RISK_POINT);
    for (Read r : sample) {
      if (t >= r.raw.cells.length || r.raw.cells[t] == null || r.raw.cells[t].isBlank()) {
        continue; // notes (merged across) and spacer rows name no owner
      }
      String v = c < r.filled.values.length ? AnnexText.clean(r.filled.values[c]) : "";
      ColumnContent.scopeOf(v).ifPresent(s -> counts.merge(AnnexKind.forScope(s), 1, Integer::sum));
    }
    return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
  }

  /** An enterprise's leadership table may head its leaders' positions 岗位类别. */
  private boolean postsAreLeaders(List<Read> sample) {
    if (columns.containsKey(AnnexColumn.DEPARTMENT) || columns.containsKey(AnnexColumn.HOLDER)) {
      return false;
    }
    List<String[]> rows = new ArrayList<>();
    sample.forEach(r -> rows.add(r.filled.values));
    return ColumnContent.leaderPositions(rows, column(AnnexColumn.POST));
  }

  private AnnexKind detectKind(List<String> titles, List<Read> sample) {
    Optional<AnnexKind> forced = config.kind(sheet);
    if (forced.isPresent()) {
      return forced.get();
    }
    if (columns.containsKey(AnnexColumn.SCOPE)) {
      return AnnexKind.LEDGER;
    }
    if (ownerOnly()) {
      Optional<AnnexKind> byOwners = kindOfOwners(sample);
      if (byOwners.isPresent()) {
        return byOwners.get();
      }
    }
    if (columns.containsKey(AnnexColumn.POST) && !postsAreLeaders(sample)) {
      return AnnexKind.PERSONAL;
    }
    if (columns.containsKey(AnnexColumn.LEADER) || columns.containsKey(AnnexColumn.POST)) {
      return AnnexKind.LEADERSHIP_GROUP;
    }
    if (columns.containsKey(AnnexColumn.DEPARTMENT)) {
      return AnnexKind.DEPARTMENT; // a word in a title never outweighs the columns
    }
    Optional<AnnexKind> named = AnnexKind.recognise(sheet).filter(x -> x != AnnexKind.PLAN);
    for (String t : titles) {
      if (named.isPresent()) {
        break;
      }
      named = AnnexKind.recognise(t).filter(x -> x != AnnexKind.PLAN);
    }
    if (named.isPresent()) {
      return named.get();
    }
    if (columns.containsKey(AnnexColumn.HOLDER)) {
      return AnnexKind.PERSONAL;
    }
    return AnnexKind.DEPARTMENT;
  }

  /** The point being read, which continuation rows may still add measures to. */
  private static final class Pending {
    final int number;
    final int top;
    final List<LevelledText> titles;
    final AnnexRow.Builder template;
    final Optional<RiskLevel> level;
    final List<String> measures = new ArrayList<>();

    /** The measures cell of the point's first row, to pair with numbered points. */
    String measuresCell = "";

    final List<Integer> continuation = new ArrayList<>();
    final Map<String, String> extras = new java.util.LinkedHashMap<>();

    /** The point's first row, merged cells filled, to tell what a continuation row adds. */
    final String[] first;

    Pending(
        int number,
        int top,
        List<LevelledText> titles,
        AnnexRow.Builder template,
        Optional<RiskLevel> level,
        String[] first) {
      this.number = number;
      this.top = top;
      this.titles = titles;
      this.template = template;
      this.level = level;
      this.first = first;
    }

    /** The measures of the i-th point: its own group where the cell pairs n.k with the points. */
    List<String> measuresOf(int i) {
      if (titles.size() > 1 && continuation.isEmpty() && !measuresCell.isEmpty()) {
        List<List<String>> groups = AnnexText.splitMeasures(measuresCell, titles.size());
        if (groups.size() == titles.size()) {
          return groups.get(i);
        }
      }
      return measures;
    }
  }

  private String value(MergeFiller.Filled row, AnnexColumn col) {
    List<Integer> src = columns.get(col);
    if (src == null) {
      return "";
    }
    for (int c : src) {
      if (c < row.values.length && !row.values[c].isBlank()) {
        return AnnexText.clean(row.values[c]);
      }
    }
    return "";
  }

  private List<String> measures(MergeFiller.Filled row, int rowIndex, boolean ownOnly) {
    List<String> out = new ArrayList<>();
    List<Integer> src = columns.get(AnnexColumn.MEASURES);
    if (src == null) {
      return out;
    }
    for (int c : src) {
      if (c < row.values.length && !(ownOnly && row.fromAbove(c, rowIndex))) {
        out.addAll(AnnexText.splitNumbered(row.values[c]));
      }
    }
    return out;
  }

  private int column(AnnexColumn col) {
    List<Integer> src = columns.get(col);
    return src == null ? 0 : src.get(0);
  }

  private void data(RawRow raw, MergeFiller.Filled row) throws WorkbookRejectedException {
    int index = raw.number - 1;
    String first = firstOwnText(raw);
    if (first == null) {
      return;
    }
    if (mayBeNote(first) && NOTE.matcher(first).matches()) {
      sink.problem(rowProblem(ProblemCode.NOTE_ROW_SKIPPED, raw.number).rawValue(first).build());
      return;
    }
    int titleCol = column(AnnexColumn.RISK_POINT);
    String title = value(row, AnnexColumn.RISK_POINT);
    if (repeatsHeader(raw)
        || (row.fromAbove(titleCol, index) && row.mergeTop[titleCol] < bodyTop)) {
      flush();
      sink.problem(
          rowProblem(ProblemCode.REPEATED_HEADER_SKIPPED, raw.number).rawValue(first).build());
      return;
    }
    if (isSection(raw, row, index)) {
      flush();
      sink.problem(rowProblem(ProblemCode.SECTION_ROW_SKIPPED, raw.number).rawValue(first).build());
      return;
    }
    if (pending != null
        && !title.isEmpty()
        && row.fromAbove(titleCol, index)
        && row.mergeTop[titleCol] == pending.top) {
      pending.measures.addAll(measures(row, index, true));
      pending.continuation.add(raw.number);
      continued(raw, pending);
      extras(row, pending.extras);
      return;
    }
    if (title.isEmpty()) {
      List<String> more = measures(row, index, true);
      if (!more.isEmpty() && pending != null) {
        pending.measures.addAll(more);
        pending.continuation.add(raw.number);
        continued(raw, pending);
        extras(row, pending.extras);
        sink.problem(rowProblem(ProblemCode.CONTINUATION_ROW, raw.number).rawValue(first).build());
        return;
      }
      flush();
      sink.problem(
          cellProblem(ProblemCode.BLANK_RISK_POINT, raw.number, titleCol).rawValue(first).build());
      return;
    }
    flush();
    AnnexRow.Builder b = AnnexRow.builder();
    if (!owner(b, row, raw)) {
      return;
    }
    AnnexText.nonBlank(value(row, AnnexColumn.POWER_ITEM)).ifPresent(b::powerItem);
    b.category(suggested(category(row, raw.number), title, row, raw.number));
    List<LevelledText> titles = AnnexText.splitNumberedWithLevels(title);
    boolean marked = titles.stream().anyMatch(t -> t.getLevel().isPresent());
    if (marked) {
      sink.problem(
          cellProblem(ProblemCode.LEVEL_IN_TITLE, raw.number, titleCol).rawValue(title).build());
    }
    Optional<RiskLevel> level = level(row, raw.number, marked);
    AnnexText.nonBlank(value(row, AnnexColumn.MANIFESTATION)).ifPresent(b::manifestation);
    AnnexText.nonBlank(value(row, AnnexColumn.RESPONSIBLE)).ifPresent(b::responsible);
    AnnexText.nonBlank(value(row, AnnexColumn.SUPERVISOR)).ifPresent(b::supervisor);
    for (String line : value(row, AnnexColumn.MONITORING).split("\n")) {
      AnnexText.nonBlank(line).ifPresent(b::addMonitoringIndicators);
    }
    if (titles.size() > 1) {
      sink.problem(
          cellProblem(ProblemCode.RISK_POINTS_SPLIT, raw.number, titleCol).rawValue(title).build());
    } else {
      AnnexText.nonBlank(value(row, AnnexColumn.POINT_ID)).ifPresent(b::pointId);
    }
    int top =
        titleCol < row.mergeTop.length && row.mergeTop[titleCol] >= 0
            ? row.mergeTop[titleCol]
            : index;
    pending = new Pending(raw.number, top, titles, b, level, row.values);
    extras(row, pending.extras, unusedOwnerCells);
    pending.measures.addAll(measures(row, index, false));
    if (titles.size() > 1) {
      pending.measuresCell = value(row, AnnexColumn.MEASURES); // to pair n.k measures
    }
  }

  /**
   * The values of the columns that mean no canonical column, by header, and of the columns without
   * a header, by letter ({@code K列}).
   */
  private void extras(MergeFiller.Filled row, Map<String, String> into) {
    extras(row, into, List.of());
  }

  /**
   * The extras, and in sheet order among them the cells of owner columns the row's owner was not
   * named by (a 分管科室 beside a leader), by their header.
   */
  private void extras(MergeFiller.Filled row, Map<String, String> into, List<Integer> owners) {
    int o = 0;
    for (int i = 0; i < band.extras.size(); i++) {
      int c = band.extras.get(i);
      for (; o < owners.size() && owners.get(o) < c; o++) {
        ownerExtra(row, into, owners.get(o));
      }
      if (c < row.values.length && !row.values[c].isBlank()) {
        extra(into, band.extraKey(i), row.values[c]);
      }
    }
    for (; o < owners.size(); o++) {
      ownerExtra(row, into, owners.get(o));
    }
    for (int c = band.width(); c < row.values.length; c++) {
      if (!row.values[c].isBlank()) {
        extra(into, CellRefs.column(c) + "列", row.values[c]); // right of the header
      }
    }
  }

  private void ownerExtra(MergeFiller.Filled row, Map<String, String> into, int c) {
    String header = band.text(c);
    extra(into, header.isEmpty() ? CellRefs.column(c) + "列" : header, row.values[c]);
  }

  private static void extra(Map<String, String> into, String key, String text) {
    into.merge(key, AnnexText.clean(text), (a, v) -> a.equals(v) ? a : a + "\n" + v);
  }

  /**
   * Keeps with the point's extras, under their header, the cells of a continuation row that its
   * point does not hold: a 责任人 of its own beside a further measure, a level that differs. Its
   * measures are the point's; a 序号 says nothing.
   */
  private void continued(RawRow raw, Pending p) {
    for (Map.Entry<AnnexColumn, List<Integer>> e : columns.entrySet()) {
      AnnexColumn col = e.getKey();
      if (col == AnnexColumn.MEASURES
          || col == AnnexColumn.RISK_POINT
          || col == AnnexColumn.SEQUENCE) {
        continue;
      }
      for (int c : e.getValue()) {
        String own = c < raw.cells.length ? raw.cells[c] : null;
        if (own == null || own.isBlank()) {
          continue; // blank, or merged from above: the point's own value
        }
        String was = c < p.first.length ? AnnexText.clean(p.first[c]) : "";
        if (!AnnexText.clean(own).equals(was)) {
          String header = band.text(c);
          extra(p.extras, header.isEmpty() ? CellRefs.column(c) + "列" : header, own);
        }
      }
    }
  }

  /** Tells whether a row repeats the header (a printed page break): its texts are the header's. */
  private boolean repeatsHeader(RawRow raw) {
    int titleCol = column(AnnexColumn.RISK_POINT);
    String printed = titleCol < raw.cells.length ? raw.cells[titleCol] : null;
    if (printed == null || !band.isHeaderText(titleCol, printed)) {
      return false; // a repeated header prints its risk point header as it is
    }
    int same = 0;
    for (int c = 0; c < raw.cells.length; c++) {
      String own = raw.cells[c];
      if (own == null || own.isBlank()) {
        continue;
      }
      if (!band.isHeaderText(c, AnnexText.clean(own))) {
        return false;
      }
      same++;
    }
    return same >= 2;
  }

  /** A section row (一、领导班子) is one text merged across most of the table's width. */
  private boolean isSection(RawRow raw, MergeFiller.Filled row, int index) {
    int at = -1;
    for (int c = 0; c < raw.cells.length; c++) {
      if (raw.cells[c] != null && !raw.cells[c].isEmpty()) {
        if (at >= 0) {
          return false; // a second cell of its own: a data row
        }
        at = c;
      }
    }
    if (at < 0 || raw.cells[at].isBlank()) {
      return false;
    }
    int spread = 0;
    for (int c = 0; c < row.values.length; c++) {
      if (row.mergeTop[c] == index && row.values[c].equals(raw.cells[at])) {
        spread++;
      }
    }
    return spread >= 3 && spread * 2 >= band.texts.size();
  }

  /** Tells cheaply whether a text can match {@link #NOTE}: it must start with one of its words. */
  private static boolean mayBeNote(String text) {
    return !text.isEmpty() && NOTE_STARTS.indexOf(text.charAt(0)) >= 0;
  }

  /** Removes white space (also full-width) from a short cell, without a regex when it has none. */
  private static String noBlanks(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c) || c == '\u3000' || Character.isSpaceChar(c)) {
        return BLANKS.matcher(text).replaceAll("");
      }
    }
    return text;
  }

  private static @Nullable String firstOwnText(RawRow raw) {
    for (String c : raw.cells) {
      if (c != null && !c.isBlank()) {
        return AnnexText.clean(c);
      }
    }
    return null;
  }

  private boolean owner(AnnexRow.Builder b, MergeFiller.Filled row, RawRow raw)
      throws WorkbookRejectedException {
    unusedOwnerCells.clear();
    String dept = value(row, AnnexColumn.DEPARTMENT);
    String post = value(row, AnnexColumn.POST);
    String leader = value(row, AnnexColumn.LEADER);
    String owner = value(row, AnnexColumn.OWNER);
    String holders = value(row, AnnexColumn.HOLDER);
    OwnerScope scope;
    Optional<OwnerScope> byContent = ownerOnly() ? ColumnContent.scopeOf(owner) : Optional.empty();
    if (byContent.isPresent()) {
      scope = byContent.get(); // the owner cell itself says whose point it is
    } else {
      switch (kind) {
        case LEDGER:
          String s = value(row, AnnexColumn.SCOPE);
          try {
            scope = OwnerScope.parse(s);
          } catch (IllegalArgumentException ex) {
            sink.problem(
                cellProblem(ProblemCode.UNKNOWN_SCOPE, raw.number, column(AnnexColumn.SCOPE))
                    .rawValue(s)
                    .build());
            return false;
          }
          break;
        case LEADERSHIP_GROUP:
          String who = first(leader, owner, post);
          leader = who;
          scope =
              who.isEmpty() || who.contains("班子") ? OwnerScope.LEADERSHIP_GROUP : OwnerScope.LEADER;
          if (who.isEmpty()) {
            leader = "领导班子";
          }
          break;
        case PERSONAL:
        case POST_ARCHIVE:
          scope = OwnerScope.POST;
          break;
        default:
          scope =
              first(dept, owner).contains("班子")
                  ? OwnerScope.LEADERSHIP_GROUP
                  : OwnerScope.DEPARTMENT;
          break;
      }
    }
    b.scope(scope);
    String name;
    String cell = ""; // the cell a leader's name and role were read from
    switch (scope) {
      case LEADERSHIP_GROUP:
        name = first(leader, owner, dept, post);
        dept = "";
        holders = "";
        break;
      case LEADER:
        cell = first(leader, owner);
        dept = "";
        holders = "";
        String holder = value(row, AnnexColumn.HOLDER);
        List<String> nr = AnnexText.parseLeaderCell(first(leader, owner));
        name = holder.isEmpty() ? nr.get(0) : holder; // 姓名 beside 职务
        String role = holder.isEmpty() ? nr.get(1) : first(leader, owner);
        if (!role.isEmpty()) {
          b.leaderRole(role);
        }
        if (holder.isEmpty() && AnnexPeople.isRole(name)) {
          ownerKey(row, raw).ifPresent(b::ownerKey);
        }
        break;
      case DEPARTMENT:
        name = first(dept, owner);
        if (!name.isEmpty()) {
          b.department(name);
        }
        holders = "";
        break;
      default:
        if (kind == AnnexKind.POST_ARCHIVE) {
          post = first(post, archive.getOrDefault("岗位", ""));
          dept = first(dept, archive.getOrDefault("科室", ""));
          holders = first(holders, archive.getOrDefault("在岗人", ""));
        }
        name = first(post, owner, holders);
        if (!dept.isEmpty()) {
          b.department(dept);
        }
        b.addAllHolders(AnnexText.splitNames(holders));
        break;
    }
    if (name.isEmpty()) {
      AnnexColumn col =
          scope == OwnerScope.POST
              ? AnnexColumn.POST
              : scope == OwnerScope.DEPARTMENT ? AnnexColumn.DEPARTMENT : AnnexColumn.LEADER;
      if (!columns.containsKey(col)) {
        col = AnnexColumn.OWNER;
      }
      sink.problem(
          cellProblem(ProblemCode.MISSING_OWNER, raw.number, column(col))
              .rawValue(value(row, AnnexColumn.RISK_POINT))
              .build());
      return false;
    }
    b.ownerName(name);
    for (AnnexColumn col : OWNER_COLUMNS) {
      String v = value(row, col);
      if (!v.isEmpty()
          && !v.equals(name)
          && !v.equals(cell)
          && !v.equals(dept)
          && !v.equals(holders)) {
        unusedOwnerCells.add(firstFilled(row, col)); // a 分管科室 beside a leader
      }
    }
    unusedOwnerCells.sort(Integer::compare);
    return true;
  }

  /** The column a canonical column's value was read from: the first of its columns with text. */
  private int firstFilled(MergeFiller.Filled row, AnnexColumn col) {
    for (int c : columns.getOrDefault(col, List.of())) {
      if (c < row.values.length && !row.values[c].isBlank()) {
        return c;
      }
    }
    return column(col);
  }

  /**
   * Tells apart two leaders known only by the same role (two 副局长): each merged owner cell is one
   * leader, keyed by the sheet and the cell's top row. Unmerged cells give no key: the rows of one
   * role next to each other are one leader.
   */
  private Optional<String> ownerKey(MergeFiller.Filled row, RawRow raw) {
    int c =
        columns.containsKey(AnnexColumn.LEADER)
            ? column(AnnexColumn.LEADER)
            : column(AnnexColumn.OWNER);
    if (c < row.mergeTop.length && row.mergeTop[c] >= 0) {
      return Optional.of(sheet + "!" + (row.mergeTop[c] + 1));
    }
    return Optional.empty();
  }

  /**
   * Splits the 责任人 and 责任领导 cells into people and roles (分管领导人 / 科室负责人). The same pair of cells
   * repeats down a table, so each pair is parsed once per sheet (up to a bound).
   */
  private AnnexRow withResponsibility(AnnexRow row) {
    if (isPlainName(row.getResponsible()) && isPlainName(row.getSupervisor())) {
      return row; // the common case, a name or nothing: no parsing, no second row
    }
    String key = row.getResponsible().orElse("") + '\u0000' + row.getSupervisor().orElse("");
    Responsibility r = responsibilities.get(key);
    if (r == null) {
      if (responsibilities.size() >= MAX_CACHED) {
        responsibilities.clear();
      }
      r = AnnexPeople.responsibility(row);
      responsibilities.put(key, r);
    }
    if (r.getResponsibleRole().isEmpty()
        && r.getSupervisorRole().isEmpty()
        && r.getResponsibleName().equals(row.getResponsible())
        && r.getSupervisorName().equals(row.getSupervisor())) {
      return row; // the cells named people as they are
    }
    return AnnexRow.builder()
        .from(row)
        .responsible(r.getResponsibleName())
        .responsibleRole(r.getResponsibleRole())
        .supervisor(r.getSupervisorName())
        .supervisorRole(r.getSupervisorRole())
        .build();
  }

  /**
   * Tells cheaply whether a cell is empty or a short personal name (王芳, 欧阳明): at most three Han
   * characters, the last not one that ends a title (局长, 负责人, 领导, 书记, 主任 …).
   */
  private static boolean isPlainName(Optional<String> cell) {
    if (cell.isEmpty()) {
      return true;
    }
    String t = cell.get();
    if (t.length() < 2 || t.length() > 3 || TITLE_ENDS.indexOf(t.charAt(t.length() - 1)) >= 0) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (Character.UnicodeScript.of(t.charAt(i)) != Character.UnicodeScript.HAN) {
        return false;
      }
    }
    return true;
  }

  private static String first(String... values) {
    for (String v : values) {
      if (!v.isEmpty()) {
        return v;
      }
    }
    return "";
  }

  /**
   * Replaces 未分类 with the category the point's words suggest, when the caller asked for
   * suggestions; each one is reported.
   */
  private RiskCategory suggested(
      RiskCategory category, String title, MergeFiller.Filled row, int number)
      throws WorkbookRejectedException {
    if (category.isSpecified() || !config.suggestsCategories()) {
      return category;
    }
    Optional<RiskCategory> s =
        CategorySuggestion.suggest(
            title, AnnexText.nonBlank(value(row, AnnexColumn.MANIFESTATION)));
    if (s.isPresent()) {
      sink.problem(
          cellProblem(ProblemCode.CATEGORY_SUGGESTED, number, column(AnnexColumn.RISK_POINT))
              .rawValue(s.get().displayName())
              .build());
      return s.get();
    }
    return category;
  }

  private RiskCategory category(MergeFiller.Filled row, int number)
      throws WorkbookRejectedException {
    if (!columns.containsKey(AnnexColumn.CATEGORY)) {
      return config.defaultCategory();
    }
    String text = value(row, AnnexColumn.CATEGORY);
    if (text.isEmpty()) {
      sink.problem(
          cellProblem(ProblemCode.BLANK_CATEGORY, number, column(AnnexColumn.CATEGORY)).build());
      return config.defaultCategory();
    }
    try {
      return RiskCategory.parse(noBlanks(text));
    } catch (IllegalArgumentException ex) {
      sink.problem(
          cellProblem(ProblemCode.UNKNOWN_CATEGORY, number, column(AnnexColumn.CATEGORY))
              .rawValue(text)
              .build());
      return config.defaultCategory();
    }
  }

  private Optional<RiskLevel> level(MergeFiller.Filled row, int number, boolean markedInTitle)
      throws WorkbookRejectedException {
    if (!columns.containsKey(AnnexColumn.LEVEL)) {
      return Optional.empty();
    }
    String text = value(row, AnnexColumn.LEVEL);
    if (text.isEmpty() && markedInTitle) {
      return Optional.empty();
    }
    if (text.isEmpty()) {
      sink.problem(cellProblem(ProblemCode.BLANK_LEVEL, number, column(AnnexColumn.LEVEL)).build());
      return Optional.empty();
    }
    Optional<RiskLevel> level = parseLevel(text);
    if (level.isEmpty()) {
      sink.problem(
          cellProblem(ProblemCode.UNKNOWN_LEVEL, number, column(AnnexColumn.LEVEL))
              .rawValue(text)
              .build());
    }
    return level;
  }

  /**
   * Reads a level cell: 高, 一般, 二级, ★★ (hollow stars beside full ones count for nothing), also with
   * 风险 or 等级 after it ({@code 高风险}).
   */
  static Optional<RiskLevel> parseLevel(String text) {
    String t = noBlanks(text);
    if (t.indexOf('☆') >= 0 && t.indexOf('★') >= 0) {
      t = t.replace("☆", ""); // hollow stars pad the full ones: ★★☆ is two stars
    }
    try {
      return Optional.of(RiskLevel.parse(t));
    } catch (IllegalArgumentException ex) {
      try {
        return Optional.of(RiskLevel.parse(LEVEL_SUFFIX.matcher(t).replaceAll("")));
      } catch (IllegalArgumentException ex2) {
        return Optional.empty();
      }
    }
  }

  private void flush() throws WorkbookRejectedException {
    Pending p = pending;
    pending = null;
    if (p == null) {
      return;
    }
    for (int i = 0; i < p.titles.size(); i++) {
      LevelledText title = p.titles.get(i);
      try {
        AnnexRow row =
            withResponsibility(
                p.template
                    .title(title.getText())
                    .level(title.getLevel().or(() -> p.level))
                    .measures(p.measuresOf(i))
                    .build());
        sink.row(
            LocatedRow.builder()
                .sheet(sheet)
                .kind(kind)
                .rowNumber(p.number)
                .continuationRows(p.continuation)
                .extras(p.extras)
                .row(row)
                .build());
      } catch (IllegalArgumentException | IllegalStateException ex) {
        sink.problem(
            rowProblem(ProblemCode.INVALID_ROW, p.number)
                .rawValue(String.valueOf(ex.getMessage()))
                .build());
      }
    }
  }

  private CellFinding sheetProblem(ProblemCode code) {
    return CellFinding.builder().code(code).sheet(sheet);
  }

  private CellFinding rowProblem(ProblemCode code, int number) {
    return sheetProblem(code).row(OptionalInt.of(number));
  }

  private CellFinding cellProblem(ProblemCode code, int number, int column) {
    CellFinding b = rowProblem(code, number).cell(CellRefs.cell(column, number));
    if (!band.text(column).isEmpty()) {
      b.header(band.text(column));
    }
    return b;
  }
}
