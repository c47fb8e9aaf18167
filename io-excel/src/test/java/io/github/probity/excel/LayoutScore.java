package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexText;
import io.github.probity.annex.Responsibility;
import io.github.probity.excel.UnseenLayoutsTest.E;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * How the layout tests score a read: every field of every expected row compared with the row read
 * for it, and every non-empty cell under a sheet's header either carried by a row or named by a
 * finding. One scorer for all layout tests, so that their accuracy figures mean the same thing.
 */
final class LayoutScore {

  /** The fields right out of all compared, what differed, the cells lost and the findings. */
  record Outcome(int right, int all, List<String> wrong, List<String> lost, String problems) {

    /** Whether every field is right and no cell is lost. */
    boolean clean() {
      return wrong.isEmpty() && lost.isEmpty();
    }

    /** Whether every expected row was read and no row was invented. */
    boolean rowsAccounted() {
      return wrong.stream().noneMatch(w -> w.contains("missing") || w.startsWith("unexpected row"));
    }

    /** Fails with the differences when the read is not clean. */
    void assertClean(Object name) {
      assertThat(wrong).as("fields of %s; problems %s", name, problems).isEmpty();
      assertThat(lost).as("cells of %s; problems %s", name, problems).isEmpty();
    }
  }

  private LayoutScore() {}

  /** Reads one case of a set into its outcome. */
  @FunctionalInterface
  interface Run<C> {
    Outcome apply(C c) throws IOException;
  }

  /**
   * Scores every case of a set (also one not yet read cleanly), prints the field accuracy, and
   * holds it at least at the figure measured when the set was last fixed, so that no change loses
   * ground there.
   */
  static <C> void holdsItsGround(Class<?> set, List<C> cases, Run<C> run, double floor)
      throws IOException {
    Map<String, Outcome> outcomes = new java.util.LinkedHashMap<>();
    for (C c : cases) {
      outcomes.put(c.toString(), run.apply(c));
    }
    assertThat(report(set.getSimpleName(), outcomes)).isGreaterThanOrEqualTo(floor);
  }

  /**
   * Reads one case and fails with its differences, unless it is among those not yet read cleanly.
   */
  static <C> void readsCleanly(C c, Run<C> run, java.util.Set<String> notYet) throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(!notYet.contains(c.toString()));
    run.apply(c).assertClean(c);
  }

  /**
   * Scores a read.
   *
   * @param rows the rows the workbook must give, in reading order
   * @param sheets each sheet's cells as written (a cell's text is its {@code toString()})
   * @param bodyStarts the first data row (1-based) of each sheet whose cells are accounted for
   * @param r what the reader gave
   */
  static Outcome score(
      List<E> rows,
      Map<String, List<Object[]>> sheets,
      Map<String, Integer> bodyStarts,
      AnnexReadResult r) {
    List<String> wrong = new ArrayList<>();
    int[] score = compare(rows, r, wrong);
    String problems =
        r.getProblems().stream()
            .map(p -> p.getCode().code() + "@" + p.getLocation().text())
            .collect(Collectors.joining(", "));
    return new Outcome(score[0], score[1], wrong, unaccounted(sheets, bodyStarts, r), problems);
  }

  /** The cells of a {@link Books} workbook, sheet by sheet. */
  static Map<String, List<Object[]>> cells(Books books) {
    Map<String, List<Object[]>> m = new LinkedHashMap<>();
    books.sheets().forEach(s -> m.put(s.name, new ArrayList<>(s.rows)));
    return m;
  }

  /**
   * Prints the field accuracy over the outcomes, how many read every row, and the differences of
   * each outcome that is not clean.
   *
   * @return the share of fields right, 0 to 1
   */
  static double report(String test, Map<String, Outcome> outcomes) {
    int right = 0;
    int all = 0;
    int whole = 0;
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, Outcome> e : outcomes.entrySet()) {
      Outcome o = e.getValue();
      right += o.right();
      all += o.all();
      whole += o.rowsAccounted() ? 1 : 0;
      if (!o.clean()) {
        out.append("  ").append(e.getKey()).append(": ").append(o.right()).append('/');
        out.append(o.all());
        o.wrong().forEach(w -> out.append("\n    field ").append(w));
        o.lost().forEach(w -> out.append("\n    lost cell ").append(w));
        out.append("\n    problems ").append(o.problems()).append('\n');
      }
    }
    double share = all == 0 ? 0 : (double) right / all;
    System.out.printf(
        "%s field accuracy: %d/%d = %.1f%%, every row read in %d/%d workbooks%n%s",
        test, right, all, 100 * share, whole, outcomes.size(), out);
    return share;
  }

  // ------------------------------------------------------------------ fields

  /**
   * Matches each expected row to the first unmatched read row of the same title (else the read row
   * at its position), then compares every field; fields read but not expected count as wrong.
   */
  private static int[] compare(List<E> rows, AnnexReadResult r, List<String> wrong) {
    List<LocatedRow> got = new ArrayList<>(r.getRows());
    int right = 0;
    int all = 0;
    for (int i = 0; i < rows.size(); i++) {
      E e = rows.get(i);
      Map<String, Object> want = fields(e);
      LocatedRow match = match(e, i, r.getRows(), got);
      if (match == null) {
        wrong.add("row " + i + " missing: " + e.title);
        all += want.size();
        continue;
      }
      got.remove(match);
      Map<String, Object> have = fields(match);
      for (Map.Entry<String, Object> w : want.entrySet()) {
        all++;
        Object h = have.get(w.getKey());
        if (Objects.equals(w.getValue(), h)) {
          right++;
        } else {
          wrong.add(
              "row %d (%s) %s: want %s, got %s".formatted(i, e.title, w.getKey(), w.getValue(), h));
        }
      }
      for (String k : have.keySet()) {
        if (!want.containsKey(k)) {
          all++;
          wrong.add("row %d (%s) unexpected %s=%s".formatted(i, e.title, k, have.get(k)));
        }
      }
    }
    for (LocatedRow l : got) {
      all++;
      wrong.add(
          "unexpected row " + l.getSheet() + "!" + l.getRowNumber() + ": " + l.getRow().getTitle());
    }
    return new int[] {right, all};
  }

  private static @Nullable LocatedRow match(
      E e, int i, List<LocatedRow> read, List<LocatedRow> unmatched) {
    for (LocatedRow l : unmatched) {
      if (l.getRow().getTitle().equals(e.title)) {
        return l;
      }
    }
    return i < read.size() && unmatched.contains(read.get(i)) ? read.get(i) : null;
  }

  private static Map<String, Object> fields(E e) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scope", e.scope);
    m.put("owner", AnnexPeople.displayName(e.owner));
    m.put("dept", Optional.ofNullable(e.dept));
    m.put("leaderRole", Optional.ofNullable(e.leaderRole));
    m.put("holders", e.holders);
    m.put("power", Optional.ofNullable(e.power));
    m.put("title", e.title);
    m.put("manifestation", Optional.ofNullable(e.manifestation));
    m.put("level", Optional.ofNullable(e.level));
    m.put("category", e.category);
    m.put("measures", e.measures);
    m.put("resp", Optional.ofNullable(e.resp));
    m.put("respRole", Optional.ofNullable(e.respRole));
    m.put("sup", Optional.ofNullable(e.sup));
    m.put("supRole", Optional.ofNullable(e.supRole));
    m.put("monitoring", e.monitoring);
    m.put("pointId", Optional.empty());
    e.extras.forEach((k, v) -> m.put("extra " + k, v));
    return m;
  }

  private static Map<String, Object> fields(LocatedRow l) {
    AnnexRow row = l.getRow();
    Responsibility who = AnnexPeople.responsibility(row);
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("scope", row.getScope());
    m.put("owner", AnnexPeople.displayName(row.getOwnerName()));
    m.put("dept", row.getDepartment());
    m.put("leaderRole", row.getLeaderRole());
    m.put("holders", row.getHolders().stream().map(AnnexPeople::displayName).toList());
    m.put("power", row.getPowerItem());
    m.put("title", row.getTitle());
    m.put("manifestation", row.getManifestation());
    m.put("level", row.getLevel());
    m.put("category", row.getCategory());
    m.put("measures", row.getMeasures());
    m.put("resp", who.getResponsibleName().map(AnnexPeople::displayName));
    m.put("respRole", who.getResponsibleRole());
    m.put("sup", who.getSupervisorName().map(AnnexPeople::displayName));
    m.put("supRole", who.getSupervisorRole());
    m.put("monitoring", row.getMonitoringIndicators());
    m.put("pointId", row.getPointId());
    l.getExtras().forEach((k, v) -> m.put("extra " + k, v));
    return m;
  }

  // ------------------------------------------------------------------ cell accounting

  /** List markers, bullets and bracketed level marks: a reader takes them off the text it keeps. */
  private static final Pattern MARKS =
      Pattern.compile(
          "\\d+\\.\\d+|\\d+[.．、）)丶]|(?<=[；;\\n])\\d+[，,]|^[lI][.、]|[（(][lI][）)]|[（(]\\d+[）)]|[（(][一二三四五六七八九十]+[）)]|[\u2460-\u2487]"
              + "|[a-zA-Z][.、)）](?=\\S)|[一二三四五六七八九十]+是|[第其][一二三四五六七八九十]+[，,、]"
              + "|[一二三四五六七八九十][、]|[●•·★☆■◆▲➢➤►▶❖—-]"
              + "|[【（(\\[](?:风险等级[:：])?(?:高|中|低|一般|[123一二三ⅠⅡⅢ]级)(?:风险)?[】）)\\]]"
              + "|其[他它](?=〖)"); // a form's "other" option before its own words: 其他〖…〗

  /** Separators, also those of a form's multiple-choice answer: ┋ | 〖…〗. */
  private static final Pattern SPLIT = Pattern.compile("[\\s\u3000、，,；;/／。：:（）()“”\"┋|〖〗]+");

  /** A label before a colon ("姓名：", "所在科室："), which names a value and is not one. */
  private static final Pattern LABEL = Pattern.compile("[^\\s\u3000：:]{1,6}[：:]");

  /**
   * The non-empty cells under each sheet's header that no row carries and no finding names; a row
   * that carries no risk point (a label row) is carried by the rows under it that hold its values.
   */
  private static List<String> unaccounted(
      Map<String, List<Object[]>> sheets, Map<String, Integer> bodyStarts, AnnexReadResult r) {
    List<String> lost = new ArrayList<>();
    sheets.forEach(
        (sheet, rows) -> {
          Integer start = bodyStarts.get(sheet);
          for (int i = start == null ? rows.size() : start - 1; i < rows.size(); i++) {
            lost.addAll(unaccounted(sheet, i + 1, rows.get(i), r));
          }
        });
    return lost;
  }

  private static List<String> unaccounted(
      String sheet, int number, Object[] cells, AnnexReadResult r) {
    List<LocatedRow> carriers =
        r.getRows().stream()
            .filter(
                l ->
                    l.getSheet().equals(sheet)
                        && (l.getRowNumber() == number || l.getContinuationRows().contains(number)))
            .toList();
    boolean label = carriers.isEmpty();
    if (label) {
      carriers =
          r.getRows().stream()
              .filter(l -> l.getSheet().equals(sheet) && l.getRowNumber() > number)
              .toList();
    }
    boolean scaled =
        r.getProblems().stream()
            .anyMatch(
                f ->
                    f.getCode() == ProblemCode.LEVEL_SCALE_DECIDED
                        && f.getLocation() instanceof Location.Cell at
                        && at.sheet().equals(Optional.of(sheet)));
    Set<String> scaleWords = new HashSet<>(); // 大, 小 of 大=高，中=一般，小=低
    for (Finding f : r.getProblems()) {
      if (f.getCode() == ProblemCode.LEVEL_SCALE_DECIDED
          && f.getLocation() instanceof Location.Cell at
          && at.sheet().equals(Optional.of(sheet))) {
        for (String said : at.rawValue().orElse("").split("[，,]")) {
          scaleWords.add(said.replaceFirst("=.*", "").strip());
        }
      }
    }
    List<String> lost = new ArrayList<>();
    for (int col = 0; col < cells.length; col++) {
      String t = cells[col] == null ? "" : cells[col].toString();
      if (t.isBlank()) {
        continue;
      }
      String ref = CellRefs.cell(col, number);
      if (!named(r, sheet, number, ref)
          && !carried(label ? LABEL.matcher(t).replaceAll(" ") : t, carriers, scaled, scaleWords)) {
        lost.add(sheet + "!" + ref + "=" + t);
      }
    }
    return lost;
  }

  private static boolean scopeWord(String text, OwnerScope scope) {
    try {
      return OwnerScope.parse(text) == scope;
    } catch (IllegalArgumentException ex) {
      return false;
    }
  }

  private static boolean named(AnnexReadResult r, String sheet, int number, String ref) {
    for (Finding f : r.getProblems()) {
      if (!(f.getLocation() instanceof Location.Cell at)
          || !at.sheet().equals(Optional.of(sheet))
          || at.row().isEmpty()
          || at.row().getAsInt() != number) {
        continue;
      }
      if (at.cell().equals(Optional.of(ref))) {
        return true;
      }
      if (at.cell().isEmpty()
          && (ProblemCode.isRowDropped(f) || f.getCode().code().endsWith("_SKIPPED"))) {
        return true;
      }
    }
    return false;
  }

  private static String halfWidthDigits(String t) {
    StringBuilder sb = new StringBuilder(t.length());
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      sb.append(c >= '０' && c <= '９' ? (char) (c - '０' + '0') : c);
    }
    return sb.toString();
  }

  private static boolean carried(
      String text, List<LocatedRow> carriers, boolean scaled, Set<String> scaleWords) {
    if (carriers.isEmpty()) {
      return false;
    }
    // what the reader reads alike: U+200B, &nbsp;, U+00A0 and full-width digits copied from the web
    String t = halfWidthDigits(AnnexText.clean(text));
    if (t.matches("\\d+|[1-9l][0-9lO]*|[一二三四五六七八九十]+|同上|空缺")) {
      return true; // a 序号 (1O, l2 as a scan reads it), an id or a level code; a ditto or a vacancy
    }
    if (t.matches("[√✓✔●○★☆]")
        && carriers.stream().anyMatch(l -> l.getRow().getLevel().isPresent())) {
      return true; // a tick in a level column
    }
    Optional<RiskLevel> level = TableReader.parseLevel(t);
    if (level.isPresent() && carriers.stream().anyMatch(l -> l.getRow().getLevel().equals(level))) {
      return true;
    }
    if ((level.isPresent() || scaleWords.contains(t))
        && scaled
        && carriers.stream().anyMatch(l -> l.getRow().getLevel().isPresent())) {
      return true; // a word read on the scale the column uses, which a finding states
    }
    if (carriers.stream().anyMatch(l -> scopeWord(t, l.getRow().getScope()))) {
      return true; // 领导班子, 班子成员 in a column that says whose the rows are
    }
    Optional<RiskCategory> cat = TableReader.parseCategory(t);
    if (cat.isPresent() && carriers.stream().anyMatch(l -> l.getRow().getCategory() == cat.get())) {
      return true;
    }
    StringBuilder hay = new StringBuilder();
    for (LocatedRow l : carriers) {
      fields(l).values().forEach(v -> hay.append(v).append('|'));
      AnnexRow row = l.getRow();
      row.getLeaderRole()
          .ifPresent(role -> hay.append(role).append(row.getOwnerName()).append('|'));
      // a 落实情况 cell is carried as the measures' states, not as an extra
      row.getMeasureStates()
          .forEach(m -> m.getStatus().ifPresent(st -> hay.append(st.displayName()).append('|')));
    }
    String h = halfWidthDigits(hay.toString()).replaceAll("[\\s\u3000]", "");
    // 风险点：… keeps no label, nor does 措施：… after a break in the same cell
    String unlabelled =
        t.replaceFirst("^[^：:\\n]{1,8}[：:]", "")
            .replaceAll("(?<=[\\s\u3000；;。])[^：:\\s\u3000；;。]{1,8}[：:]", " ");
    for (String token : SPLIT.split(MARKS.matcher(unlabelled).replaceAll(" "))) {
      if (!token.isBlank() && !h.contains(token)) {
        return false;
      }
    }
    return true;
  }
}
