package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexText;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Places columns by what their cells hold where the header says too little: a column of levels
 * ({@code 高}, {@code ★★★}, {@code 二级}) is the level, a column of the five categories is the
 * category; and the other way round, a level or category column placed by its header's words alone
 * whose cells are none is kept as an extra. A level column may grade on a scale of its own words (大
 * / 中 / 小, 重点 / 一般), and a 类别 column whose cells say whose the rows are (领导班子, 班子成员) is the scope.
 * Also tells whether a post column holds leaders' positions (an enterprise's leadership table
 * headed {@code 岗位类别}) and whether an owner names a collective body (党委会, 董事会). Stateless.
 */
final class ColumnContent {
  /** The share of a column's non-blank cells that must agree. */
  private static final double AGREE = 0.8;

  private static final Pattern LEADER_POSITION =
      Pattern.compile(".*(书记|局长|厅长|主任|组长|董事长|总经理|副总|总监|总会计师|总经济师|总工程师|监事|主席|院长|行长|部长|处长|班子).*");

  private ColumnContent() {}

  /** Places the extras of a header whose sample cells are levels or categories. */
  static void place(HeaderBand band, Iterator<String[]> sample) {
    List<String[]> rows = new ArrayList<>();
    sample.forEachRemaining(rows::add);
    spans(band, rows);
    boolean codes = levelScale(band, rows);
    scopeColumn(band, rows);
    demoteIfNot(
        band,
        rows,
        AnnexColumn.LEVEL,
        t -> isLevel(t) || band.levelScale.containsKey(compact(t)) || codes && isCode(compact(t)));
    demoteIfNot(band, rows, AnnexColumn.CATEGORY, ColumnContent::isCategory);
    List<Integer> shows = band.columns.get(AnnexColumn.MANIFESTATION);
    if (!band.columns.containsKey(AnnexColumn.LEVEL)
        && shows != null
        && shows.size() == 1
        && band.byMeaning(shows.get(0))
        && agree(rows, shows.get(0), ColumnContent::isLevel)) {
      // 岗位风险 beside 风险点, its cells 一级 · 二级: the post's level, not a second risk text
      band.demote(AnnexColumn.MANIFESTATION, shows.get(0));
    }
    for (int c : new ArrayList<>(band.extras)) {
      if (!placeIf(band, rows, c, AnnexColumn.LEVEL, ColumnContent::isLevel)) {
        placeIf(band, rows, c, AnnexColumn.CATEGORY, ColumnContent::isCategory);
      }
    }
    dateSerials(band, rows);
  }

  /**
   * Joins a column to the one on its left where one header is printed across both (a merge, filled)
   * and no sampled row writes anything of its own under the right one: blank, or the left one's
   * text merged across. A form that gives the risk a box three columns wide has one risk column.
   */
  private static void spans(HeaderBand band, List<String[]> rows) {
    if (rows.isEmpty()) {
      return;
    }
    for (int c = band.width() - 1; c > 0; c--) {
      String h = band.text(c);
      if (h.isEmpty() || !h.equals(band.text(c - 1)) || band.isPlacedTogether(c)) {
        continue;
      }
      boolean own = false;
      for (String[] r : rows) {
        if (c < r.length && !r[c].isBlank() && !r[c].equals(r[c - 1])) {
          own = true;
          break;
        }
      }
      if (!own) {
        band.joinLeft(c);
      }
    }
  }

  /**
   * Takes a legend in the level column's header ({@code 风险等级（1-高 2-中 3-低）}, {@code 红-高 黄-中 蓝-低}) as
   * the column's own words, and tells whether the sample cells are all codes 1/2/3, which a level
   * column may hold whatever its header. What codes and 黄 mean without a legend in the header is
   * decided as the rows are read, from the whole sheet ({@link LevelScale}).
   */
  private static boolean levelScale(HeaderBand band, List<String[]> rows) {
    List<Integer> src = band.columns.get(AnnexColumn.LEVEL);
    if (src == null || src.size() != 1 || !band.ticks.isEmpty()) {
      return false;
    }
    int c = src.get(0);
    boolean codes = true;
    int filled = 0;
    for (String[] r : rows) {
      String v = c < r.length ? compact(r[c]) : "";
      if (!v.isEmpty()) {
        filled++;
        codes &= isCode(v);
      }
    }
    band.levelScale.putAll(legend(band.text(c)));
    if (band.levelScale.isEmpty()) {
      wordScale(band, rows, c);
    }
    return filled > 0 && codes;
  }

  /**
   * Scales of their own words that a level column may grade on, each from high to low: 大 / 中 / 小
   * (风险程度 written by size) and 重点 / 一般 (key risks and the others). Each word is a level only on a
   * column that grades with its scale's words alone.
   */
  private static final List<Map<String, RiskLevel>> WORD_SCALES =
      List.of(
          Map.of("大", RiskLevel.HIGH, "中", RiskLevel.MEDIUM, "小", RiskLevel.LOW),
          Map.of("重点", RiskLevel.HIGH, "一般", RiskLevel.MEDIUM));

  /**
   * Takes a scale of its own words ({@link #WORD_SCALES}) as the level column's words when the
   * sample cells agree on that scale and one of them is no common level word (大, 小, 重点); says what
   * was decided with a {@link ProblemCode#LEVEL_SCALE_DECIDED} note on the header.
   */
  private static void wordScale(HeaderBand band, List<String[]> rows, int c) {
    for (Map<String, RiskLevel> scale : WORD_SCALES) {
      boolean own = false;
      int words = 0;
      int filled = 0;
      for (String[] r : rows) {
        String v = c < r.length ? bareLevel(compact(r[c])) : "";
        if (v.isEmpty() || v.length() > MAX_SCALE_WORD) {
          continue; // a note merged across the table under it is no level cell
        }
        filled++;
        if (scale.containsKey(v)) {
          words++;
          own |= !isLevel(v);
        }
      }
      if (own && words >= 2 && words >= AGREE * filled) {
        StringBuilder said = new StringBuilder();
        scale.entrySet().stream()
            .sorted(Map.Entry.comparingByValue()) // 高 first: the enum runs from high to low
            .forEach(
                e -> {
                  band.levelScale.put(e.getKey(), e.getValue());
                  band.levelScale.put(e.getKey() + "风险", e.getValue());
                  said.append(said.length() == 0 ? "" : "，");
                  said.append(e.getKey()).append('=').append(e.getValue().displayName());
                });
        band.notes.add(
            new HeaderBand.Note(
                ProblemCode.LEVEL_SCALE_DECIDED, band.headerRows[c], c, said.toString()));
        return;
      }
    }
  }

  /** The longest cell looked at as a word of a level column's own scale. */
  private static final int MAX_SCALE_WORD = 6;

  /** A level word without a 风险 after it ({@code 重点风险} is {@code 重点}). */
  private static String bareLevel(String v) {
    return v.length() > 2 && v.endsWith("风险") ? v.substring(0, v.length() - 2) : v;
  }

  private static boolean isCode(String v) {
    return v.length() == 1 && v.charAt(0) >= '1' && v.charAt(0) <= '3';
  }

  /**
   * A legend of codes or colours in a header or a line of text: {@code 1-高 2-中 3-低}, {@code
   * 1高2中3低}, {@code 1为一级}, {@code 红色为高风险，黄色为中风险，蓝色为低风险}; a colour is given with and without 色.
   * Empty unless it names two words or more.
   */
  static Map<String, RiskLevel> legend(String header) {
    Map<String, RiskLevel> out = new java.util.HashMap<>();
    Matcher m = LEGEND.matcher(header);
    while (m.find()) {
      String word = m.group(1);
      TableReader.parseLevel(m.group(2))
          .ifPresent(
              l -> {
                out.put(word, l);
                if (!Character.isDigit(word.charAt(0))) {
                  out.put(word + "色", l);
                }
              });
    }
    if (out.size() >= 2 && out.keySet().stream().allMatch(k -> Character.isDigit(k.charAt(0)))) {
      // codes that all mean one level (第1中队、第2中队) are no legend: a legend tells levels apart
      return new java.util.HashSet<>(out.values()).size() >= 2 ? out : Map.of();
    }
    return out.size() >= 2 ? out : Map.of();
  }

  /** Possessive blanks: a long run of them after a digit is scanned once, not once per split. */
  private static final Pattern LEGEND =
      Pattern.compile(
          "(?<![第\\d.．])([1-5]|[红橙黄蓝绿])色?\\s*+[-—=:：为是.、]?\\s*+(高|中|低|一般|较高|较低|[一二三]级)");

  /** A cell's text without any white space, as level words are compared. */
  static String compact(String text) {
    return BLANKS.matcher(AnnexText.clean(text)).replaceAll("");
  }

  private static final Pattern BLANKS = Pattern.compile("[\\s\u3000]+");

  /**
   * Notes the extra columns whose header names a date (日期, 时间) and whose sample cells are all date
   * serial numbers, and those whose header names a deadline (时限, 期限, 截止) and whose numbers are all
   * date serials among words ({@code 2026年6月底前}, {@code 长期坚持}), so that their values travel as
   * dates.
   */
  private static void dateSerials(HeaderBand band, List<String[]> rows) {
    for (int c : band.extras) {
      String h = band.text(c);
      if ((h.contains("日期") || h.contains("时间")) && agree(rows, c, ColumnContent::isSerial)) {
        band.dateSerials.add(c);
      } else if ((h.contains("时限") || h.contains("期限") || h.contains("截止"))
          && serialsAmongWords(rows, c)) {
        band.dateSerials.add(c);
      }
    }
  }

  /** Whether a column holds a date serial and no other number: the rest are words. */
  private static boolean serialsAmongWords(List<String[]> rows, int column) {
    boolean serial = false;
    for (String[] r : rows) {
      String t = column < r.length ? r[column].strip() : "";
      if (isSerial(t)) {
        serial = true;
      } else if (NUMBER.matcher(t).matches()) {
        return false; // 30 (days), 2026 (a year): numbers that are no dates
      }
    }
    return serial;
  }

  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:\\.\\d+)?(?:[eE][-+]?\\d+)?");

  private static boolean isSerial(String t) {
    return SERIAL.matcher(t).matches();
  }

  /** Day 0 of the 1900 date system, as Excel counts (its 1900-02-29 makes it not 1899-12-31). */
  private static final java.time.LocalDate EPOCH_1900 = java.time.LocalDate.of(1899, 12, 30);

  /** Day 0 of the 1904 date system. */
  private static final java.time.LocalDate EPOCH_1904 = java.time.LocalDate.of(1904, 1, 1);

  /**
   * A date serial from 1954 to 2119 (1958 to 2123 in the 1904 date system): five digits, perhaps a
   * time of day as a fraction.
   */
  private static final Pattern SERIAL = Pattern.compile("[2-7]\\d{4}(?:\\.\\d+)?");

  /**
   * The date (and time, where the serial has a fraction) a serial number stands for, as Excel shows
   * it in the ISO form: days from 1899-12-30 in the 1900 date system, from 1904-01-01 in the 1904
   * date system (Mac Excel's). Any other text, as it is.
   */
  static String dateOf(String serial, boolean date1904) {
    String t = serial.strip();
    if (!isSerial(t)) {
      return serial; // 1e10, Infinity, 3d: numbers to Java, no date serial
    }
    double v = Double.parseDouble(t);
    long days = (long) Math.floor(v);
    java.time.LocalDate day = (date1904 ? EPOCH_1904 : EPOCH_1900).plusDays(days);
    long seconds = Math.round((v - days) * 86_400);
    if (seconds <= 0 || seconds >= 86_400) {
      return day.toString();
    }
    return day + " " + java.time.LocalTime.ofSecondOfDay(seconds);
  }

  /**
   * Keeps as an extra a column placed as {@code role} by its header's words alone when almost none
   * of its cells are what the role holds ({@code 事项等级} over 重大/一般事项 is no level column).
   */
  private static void demoteIfNot(
      HeaderBand band, List<String[]> rows, AnnexColumn role, Predicate<String> test) {
    List<Integer> src = band.columns.get(role);
    if (src == null || src.size() != 1 || !band.byMeaning(src.get(0))) {
      return;
    }
    int c = src.get(0);
    if (agree(rows, c, test.negate())) {
      band.demote(role, c);
    }
  }

  /** Places column {@code c} as {@code role} if no column holds it yet and its cells agree. */
  private static boolean placeIf(
      HeaderBand band, List<String[]> rows, int c, AnnexColumn role, Predicate<String> test) {
    if (band.columns.containsKey(role) || !agree(rows, c, test)) {
      return false;
    }
    band.placeByContent(c, role);
    band.notes.add(
        new HeaderBand.Note(
            ProblemCode.COLUMN_BY_CONTENT, band.headerRows[c], c, role.displayName()));
    return true;
  }

  /** Tells whether a sample cell of a column names the leadership group (领导班子, 党委会 …). */
  static boolean anyGroup(List<String[]> rows, int column) {
    for (String[] r : rows) {
      String t = column < r.length ? AnnexText.clean(r[column]) : "";
      if (!t.isEmpty() && scopeOf(t).orElse(null) == OwnerScope.LEADERSHIP_GROUP) {
        return true;
      }
    }
    return false;
  }

  /** Tells whether most sample cells of a column are leaders' positions (书记, 局长, 总经理 …). */
  static boolean leaderPositions(List<String[]> rows, int column) {
    return agree(rows, column, t -> LEADER_POSITION.matcher(t).matches());
  }

  /**
   * Tells the scope an owner cell names by its wording: the group (领导班子), a leader (局长, 张明（副局长）), a
   * post (…岗) or a department (anything else, e.g. 财务科, 执法大队); empty for a blank cell.
   */
  static Optional<OwnerScope> scopeOf(String owner) {
    if (owner.isBlank()) {
      return Optional.empty();
    }
    if (owner.contains("班子")
        || isCollective(owner)
        || ((owner.endsWith("党组") || owner.endsWith("党委") || owner.endsWith("党总支"))
            && !owner.contains("书记"))) {
      return Optional.of(OwnerScope.LEADERSHIP_GROUP);
    }
    if (owner.endsWith("岗") || owner.endsWith("岗位")) {
      return Optional.of(OwnerScope.POST);
    }
    List<String> nameRole = AnnexText.parseLeaderCell(owner);
    if (!nameRole.get(1).isEmpty() && LEADER_POSITION.matcher(nameRole.get(1)).matches()) {
      return Optional.of(OwnerScope.LEADER);
    }
    return Optional.of(OwnerScope.DEPARTMENT);
  }

  /**
   * The endings of a collective body that decides for the unit: 党委会, 董事会, 经理层, 总经理办公会, 局务会. Said of
   * the whole cell, a bracketed note at its end aside: 董事会办公室 and 董事会秘书 are a department and a
   * post.
   */
  private static final String[] COLLECTIVE_BODIES = {
    "党委会", "党组会", "常委会", "董事会", "监事会", "经理层", "管理层", "办公会", "局务会", "院务会", "校务会", "委务会", "党委会议",
    "党组会议", "办公会议", "局务会议"
  };

  /**
   * Tells whether an owner cell names a collective decision body (党委会, 董事会, 经理层（总经理办公会）), which is
   * the leadership group acting, not a department nor a leader.
   */
  static boolean isCollective(String owner) {
    int end = owner.length();
    while (end > 0 && Character.isWhitespace(owner.charAt(end - 1))) {
      end--;
    }
    if (end > 2 && (owner.charAt(end - 1) == '）' || owner.charAt(end - 1) == ')')) {
      int open = Math.max(owner.lastIndexOf('（', end), owner.lastIndexOf('(', end));
      if (open > 0) {
        end = open; // 经理层（总经理办公会）: the body before its note
      }
    }
    while (end > 0 && Character.isWhitespace(owner.charAt(end - 1))) {
      end--;
    }
    for (String body : COLLECTIVE_BODIES) {
      if (end >= body.length() && owner.startsWith(body, end - body.length())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Takes a column placed as the category whose cells name whose points they are (领导班子, 班子成员)
   * rather than categories as the scope column: a leadership table's 类别 that sorts the group's rows
   * from its members'.
   */
  private static void scopeColumn(HeaderBand band, List<String[]> rows) {
    List<Integer> src = band.columns.get(AnnexColumn.CATEGORY);
    if (src == null || src.size() != 1 || band.columns.containsKey(AnnexColumn.SCOPE)) {
      return;
    }
    int c = src.get(0);
    if (band.text(c).contains("风险") || !agree(rows, c, ColumnContent::isScopeWord)) {
      return; // 风险类别 says its cells are risks' categories, whatever they read like
    }
    band.columns.remove(AnnexColumn.CATEGORY);
    band.columns.put(AnnexColumn.SCOPE, new ArrayList<>(List.of(c)));
    band.notes.removeIf(n -> n.column == c && n.code == ProblemCode.HEADER_BY_MEANING);
    band.notes.add(
        new HeaderBand.Note(
            ProblemCode.COLUMN_BY_CONTENT, band.headerRows[c], c, AnnexColumn.SCOPE.displayName()));
  }

  /** A word naming whose a point is ({@code 领导班子}, {@code 班子成员}) and no category. */
  private static boolean isScopeWord(String text) {
    if (isCategory(text)) {
      return false; // 岗位 is a category (岗位职责) as well as a scope
    }
    try {
      OwnerScope.parse(compact(text));
      return true;
    } catch (IllegalArgumentException ex) {
      return false;
    }
  }

  /** A label ending in a colon ({@code 审核人：}), as a sign-off line under the table holds. */
  private static boolean isLabel(String text) {
    String t = text.strip();
    return t.endsWith("：") || t.endsWith(":");
  }

  private static boolean agree(List<String[]> rows, int column, Predicate<String> test) {
    int filled = 0;
    int agreeing = 0;
    for (String[] r : rows) {
      if (column < r.length && !r[column].isBlank() && !isLabel(r[column])) {
        filled++;
        if (test.test(AnnexText.clean(r[column]))) {
          agreeing++;
        }
      }
    }
    return filled >= 2 && agreeing >= AGREE * filled;
  }

  static boolean isLevel(String text) {
    return TableReader.parseLevel(text).isPresent();
  }

  static boolean isCategory(String text) {
    return TableReader.parseCategory(text).filter(RiskCategory::isSpecified).isPresent();
  }
}
