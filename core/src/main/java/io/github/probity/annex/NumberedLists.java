package io.github.probity.annex;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The list markers written inside one cell and the splitting behind {@link
 * AnnexText#splitNumbered(String)} and {@link AnnexText#splitMeasures(String, int)}. Scans the text
 * by hand, without regular expressions. Stateless and thread-safe.
 */
final class NumberedLists {
  /** Bullets that mark a list item and nothing else; a single such line loses its bullet. */
  private static final String BULLETS = "•·●○■□◆▲◇・➢➤►▶❖";

  /** Characters that also start ordinary text; they make a list only over several lines. */
  private static final String TEXT_BULLETS = "-*—";

  /** Units after {@code n.k} that make it a decimal number ({@code 3.5%}, {@code 1.5倍}). */
  private static final String UNITS = "%％‰倍万亿元";

  /** Characters after which a Chinese-numeral marker ({@code 二是}, {@code 二、}) may stand. */
  private static final String BOUNDARIES = "；;。，,：:！!？?”」』";

  /** Separators removed from the end of an item. */
  private static final String SEPARATORS = "；;，,、";

  private NumberedLists() {}

  /** The marker styles; a list uses one. */
  enum Style {
    /** {@code 1.} or {@code 1．}. */
    DOT,
    /** {@code 1、}. */
    COMMA,
    /** {@code 1)} or {@code 1）}. */
    PAREN,
    /** {@code 1:} or {@code 1：}. */
    COLON,
    /** {@code (1)} or {@code （1）}. */
    PARENS,
    /** {@code ①} to {@code ⑳}. */
    CIRCLED,
    /** {@code ⑴} to {@code ⒇}. */
    PAREN_GLYPH,
    /** {@code ⒈} to {@code ⒛}. */
    DOT_GLYPH,
    /** {@code ❶} to {@code ❿}. */
    NEGATIVE_CIRCLED,
    /** {@code ➀} to {@code ➉}. */
    SANS_CIRCLED,
    /** {@code ➊} to {@code ➓}. */
    SANS_NEGATIVE_CIRCLED,
    /** {@code a.} {@code a、} {@code a)}, or the same with capitals: a, b, c … in turn. */
    LETTER,
    /** {@code (a)} or {@code （a）}, or the same with capitals. */
    PARENS_LETTER,
    /** {@code 一是}. */
    SHI,
    /** {@code 第一，} {@code 第一、} {@code 第一是} {@code 第一：}, or {@code 其一，}. */
    DI,
    /** {@code 一、} or {@code 一．}. */
    CN_COMMA,
    /** {@code （一）} or {@code (一)}. */
    CN_PARENS,
    /** {@code 1.1}: item k of the point or row n. */
    NK,
    /** {@code •} and the other bullets at line starts. */
    BULLET;

    /** Tells whether a single item of this style loses its marker. */
    boolean stripsSingle() {
      return this != NK && this != BULLET && this != LETTER && this != PARENS_LETTER;
    }
  }

  /** A marker found in a text: its span, number and, for {@link Style#NK}, the n. */
  static final class Marker {
    final Style style;
    final int start;
    final int end;
    final int number;
    final int major;

    Marker(Style style, int start, int end, int number, int major) {
      this.style = style;
      this.start = start;
      this.end = end;
      this.number = number;
      this.major = major;
    }
  }

  /**
   * Tells whether a cell starting with this character may be a list; false for the common case, so
   * that plain text costs nothing more.
   */
  static boolean mayStartList(char c) {
    return (c >= '1' && c <= '9')
        || c == 'l' // l. for 1.: see misread
        || c == 'I'
        || (c >= '１' && c <= '９')
        || c == '('
        || c == '（'
        || c == '\u2460'
        || glyph(c) != null
        || c == 'a'
        || c == 'A'
        || c == '一'
        || c == '第'
        || c == '其'
        || BULLETS.indexOf(c) >= 0
        || TEXT_BULLETS.indexOf(c) >= 0;
  }

  /** Splits a cleaned, non-empty cell; see {@link AnnexText#splitNumbered(String)}. */
  static List<String> split(String t) {
    String read = misread(t);
    if (read != t) {
      List<String> items = listOf(read);
      if (items.size() > 1) {
        return items; // l.甲2丶乙: the markers a scan's recognition misread, read as written
      }
    }
    return listOf(t);
  }

  /**
   * The cell with the markers a scan's recognition or a retyping misread put right, else the cell
   * itself (no copy is made): {@code l.} {@code I.} {@code l、} at the start and {@code （l）}
   * anywhere are {@code 1.} {@code 1、} {@code （1）} (a lower-case L or a capital I for the digit 1);
   * {@code 2丶} is {@code 2、}, or {@code 2.} where the first marker is {@code 1.} (丶, a radical, for
   * the enumeration comma or the dot); and in a cell whose first marker is {@code 1.} or {@code
   * 1、}, {@code ；2，} after a separator or at a line's start is that marker's style ({@code 2.}), a
   * comma typed for its dot. The split keeps the misread text only if it gives a list.
   */
  static String misread(String t) {
    int len = t.length();
    char first = len > 1 && isDigit(t.charAt(0)) ? t.charAt(1) : 0;
    boolean any = false;
    for (int i = 0; i < len && !any; i++) {
      char c = t.charAt(i);
      if (c == 'l' || c == 'I') {
        any = i == 0 || t.charAt(i - 1) == '(' || t.charAt(i - 1) == '（';
      } else if (c == '丶') {
        any = i > 0 && isDigit(t.charAt(i - 1));
      } else if ((c == '，' || c == ',') && i > 0 && isDigit(t.charAt(i - 1))) {
        any = first != 0 && ".．、".indexOf(first) >= 0;
      }
    }
    if (!any) {
      return t;
    }
    StringBuilder sb = new StringBuilder(t);
    if ((sb.charAt(0) == 'l' || sb.charAt(0) == 'I')
        && len > 1
        && ".．、)）".indexOf(sb.charAt(1)) >= 0) {
      sb.setCharAt(0, '1');
      first = sb.charAt(1);
    }
    for (int i = 1; i < len; i++) {
      char c = sb.charAt(i);
      char before = sb.charAt(i - 1);
      if ((c == 'l' || c == 'I')
          && (before == '(' || before == '（')
          && i + 1 < len
          && (sb.charAt(i + 1) == ')' || sb.charAt(i + 1) == '）')) {
        sb.setCharAt(i, '1');
      } else if (c == '丶' && isDigit(before)) {
        sb.setCharAt(i, first == '.' || first == '．' ? first : '、');
      } else if ((c == '，' || c == ',')
          && isDigit(before)
          && first != 0
          && ".．、".indexOf(first) >= 0
          && afterSeparator(sb, i - 1)
          && i + 1 < len
          && !isDigit(sb.charAt(i + 1))) {
        sb.setCharAt(i, first);
      }
    }
    String out = sb.toString();
    return out.equals(t) ? t : out;
  }

  /**
   * Whether the number ending at {@code end} follows a separator ({@code ；} {@code ;}) or a break.
   */
  private static boolean afterSeparator(CharSequence t, int end) {
    int i = end;
    while (i >= 0 && isDigit(t.charAt(i))) {
      i--;
    }
    while (i >= 0 && (t.charAt(i) == ' ' || t.charAt(i) == '\u3000')) {
      i--;
    }
    return i >= 0 && (t.charAt(i) == '；' || t.charAt(i) == ';' || t.charAt(i) == '\n');
  }

  private static List<String> listOf(String t) {
    char c0 = t.charAt(0);
    if (!mayStartList(c0) || c0 == 'l' || c0 == 'I') {
      return List.of(t);
    }
    if (BULLETS.indexOf(c0) >= 0 || TEXT_BULLETS.indexOf(c0) >= 0) {
      return bullets(t);
    }
    Marker first = first(t, 0);
    if (first == null) {
      return beforeANumber(t);
    }
    List<Marker> cuts = cuts(t, first, true);
    if (cuts.size() < 2) {
      return single(t, first);
    }
    List<String> items = items(t, cuts);
    return items.isEmpty() ? List.of(t) : items; // markers alone, such as ①②
  }

  /**
   * The item of a one-item list: without its marker, and split again if it is itself a list. Kept
   * whole when nothing follows the marker, and when {@code 一、} or {@code 第一、} is followed by 二
   * ({@code 一、二级单位}, {@code 第一、二季度}: a range of numerals, not a marker).
   */
  private static List<String> single(String t, Marker first) {
    if (first.style == Style.NK) {
      // "10.1严格审核" is item 1 of point 10; "1.5倍" or "2.3公里" are numbers
      if (first.number != 1
          || first.end >= t.length()
          || Character.UnicodeScript.of(t.charAt(first.end)) != Character.UnicodeScript.HAN) {
        return List.of(t);
      }
    } else if (!first.style.stripsSingle()) {
      return List.of(t);
    }
    String rest = item(t, first.end, t.length());
    if (rest.isEmpty()
        || t.charAt(first.end - 1) == '、'
            && (first.style == Style.CN_COMMA || first.style == Style.DI)
            && numeralAt(t, first.end) >> 8 == first.number + 1) {
      return List.of(t);
    }
    return split(rest);
  }

  /**
   * A cell starting {@code 1.} before a number ({@code 1.5万元以上支付经集体研究；2.每季度…}): a marker when the
   * list goes on, its {@code 2.} after a {@code ；}, {@code 。} or line break, so the cell is split
   * there; the cell stays whole otherwise ({@code 1.5万元以上…} alone is a number).
   */
  private static List<String> beforeANumber(String t) {
    if (t.length() < 4 || t.charAt(0) != '1' || t.charAt(1) != '.' && t.charAt(1) != '．') {
      return List.of(t);
    }
    if (!isDigit(t.charAt(2))) {
      return List.of(t);
    }
    List<Marker> cuts = cuts(t, new Marker(Style.DOT, 0, 2, 1, 0), true);
    if (cuts.size() < 2) {
      return List.of(t);
    }
    for (int i = 1; i < cuts.size(); i++) {
      int p = cuts.get(i).start;
      while (p > 0 && Character.isWhitespace(t.charAt(p - 1)) && t.charAt(p - 1) != '\n') {
        p--;
      }
      if (p == 0 || "；;。\n".indexOf(t.charAt(p - 1)) < 0) {
        return List.of(t);
      }
    }
    List<String> items = items(t, cuts);
    return items.isEmpty() ? List.of(t) : items;
  }

  /** The texts after the cuts; empty items are left out. */
  private static List<String> items(String t, List<Marker> cuts) {
    List<String> items = new ArrayList<>(cuts.size());
    for (int i = 0; i < cuts.size(); i++) {
      int end = i + 1 < cuts.size() ? cuts.get(i + 1).start : t.length();
      String item = item(t, cuts.get(i).end, end);
      if (!item.isEmpty()) {
        items.add(item);
      }
    }
    return items;
  }

  /** Splits a measures cell per risk point; see {@link AnnexText#splitMeasures(String, int)}. */
  static List<List<String>> splitMeasures(String t, int points) {
    if (points == 1 || t.isEmpty() || !mayStartList(t.charAt(0))) {
      return List.of(t.isEmpty() ? List.of() : split(t));
    }
    Marker first = first(t, 0);
    if (first != null) {
      List<Marker> cuts = cuts(t, first, true);
      List<List<String>> groups =
          first.style == Style.NK ? byMajor(t, cuts, points) : byOuterItem(t, cuts, points);
      if (groups != null) {
        return groups;
      }
    }
    return List.of(split(t));
  }

  /** Groups an {@code n.k} list by n when its n run from 1 to {@code points}. */
  private static @Nullable List<List<String>> byMajor(String t, List<Marker> cuts, int points) {
    if (cuts.size() < 2 || cuts.get(0).major != 1 || cuts.get(cuts.size() - 1).major != points) {
      return null;
    }
    List<List<String>> groups = new ArrayList<>(points);
    for (int p = 0; p < points; p++) {
      groups.add(new ArrayList<>());
    }
    for (int i = 0; i < cuts.size(); i++) {
      int end = i + 1 < cuts.size() ? cuts.get(i + 1).start : t.length();
      String item = item(t, cuts.get(i).end, end);
      if (!item.isEmpty()) {
        groups.get(cuts.get(i).major - 1).add(item);
      }
    }
    return freeze(groups);
  }

  /**
   * Groups a list of {@code points} items each holding a list of another style (see {@link
   * #innerFirst}); the item's words before its inner list stay as the group's first measure.
   */
  private static @Nullable List<List<String>> byOuterItem(String t, List<Marker> cuts, int points) {
    if (cuts.size() != points) {
      return null;
    }
    List<List<String>> groups = new ArrayList<>(points);
    for (int i = 0; i < cuts.size(); i++) {
      Marker outer = cuts.get(i);
      int end = i + 1 < cuts.size() ? cuts.get(i + 1).start : t.length();
      String item = item(t, outer.end, end);
      List<String> group = inner(item, outer);
      if (group == null) {
        return null;
      }
      groups.add(group);
    }
    return List.copyOf(groups);
  }

  /** The heading and items of the list inside an outer item, or null if it holds none. */
  private static @Nullable List<String> inner(String s, Marker outer) {
    for (int p = 0; p < s.length(); p++) {
      Marker m = innerFirst(s, p, outer);
      if (m == null) {
        continue;
      }
      List<String> group = new ArrayList<>();
      String heading = heading(s, p);
      if (!heading.isEmpty()) {
        group.add(heading);
      }
      List<Marker> cuts = cuts(s, m, false);
      group.addAll(items(s, cuts));
      return List.copyOf(group);
    }
    return null;
  }

  /**
   * The first marker of an inner list at {@code p}, or null: of another style than the outer list's
   * (n.k only with the outer item's number as n); {@code 1.} {@code 1、} {@code 1）} {@code 1：} only
   * at the item's start or after white space or a colon.
   */
  private static @Nullable Marker innerFirst(String s, int p, Marker outer) {
    if (!mayStartList(s.charAt(p))) {
      return null;
    }
    Marker m = first(s, p);
    if (m == null) {
      return null;
    }
    if (m.style == Style.NK) {
      return m.major == outer.number ? m : null;
    }
    if (m.style == outer.style) {
      return null;
    }
    boolean arabic =
        m.style == Style.DOT
            || m.style == Style.COMMA
            || m.style == Style.PAREN
            || m.style == Style.COLON;
    return !arabic || p == 0 || isInnerBoundary(s.charAt(p - 1)) ? m : null;
  }

  private static boolean isInnerBoundary(char c) {
    return Character.isWhitespace(c) || c == '：' || c == ':';
  }

  /** The words before an inner list, without trailing separators and colon. */
  private static String heading(String s, int p) {
    int end = p;
    while (end > 0) {
      char c = s.charAt(end - 1);
      if (Character.isWhitespace(c) || SEPARATORS.indexOf(c) >= 0 || c == '：' || c == ':') {
        end--;
      } else {
        break;
      }
    }
    return s.substring(0, end).strip();
  }

  private static List<List<String>> freeze(List<List<String>> groups) {
    List<List<String>> out = new ArrayList<>(groups.size());
    for (List<String> g : groups) {
      out.add(List.copyOf(g));
    }
    return List.copyOf(out);
  }

  /**
   * The markers of the list that starts with {@code first}: each next one in sequence (2, 3 … or,
   * for n.k, n.(k+1) and, if {@code nextMajor}, (n+1).1); other markers of the style stay in the
   * text.
   */
  static List<Marker> cuts(String t, Marker first, boolean nextMajor) {
    List<Marker> cuts = new ArrayList<>();
    cuts.add(first);
    Marker last = first;
    int len = t.length();
    boolean digits = mayStart(first.style, '1') && !mayStart(first.style, '(');
    for (int i = first.end; i < len; i++) {
      if (digits) {
        while (i < len && !isDigit(t.charAt(i))) {
          i++; // the styles of arabic numbers: a tight loop over the text between them
        }
        if (i == len) {
          break;
        }
      } else if (!mayStart(first.style, t.charAt(i))) {
        continue;
      }
      Marker m = at(t, i, first.style);
      if (m == null) {
        continue;
      }
      if (follows(last, m, nextMajor)) {
        cuts.add(m);
        last = m;
      }
      i = m.end - 1;
    }
    return cuts;
  }

  private static boolean follows(Marker last, Marker m, boolean nextMajor) {
    if (m.style != Style.NK) {
      return m.number == last.number + 1;
    }
    return m.major == last.major && m.number == last.number + 1
        || nextMajor && m.major == last.major + 1 && m.number == 1;
  }

  /** Tells cheaply whether a marker of the style can start with the character. */
  private static boolean mayStart(Style style, char c) {
    switch (style) {
      case PARENS:
      case CN_PARENS:
      case PARENS_LETTER:
        return c == '(' || c == '（';
      case CIRCLED:
        return c >= '\u2460' && c <= '\u2473';
      case PAREN_GLYPH:
      case DOT_GLYPH:
      case NEGATIVE_CIRCLED:
      case SANS_CIRCLED:
      case SANS_NEGATIVE_CIRCLED:
        return glyph(c) == style;
      case LETTER:
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      case SHI:
      case CN_COMMA:
        return numeral(c) > 0;
      case DI:
        return c == '第' || c == '其';
      default:
        return isDigit(c);
    }
  }

  /**
   * The marker of item 1 (or n.1) of any style at {@code i}, or null; bullets are not looked for.
   */
  static @Nullable Marker first(String t, int i) {
    char c = t.charAt(i);
    Marker m = null;
    if (isDigit(c)) {
      m = nk(t, i);
      if (m == null) {
        m = arabic(t, i, null);
      }
    } else if (c == '(' || c == '（') {
      m = parens(t, i, false);
      if (m == null) {
        m = parens(t, i, true);
      }
      if (m == null) {
        m = parensLetter(t, i);
      }
    } else if (c == '\u2460') {
      m = new Marker(Style.CIRCLED, i, i + 1, 1, 0);
    } else if (glyph(c) != null) {
      m = glyphAt(t, i, Objects.requireNonNull(glyph(c)));
    } else if (c == 'a' || c == 'A') {
      m = letter(t, i, c == 'A');
    } else if (c == '一') {
      m = chinese(t, i, Style.SHI);
      if (m == null) {
        m = chinese(t, i, Style.CN_COMMA);
      }
    } else if (c == '第' || c == '其') {
      m = di(t, i);
    }
    return m != null && m.number == 1 ? m : null;
  }

  /** The marker of the style at exactly {@code i}, whatever its number, or null. */
  private static @Nullable Marker at(String t, int i, Style style) {
    switch (style) {
      case NK:
        return nk(t, i);
      case PARENS:
        return parens(t, i, false);
      case CN_PARENS:
        return parens(t, i, true);
      case PARENS_LETTER:
        return parensLetter(t, i);
      case CIRCLED:
        return new Marker(style, i, i + 1, t.charAt(i) - 0x245F, 0);
      case PAREN_GLYPH:
      case DOT_GLYPH:
      case NEGATIVE_CIRCLED:
      case SANS_CIRCLED:
      case SANS_NEGATIVE_CIRCLED:
        return glyphAt(t, i, style);
      case LETTER:
        char c = t.charAt(i);
        return letter(t, i, c >= 'A' && c <= 'Z');
      case SHI:
      case CN_COMMA:
        return chinese(t, i, style);
      case DI:
        return di(t, i);
      default:
        return arabic(t, i, style);
    }
  }

  /**
   * {@code 1.} {@code 1、} {@code 1)} {@code 1：}: one or two digits not preceded by a letter, digit,
   * dot or opening bracket, then the style's sign (after optional spaces), not followed by a digit.
   * With a null style, the sign decides it.
   */
  private static @Nullable Marker arabic(String t, int i, @Nullable Style style) {
    int len = t.length();
    if (!isDigit(t.charAt(i)) || i > 0 && blocksMarker(t.charAt(i - 1))) {
      return null;
    }
    int digits = digitRun(t, i);
    if (digits > 2) {
      return null;
    }
    int j = skipSpace(t, i + digits);
    if (j >= len
        || j + 1 < len && isDigit(t.charAt(j + 1)) && t.charAt(j) != ')' && t.charAt(j) != '）') {
      return null; // 1.5, 10:30, 1、2、3: a number; 1）50万元以上: a marker
    }
    Style sign = sign(t.charAt(j));
    if (sign == null || style != null && sign != style) {
      return null;
    }
    return new Marker(sign, i, j + 1, number(t, i, digits), 0);
  }

  private static @Nullable Style sign(char c) {
    switch (c) {
      case '.':
      case '．':
        return Style.DOT;
      case '、':
        return Style.COMMA;
      case ')':
      case '）':
        return Style.PAREN;
      case ':':
      case '：':
        return Style.COLON;
      default:
        return null;
    }
  }

  /**
   * {@code n.k}: one or two digits, a dot, one or two digits, not followed by a digit, by another
   * level ({@code 1.1.1}) or by a unit ({@code 3.5%}); an optional sign after it is part of it.
   */
  private static @Nullable Marker nk(String t, int i) {
    int len = t.length();
    if (i > 0 && blocksMarker(t.charAt(i - 1))) {
      return null;
    }
    int n = digitRun(t, i);
    int dot = i + n;
    if (n < 1 || n > 2 || dot + 1 >= len || t.charAt(dot) != '.' && t.charAt(dot) != '．') {
      return null;
    }
    int k = digitRun(t, dot + 1);
    int e = dot + 1 + k;
    if (k < 1 || k > 2) {
      return null;
    }
    int end = e;
    if (e < len) {
      char c = t.charAt(e);
      if ((c == '.' || c == '．') && e + 1 < len && isDigit(t.charAt(e + 1))) {
        return null;
      }
      if (".．、:：)）".indexOf(c) >= 0) {
        end = e + 1;
      } else if (UNITS.indexOf(c) >= 0) {
        return null;
      }
    }
    return new Marker(Style.NK, i, end, number(t, dot + 1, k), number(t, i, n));
  }

  /** {@code （1）} or, if {@code chinese}, {@code （一）}; spaces inside are allowed. */
  private static @Nullable Marker parens(String t, int i, boolean chinese) {
    int len = t.length();
    int j = skipSpace(t, i + 1);
    int value;
    int width;
    if (j >= len) {
      return null;
    }
    if (chinese) {
      int v = numeralAt(t, j);
      value = v >> 8;
      width = v & 0xFF;
    } else {
      width = digitRun(t, j);
      value = width <= 2 ? number(t, j, width) : 0;
    }
    if (width < 1 || value < 1) {
      return null;
    }
    int k = skipSpace(t, j + width);
    if (k < len && (t.charAt(k) == ')' || t.charAt(k) == '）')) {
      return new Marker(chinese ? Style.CN_PARENS : Style.PARENS, i, k + 1, value, 0);
    }
    return null;
  }

  /**
   * {@code (a)} {@code （b）} or {@code (A)}: one Latin letter alone in brackets ({@code (a)…(b)…},
   * as lists translated from or written after English models number their items).
   */
  private static @Nullable Marker parensLetter(String t, int i) {
    if (i + 2 >= t.length()) {
      return null;
    }
    char c = t.charAt(i + 1);
    char close = t.charAt(i + 2);
    if (close != ')' && close != '）') {
      return null;
    }
    if (c >= 'a' && c <= 'z') {
      return new Marker(Style.PARENS_LETTER, i, i + 3, c - 'a' + 1, 0);
    }
    if (c >= 'A' && c <= 'Z') {
      return new Marker(Style.PARENS_LETTER, i, i + 3, c - 'A' + 1, 0);
    }
    return null;
  }

  /** {@code 一是} or {@code 一、}/{@code 一．}/{@code 一.}, at the start or after punctuation. */
  private static @Nullable Marker chinese(String t, int i, Style style) {
    if (!boundary(t, i)) {
      return null;
    }
    int v = numeralAt(t, i);
    int width = v & 0xFF;
    int j = i + width;
    if (width == 0 || j >= t.length()) {
      return null;
    }
    char c = t.charAt(j);
    boolean ok = style == Style.SHI ? c == '是' : c == '、' || c == '．' || c == '.';
    return ok ? new Marker(style, i, j + 1, v >> 8, 0) : null;
  }

  /**
   * {@code 第一，} {@code 第一、} {@code 第一是} {@code 第一：}, or {@code 其一，} {@code 其二、}, at the start or
   * after punctuation.
   */
  private static @Nullable Marker di(String t, int i) {
    char c = t.charAt(i);
    if ((c != '第' && c != '其') || !boundary(t, i) || i + 2 >= t.length()) {
      return null;
    }
    int v = numeralAt(t, i + 1);
    int width = v & 0xFF;
    int j = i + 1 + width;
    if (width == 0 || j >= t.length() || "，,、是：:".indexOf(t.charAt(j)) < 0) {
      return null;
    }
    return new Marker(Style.DI, i, j + 1, v >> 8, 0);
  }

  /**
   * The style of a numbered glyph ({@code ⑴}, {@code ⒈}, {@code ❶}, {@code ➀}, {@code ➊}), or null.
   */
  private static @Nullable Style glyph(char c) {
    if (c >= '\u2474' && c <= '\u2487') {
      return Style.PAREN_GLYPH;
    }
    if (c >= '\u2488' && c <= '\u249B') {
      return Style.DOT_GLYPH;
    }
    if (c >= '\u2776' && c <= '\u277F') {
      return Style.NEGATIVE_CIRCLED;
    }
    if (c >= '\u2780' && c <= '\u2789') {
      return Style.SANS_CIRCLED;
    }
    if (c >= '\u278A' && c <= '\u2793') {
      return Style.SANS_NEGATIVE_CIRCLED;
    }
    return null;
  }

  private static Marker glyphAt(String t, int i, Style style) {
    int base;
    switch (style) {
      case PAREN_GLYPH:
        base = 0x2474;
        break;
      case DOT_GLYPH:
        base = 0x2488;
        break;
      case NEGATIVE_CIRCLED:
        base = 0x2776;
        break;
      case SANS_CIRCLED:
        base = 0x2780;
        break;
      default:
        base = 0x278A;
        break;
    }
    return new Marker(style, i, i + 1, t.charAt(i) - base + 1, 0);
  }

  /**
   * {@code a.} {@code a、} {@code a)} ({@code A.} if {@code upper}): one letter at the start or
   * after white space or punctuation, not after another letter or a digit, then its sign and not a
   * letter or digit ({@code a.m.}, {@code b.c}, {@code A.I} stay text).
   */
  private static @Nullable Marker letter(String t, int i, boolean upper) {
    char c = t.charAt(i);
    char from = upper ? 'A' : 'a';
    if (c < from || c > from + 25 || i + 2 >= t.length()) {
      return null;
    }
    if (i > 0) {
      char b = t.charAt(i - 1);
      if (!Character.isWhitespace(b) && BOUNDARIES.indexOf(b) < 0 && SEPARATORS.indexOf(b) < 0) {
        return null;
      }
    }
    char sign = t.charAt(i + 1);
    if (".．、)）".indexOf(sign) < 0) {
      return null;
    }
    char after = t.charAt(i + 2);
    if (after < 0x80 && Character.isLetterOrDigit(after)) {
      return null;
    }
    return new Marker(Style.LETTER, i, i + 2, c - from + 1, 0);
  }

  private static boolean boundary(String t, int i) {
    if (i == 0) {
      return true;
    }
    char c = t.charAt(i - 1);
    return Character.isWhitespace(c) || BOUNDARIES.indexOf(c) >= 0;
  }

  /** The value of 一 … 九, or 10 for 十, else 0. */
  private static int numeral(char c) {
    int k = "一二三四五六七八九十".indexOf(c);
    return k + 1;
  }

  /**
   * The Chinese numeral 1–99 at {@code i} (一, 十二, 二十, 三十五), as {@code value << 8 | width}; 0 if
   * none.
   */
  private static int numeralAt(String t, int i) {
    int len = t.length();
    int a = numeral(t.charAt(i));
    if (a == 0) {
      return 0;
    }
    int b = i + 1 < len ? numeral(t.charAt(i + 1)) : 0;
    if (a == 10) {
      return b > 0 && b < 10 ? (10 + b) << 8 | 2 : 10 << 8 | 1;
    }
    if (b != 10) {
      return a << 8 | 1;
    }
    int c = i + 2 < len ? numeral(t.charAt(i + 2)) : 0;
    return c > 0 && c < 10 ? (a * 10 + c) << 8 | 3 : (a * 10) << 8 | 2;
  }

  /**
   * A bullet list: every non-blank line starts with the same bullet, at least two lines. A single
   * line loses a bullet of {@link #BULLETS}; {@code -} {@code *} {@code —} stay on it.
   */
  private static List<String> bullets(String t) {
    char bullet = t.charAt(0);
    List<String> items = new ArrayList<>();
    int lines = 0;
    int from = 0;
    int len = t.length();
    while (from <= len) {
      int nl = t.indexOf('\n', from);
      int to = nl < 0 ? len : nl;
      int s = from;
      while (s < to && Character.isWhitespace(t.charAt(s))) {
        s++;
      }
      if (s < to) {
        if (t.charAt(s) != bullet) {
          return List.of(t);
        }
        lines++;
        while (s < to && t.charAt(s) == bullet) {
          s++;
        }
        int end = BULLETS.indexOf(bullet) >= 0 ? nextOnLine(t, bullet, s, to) : to;
        while (end < to) {
          // ■甲 ■乙: a pasted list whose items went onto one line, each after a blank and the bullet
          String item = item(t, s, end);
          if (!item.isEmpty()) {
            items.add(item);
          }
          lines++;
          s = end;
          while (s < to && t.charAt(s) == bullet) {
            s++;
          }
          end = nextOnLine(t, bullet, s, to);
        }
        String item = item(t, s, to);
        if (!item.isEmpty()) {
          items.add(item);
        }
      }
      from = to + 1;
    }
    if (lines < 2 && TEXT_BULLETS.indexOf(bullet) >= 0 || items.isEmpty()) {
      return List.of(t);
    }
    return items;
  }

  /** Where the bullet next stands after a blank on the line {@code [from, to)}, else {@code to}. */
  private static int nextOnLine(String t, char bullet, int from, int to) {
    for (int i = t.indexOf(bullet, from); i >= 0 && i < to; i = t.indexOf(bullet, i + 1)) {
      if (i > from && Character.isWhitespace(t.charAt(i - 1))) {
        return i;
      }
    }
    return to;
  }

  /** A decimal digit, half- or full-width ({@code １．} copied from a web page is {@code 1.}). */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9' || c >= '０' && c <= '９';
  }

  /**
   * Tells whether a digit after this character cannot start a marker: after a letter, digit or dot
   * it is part of a number or code, after an opening bracket it is a {@code （1）} marker.
   */
  private static boolean blocksMarker(char c) {
    return isDigit(c)
        || (c >= 'A' && c <= 'Z')
        || (c >= 'a' && c <= 'z')
        || c == '.'
        || c == '．'
        || c == '('
        || c == '（';
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
  static String item(String t, int from, int to) {
    int start = from;
    int end = to;
    while (start < end && Character.isWhitespace(t.charAt(start))) {
      start++;
    }
    while (end > start
        && (Character.isWhitespace(t.charAt(end - 1))
            || SEPARATORS.indexOf(t.charAt(end - 1)) >= 0)) {
      end--;
    }
    return t.substring(start, end);
  }

  /** The value of one or two decimal digits. */
  private static int number(String t, int at, int digits) {
    int n = 0;
    for (int i = at; i < at + digits; i++) {
      char c = t.charAt(i);
      n = n * 10 + (c - (c >= '０' ? '０' : '0'));
    }
    return n;
  }
}
