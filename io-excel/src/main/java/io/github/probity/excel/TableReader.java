package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexText;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
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
  private static final Pattern BLANKS = Pattern.compile("[\\s\u3000]+");
  private static final Pattern LEVEL_SUFFIX = Pattern.compile("(风险|等级)$");
  private static final Pattern NOTE =
      Pattern.compile(
          "^(备\\s*注|注\\s*[：:]|注\\s*\\d|说\\s*明|填表说明|填表人|填报人|审核人|制表人|负责人\\s*[：:]|联系人|联系电话|单位负责人|领导签字|签字|盖章).*",
          Pattern.DOTALL);

  /** The first characters of the words {@link #NOTE} starts with. */
  private static final String NOTE_STARTS = "备注说填审制负联单领签盖";

  private static final Pattern ARCHIVE_FIELD = Pattern.compile("(科室|岗位|在岗人)[：:]\\s*([^\\s　]*)");

  /** Receives rows and problems; strict reading throws from {@link #problem}. */
  interface Sink {
    void row(LocatedRow row);

    void problem(ReadProblem problem) throws WorkbookRejectedException;

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

  private final List<String> headerTexts = new ArrayList<>();
  private final Map<AnnexColumn, List<Integer>> columns = new EnumMap<>(AnnexColumn.class);
  private AnnexKind kind = AnnexKind.DEPARTMENT;
  private final Map<String, String> archive = new java.util.HashMap<>();
  private @Nullable Pending pending;

  TableReader(String sheet, List<int[]> merges, ReaderConfig config, Sink sink) {
    this.sheet = sheet;
    this.config = config;
    this.sink = sink;
    this.filler = new MergeFiller(merges);
  }

  /** Reads the sheet's rows. */
  void read(Iterator<RawRow> rows) throws WorkbookRejectedException {
    List<RawRow> head = new ArrayList<>();
    List<MergeFiller.Filled> headFilled = new ArrayList<>();
    int header = -1;
    while (rows.hasNext() && head.size() < HEADER_SEARCH_ROWS) {
      RawRow r = rows.next();
      head.add(r);
      headFilled.add(filler.fill(r.number - 1, r.cells));
      if (score(headFilled.get(headFilled.size() - 1).values) >= 2) {
        header = head.size() - 1;
        break;
      }
    }
    if (header < 0) {
      sink.problem(sheetProblem(ProblemCode.SHEET_SKIPPED).build());
      return;
    }
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < header; i++) {
      for (String c : head.get(i).cells) {
        if (c != null && !c.isBlank()) {
          titles.add(AnnexText.clean(c));
        }
      }
    }
    String[] headerRow = headFilled.get(header).values;
    RawRow second = rows.hasNext() ? rows.next() : null;
    MergeFiller.Filled secondFilled =
        second == null ? null : filler.fill(second.number - 1, second.cells);
    boolean twoRows =
        second != null && secondFilled != null && isSecondHeader(headerRow, second, secondFilled);
    int headerNumber = head.get(header).number;
    mapColumns(
        headerRow, twoRows && secondFilled != null ? secondFilled.values : null, headerNumber);
    if (!columns.containsKey(AnnexColumn.RISK_POINT)) {
      sink.problem(sheetProblem(ProblemCode.MISSING_RISK_POINT_COLUMN).row(headerNumber).build());
      return;
    }
    kind = detectKind(titles);
    Map<AnnexColumn, Integer> found = new EnumMap<>(AnnexColumn.class);
    columns.forEach((col, src) -> found.put(col, src.get(0)));
    sink.table(sheet, kind, found);
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
    if (second != null && secondFilled != null && !twoRows) {
      data(second, secondFilled);
    }
    while (rows.hasNext()) {
      RawRow r = rows.next();
      data(r, filler.fill(r.number - 1, r.cells));
    }
    flush();
  }

  private int score(String[] cells) {
    int n = 0;
    boolean core = false;
    for (String c : cells) {
      Optional<AnnexColumn> col = match(c);
      if (col.isPresent()) {
        n++;
        core |= col.get() == AnnexColumn.RISK_POINT || col.get() == AnnexColumn.MEASURES;
      }
    }
    return core ? n : Math.min(n, 1);
  }

  private Optional<AnnexColumn> match(String text) {
    if (text == null || text.isBlank()) {
      return Optional.empty();
    }
    return config.match(text);
  }

  private boolean isSecondHeader(String[] first, RawRow second, MergeFiller.Filled filled) {
    boolean adds = false;
    for (int c = 0; c < filled.values.length; c++) {
      String own = c < second.cells.length ? second.cells[c] : null;
      if (own == null || own.isBlank()) {
        continue;
      }
      Optional<AnnexColumn> m = match(own);
      if (m.isEmpty()) {
        return false;
      }
      String above = c < first.length ? first[c] : "";
      if (match(above).isEmpty() || !AnnexText.clean(above).equals(AnnexText.clean(own))) {
        adds = true;
      }
    }
    return adds;
  }

  private void mapColumns(String[] first, String @Nullable [] second, int headerNumber)
      throws WorkbookRejectedException {
    int width = Math.max(first.length, second == null ? 0 : second.length);
    for (int c = 0; c < width; c++) {
      String top = c < first.length ? AnnexText.clean(first[c]) : "";
      String sub = second != null && c < second.length ? AnnexText.clean(second[c]) : "";
      Optional<AnnexColumn> col = match(sub);
      String header = sub;
      if (col.isEmpty()) {
        col = match(top);
        header = top;
      }
      if (col.isEmpty() && !sub.isEmpty() && !top.isEmpty()) {
        col = match(top + sub);
        header = top + "/" + sub;
      }
      while (headerTexts.size() <= c) {
        headerTexts.add("");
      }
      headerTexts.set(c, header.isEmpty() ? top : header);
      int row = second != null && !sub.isEmpty() ? headerNumber + 1 : headerNumber;
      if (col.isEmpty()) {
        String shown = sub.isEmpty() ? top : sub;
        if (!shown.isEmpty()) {
          sink.problem(cellProblem(ProblemCode.UNKNOWN_HEADER, row, c).rawValue(shown).build());
        }
        continue;
      }
      List<Integer> sources = columns.computeIfAbsent(col.get(), k -> new ArrayList<>());
      if (!sources.isEmpty() && col.get() != AnnexColumn.MEASURES) {
        sink.problem(cellProblem(ProblemCode.DUPLICATE_COLUMN, row, c).rawValue(header).build());
      }
      sources.add(c);
    }
  }

  private AnnexKind detectKind(List<String> titles) {
    Optional<AnnexKind> k = AnnexKind.recognise(sheet).filter(x -> x != AnnexKind.PLAN);
    for (String t : titles) {
      if (k.isPresent()) {
        break;
      }
      k = AnnexKind.recognise(t).filter(x -> x != AnnexKind.PLAN);
    }
    if (columns.containsKey(AnnexColumn.SCOPE)) {
      return AnnexKind.LEDGER;
    }
    if (k.isPresent()) {
      return k.get();
    }
    if (columns.containsKey(AnnexColumn.POST) || columns.containsKey(AnnexColumn.HOLDER)) {
      return AnnexKind.PERSONAL;
    }
    if (columns.containsKey(AnnexColumn.LEADER)) {
      return AnnexKind.LEADERSHIP_GROUP;
    }
    return AnnexKind.DEPARTMENT;
  }

  /** The point being read, which continuation rows may still add measures to. */
  private static final class Pending {
    final int number;
    final int top;
    final List<String> titles;
    final AnnexRow.Builder template;
    final List<String> measures = new ArrayList<>();
    final List<Integer> continuation = new ArrayList<>();

    Pending(int number, int top, List<String> titles, AnnexRow.Builder template) {
      this.number = number;
      this.top = top;
      this.titles = titles;
      this.template = template;
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
    if (pending != null
        && !title.isEmpty()
        && row.fromAbove(titleCol, index)
        && row.mergeTop[titleCol] == pending.top) {
      pending.measures.addAll(measures(row, index, true));
      pending.continuation.add(raw.number);
      return;
    }
    if (title.isEmpty()) {
      List<String> more = measures(row, index, true);
      if (!more.isEmpty() && pending != null) {
        pending.measures.addAll(more);
        pending.continuation.add(raw.number);
        sink.problem(rowProblem(ProblemCode.CONTINUATION_ROW, raw.number).rawValue(first).build());
        return;
      }
      flush();
      sink.problem(
          cellProblem(ProblemCode.BLANK_RISK_POINT, raw.number, titleCol)
              .rawValue(first)
              .rowDropped(true)
              .build());
      return;
    }
    flush();
    AnnexRow.Builder b = AnnexRow.builder();
    if (!owner(b, row, raw)) {
      return;
    }
    AnnexText.nonBlank(value(row, AnnexColumn.POWER_ITEM)).ifPresent(b::powerItem);
    b.category(category(row, raw.number));
    level(row, raw.number).ifPresent(b::level);
    AnnexText.nonBlank(value(row, AnnexColumn.MANIFESTATION)).ifPresent(b::manifestation);
    AnnexText.nonBlank(value(row, AnnexColumn.RESPONSIBLE)).ifPresent(b::responsible);
    AnnexText.nonBlank(value(row, AnnexColumn.SUPERVISOR)).ifPresent(b::supervisor);
    for (String line : value(row, AnnexColumn.MONITORING).split("\n")) {
      AnnexText.nonBlank(line).ifPresent(b::addMonitoringIndicators);
    }
    List<String> titles = AnnexText.splitNumbered(title);
    if (titles.size() > 1) {
      sink.problem(
          cellProblem(ProblemCode.RISK_POINTS_SPLIT, raw.number, titleCol).rawValue(title).build());
    }
    int top =
        titleCol < row.mergeTop.length && row.mergeTop[titleCol] >= 0
            ? row.mergeTop[titleCol]
            : index;
    pending = new Pending(raw.number, top, titles, b);
    pending.measures.addAll(measures(row, index, false));
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
    String dept = value(row, AnnexColumn.DEPARTMENT);
    String post = value(row, AnnexColumn.POST);
    String leader = value(row, AnnexColumn.LEADER);
    String owner = value(row, AnnexColumn.OWNER);
    String holders = value(row, AnnexColumn.HOLDER);
    OwnerScope scope;
    switch (kind) {
      case LEDGER:
        String s = value(row, AnnexColumn.SCOPE);
        try {
          scope = OwnerScope.parse(s);
        } catch (IllegalArgumentException ex) {
          sink.problem(
              cellProblem(ProblemCode.UNKNOWN_SCOPE, raw.number, column(AnnexColumn.SCOPE))
                  .rawValue(s)
                  .rowDropped(true)
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
            first(dept, owner).contains("班子") ? OwnerScope.LEADERSHIP_GROUP : OwnerScope.DEPARTMENT;
        break;
    }
    b.scope(scope);
    String name;
    switch (scope) {
      case LEADERSHIP_GROUP:
        name = first(leader, owner, dept, post);
        break;
      case LEADER:
        List<String> nr = AnnexText.parseLeaderCell(first(leader, owner));
        name = nr.get(0);
        if (!nr.get(1).isEmpty()) {
          b.leaderRole(nr.get(1));
        }
        break;
      case DEPARTMENT:
        name = first(dept, owner);
        if (!name.isEmpty()) {
          b.department(name);
        }
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
              .rowDropped(true)
              .build());
      return false;
    }
    b.ownerName(name);
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

  private Optional<RiskLevel> level(MergeFiller.Filled row, int number)
      throws WorkbookRejectedException {
    if (!columns.containsKey(AnnexColumn.LEVEL)) {
      return Optional.empty();
    }
    String text = value(row, AnnexColumn.LEVEL);
    if (text.isEmpty()) {
      sink.problem(cellProblem(ProblemCode.BLANK_LEVEL, number, column(AnnexColumn.LEVEL)).build());
      return Optional.empty();
    }
    String t = noBlanks(text);
    try {
      return Optional.of(RiskLevel.parse(t));
    } catch (IllegalArgumentException ex) {
      String trimmed = LEVEL_SUFFIX.matcher(t).replaceAll("");
      try {
        return Optional.of(RiskLevel.parse(trimmed));
      } catch (IllegalArgumentException ex2) {
        sink.problem(
            cellProblem(ProblemCode.UNKNOWN_LEVEL, number, column(AnnexColumn.LEVEL))
                .rawValue(text)
                .build());
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
    for (String title : p.titles) {
      try {
        AnnexRow row = p.template.title(title).measures(p.measures).build();
        sink.row(
            LocatedRow.builder()
                .sheet(sheet)
                .kind(kind)
                .rowNumber(p.number)
                .continuationRows(p.continuation)
                .row(row)
                .build());
      } catch (IllegalArgumentException | IllegalStateException ex) {
        sink.problem(
            rowProblem(ProblemCode.INVALID_ROW, p.number)
                .rawValue(String.valueOf(ex.getMessage()))
                .rowDropped(true)
                .build());
      }
    }
  }

  private ReadProblem.Builder sheetProblem(ProblemCode code) {
    return ReadProblem.builder().code(code).sheet(sheet);
  }

  private ReadProblem.Builder rowProblem(ProblemCode code, int number) {
    return sheetProblem(code).row(OptionalInt.of(number));
  }

  private ReadProblem.Builder cellProblem(ProblemCode code, int number, int column) {
    ReadProblem.Builder b = rowProblem(code, number).cell(CellRefs.cell(column, number));
    if (column < headerTexts.size() && !headerTexts.get(column).isEmpty()) {
      b.header(headerTexts.get(column));
    }
    return b;
  }
}
