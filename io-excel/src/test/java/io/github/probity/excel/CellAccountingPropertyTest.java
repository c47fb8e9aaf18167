package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.ForeignLayouts;
import io.github.probity.testkit.ForeignTable;
import io.github.probity.testkit.LedgerGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: no non-empty cell under the header band is lost without a word. A generated ledger's
 * table ({@link LedgerGenerator}) is drawn in a foreign layout ({@link ForeignLayouts}) and
 * roughened the way real files are: columns under headers that mean nothing or under no header at
 * all, holding stray or odd values (list markers, stars, levels, categories, dates, formulas,
 * padded and multi-line text), text typed into cells left empty, a further measure on a row of its
 * own with a cell of its own beside it, a repeated header, a section row, note rows and lines of
 * text under the table. Then every cell with text is accounted for: its row (or the row it
 * continues) was read and carries the text — in a field, the measures, the extras — or a {@link
 * Finding} names the cell, or the row as dropped or skipped.
 *
 * <p>What the reader documents as a transformation is allowed: list markers and level marks are
 * compared away, names and roles may be split and reordered, and a cell of a level or category
 * column counts when the row read has a level or a category, a 序号 cell when it is a number. Text
 * this test put into a column the reader kept as extras must be found as it was written.
 *
 * <p>Seeds 0–255 as xlsx, every eighth also as xls, every fourth also with every layout variation
 * on. A failure prints the seed, the sheet as drawn and the problems.
 */
class CellAccountingPropertyTest {
  private static final AnnexKind[] KINDS = {
    AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL
  };

  private static final int MAX_ROWS = 30;

  /** Headers that mean no column, and none at all. */
  private static final String[] NOISE_HEADERS = {
    "核查情况", "数据来源", "附件材料", "整改进度", "录入批次", "", "", "Remark", "其他", "核对\n结果", "自查（是/否）"
  };

  /** Stray text: words that occur in no generated table. */
  private static final String[] STRAY = {
    "见附件鑫淼", "待核犇", "已报骉办", "Q3 复核", "焱垚备查", "参照上年淼", "　矗立核实　", "鑫\n淼"
  };

  /** Odd values: what a reader might take for markers, levels, notes or numbers. */
  private static final String[] ODD = {
    "1.",
    "（1）",
    "①",
    "★",
    "☆☆",
    "高",
    "二级",
    "—",
    "/",
    "0",
    "3.5%",
    "2026-03-02",
    "=A1+B1",
    "#N/A",
    "TRUE",
    "一是",
    "备注：已核实",
    "注：见附件",
    "说明",
    "1.1",
    "●",
    "；",
    "（高）",
    "是",
    "否",
    "x"
  };

  private static final String[] LEVELS = {"高", "中", "低", "一般", "★★★", "★", "一级", "三级风险"};

  private static final String[] CATEGORIES = {"制度机制", "岗位职责类", "外部环境风险", "思想道德", "业务流程"};

  private static final String[] NOTES = {
    "备注：本表由各科室填报。", "注：高风险点每季度检查一次。", "填表人：鑫淼　审核人：焱垚", "本表一式两份，报纪检组备案。"
  };

  /** Problems that say a whole row was not taken. */
  private static final Set<ProblemCode> ROW_SKIPS =
      EnumSet.of(
          ProblemCode.NOTE_ROW_SKIPPED,
          ProblemCode.SECTION_ROW_SKIPPED,
          ProblemCode.REPEATED_HEADER_SKIPPED);

  /** Columns whose cells the reader splits into names and roles, which may come out reordered. */
  private static final Set<AnnexColumn> PEOPLE =
      EnumSet.of(
          AnnexColumn.LEADER,
          AnnexColumn.OWNER,
          AnnexColumn.HOLDER,
          AnnexColumn.RESPONSIBLE,
          AnnexColumn.SUPERVISOR);

  /** List markers and level marks, which the reader takes out of the texts it splits. */
  private static final Pattern MARKS =
      Pattern.compile(
          "\\d+\\.\\d+|\\d+[.、）)]|[（(]\\d+[）)]|[\u2460-\u2473]|[一二三四五六七八九十]+是"
              + "|第[一二三四五六七八九十]+[，,、]|[●•·★☆]|[（(](?:高|中|低|一般|[一二三]级)(?:风险)?[）)]");

  private static final Pattern NUMBER = Pattern.compile("\\d+");

  static LongStream seeds() {
    return LongStream.range(0, 256);
  }

  static LongStream xlsSeeds() {
    return seeds().filter(s -> s % 8 == 0);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyCellOfADataRowIsReadOrReported(long seed) throws IOException {
    Drawn d = draw(seed);
    assertAccounted(seed, d, read(d.books().xlsx()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("xlsSeeds")
  void everyCellOfALegacyXlsDataRowIsReadOrReported(long seed) throws IOException {
    Drawn d = draw(seed);
    assertAccounted(seed, d, read(d.books().xls()));
  }

  /** A share of the seeds with every layout variation on, also those today's reader misreads. */
  static LongStream everyVariationSeeds() {
    return seeds().filter(s -> s % 4 == 1);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("everyVariationSeeds")
  void everyCellIsReadOrReportedInEveryLayoutVariation(long seed) throws IOException {
    Drawn d = draw(seed, ForeignLayouts.seeded(seed).with(ForeignLayouts.Variation.values()));
    assertAccounted(seed, d, read(d.books().xlsx()));
  }

  static AnnexReadResult read(byte[] book) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(book));
  }

  // ------------------------------------------------------------------ drawing

  /** A sheet as drawn and roughened: cells, merges, where the body starts and the noise cells. */
  static final class Drawn {
    final String sheet;
    final List<String[]> rows;
    final List<int[]> merges;
    final List<String> features;

    /** The 0-based index of the first row under the header band. */
    int body;

    /** The cells this test put in, as {row, column} (0-based), to be found exactly. */
    final Set<List<Integer>> noise = new HashSet<>();

    /** What each column was drawn as: a canonical column's name, an extra's header, or NOISE. */
    final List<String> drawnAs = new ArrayList<>();

    Drawn(ForeignTable t) {
      this.sheet = t.getSheetName();
      this.rows = t.getCells();
      this.merges = new ArrayList<>();
      for (String m : t.getMerges()) {
        merges.add(Objects.requireNonNull(CellRefs.range(m)));
      }
      this.features = new ArrayList<>(t.getFeatures());
      this.body = t.getRowNumbers().isEmpty() ? rows.size() : t.getRowNumbers().get(0) - 1;
      for (String f : features) {
        if (f.startsWith("columns:")) {
          drawnAs.addAll(Arrays.asList(f.substring("columns:".length()).split(" ")));
        }
      }
      if (features.stream().anyMatch(f -> f.startsWith("sequence:added"))) {
        drawnAs.add(0, AnnexColumn.SEQUENCE.name());
      }
    }

    /** The column drawn as a canonical column, or -1. */
    int columnOf(AnnexColumn col) {
      return drawnAs.size() == width() ? drawnAs.indexOf(col.name()) : -1;
    }

    int width() {
      return rows.isEmpty() ? 0 : rows.get(0).length;
    }

    /** Inserts an empty column before column {@code at}, widening merges across it. */
    void insertColumn(int at) {
      for (int r = 0; r < rows.size(); r++) {
        String[] old = rows.get(r);
        String[] now = new String[old.length + 1];
        System.arraycopy(old, 0, now, 0, at);
        now[at] = "";
        System.arraycopy(old, at, now, at + 1, old.length - at);
        rows.set(r, now);
      }
      for (int[] m : merges) {
        if (m[1] >= at) {
          m[1]++;
          m[3]++;
        } else if (m[3] >= at) {
          m[3]++;
        }
      }
      Set<List<Integer>> moved = new HashSet<>();
      for (List<Integer> n : noise) {
        moved.add(List.of(n.get(0), n.get(1) >= at ? n.get(1) + 1 : n.get(1)));
      }
      noise.clear();
      noise.addAll(moved);
      if (drawnAs.size() >= at) {
        drawnAs.add(at, "NOISE");
      }
    }

    /** Inserts a row before row {@code at}; only where no merge spans the boundary. */
    void insertRow(int at, String[] cells) {
      rows.add(at, cells);
      for (int[] m : merges) {
        if (m[0] >= at) {
          m[0]++;
          m[2]++;
        }
      }
      Set<List<Integer>> moved = new HashSet<>();
      for (List<Integer> n : noise) {
        moved.add(List.of(n.get(0) >= at ? n.get(0) + 1 : n.get(0), n.get(1)));
      }
      noise.clear();
      noise.addAll(moved);
    }

    /** Tells whether rows {@code at - 1} and {@code at} are held together by no merge. */
    boolean freeBoundary(int at) {
      for (int[] m : merges) {
        if (m[0] < at && m[2] >= at) {
          return false;
        }
      }
      return true;
    }

    /** Tells whether a cell lies in a merged range without being its top-left cell. */
    boolean covered(int r, int c) {
      for (int[] m : merges) {
        if (r >= m[0] && r <= m[2] && c >= m[1] && c <= m[3] && (r != m[0] || c != m[1])) {
          return true;
        }
      }
      return false;
    }

    void put(int r, int c, String text) {
      rows.get(r)[c] = text;
      noise.add(List.of(r, c));
    }

    Books books() {
      Books b = new Books();
      Books.SheetSpec s = b.sheet(sheet);
      rows.forEach(s::row);
      for (int[] m : merges) {
        s.merge(CellRefs.cell(m[1], m[0] + 1) + ":" + CellRefs.cell(m[3], m[2] + 1));
      }
      return b;
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder("sheet ").append(sheet).append('\n');
      sb.append("features ").append(features).append('\n');
      sb.append("merges");
      for (int[] m : merges) {
        sb.append(' ')
            .append(CellRefs.cell(m[1], m[0] + 1))
            .append(':')
            .append(CellRefs.cell(m[3], m[2] + 1));
      }
      sb.append('\n');
      for (int r = 0; r < rows.size(); r++) {
        sb.append(r + 1).append(r == body ? "*" : "").append(": ");
        String[] row = rows.get(r);
        for (int c = 0; c < row.length; c++) {
          sb.append(c > 0 ? " | " : "").append(row[c].replace("\n", "⏎"));
        }
        sb.append('\n');
      }
      return sb.toString();
    }
  }

  static Drawn draw(long seed) {
    return draw(seed, ForeignLayouts.seeded(seed));
  }

  /** Draws the seed's table in the given layouts, then roughens it. */
  static Drawn draw(long seed, ForeignLayouts layouts) {
    Ledger ledger = LedgerGenerator.generate(seed);
    SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 0x2545F4914F6CDD1DL);
    AnnexKind kind = KINDS[(int) Math.floorMod(seed, (long) KINDS.length)];
    List<AnnexRow> rows = AnnexTables.rows(ledger, kind);
    for (int k = 1; rows.isEmpty() && k < KINDS.length; k++) {
      kind = KINDS[(int) Math.floorMod(seed + k, (long) KINDS.length)];
      rows = AnnexTables.rows(ledger, kind);
    }
    int size = Math.min(rows.size(), r.nextInt(1, MAX_ROWS + 1));
    int from = r.nextInt(rows.size() - size + 1);
    ForeignTable table = layouts.table(kind, rows.subList(from, from + size));
    Drawn d = new Drawn(table);
    List<Integer> dataRows = new ArrayList<>();
    table.getRowNumbers().forEach(n -> dataRows.add(n - 1));
    roughen(d, dataRows, r);
    return d;
  }

  /** Adds the noise: columns, stray cells, inserted rows and lines under the table. */
  private static void roughen(Drawn d, List<Integer> data, SplittableRandom r) {
    boolean twoRows =
        d.features.stream().anyMatch(f -> f.startsWith("header:") && !f.endsWith("single"));
    int headerRow = d.body - 1;
    int columns = r.nextInt(0, 4);
    for (int k = 0; k < columns; k++) {
      int at = r.nextInt(0, 5) == 0 ? d.width() : r.nextInt(1, d.width() + 1);
      d.insertColumn(at);
      String header = pick(r, NOISE_HEADERS);
      d.rows.get(headerRow)[at] = header;
      d.features.add("noise-column:" + CellRefs.column(at) + "=" + header.replace("\n", "⏎"));
      String[] pool = pool(r);
      double fill = new double[] {0.3, 0.7, 1.0}[r.nextInt(3)];
      for (int row : data) {
        if (r.nextDouble() < fill) {
          d.put(row, at, pick(r, pool));
        }
      }
    }
    if (r.nextInt(3) == 0) {
      // a column under no header at all, right of the table, with a few stray cells
      int at = d.width() + r.nextInt(0, 2);
      while (d.width() <= at) {
        d.insertColumn(d.width());
      }
      d.features.add("stray-column:" + CellRefs.column(at));
      for (int k = r.nextInt(1, 4); k > 0; k--) {
        d.put(pick(r, data), at, pick(r, STRAY));
      }
    }
    // text typed into empty cells of data rows (a blank level, an extra left empty …)
    for (int k = r.nextInt(0, 4); k > 0; k--) {
      int row = pick(r, data);
      int c = r.nextInt(d.width());
      if (d.rows.get(row)[c].isBlank() && !d.covered(row, c)) {
        d.put(row, c, r.nextBoolean() ? pick(r, STRAY) : pick(r, ODD));
        d.features.add("stray:" + CellRefs.cell(c, row + 1));
      }
    }
    int measures = d.columnOf(AnnexColumn.MEASURES);
    int title = d.columnOf(AnnexColumn.RISK_POINT);
    if (measures >= 0 && title >= 0 && r.nextInt(3) == 0) {
      // a further measure on a row of its own, with a cell of its own beside it (a 责任人, a level)
      int i = r.nextInt(data.size());
      int at = data.get(i) + 1;
      if (d.freeBoundary(at)) {
        String[] line = new String[d.width()];
        Arrays.fill(line, "");
        d.insertRow(at, line);
        shift(data, at);
        d.put(at, measures, "鑫淼复核" + (r.nextBoolean() ? "" : "；焱垚备案"));
        List<Integer> others = new ArrayList<>();
        for (int c = 0; c < d.width(); c++) {
          String role = d.drawnAs.get(c);
          if (c != measures && c != title && !role.equals("SEQUENCE") && !role.equals("NOISE")) {
            others.add(c);
          }
        }
        if (!others.isEmpty()) {
          int c = pick(r, others);
          d.put(at, c, r.nextBoolean() ? pick(r, STRAY) : pick(r, ODD));
        }
        boolean merged = r.nextBoolean();
        if (merged) {
          d.merges.add(new int[] {at - 1, title, at, title}); // the risk point merged over both
        }
        d.features.add("continuation:" + (at + 1) + (merged ? " under a merged risk point" : ""));
      }
    }
    if (!twoRows && data.size() >= 2 && r.nextInt(4) == 0) {
      int at = data.get(r.nextInt(1, data.size()));
      if (d.freeBoundary(at)) {
        d.insertRow(at, d.rows.get(headerRow).clone());
        shift(data, at);
        d.features.add("repeated-header:" + (at + 1));
      }
    }
    if (data.size() >= 2 && d.width() >= 6 && r.nextInt(4) == 0) {
      int at = data.get(r.nextInt(1, data.size()));
      if (d.freeBoundary(at)) {
        String[] section = new String[d.width()];
        Arrays.fill(section, "");
        section[0] = "二、其他风险点";
        d.insertRow(at, section);
        d.merges.add(new int[] {at, 0, at, d.width() - 1});
        d.noise.add(List.of(at, 0));
        shift(data, at);
        d.features.add("section:" + (at + 1));
      }
    }
    for (int k = r.nextInt(0, 3); k > 0; k--) {
      String[] line = new String[d.width()];
      Arrays.fill(line, "");
      int c = r.nextInt(3) == 0 ? r.nextInt(d.width()) : 0;
      line[c] = pick(r, NOTES);
      d.rows.add(line);
      d.noise.add(List.of(d.rows.size() - 1, c));
      d.features.add("line:" + d.rows.size());
    }
  }

  private static void shift(List<Integer> data, int at) {
    for (int i = 0; i < data.size(); i++) {
      if (data.get(i) >= at) {
        data.set(i, data.get(i) + 1);
      }
    }
  }

  private static String[] pool(SplittableRandom r) {
    switch (r.nextInt(5)) {
      case 0:
        return LEVELS;
      case 1:
        return CATEGORIES;
      case 2:
        return ODD;
      default:
        return STRAY;
    }
  }

  private static <T> T pick(SplittableRandom r, T[] values) {
    return values[r.nextInt(values.length)];
  }

  private static <T> T pick(SplittableRandom r, List<T> values) {
    return values.get(r.nextInt(values.size()));
  }

  // ------------------------------------------------------------------ accounting

  private static void assertAccounted(long seed, Drawn d, AnnexReadResult result) {
    assertThat(result.getTables())
        .as("seed %d: the table was not found%n%s%nproblems: %s", seed, d, result.getProblems())
        .containsKey(d.sheet);
    List<String> lost = lost(d, result);
    assertThat(lost)
        .as("seed %d lost cells without a word:%n%s%nproblems: %s", seed, d, result.getProblems())
        .isEmpty();
  }

  /** Every cell under the header band that is neither carried by a row read nor reported. */
  static List<String> lost(Drawn d, AnnexReadResult result) {
    Map<Integer, List<LocatedRow>> readAt = new HashMap<>();
    for (LocatedRow row : result.getRows()) {
      if (row.getSheet().equals(d.sheet)) {
        readAt.computeIfAbsent(row.getRowNumber(), k -> new ArrayList<>()).add(row);
        for (int n : row.getContinuationRows()) {
          readAt.computeIfAbsent(n, k -> new ArrayList<>()).add(row);
        }
      }
    }
    Set<Integer> skipped = new HashSet<>();
    Set<String> named = new HashSet<>();
    for (Finding p : result.getProblems()) {
      if (!ReadFindings.at(p).sheet().equals(java.util.Optional.of(d.sheet))) {
        continue;
      }
      if (ReadFindings.at(p).row().isPresent()
          && (ProblemCode.isRowDropped(p) || ROW_SKIPS.contains(p.getCode()))) {
        skipped.add(ReadFindings.at(p).row().getAsInt());
      }
      ReadFindings.at(p).cell().ifPresent(named::add);
    }
    Map<Integer, AnnexColumn> roles = new HashMap<>();
    Map<AnnexColumn, Integer> header = result.getHeaderColumns().getOrDefault(d.sheet, Map.of());
    header.forEach((col, c) -> roles.put(c, col));
    List<String> lost = new ArrayList<>();
    for (int r = d.body; r < d.rows.size(); r++) {
      String[] cells = d.rows.get(r);
      int number = r + 1;
      for (int c = 0; c < cells.length; c++) {
        String text = norm(cells[c]);
        if (text.isEmpty()
            || skipped.contains(number)
            || named.contains(CellRefs.cell(c, number))) {
          continue;
        }
        List<LocatedRow> read = readAt.getOrDefault(number, List.of());
        AnnexColumn role = roles.get(c);
        boolean exact = d.noise.contains(List.of(r, c)) && role == null;
        if (!carries(read, text, role, exact)) {
          lost.add(
              CellRefs.cell(c, number)
                  + (exact ? " (noise)" : "")
                  + " «"
                  + cells[c].replace("\n", "⏎")
                  + "» read as "
                  + (read.isEmpty() ? "nothing" : describe(read)));
        }
      }
    }
    return lost;
  }

  private static boolean carries(
      List<LocatedRow> read, String text, AnnexColumn role, boolean exact) {
    if (read.isEmpty()) {
      return false;
    }
    List<String> texts = new ArrayList<>();
    for (LocatedRow row : read) {
      texts.addAll(texts(row));
    }
    for (String t : texts) {
      if (norm(t).contains(text)) {
        return true;
      }
    }
    if (role == AnnexColumn.LEVEL) {
      return read.stream().allMatch(row -> row.getRow().getLevel().isPresent());
    }
    if (role == AnnexColumn.CATEGORY) {
      return read.stream().allMatch(row -> row.getRow().getCategory().isSpecified());
    }
    if (exact) {
      return false;
    }
    if (role == AnnexColumn.SEQUENCE) {
      return NUMBER.matcher(text).matches();
    }
    String all = sig(String.join("", texts));
    String own = sig(text);
    if (all.contains(own)) { // also a cell of marks and punctuation alone, which says nothing
      return true;
    }
    return role != null && PEOPLE.contains(role) && letters(all).containsAll(own);
  }

  /** The texts a row read carries: every field, each measure and indicator, the extras. */
  private static List<String> texts(LocatedRow located) {
    AnnexRow row = located.getRow();
    List<String> out = new ArrayList<>();
    out.add(row.getOwnerName());
    row.getLeaderRole().ifPresent(out::add);
    row.getDepartment().ifPresent(out::add);
    out.add(String.join("", row.getHolders()));
    row.getPowerItem().ifPresent(out::add);
    if (row.getCategory().isSpecified()) {
      out.add(row.getCategory().displayName());
    }
    out.add(row.getTitle());
    row.getManifestation().ifPresent(out::add);
    row.getLevel().ifPresent(l -> out.add(l.displayName()));
    out.add(String.join("", row.getMeasures()));
    row.getResponsible().ifPresent(out::add);
    row.getResponsibleRole().ifPresent(out::add);
    row.getSupervisor().ifPresent(out::add);
    row.getSupervisorRole().ifPresent(out::add);
    out.add(String.join("", row.getMonitoringIndicators()));
    row.getPointId().ifPresent(out::add);
    out.addAll(located.getExtras().values());
    return out;
  }

  private static String describe(List<LocatedRow> read) {
    StringBuilder sb = new StringBuilder();
    for (LocatedRow r : read) {
      sb.append(r.getRow()).append(" extras=").append(r.getExtras()).append(' ');
    }
    return sb.toString().strip();
  }

  /** The text without any white space, as cells are compared. */
  static String norm(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** The significant characters: letters and digits, list markers and level marks taken out. */
  static String sig(String text) {
    String t = MARKS.matcher(norm(text)).replaceAll("");
    StringBuilder sb = new StringBuilder(t.length());
    t.codePoints().filter(Character::isLetterOrDigit).forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** The characters of a text, as a multiset. */
  private static Map<Integer, Integer> counts(String text) {
    Map<Integer, Integer> m = new HashMap<>();
    text.codePoints().forEach(cp -> m.merge(cp, 1, Integer::sum));
    return m;
  }

  private static Letters letters(String text) {
    return new Letters(counts(text));
  }

  /** A multiset of characters that can tell whether it holds another text's. */
  private static final class Letters {
    final Map<Integer, Integer> counts;

    Letters(Map<Integer, Integer> counts) {
      this.counts = counts;
    }

    boolean containsAll(String text) {
      for (Map.Entry<Integer, Integer> e : counts(text).entrySet()) {
        if (counts.getOrDefault(e.getKey(), 0) < e.getValue()) {
          return false;
        }
      }
      return true;
    }
  }
}
