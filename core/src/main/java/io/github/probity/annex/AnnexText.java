package io.github.probity.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The text conventions of table cells: trimming (also full-width spaces), numbered lists inside one
 * cell ({@code 1.…；2.…}, {@code （1）…（2）…}, {@code ①…②…}, with or without line breaks), name lists
 * ({@code 张三、李四}) and the leader cell {@code 姓名（职务）}.
 *
 * <p>Stateless and thread-safe.
 */
public final class AnnexText {
  /** Separates names in one cell when written. */
  public static final String NAME_SEPARATOR = "、";

  private static final Pattern NAMES = Pattern.compile("[、，,；;/／\\s]+");
  private static final Pattern LEADER =
      Pattern.compile("^(.+?)\\s*[（(]\\s*([^（()）]+?)\\s*[)）]$", Pattern.DOTALL);
  private static final Pattern ROLE =
      Pattern.compile(".*(书记|董事|监事|局长|组长|主任|处长|科长|委员|领导|厅长|院长|馆长|所长|站长|队长|经理|主席|部长|总监|总师).*");

  private AnnexText() {}

  /**
   * Normalises a cell's text: line breaks to {@code \n}, no-break spaces to spaces, and leading and
   * trailing white space (also full-width) removed.
   *
   * @param text the raw text
   * @return the cleaned text, possibly empty
   */
  public static String clean(String text) {
    String t = text;
    if (t.indexOf('\r') >= 0) {
      t = t.replace("\r\n", "\n").replace('\r', '\n');
    }
    if (t.indexOf('\u00A0') >= 0) {
      t = t.replace('\u00A0', ' ');
    }
    return t.strip();
  }

  /**
   * Splits a cell into the items of a numbered list. The cell is split only when it starts with
   * item 1 and has at least item 2, numbered in sequence; otherwise it is one item. Markers are
   * removed, and so are the {@code ；} or {@code ;} that separate items.
   *
   * @param text the cell's text
   * @return the items, cleaned and non-empty; empty for a blank cell
   */
  public static List<String> splitNumbered(String text) {
    String t = clean(text);
    if (t.isEmpty()) {
      return List.of();
    }
    char c0 = t.charAt(0);
    if (c0 != '1' && c0 != '(' && c0 != '（' && c0 != '\u2460') {
      return List.of(t); // a list starts with its item 1 at the very start
    }
    List<int[]> cuts = new ArrayList<>();
    int expected = 1;
    int from = 0;
    int[] m;
    while ((m = marker(t, from)) != null) {
      from = m[1];
      if (m[2] != expected) {
        continue;
      }
      if (expected == 1 && !isBlank(t, 0, m[0])) {
        return List.of(t);
      }
      cuts.add(new int[] {m[0], m[1]});
      expected++;
    }
    if (cuts.size() < 2) {
      return List.of(t);
    }
    List<String> items = new ArrayList<>(cuts.size());
    for (int i = 0; i < cuts.size(); i++) {
      int end = i + 1 < cuts.size() ? cuts.get(i + 1)[0] : t.length();
      String item = stripSeparator(t, cuts.get(i)[1], end);
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return items;
  }

  /**
   * Finds the next list marker at or after {@code from}: {@code 1.} {@code 1、} {@code 1)} {@code
   * 1：} (digits not preceded by a letter, digit or dot, nor followed by a digit), {@code （1）} or
   * {@code ①}; returns {start, end, number} or null.
   */
  private static int @Nullable [] marker(String t, int from) {
    int len = t.length();
    for (int i = from; i < len; i++) {
      char c = t.charAt(i);
      if (isDigit(c)) {
        if (i > 0 && blocksMarker(t.charAt(i - 1))) {
          continue;
        }
        int digits = digitRun(t, i);
        if (digits > 2) {
          continue;
        }
        int j = skipSpace(t, i + digits);
        if (j < len
            && ".．、:：)）".indexOf(t.charAt(j)) >= 0
            && !(j + 1 < len && isDigit(t.charAt(j + 1)))) {
          return new int[] {i, j + 1, number(t, i, digits)};
        }
      } else if (c == '(' || c == '（') {
        int j = skipSpace(t, i + 1);
        int digits = j < len ? digitRun(t, j) : 0;
        if (digits >= 1 && digits <= 2) {
          int k = skipSpace(t, j + digits);
          if (k < len && (t.charAt(k) == ')' || t.charAt(k) == '）')) {
            return new int[] {i, k + 1, number(t, j, digits)};
          }
        }
      } else if (c >= '\u2460' && c <= '\u2473') {
        return new int[] {i, i + 1, c - 0x2460 + 1};
      }
    }
    return null;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean blocksMarker(char c) {
    return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '.' || c == '．';
  }

  private static int digitRun(String t, int i) {
    int j = i;
    while (j < t.length() && isDigit(t.charAt(j))) {
      j++;
    }
    return j - i;
  }

  /** Skips the white space of a regex {@code \s}: space, tab, line feed, VT, form feed, CR. */
  private static int skipSpace(String t, int i) {
    int j = i;
    while (j < t.length() && " \t\n\u000B\f\r".indexOf(t.charAt(j)) >= 0) {
      j++;
    }
    return j;
  }

  /**
   * The item between {@code from} and {@code to}: without surrounding white space and separators.
   */
  private static String stripSeparator(String t, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && Character.isWhitespace(t.charAt(start))) {
      start++;
    }
    while (end > start
        && (Character.isWhitespace(t.charAt(end - 1)) || isSeparator(t.charAt(end - 1)))) {
      end--;
    }
    return t.substring(start, end);
  }

  private static boolean isSeparator(char c) {
    return c == '；' || c == ';';
  }

  private static boolean isBlank(String t, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(t.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** The value of one or two decimal digits. */
  private static int number(String t, int at, int digits) {
    int n = 0;
    for (int i = at; i < at + digits; i++) {
      n = n * 10 + (t.charAt(i) - '0');
    }
    return n;
  }

  /**
   * Joins items into one cell: a single item as it is, several as {@code 1.…} lines (with a space
   * after the dot when an item starts with a digit).
   *
   * @param items the items
   * @return the cell text, empty for no items
   */
  public static String joinNumbered(List<String> items) {
    if (items.size() == 1) {
      return items.get(0);
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        sb.append('\n');
      }
      String item = items.get(i);
      sb.append(i + 1).append('.');
      if (!item.isEmpty() && Character.isDigit(item.charAt(0))) {
        sb.append(' '); // "2. 5万元" must not read as the number 2.5
      }
      sb.append(item);
    }
    return sb.toString();
  }

  /**
   * Splits a cell of names ({@code 张三、李四}, {@code 张三，李四}, {@code 张三 / 李四}).
   *
   * @param text the cell's text
   * @return the names, non-empty, in order
   */
  public static List<String> splitNames(String text) {
    String t = clean(text);
    if (isPlainName(t)) {
      return List.of(t);
    }
    List<String> names = new ArrayList<>();
    for (String n : NAMES.split(t)) {
      if (!n.isBlank()) {
        names.add(n.strip());
      }
    }
    return names;
  }

  /** Tells whether a cleaned cell is one non-empty name, without a separator of {@link #NAMES}. */
  private static boolean isPlainName(String t) {
    if (t.isEmpty()) {
      return false;
    }
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '、'
          || c == '，'
          || c == ','
          || c == '；'
          || c == ';'
          || c == '/'
          || c == '／'
          || Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Formats a leader cell: {@code 姓名（职务）}.
   *
   * @param name the person's name
   * @param role the role in the group
   * @return the cell text
   */
  public static String leaderCell(String name, String role) {
    return role.isBlank() ? name : name + "（" + role + "）";
  }

  /**
   * Parses a leader cell into name and role: {@code 张明（局长）} gives both; a role alone such as {@code
   * 党组书记、局长} gives the role as both name and role; a bare name gives no role.
   *
   * @param text the cell's text
   * @return the name (index 0) and the role (index 1, possibly empty)
   */
  public static List<String> parseLeaderCell(String text) {
    String t = clean(text);
    Matcher m = LEADER.matcher(t);
    if (m.matches()) {
      return List.of(m.group(1).strip(), m.group(2).strip());
    }
    if (ROLE.matcher(t).matches()) {
      return List.of(t, t);
    }
    return List.of(t, "");
  }

  /**
   * Returns the cleaned text, or empty if it is blank.
   *
   * @param text the raw text
   * @return the cleaned text if not blank
   */
  public static Optional<String> nonBlank(String text) {
    String t = clean(text);
    return t.isEmpty() ? Optional.empty() : Optional.of(t);
  }
}
