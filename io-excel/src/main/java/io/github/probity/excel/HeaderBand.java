package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexText;
import io.github.probity.annex.HeaderMatch;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The header of one table: which row (or two rows) it is, found by content and never by position,
 * and which canonical column each sheet column means. Columns are placed by what their header means
 * ({@link AnnexColumn#candidates(String)}), the surest reading first; a column that means nothing,
 * or a column already taken, is kept as an extra. Where no column holds risk points, the column of
 * their manifestation ({@code 廉政风险点表现形式}) does; a second risk point column describes them. A level
 * group label over one column per level ({@code 风险等级} over {@code 高 · 中 · 低}) makes tick columns,
 * and a header of two meanings joined by a slash ({@code 责任人/责任领导}) a split column. One instance
 * per table, one thread.
 */
final class HeaderBand {
  /** Header cells are short; longer texts are titles or notes. */
  private static final int MAX_HEADER_LENGTH = 24;

  /** The score at which a lower header row's label surely means a column. */
  private static final double SURE = 0.8;

  /** Marks that end or join clauses: a cell holding one is a sentence, not a header label. */
  private static final String SENTENCE_MARKS = "：:，,。；;！？!?";

  /** A header numbered at its end: {@code 风险点1}, {@code 风险点（二）}, {@code 廉政风险点③}. */
  private static final Pattern NUMBERED =
      Pattern.compile("(.{2,12}?)[（(]?([1-9]|[一二三四五六七八九]|[\u2460-\u2468])[)）]?");

  /** What follows a category's name in a header of one column per category: 风险, 风险点, 类风险. */
  private static final Pattern CATEGORY_HEADER = Pattern.compile("(.{2,6}?)(?:类|方面)?(?:的)?风险点?");

  /** The fewest columns, one per category, that make a row of risks by category. */
  private static final int MIN_CATEGORY_COLUMNS = 3;

  private static final Set<AnnexColumn> CORE =
      EnumSet.of(AnnexColumn.RISK_POINT, AnnexColumn.MANIFESTATION, AnnexColumn.MEASURES);

  /** A placed column, or a note on how it was placed, to report once the table is known. */
  static final class Note {
    final ProblemCode code;
    final int row;
    final int column;
    final String value;

    Note(ProblemCode code, int row, int column, String value) {
      this.code = code;
      this.row = row;
      this.column = column;
      this.value = value;
    }
  }

  final Map<AnnexColumn, List<Integer>> columns = new EnumMap<>(AnnexColumn.class);

  /**
   * The 0-based columns the sheet hides. A hidden column yields a role to a visible one of the same
   * meaning and is never promoted to a second role (last year's 风险点 kept hidden beside this
   * year's): it travels as an extra.
   */
  final java.util.BitSet hidden = new java.util.BitSet();

  /**
   * The risk point columns of a row that holds several points side by side, by column, each with
   * the category its header names ({@link RiskCategory#UNSPECIFIED} for a numbered family): {@code
   * 风险点1 · 风险点2 · 风险点3}, or one column per category ({@code 岗位职责风险 · 业务流程风险 · 外部环境风险}). Empty for a
   * table of one point a row.
   */
  final Map<Integer, RiskCategory> pointFamily = new LinkedHashMap<>();

  /**
   * The level each tick column stands for, where the level is a group label over one column per
   * level ({@code 风险等级} over {@code 高 · 中 · 低}, a mark under the level that applies); empty
   * otherwise. The tick columns are then the {@link AnnexColumn#LEVEL} column's sources.
   */
  final Map<Integer, RiskLevel> ticks = new HashMap<>();

  /**
   * The columns a header of two meanings joined by a slash holds, in the order it names them
   * ({@code 责任人/责任领导} over {@code 李华/张明}); each cell is split at its slash the same way.
   */
  final Map<Integer, List<AnnexColumn>> splits = new HashMap<>();

  /** The columns kept as extras, in sheet order. */
  final List<Integer> extras = new ArrayList<>();

  /**
   * The department columns left of the department column proper, each naming the body the one on
   * its right belongs to (处室 · 科室, 学院 · 系 · 教研室): kept as extras, and the row's department where
   * every column right of it is blank.
   */
  final Set<Integer> parentDepartments = new HashSet<>();

  /**
   * The column naming the phase of each row's measures ({@code 防控环节} of 事前 / 事中 / 事后, one row per
   * phase under a merged risk point), whose cell heads the row's measures; -1 where there is none.
   */
  int phaseColumn = -1;

  /**
   * The option each column of a form's multiple-choice question exported one column per option
   * ({@code 风险类别:岗位职责}, {@code 防控措施:定期轮岗}) stands for, by column; its cells tick the option.
   */
  final Map<Integer, String> options = new HashMap<>();

  /** The column each option column's question means: the category or the measures. */
  private final Map<Integer, AnnexColumn> optionRoles = new HashMap<>();

  /** Whether the risk point column's header says a cell holds several answers ({@code （可填多条）}). */
  boolean severalPoints;

  /**
   * The level column's own words, decided once per sheet from its header and cells, read before the
   * common level words: codes 1/2/3 (by the header's legend, or 1 = 一级 = 高), and 黄 of a 红/黄/蓝 scale
   * (一般, where 红/橙/黄 makes it 低).
   */
  final Map<String, RiskLevel> levelScale = new HashMap<>();

  /** The extra columns whose header names a date and whose cells are date serial numbers. */
  final Set<Integer> dateSerials = new HashSet<>();

  /** The header text of each column as printed ("上/下" for two rows). */
  final List<String> texts = new ArrayList<>();

  final List<Note> notes = new ArrayList<>();

  /** The header rows' own texts, cleaned, to tell a repeated header from data. */
  private String[] upperTexts = new String[0];

  private String[] lowerTexts = new String[0];
  private List<String> extraKeys = List.of();

  /** The 1-based row each column's header text was read from. */
  int[] headerRows = new int[0];

  private final ReaderConfig config;

  HeaderBand(ReaderConfig config) {
    this.config = config;
  }

  /**
   * Tells whether a row can be a table's header: two distinct short texts that mean columns, one of
   * them the risk point, its manifestation or the measures.
   */
  boolean isHeader(String[] cells) {
    if (!mostlyLabels(cells)) {
      return false;
    }
    Set<AnnexColumn> roles = roles(cells);
    return roles.size() >= 2 && roles.stream().anyMatch(CORE::contains);
  }

  /**
   * The column a label cell of a form, or of a table laid on its side, means: its text without a
   * closing colon or a number after it ({@code 风险点：}, {@code 风险点2}), if short and accepted as a
   * header surely (a value such as 审计复核 may mean a column only faintly); else null. Used only on
   * the first rows of a sheet and on the lines of a form.
   */
  @Nullable AnnexColumn label(@Nullable String text) {
    String t = labelText(text);
    if (t.isEmpty() || !isShortLabel(t)) {
      return null;
    }
    HeaderMatch m = best(t);
    return m == null || m.getScore() < SURE ? null : m.getColumn();
  }

  /** A label cell's text without a closing colon or a number after it; empty for a blank cell. */
  static String labelText(@Nullable String text) {
    if (text == null) {
      return "";
    }
    String t = AnnexText.clean(text);
    int end = t.length();
    while (end > 0 && (t.charAt(end - 1) == '：' || t.charAt(end - 1) == ':')) {
      end--;
    }
    int bare = end;
    while (bare > 0 && Character.isDigit(t.charAt(bare - 1))) {
      bare--;
    }
    return t.substring(0, bare > 0 ? bare : end).strip();
  }

  /** Tells whether a text is short enough, and free of sentence marks, to name a field. */
  static boolean isFieldName(String text) {
    return isShortLabel(labelText(text));
  }

  /** The columns a row's distinct short texts mean. */
  Set<AnnexColumn> roles(String[] cells) {
    Set<AnnexColumn> roles = EnumSet.noneOf(AnnexColumn.class);
    Set<String> seen = new HashSet<>();
    Set<String> groups = optionGroups(cells);
    for (String c : cells) {
      if (c == null
          || c.isBlank()
          || !(isShortLabel(c) || config.mapped(c) || inGroups(c, groups))
          || !seen.add(c)) {
        continue;
      }
      HeaderMatch m = best(c);
      if (m != null) {
        roles.add(m.getColumn());
      }
    }
    return roles;
  }

  /**
   * The first column of each copy where a header band prints one table's header two or more times
   * side by side (a table printed in halves to fit the page, the right half's rows being further
   * rows of the table): the band's labels, left to right, fall into equal runs of the same labels
   * (the same text, or surely the same column), each run a table's header on its own, perhaps with
   * blank spacer columns between them. The first copy starts at column 0. Null for any other
   * header: one whose columns merely repeat a word (two 时间 columns) is one table's.
   *
   * @param upper the upper (or only) header row, merged cells filled
   * @param lower the lower header row, or null
   */
  int @Nullable [] copies(String[] upper, String @Nullable [] lower) {
    int width = Math.max(upper.length, lower == null ? 0 : lower.length);
    List<Integer> at = new ArrayList<>();
    List<String> keys = new ArrayList<>();
    List<String> labels = new ArrayList<>();
    for (int c = 0; c < width; c++) {
      String top = c < upper.length && upper[c] != null ? ColumnContent.compact(upper[c]) : "";
      String sub =
          lower != null && c < lower.length && lower[c] != null
              ? ColumnContent.compact(lower[c])
              : "";
      if (top.isEmpty() && sub.isEmpty()) {
        continue;
      }
      at.add(c);
      keys.add(top + '\n' + sub);
      labels.add(sub.isEmpty() ? top : sub);
    }
    int n = keys.size();
    for (int copies = n / 2; copies >= 2; copies--) {
      int k = n / copies;
      if (n % copies != 0 || !repeats(keys, labels, k)) {
        continue;
      }
      int[] starts = new int[copies];
      boolean headers = true;
      for (int g = 0; g < copies && headers; g++) {
        starts[g] = g == 0 ? 0 : at.get(g * k);
        headers = isHeader(labels.subList(g * k, g * k + k).toArray(new String[0]));
      }
      if (headers) {
        return starts;
      }
    }
    return null;
  }

  /** Tells whether each run of {@code k} labels repeats the first run. */
  private boolean repeats(List<String> keys, List<String> labels, int k) {
    boolean records = false; // a run with a risk point column of its own is a whole record
    for (int i = 0; i < k; i++) {
      HeaderMatch m = best(labels.get(i));
      records |= m != null && m.getColumn() == AnnexColumn.RISK_POINT && m.getScore() >= SURE;
    }
    for (int i = k; i < keys.size(); i++) {
      int j = i % k;
      if (keys.get(i).equals(keys.get(j))) {
        continue;
      }
      String topI = keys.get(i).substring(0, keys.get(i).indexOf('\n'));
      String topJ = keys.get(j).substring(0, keys.get(j).indexOf('\n'));
      if (!records
          && !topI.equals(topJ)
          && !topI.equals(labels.get(i))
          && !topJ.equals(labels.get(j))) {
        return false; // 一季度 · 二季度 over the same columns: periods of one row, not copies
      }
      HeaderMatch a = best(labels.get(j));
      HeaderMatch b = best(labels.get(i));
      if (a == null
          || b == null
          || a.getColumn() != b.getColumn()
          || a.getScore() < SURE
          || b.getScore() < SURE) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether the row above the header is an upper band of it (group labels such as {@code
   * 风险信息} over {@code 风险点 · 等级}) rather than a title: two or more distinct short labels.
   */
  static boolean isUpperBand(MergeFiller.Filled above, int aboveIndex, MergeFiller.Filled header) {
    Set<String> distinct = new HashSet<>();
    for (String c : above.values) {
      if (c == null || c.isBlank()) {
        continue;
      }
      if (!isShortLabel(c)) {
        return false;
      }
      distinct.add(AnnexText.clean(c));
    }
    return distinct.size() >= 2
        && (joinedTo(above, aboveIndex, header) || numbersQuestions(above, header));
  }

  /**
   * Tells whether a band numbers the questions under it, as a form's export prints them ({@code
   * 第1题} over {@code 所在科室}), and names the platform's own columns where the header row is blank
   * ({@code 提交时间} over nothing): every text over a header text is a question's number, and one at
   * least stands over a blank.
   */
  private static boolean numbersQuestions(MergeFiller.Filled above, MergeFiller.Filled header) {
    boolean ownColumn = false;
    boolean numbered = false;
    for (int c = 0; c < above.values.length; c++) {
      String a = above.values[c] == null ? "" : AnnexText.clean(above.values[c]);
      String h =
          c < header.values.length && header.values[c] != null
              ? AnnexText.clean(header.values[c])
              : "";
      if (a.isEmpty()) {
        continue;
      }
      if (h.isEmpty()) {
        ownColumn = true;
      } else if (QUESTION_NUMBER.matcher(a).matches()) {
        numbered = true;
      } else {
        return false;
      }
    }
    return ownColumn && numbered;
  }

  /** A question's number alone: 第1题, Q1, 题1. */
  private static final Pattern QUESTION_NUMBER =
      Pattern.compile("第\\s*\\d{1,3}\\s*题|[QqＱ]\\s*\\d{1,3}|题\\s*\\d{1,3}");

  /**
   * Tells whether a band is joined to the header under it as header bands are: a cell merged down
   * into the header row, or a group label merged across two or more columns.
   */
  private static boolean joinedTo(
      MergeFiller.Filled above, int aboveIndex, MergeFiller.Filled header) {
    for (int c = 0; c < header.mergeTop.length; c++) {
      if (header.mergeTop[c] == aboveIndex) {
        return true;
      }
    }
    for (int c = 0; c + 1 < above.values.length; c++) {
      if (above.mergeTop[c] == aboveIndex
          && above.mergeTop[c + 1] == aboveIndex
          && !above.values[c].isBlank()
          && above.values[c].equals(above.values[c + 1])) {
        return true;
      }
    }
    return false;
  }

  /**
   * Tells whether the row under the header completes it: each of its own texts means a column and
   * at least one adds to the header above.
   */
  boolean isLowerBand(String[] first, String[] own) {
    Set<String> distinct = new HashSet<>();
    for (String t : own) {
      if (t != null && !t.isBlank()) {
        distinct.add(AnnexText.clean(t));
      }
    }
    if (distinct.size() < 2) {
      return false; // a section row such as 一、领导班子 is no header
    }
    boolean adds = false;
    boolean allGrouped = true;
    int labels = 0;
    int meaning = 0;
    for (int c = 0; c < own.length; c++) {
      String text = own[c];
      if (text == null || text.isBlank()) {
        continue;
      }
      if (!isShortLabel(text) || startsWithDigit(text)) {
        return false; // a sequence number or a numbered list: a data row
      }
      labels++;
      String above = c < first.length && first[c] != null ? AnnexText.clean(first[c]) : "";
      boolean grouped = isGroupLabel(first, c);
      if (!grouped && !above.isEmpty() && !above.equals(AnnexText.clean(text))) {
        HeaderMatch a = best(above);
        if (a != null && a.getScore() >= SURE) {
          return false; // a value under a header of its own column: data
        }
      }
      allGrouped &= grouped;
      if (grouped && tickOf(above, text) != null) {
        meaning++; // 高 · 中 · 低 under 风险等级: one column per level
        adds = true;
        continue;
      }
      HeaderMatch m = best(text);
      if (m == null || m.getScore() < SURE) {
        continue; // 创建时间, 联系电话: headers of extras
      }
      meaning++;
      if (best(above) == null || !above.equals(AnnexText.clean(text))) {
        adds = true;
      }
    }
    // two labels at least surely mean columns, two thirds of all (or half, if three or more do),
    // or the labels all sit under group labels (风险评估 over 分管领导人 · 联系电话), or the same
    // labels repeat under each of several group labels (一季度 · 二季度 over 落实情况 · 存在问题)
    return adds
            && (meaning >= 2 && (meaning * 3 >= labels * 2 || meaning >= 3 && meaning * 2 >= labels)
                || meaning >= 1 && allGrouped)
        || allGrouped && repeatsUnderGroups(first, own)
        || allGrouped
            && labels >= 2
            && distinct.size() == labels
            && namesEverySubColumn(first, own);
  }

  /**
   * Tells whether a row gives a label, and only one, to every column under the group labels above
   * it, and none elsewhere: 掌握人财物 · 自由裁量权大 · 易谋私利 under a merged 评定要素, the columns beside the group
   * merged down from the row above. A data row under a group leaves some of its columns blank or
   * fills others beside it.
   */
  private static boolean namesEverySubColumn(String[] first, String[] own) {
    for (int c = 0; c < first.length; c++) {
      if (isGroupLabel(first, c) && (c >= own.length || own[c] == null || own[c].isBlank())) {
        return false;
      }
    }
    return true;
  }

  /**
   * Tells whether a row's labels are the same run of two or more labels under each of two or more
   * different group labels that are no columns of their own: 落实情况 · 存在问题 under 一季度 and again under
   * 二季度. A data row under merged group headers does not repeat itself so.
   */
  private boolean repeatsUnderGroups(String[] first, String[] own) {
    Map<String, List<String>> runs = new LinkedHashMap<>();
    for (int c = 0; c < own.length; c++) {
      if (own[c] == null || own[c].isBlank()) {
        continue;
      }
      String group = AnnexText.clean(first[c]);
      runs.computeIfAbsent(group, k -> new ArrayList<>()).add(AnnexText.clean(own[c]));
    }
    if (runs.size() < 2) {
      return false;
    }
    List<String> run = runs.values().iterator().next();
    for (Map.Entry<String, List<String>> e : runs.entrySet()) {
      HeaderMatch g = best(e.getKey());
      if (g != null && g.getScore() >= SURE || !e.getValue().equals(run)) {
        return false;
      }
    }
    return run.size() >= 2 && new HashSet<>(run).size() == run.size();
  }

  /** A header is made of labels: at most a third of its distinct texts are sentences. */
  private boolean mostlyLabels(String[] cells) {
    Set<String> distinct = new HashSet<>();
    int sentences = 0;
    Set<String> groups = optionGroups(cells);
    for (String c : cells) {
      if (c != null
          && !c.isBlank()
          && distinct.add(c)
          && !isShortLabel(c)
          && !config.mapped(c)
          && !inGroups(c, groups)) {
        sentences++;
      }
    }
    return sentences * 3 <= distinct.size();
  }

  /**
   * A label is short (bracketed notes not counted), has no sentence punctuation (a list such as
   * 张三、李四 may) and is no title ({@code …一览表}, {@code 填报单位 …}, {@code 2024年}).
   */
  private static boolean isShortLabel(String c) {
    String t = ReaderConfig.normalize(c);
    if (t.isEmpty() || t.length() > MAX_HEADER_LENGTH || isTitleLike(t)) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      if (SENTENCE_MARKS.indexOf(t.charAt(i)) >= 0) {
        return false;
      }
    }
    return true;
  }

  /**
   * The question of a header of one column per option ({@code 风险类别} of {@code 风险类别:岗位职责}), where
   * the question means the category or the measures; else null.
   */
  private static @Nullable String optionGroup(String t) {
    int colon = FormAnswers.optionColon(t);
    if (colon < 0) {
      return null;
    }
    String group = t.substring(0, colon);
    List<HeaderMatch> means = AnnexColumn.candidates(group);
    if (means.isEmpty() || !means.get(0).isAccepted()) {
      return null;
    }
    AnnexColumn role = means.get(0).getColumn();
    return role == AnnexColumn.MEASURES || role == AnnexColumn.CATEGORY ? group : null;
  }

  /**
   * The questions of a row that two or more of its cells head one column per option of ({@code
   * 风险类别:岗位职责 · 风险类别:业务流程}); a single {@code 防控措施：审单规则固化} is a label and its value.
   */
  private static Set<String> optionGroups(String[] cells) {
    Set<String> seen = new HashSet<>();
    Set<String> twice = new HashSet<>();
    for (String c : cells) {
      if (c == null || c.indexOf(':') < 0 && c.indexOf('：') < 0) {
        continue;
      }
      String g = optionGroup(AnnexText.clean(c));
      if (g != null && !seen.add(g)) {
        twice.add(g);
      }
    }
    return twice;
  }

  /** Whether a cell heads a column per option of a question of {@code groups}. */
  private static boolean inGroups(String c, Set<String> groups) {
    if (groups.isEmpty()) {
      return false;
    }
    String g = optionGroup(AnnexText.clean(c));
    return g != null && groups.contains(g);
  }

  /** A group label is spread over this column and a neighbour (a merge, filled). */
  private static boolean isGroupLabel(String[] first, int c) {
    if (c >= first.length || first[c] == null || first[c].isBlank()) {
      return false;
    }
    return c > 0 && first[c].equals(first[c - 1])
        || c + 1 < first.length && first[c].equals(first[c + 1]);
  }

  private static boolean startsWithDigit(String text) {
    String t = AnnexText.clean(text);
    return !t.isEmpty() && Character.isDigit(t.charAt(0));
  }

  /** Words of titles and of the lines under them, never of column headers. */
  private static boolean isTitleLike(String t) {
    return t.endsWith("表")
        || t.endsWith("清单")
        || t.contains("一览")
        || t.contains("填报")
        || t.contains("填表")
        || t.contains("制表")
        || t.matches(".*\\d{4}年.*") && !YEAR_GRADE.matcher(t).matches();
  }

  /**
   * A grade column named by its year, as a table revised each year keeps two: 2025年等级, 2026年风险等级.
   */
  private static final Pattern YEAR_GRADE =
      Pattern.compile("\\d{4}年度?(?:廉政|廉洁)?(?:风险)?(?:等级|级别|评级|定级)");

  private @Nullable HeaderMatch best(@Nullable String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    List<HeaderMatch> c = config.candidates(text);
    return c.isEmpty() || !c.get(0).isAccepted() ? null : c.get(0);
  }

  /**
   * Places the columns of a header of one row ({@code lower} null) or two rows: the lower text
   * first, then the upper, then both together.
   *
   * @param upper the upper (or only) header row, merged cells filled
   * @param lower the lower header row, or null
   * @param upperRow the upper row's 1-based number
   */
  void place(String[] upper, String @Nullable [] lower, int upperRow) {
    upperTexts = cleaned(upper);
    lowerTexts = lower == null ? new String[0] : cleaned(lower);
    int width = Math.max(upper.length, lower == null ? 0 : lower.length);
    List<List<HeaderMatch>> candidates = new ArrayList<>(width);
    int[] rows = new int[width];
    String[] own = new String[width];
    for (int c = 0; c < width; c++) {
      String top = c < upper.length ? AnnexText.clean(upper[c]) : "";
      String sub = lower != null && c < lower.length ? AnnexText.clean(lower[c]) : "";
      own[c] = sub.isEmpty() ? top : sub;
    }
    Set<String> groups = optionGroups(own);
    for (int c = 0; c < width; c++) {
      String top = c < upper.length ? AnnexText.clean(upper[c]) : "";
      String sub = lower != null && c < lower.length ? AnnexText.clean(lower[c]) : "";
      String header = sub.isEmpty() || sub.equals(top) ? top : sub;
      RiskLevel tick = sub.isEmpty() || sub.equals(top) ? null : tickOf(top, sub);
      if (tick != null) {
        ticks.put(c, tick);
        texts.add(top + "（" + sub + "）");
        candidates.add(List.of());
        rows[c] = upperRow + 1;
        continue;
      }
      List<AnnexColumn> parts = splitRoles(header);
      if (parts != null) {
        splits.put(c, parts);
        texts.add(header);
        candidates.add(List.of());
        rows[c] = lower != null && !sub.isEmpty() ? upperRow + 1 : upperRow;
        continue;
      }
      String option = inGroups(header, groups) ? option(c, header) : null;
      if (option != null) {
        options.put(c, option);
        texts.add(header);
        candidates.add(List.of());
        rows[c] = lower != null && !sub.isEmpty() ? upperRow + 1 : upperRow;
        continue;
      }
      if (phaseColumn < 0 && phaseHeader(header)) {
        phaseColumn = c;
        notes.add(
            new Note(
                ProblemCode.HEADER_BY_MEANING,
                lower != null && !sub.isEmpty() ? upperRow + 1 : upperRow,
                c,
                AnnexColumn.MEASURES.displayName()));
        texts.add(header);
        candidates.add(List.of());
        rows[c] = lower != null && !sub.isEmpty() ? upperRow + 1 : upperRow;
        continue;
      }
      List<HeaderMatch> cands = header.isEmpty() ? List.of() : config.candidates(header);
      if (cands.isEmpty() && !sub.isEmpty() && !top.isEmpty() && !sub.equals(top)) {
        List<HeaderMatch> joined = config.candidates(top + sub); // 责任 over 人: 责任人
        if (!joined.isEmpty() && joined.get(0).isAccepted()) {
          cands = joined;
          header = top + sub;
        }
        // a lower header that means nothing keeps its own name: the group label above is no
        // column of its own (联系电话 under 防控 is no measure)
      }
      texts.add(header);
      candidates.add(cands);
      rows[c] = lower != null && !sub.isEmpty() ? upperRow + 1 : upperRow;
    }
    headerRows = rows;
    pointFamily(candidates);
    assign(candidates, rows);
  }

  /**
   * Finds the columns that hold several risk points of a row side by side: two or more headers that
   * number one risk point header ({@code 风险点1 · 风险点2}), or three or more that each name another
   * risk category ({@code 思想道德风险 · 岗位职责风险 · 业务流程风险}). Runs once per header.
   */
  private void pointFamily(List<List<HeaderMatch>> candidates) {
    List<Integer> numbered = new ArrayList<>();
    Map<Integer, RiskCategory> byCategory = new LinkedHashMap<>();
    for (int c = 0; c < texts.size(); c++) {
      String t = texts.get(c).replaceAll("\\s", "");
      if (t.length() < 3 || t.length() > 14) {
        continue;
      }
      Matcher m = NUMBERED.matcher(t);
      if (m.matches()) {
        HeaderMatch base = best(m.group(1));
        if (base != null && base.getColumn() == AnnexColumn.RISK_POINT) {
          numbered.add(c);
        }
        continue;
      }
      Matcher k = CATEGORY_HEADER.matcher(t);
      if (k.matches()) {
        RiskCategory cat = TableReader.parseCategory(k.group(1)).orElse(RiskCategory.UNSPECIFIED);
        if (cat != RiskCategory.UNSPECIFIED && !byCategory.containsValue(cat)) {
          byCategory.put(c, cat);
        }
      }
    }
    if (numbered.size() >= 2) {
      numbered.forEach(c -> pointFamily.put(c, RiskCategory.UNSPECIFIED));
    } else if (byCategory.size() >= MIN_CATEGORY_COLUMNS) {
      pointFamily.putAll(byCategory);
    }
  }

  /** Gives each role to the column that means it most surely; ties go to the leftmost column. */
  private void assign(List<List<HeaderMatch>> candidates, int[] rows) {
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < candidates.size(); c++) {
      order.add(c);
    }
    order.sort(
        (a, b) -> {
          if (hidden.get(a) != hidden.get(b)) {
            return hidden.get(a) ? 1 : -1; // the visible column first
          }
          int s = Double.compare(score(candidates.get(b)), score(candidates.get(a)));
          return s != 0 ? s : Integer.compare(a, b);
        });
    List<Integer> duplicates = new ArrayList<>();
    for (int c : order) {
      if (ticks.containsKey(c)
          || options.containsKey(c)
          || splits.containsKey(c)
          || pointFamily.containsKey(c)
          || c == phaseColumn) {
        continue; // placed below, together; a phase heads its row's measures
      }
      List<HeaderMatch> cands = candidates.get(c);
      if (cands.isEmpty() || !cands.get(0).isAccepted()) {
        extras.add(c); // a column without a header is kept under its letter
        if (!texts.get(c).isEmpty() && !MotionColumns.isSpelling(texts.get(c))) {
          notes.add(new Note(ProblemCode.UNKNOWN_HEADER, rows[c], c, texts.get(c)));
        }
        continue;
      }
      AnnexColumn col = cands.get(0).getColumn();
      if (col == AnnexColumn.REMARK || col.isMeasureTracking()) {
        extras.add(c); // a note travels with its row under its own header, measures in motion too
        continue;
      }
      List<Integer> sources = columns.get(col);
      if (sources != null && col != AnnexColumn.MEASURES) {
        duplicates.add(c);
        continue;
      }
      columns.computeIfAbsent(col, k -> new ArrayList<>()).add(c);
      if (cands.get(0).getScore() < 1.0 && !config.mapped(texts.get(c))) {
        notes.add(new Note(ProblemCode.HEADER_BY_MEANING, rows[c], c, col.displayName()));
      }
    }
    placeTicks(rows);
    placeSplits(rows);
    placeFamily(rows);
    for (List<Integer> sources : columns.values()) {
      sources.sort(Integer::compare);
    }
    promote(duplicates, candidates, rows);
    placeOptions(rows);
    submitterHolds(rows);
    List<Integer> points = columns.get(AnnexColumn.RISK_POINT);
    severalPoints =
        points != null && points.size() == 1 && FormAnswers.several(texts.get(points.get(0)));
    extras.sort(Integer::compare);
    keyExtras();
  }

  /**
   * The option a header of one column per option of a form's question names ({@code 风险类别:岗位职责}
   * names 岗位职责 of the category, {@code 防控措施:定期轮岗} a measure), or null: the question before the
   * colon must mean the category (and the option be one) or the measures.
   */
  private @Nullable String option(int c, String header) {
    int colon = FormAnswers.optionColon(header);
    if (colon < 0) {
      return null;
    }
    HeaderMatch group = best(header.substring(0, colon));
    String option = header.substring(colon + 1).strip();
    if (group == null) {
      return null;
    }
    AnnexColumn role = group.getColumn();
    if (role == AnnexColumn.MEASURES
        || role == AnnexColumn.CATEGORY && TableReader.parseCategory(option).isPresent()) {
      optionRoles.put(c, role);
      return option;
    }
    return null;
  }

  /**
   * Makes the option columns of a question the sources of the column it means, where no column of
   * its own holds it; otherwise they are kept as extras.
   */
  private void placeOptions(int[] rows) {
    if (options.isEmpty()) {
      return;
    }
    List<Integer> cols = new ArrayList<>(options.keySet());
    cols.sort(Integer::compare);
    Map<Integer, AnnexColumn> roles = optionRoles;
    for (AnnexColumn role : List.of(AnnexColumn.CATEGORY, AnnexColumn.MEASURES)) {
      List<Integer> of = cols.stream().filter(c -> roles.get(c) == role).toList();
      if (of.isEmpty()) {
        continue;
      }
      if (columns.containsKey(role)) {
        for (int c : of) {
          options.remove(c);
          extras.add(c);
          notes.add(new Note(ProblemCode.DUPLICATE_COLUMN, rows[c], c, texts.get(c)));
        }
        continue;
      }
      columns.put(role, new ArrayList<>(of));
      for (int c : of) {
        notes.add(new Note(ProblemCode.HEADER_BY_MEANING, rows[c], c, role.displayName()));
      }
    }
  }

  /**
   * The platform's column naming who submitted a form's answer: 提交者, 提交人, 填写人 (a system's 填报人 is
   * often a clerk entering every post's points, and stays an extra).
   */
  private static final Set<String> SUBMITTERS = Set.of("提交者", "提交人", "填写人", "答题人", "答卷人");

  /** The columns naming a row's people; where one is there, the submitter is nobody of the row. */
  private static final List<AnnexColumn> PEOPLE =
      List.of(
          AnnexColumn.HOLDER, AnnexColumn.RESPONSIBLE, AnnexColumn.SUPERVISOR, AnnexColumn.LEADER);

  /**
   * Where the rows are posts and no column names their holders, the person who submitted each
   * answer about his own post (the platform's 提交者, 填写人 …) holds it.
   */
  private void submitterHolds(int[] rows) {
    if (!columns.containsKey(AnnexColumn.POST)) {
      return;
    }
    for (AnnexColumn person : PEOPLE) {
      if (columns.containsKey(person)) {
        return; // 责任人 beside 提交者: the form names the row's people, the submitter only filled it
      }
    }
    for (int c : extras) {
      if (SUBMITTERS.contains(ReaderConfig.normalize(texts.get(c)))) {
        extras.remove(Integer.valueOf(c));
        columns.put(AnnexColumn.HOLDER, new ArrayList<>(List.of(c)));
        notes.removeIf(n -> n.column == c && n.code == ProblemCode.UNKNOWN_HEADER);
        notes.add(
            new Note(ProblemCode.HEADER_BY_MEANING, rows[c], c, AnnexColumn.HOLDER.displayName()));
        return;
      }
    }
  }

  /**
   * Makes the tick columns the level's sources; where a column of its own already holds the level,
   * they are kept as extras instead.
   */
  private void placeTicks(int[] rows) {
    if (ticks.isEmpty()) {
      return;
    }
    List<Integer> cols = new ArrayList<>(ticks.keySet());
    cols.sort(Integer::compare);
    if (columns.containsKey(AnnexColumn.LEVEL)) {
      ticks.clear();
      for (int c : cols) {
        extras.add(c);
        notes.add(new Note(ProblemCode.DUPLICATE_COLUMN, rows[c], c, texts.get(c)));
      }
      return;
    }
    columns.put(AnnexColumn.LEVEL, cols);
  }

  /**
   * Makes a family of risk point columns the risk point's sources; a column placed as the risk
   * point by its own header describes them (or is kept as an extra where that is taken).
   */
  private void placeFamily(int[] rows) {
    if (pointFamily.isEmpty()) {
      return;
    }
    List<Integer> other = columns.remove(AnnexColumn.RISK_POINT);
    if (other != null) {
      for (int c : other) {
        if (!columns.containsKey(AnnexColumn.MANIFESTATION)) {
          columns.put(AnnexColumn.MANIFESTATION, new ArrayList<>(List.of(c)));
        } else {
          extras.add(c);
          notes.add(new Note(ProblemCode.DUPLICATE_COLUMN, rows[c], c, texts.get(c)));
        }
      }
    }
    List<Integer> cols = new ArrayList<>(pointFamily.keySet());
    columns.put(AnnexColumn.RISK_POINT, cols);
    for (int c : cols) {
      notes.add(
          new Note(
              ProblemCode.HEADER_BY_MEANING, rows[c], c, AnnexColumn.RISK_POINT.displayName()));
    }
  }

  /** Gives each split column the roles no column of its own holds; one that gets none is extra. */
  private void placeSplits(int[] rows) {
    List<Integer> cols = new ArrayList<>(splits.keySet());
    cols.sort(Integer::compare);
    for (int c : cols) {
      List<String> placed = new ArrayList<>();
      for (AnnexColumn role : splits.getOrDefault(c, List.of())) {
        if (!columns.containsKey(role)) {
          columns.put(role, new ArrayList<>(List.of(c)));
          placed.add(role.displayName());
        }
      }
      if (placed.isEmpty()) {
        splits.remove(c);
        extras.add(c);
        notes.add(new Note(ProblemCode.DUPLICATE_COLUMN, rows[c], c, texts.get(c)));
      } else {
        notes.add(new Note(ProblemCode.HEADER_BY_MEANING, rows[c], c, String.join("/", placed)));
      }
    }
  }

  /**
   * The two columns a header joined by a slash means ({@code 责任人/责任领导}, {@code 科室/岗位}), each part
   * surely and differently; null for a known spelling ({@code 单位/科室}) or any other header.
   */
  private @Nullable List<AnnexColumn> splitRoles(String header) {
    int slash = Math.max(header.indexOf('/'), header.indexOf('／'));
    if (slash <= 0 || slash >= header.length() - 1 || config.mapped(header)) {
      return null;
    }
    List<HeaderMatch> whole = config.candidates(header);
    if (!whole.isEmpty() && whole.get(0).getScore() >= 1.0) {
      return null;
    }
    String a = header.substring(0, slash).strip();
    String b = header.substring(slash + 1).strip();
    if (a.indexOf('/') >= 0 || b.indexOf('/') >= 0 || a.indexOf('／') >= 0 || b.indexOf('／') >= 0) {
      return null;
    }
    HeaderMatch ma = best(a);
    HeaderMatch mb = best(b);
    if (ma == null || mb == null || ma.getColumn() == mb.getColumn()) {
      return null;
    }
    for (HeaderMatch m : List.of(ma, mb)) {
      AnnexColumn col = m.getColumn();
      if (col == AnnexColumn.REMARK || col == AnnexColumn.SEQUENCE || col == AnnexColumn.MEASURES) {
        return null;
      }
    }
    return List.of(ma.getColumn(), mb.getColumn());
  }

  /**
   * The part of a split column's cell that a role takes: the cell split at its slashes, when it has
   * one part per role; otherwise the whole cell goes to the first role this column holds (the other
   * may be held by a column of its own, which would leave the cell to nobody).
   */
  String part(int column, AnnexColumn role, String cell) {
    List<AnnexColumn> roles = splits.get(column);
    if (roles == null) {
      return cell;
    }
    int at = roles.indexOf(role);
    String[] pieces = cell.split("[/／]", -1);
    if (at >= 0 && pieces.length == roles.size()) {
      return pieces[at].strip();
    }
    for (AnnexColumn r : roles) {
      if (columns.getOrDefault(r, List.of()).contains(column)) {
        return r == role ? cell : "";
      }
    }
    return at == 0 ? cell : "";
  }

  /**
   * The level a lower header label stands for when it is a level ({@code 高}, {@code 二级}, {@code
   * ★★★}) under a group label that means the level; null otherwise.
   */
  private @Nullable RiskLevel tickOf(String group, String label) {
    if (group.isEmpty() || label.isEmpty() || !isShortLabel(label)) {
      return null;
    }
    HeaderMatch g = best(group);
    if (g == null || g.getColumn() != AnnexColumn.LEVEL) {
      return null;
    }
    return TableReader.parseLevel(label).orElse(null);
  }

  /**
   * Where no column holds the risk points, their manifestation does; a second risk point column
   * describes the first. Other duplicates are kept as extras.
   */
  private void promote(List<Integer> duplicates, List<List<HeaderMatch>> candidates, int[] rows) {
    if (!columns.containsKey(AnnexColumn.RISK_POINT)
        && columns.containsKey(AnnexColumn.MANIFESTATION)) {
      List<Integer> m = columns.remove(AnnexColumn.MANIFESTATION);
      columns.put(AnnexColumn.RISK_POINT, List.of(m.get(0)));
      notes.removeIf(n -> n.column == m.get(0) && n.code == ProblemCode.HEADER_BY_MEANING);
      notes.add(
          new Note(
              ProblemCode.HEADER_BY_MEANING,
              rows[m.get(0)],
              m.get(0),
              AnnexColumn.RISK_POINT.displayName()));
    }
    if (!columns.containsKey(AnnexColumn.RISK_POINT)) {
      vagueRiskPoints(candidates, rows);
    }
    duplicates.sort(Integer::compare);
    departmentTree(duplicates, candidates, rows);
    for (int c : duplicates) {
      AnnexColumn col = candidates.get(c).get(0).getColumn();
      if (col == AnnexColumn.RISK_POINT
          && !columns.containsKey(AnnexColumn.MANIFESTATION)
          && !hidden.get(c)) {
        columns.put(AnnexColumn.MANIFESTATION, new ArrayList<>(List.of(c)));
        notes.add(
            new Note(
                ProblemCode.HEADER_BY_MEANING,
                rows[c],
                c,
                AnnexColumn.MANIFESTATION.displayName()));
        continue;
      }
      List<Integer> held = columns.get(col);
      if (col == AnnexColumn.RESPONSIBLE
          && held != null
          && !columns.containsKey(AnnexColumn.SUPERVISOR)) {
        int other = held.get(0);
        int principal = principal(texts.get(c)) ? c : principal(texts.get(other)) ? other : -1;
        if (principal >= 0) {
          // 第一责任人 beside 直接责任人: the principal answers for the row above the one who acts
          columns.put(
              AnnexColumn.RESPONSIBLE, new ArrayList<>(List.of(principal == c ? other : c)));
          columns.put(AnnexColumn.SUPERVISOR, new ArrayList<>(List.of(principal)));
          notes.add(
              new Note(
                  ProblemCode.HEADER_BY_MEANING,
                  rows[principal],
                  principal,
                  AnnexColumn.SUPERVISOR.displayName()));
          continue;
        }
      }
      if (col == AnnexColumn.LEADER && held != null && namesBesideDuty(held.get(0), c, rows)) {
        continue;
      }
      if (col == AnnexColumn.LEVEL
          && held != null
          && held.size() == 1
          && laterGrade(texts.get(held.get(0)), texts.get(c))) {
        // 原风险等级 · 调整后风险等级, 2025年等级 · 2026年等级: the revised grade is the level
        int earlier = held.get(0);
        columns.put(AnnexColumn.LEVEL, new ArrayList<>(List.of(c)));
        notes.removeIf(n -> n.column == earlier && n.code == ProblemCode.HEADER_BY_MEANING);
        extras.add(earlier);
        notes.add(
            new Note(ProblemCode.DUPLICATE_COLUMN, rows[earlier], earlier, texts.get(earlier)));
        continue;
      }
      if (col == AnnexColumn.SUPERVISOR
          && held != null
          && oversees(texts.get(c))
          && !oversees(texts.get(held.get(0)))) {
        // 责任领导 · … · 监督责任人: the one named for oversight supervises, the leader is kept
        int leader = held.get(0);
        columns.put(AnnexColumn.SUPERVISOR, new ArrayList<>(List.of(c)));
        notes.removeIf(n -> n.column == leader && n.code == ProblemCode.HEADER_BY_MEANING);
        extras.add(leader);
        notes.add(new Note(ProblemCode.DUPLICATE_COLUMN, rows[leader], leader, texts.get(leader)));
        continue;
      }
      extras.add(c);
      notes.add(new Note(ProblemCode.DUPLICATE_COLUMN, rows[c], c, texts.get(c)));
    }
  }

  /** Words by which a level header names the grade before a revision: 原风险等级, 调整前等级, 上年等级. */
  private static final Pattern EARLIER_GRADE =
      Pattern.compile("^原|调整前|修订前|变更前|复核前|上年|去年|上一年|往年|初评|初定|自评");

  /** Words by which a level header names the grade a revision gave: 调整后风险等级, 现等级, 本年等级. */
  private static final Pattern LATER_GRADE =
      Pattern.compile("^现|^新|调整后|修订后|变更后|复核后|本年|今年|当年|最终|核定|审定|评定后|确定后");

  /** A year in a header: 2025年等级. */
  private static final Pattern HEADER_YEAR = Pattern.compile("(?:19|20)\\d{2}");

  /**
   * Tells whether of two level headers the second names the grade a revision gave and the first the
   * grade before it: by their words (原 · 调整后, 上年 · 本年, 自评 · 核定) or by their years (2025年 · 2026年).
   */
  static boolean laterGrade(String first, String second) {
    Matcher a = HEADER_YEAR.matcher(first);
    Matcher b = HEADER_YEAR.matcher(second);
    if (a.find() && b.find()) {
      return Integer.parseInt(b.group()) > Integer.parseInt(a.group());
    }
    boolean firstEarlier = EARLIER_GRADE.matcher(first).find();
    boolean firstLater = LATER_GRADE.matcher(first).find();
    boolean secondEarlier = EARLIER_GRADE.matcher(second).find();
    boolean secondLater = LATER_GRADE.matcher(second).find();
    // 原等级 · 调整后等级, 原等级 · 等级, 等级 · 调整后等级; never 调整后等级 · 原等级
    return secondLater && !secondEarlier && !firstLater
        || firstEarlier && !firstLater && !secondEarlier;
  }

  /** The words by which a department column names a share of the work rather than a body. */
  private static final Pattern SHARE_OF_WORK =
      Pattern.compile("牵头|配合|协办|协助|协同|主办|承办|参与|责任|主责|联系|分管|监督|归口|相关");

  /**
   * Places department columns side by side (处室 · 科室, 学院 · 系 · 教研室) as a tree: each body belongs to
   * the one on its left, so the rightmost is the row's department and the others, kept as extras
   * under their headers, stand for it where every column right of them is blank. Columns apart from
   * each other (a 科室 first, a 责任部门 at the end) are no tree: the second stays a duplicate.
   */
  private void departmentTree(
      List<Integer> duplicates, List<List<HeaderMatch>> candidates, int[] rows) {
    List<Integer> held = columns.get(AnnexColumn.DEPARTMENT);
    if (held == null || held.size() != 1) {
      return;
    }
    List<Integer> tree = new ArrayList<>(held);
    for (int c : duplicates) {
      if (candidates.get(c).get(0).getColumn() == AnnexColumn.DEPARTMENT && !hidden.get(c)) {
        tree.add(c);
      }
    }
    if (tree.size() < 2 || Collections.max(tree) - Collections.min(tree) + 1 != tree.size()) {
      return;
    }
    for (int c : tree) {
      if (SHARE_OF_WORK.matcher(texts.get(c)).find()) {
        return; // 牵头部门 · 配合部门: peers sharing the work, no body under another
      }
    }
    tree.sort(Collections.reverseOrder());
    duplicates.removeAll(tree);
    columns.put(AnnexColumn.DEPARTMENT, tree);
    for (int i = 1; i < tree.size(); i++) {
      int parent = tree.get(i);
      extras.add(parent);
      parentDepartments.add(parent);
      notes.removeIf(n -> n.column == parent && n.code == ProblemCode.HEADER_BY_MEANING);
      notes.add(new Note(ProblemCode.HEADER_BY_MEANING, rows[parent], parent, texts.get(parent)));
    }
  }

  /**
   * Tells apart two leader columns of which one is headed 职务 (班子成员 · 职务, 领导姓名 · 职务): the other
   * names the leaders, the 职务 column their positions, as 姓名 · 职务 do; the names become the holder
   * column. False, and nothing placed, when neither or both are headed so, or a holder column is
   * placed already.
   */
  private boolean namesBesideDuty(int held, int c, int[] rows) {
    boolean heldDuty = isDuty(texts.get(held));
    if (heldDuty == isDuty(texts.get(c)) || columns.containsKey(AnnexColumn.HOLDER)) {
      return false;
    }
    int names = heldDuty ? c : held;
    columns.put(AnnexColumn.LEADER, new ArrayList<>(List.of(heldDuty ? held : c)));
    columns.put(AnnexColumn.HOLDER, new ArrayList<>(List.of(names)));
    notes.add(
        new Note(
            ProblemCode.HEADER_BY_MEANING, rows[names], names, AnnexColumn.HOLDER.displayName()));
    return true;
  }

  /**
   * A header of the measures' phase: a stage ({@code 环节}, {@code 阶段}) of prevention ({@code 防控环节},
   * {@code 防范阶段}, {@code 措施阶段}), not a stage of the work (业务环节, a power item).
   */
  private boolean phaseHeader(String header) {
    if (header.length() > 6 || config.mapped(header)) {
      return false;
    }
    return (header.endsWith("环节") || header.endsWith("阶段"))
        && (header.contains("防控") || header.contains("防范") || header.contains("措施"));
  }

  /** A header naming oversight ({@code 监督责任人}, {@code 监督人}), not a leader's line duty. */
  private static boolean oversees(String header) {
    return header.contains("监督");
  }

  private static boolean isDuty(String header) {
    return header.contains("职务") && !header.contains("姓名") && !header.contains("班子");
  }

  /** A header of a leader's position only ({@code 职务}, {@code 领导职务}, {@code 现任职务}), not of who. */
  static boolean position(String header) {
    String h = header.replaceAll("\\s", "");
    return h.endsWith("职务") && !h.contains("姓名") || h.endsWith("职位");
  }

  /** A 责任人 who answers as the principal: 第一责任人, 主要责任人, 主体责任人. */
  private static boolean principal(String header) {
    String h = header.replaceAll("\\s", "");
    return h.startsWith("第一") || h.startsWith("主要") || h.startsWith("主体");
  }

  /** Tells whether a column was placed by its header's words, not by a known spelling. */
  boolean byMeaning(int column) {
    for (Note n : notes) {
      if (n.column == column && n.code == ProblemCode.HEADER_BY_MEANING) {
        return true;
      }
    }
    return false;
  }

  /** Whether a column is one of tick columns, a split column or a family of risk point columns. */
  boolean isPlacedTogether(int column) {
    return ticks.containsKey(column)
        || splits.containsKey(column)
        || pointFamily.containsKey(column);
  }

  /**
   * Takes a column as part of the one on its left, under one header printed across both: it is no
   * source of any role and no extra.
   */
  void joinLeft(int column) {
    Integer c = column;
    for (Map.Entry<AnnexColumn, List<Integer>> e : columns.entrySet()) {
      if (e.getValue().contains(c)) {
        List<Integer> rest = new ArrayList<>(e.getValue());
        rest.remove(c);
        e.setValue(rest);
      }
    }
    columns.values().removeIf(List::isEmpty);
    if (extras.remove(c)) {
      keyExtras();
    }
    notes.removeIf(n -> n.column == column);
  }

  /** Keeps a column placed by meaning as an extra instead, its cells saying otherwise. */
  void demote(AnnexColumn role, int column) {
    columns.remove(role);
    extras.add(column);
    extras.sort(Integer::compare);
    keyExtras();
    notes.removeIf(n -> n.column == column && n.code == ProblemCode.HEADER_BY_MEANING);
    notes.add(new Note(ProblemCode.UNKNOWN_HEADER, headerRows[column], column, text(column)));
  }

  /**
   * Where no column surely holds risk points, the column whose header most nearly means them does
   * ({@code 存在的风险}, {@code 主要风险}): a table without risk points is no risk table, so the vaguest
   * reading beats none. Reported as placed by meaning.
   */
  private void vagueRiskPoints(List<List<HeaderMatch>> candidates, int[] rows) {
    int best = -1;
    double score = 0;
    for (int c : extras) {
      List<HeaderMatch> cands = c < candidates.size() ? candidates.get(c) : List.of();
      if (!cands.isEmpty()
          && cands.get(0).getColumn() == AnnexColumn.RISK_POINT
          && cands.get(0).getScore() > score) {
        best = c;
        score = cands.get(0).getScore();
      }
    }
    if (best < 0) {
      return;
    }
    int at = best;
    extras.remove(Integer.valueOf(at));
    columns.put(AnnexColumn.RISK_POINT, new ArrayList<>(List.of(at)));
    notes.removeIf(n -> n.column == at && n.code == ProblemCode.UNKNOWN_HEADER);
    notes.add(
        new Note(
            ProblemCode.HEADER_BY_MEANING, rows[at], at, AnnexColumn.RISK_POINT.displayName()));
  }

  /**
   * Places an extra column by what its cells hold, if they are levels or categories and no column
   * holds those yet.
   *
   * @param column the 0-based column
   * @param role the column its cells show it to be
   */
  void placeByContent(int column, AnnexColumn role) {
    extras.remove(Integer.valueOf(column));
    keyExtras();
    columns.put(role, new ArrayList<>(List.of(column)));
    notes.removeIf(n -> n.column == column && n.code == ProblemCode.UNKNOWN_HEADER);
  }

  /**
   * Names each extra column once per sheet: its header, or its letter ({@code H列}) without one; a
   * header printed on several columns gets the letter too ({@code 责任人（F列）}), so no value overwrites
   * another.
   */
  private void keyExtras() {
    Map<String, Integer> uses = new HashMap<>();
    for (int c : extras) {
      uses.merge(FormAnswers.wording(text(c)), 1, Integer::sum);
    }
    List<String> names = new ArrayList<>(extras.size());
    for (int c : extras) {
      // 6. 本岗位…问题: the question without its number; 备注 Remarks: the Chinese alone
      String h = withoutTranslation(FormAnswers.wording(text(c)));
      String group = c < upperTexts.length ? upperTexts[c] : "";
      if (!h.isEmpty() && uses.getOrDefault(h, 1) > 1 && !group.isEmpty() && !group.equals(h)) {
        h = group + h; // 落实情况 under 一季度 and again under 二季度: 一季度落实情况
      }
      names.add(h);
    }
    Map<String, Integer> named = new HashMap<>();
    names.forEach(h -> named.merge(h, 1, Integer::sum));
    List<String> keys = new ArrayList<>(extras.size());
    for (int i = 0; i < extras.size(); i++) {
      String h = names.get(i);
      String letter = CellRefs.column(extras.get(i)) + "列";
      keys.add(h.isEmpty() ? letter : named.getOrDefault(h, 1) > 1 ? h + "（" + letter + "）" : h);
    }
    extraKeys = keys;
  }

  /** A Chinese header and its English translation beside it, after a space, a slash or a break. */
  private static final java.util.regex.Pattern TRANSLATED =
      java.util.regex.Pattern.compile(
          "^(?:[A-Za-z][A-Za-z .&'-]*[A-Za-z.](?:\\s*[/／|]\\s*|\\s+)(?<after>.*\\p{IsHan}.*)"
              + "|(?<before>.*\\p{IsHan}.*?)(?:\\s*[/／|]\\s*|\\s+)[A-Za-z][A-Za-z .&'-]*[A-Za-z.])$",
          java.util.regex.Pattern.DOTALL);

  /**
   * A header's Chinese words without the English translation printed beside them: {@code 备注
   * Remarks}, {@code 分管工作/Responsibilities} and {@code Risk level / 风险等级} name their extras {@code
   * 备注}, {@code 分管工作}, {@code 风险等级}. Letters joined to the words ({@code KPI指标}, {@code 可能性（L）})
   * stay. Run once per extra column of a header.
   */
  static String withoutTranslation(String header) {
    int latin = 0;
    for (int i = 0; i < header.length() && latin < 2; i++) {
      char c = header.charAt(i);
      latin = c < 128 && Character.isLetter(c) ? latin + 1 : 0;
    }
    if (latin < 2) {
      return header;
    }
    java.util.regex.Matcher m = TRANSLATED.matcher(header.strip());
    if (!m.matches()) {
      return header;
    }
    String chinese = (m.group("after") != null ? m.group("after") : m.group("before")).strip();
    return chinese.isEmpty() ? header : chinese;
  }

  /** The key under which the i-th extra column's values travel with each row. */
  String extraKey(int i) {
    return extraKeys.get(i);
  }

  /** The number of columns the header band spans; cells right of it have no header. */
  int width() {
    return texts.size();
  }

  /** Tells whether a text is what the header rows print in a column. */
  boolean isHeaderText(int column, String text) {
    return (column < upperTexts.length && text.equals(upperTexts[column]))
        || (column < lowerTexts.length && text.equals(lowerTexts[column]));
  }

  private static String[] cleaned(String[] cells) {
    String[] out = new String[cells.length];
    for (int i = 0; i < cells.length; i++) {
      out[i] = cells[i] == null ? "" : AnnexText.clean(cells[i]);
    }
    return out;
  }

  private static double score(List<HeaderMatch> cands) {
    return cands.isEmpty() ? 0 : cands.get(0).getScore();
  }

  /** The printed header of a column, or empty. */
  String text(int column) {
    return column < texts.size() ? texts.get(column) : "";
  }
}
