package io.github.probity.excel;

import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The measures of a measures cell that holds no list marker but several lines (hard line breaks).
 * The lines are several measures when every line is a complete measure, one of:
 *
 * <ul>
 *   <li>every line but the last ends a sentence ({@code 。} {@code ；} {@code ;} {@code ！}) and the
 *       last ends one or nothing: sentences one per line;
 *   <li>every line is a short clause of 4 to {@value #SHORT} characters ({@code 统一裁量基准} / {@code
 *       处罚决定集体讨论}), with no sentence end inside it.
 * </ul>
 *
 * <p>In both, a line that ends in the middle of a sentence keeps the lines one measure, as a
 * sentence wrapped over lines: a line ending with {@code ，} {@code 、} {@code ：} or a joining word
 * ({@code 和} {@code 及} {@code 与} {@code 或} {@code 并} {@code 的} …), a line starting with closing
 * punctuation or a joining word, brackets or quotes opened on one line and closed on another, and
 * for short clauses three or more lines of which all but the last have one length (a cell wrapped
 * at its width). A line's final {@code ；} goes, its final {@code 。} stays, as for numbered items.
 * Stateless.
 */
final class MeasureLines {
  /** The longest line read as a short clause. */
  static final int SHORT = 20;

  private static final int MIN_SHORT = 4;

  /** Ends of a sentence. */
  private static final String ENDS = "。；;！!";

  /** Characters after which a sentence goes on. */
  private static final String OPEN_ENDS = "，,、：:（(“‘《【";

  /** Characters before which a sentence went on. */
  private static final String CLOSED_STARTS = "，,、。；;：:）)”’》】";

  /** Words that join a sentence over a line break, at a line's end or start. */
  private static final String JOINERS = "和及与或并的对在将把等之而且";

  private MeasureLines() {}

  /**
   * The measures of a cell that {@link io.github.probity.annex.AnnexText#splitNumbered} left as one
   * item: its lines if each is a complete measure, else the item itself.
   *
   * @param item a cleaned item, no marker found in it
   * @return the measures, in order
   */
  static List<String> split(String item) {
    if (item.indexOf('\n') < 0) {
      return List.of(item);
    }
    List<String> lines = new ArrayList<>();
    for (String l : item.split("\n", -1)) {
      String s = l.strip();
      if (!s.isEmpty()) {
        lines.add(s);
      }
    }
    if (lines.size() < 2 || !joinsNothing(lines)) {
      return List.of(item);
    }
    if (sentences(lines) || shortClauses(lines)) {
      List<String> out = new ArrayList<>(lines.size());
      for (String s : lines) {
        int end = s.length();
        while (end > 0 && (s.charAt(end - 1) == '；' || s.charAt(end - 1) == ';')) {
          end--;
        }
        if (end > 0) {
          out.add(s.substring(0, end).strip());
        }
      }
      return out.size() < 2 ? List.of(item) : List.copyOf(out);
    }
    return List.of(item);
  }

  /** No line goes on into the next: open ends, closed starts, brackets across lines. */
  private static boolean joinsNothing(List<String> lines) {
    for (int i = 0; i < lines.size(); i++) {
      String s = lines.get(i);
      char last = s.charAt(s.length() - 1);
      char first = s.charAt(0);
      if (i + 1 < lines.size() && (OPEN_ENDS.indexOf(last) >= 0 || JOINERS.indexOf(last) >= 0)) {
        return false;
      }
      if (i > 0 && (CLOSED_STARTS.indexOf(first) >= 0 || JOINERS.indexOf(first) >= 0)) {
        return false;
      }
      if (!balanced(s)) {
        return false;
      }
    }
    return true;
  }

  private static boolean balanced(String s) {
    int round = 0;
    int quotes = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '（' || c == '(') {
        round++;
      } else if (c == '）' || c == ')') {
        round--;
      } else if (c == '“') {
        quotes++;
      } else if (c == '”') {
        quotes--;
      }
    }
    return round == 0 && quotes == 0;
  }

  private static boolean sentences(List<String> lines) {
    for (int i = 0; i + 1 < lines.size(); i++) {
      String s = lines.get(i);
      if (ENDS.indexOf(s.charAt(s.length() - 1)) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The phases a prevention is split into, as a measures cell heads its parts with them. */
  private static final String[] PHASES = {"事前", "事中", "事后", "事先", "前期", "中期", "后期"};

  /** The most characters after a phase word in its label: 事前防范：, 后期处置措施：. */
  private static final int PHASE_LABEL_TAIL = 4;

  /** Characters after which a cell's next phase label may start. */
  private static final String PHASE_BREAKS = "；;。\n \u3000";

  /**
   * The parts of a measures cell headed by phase labels ({@code 事前：…；事中：…；事后：…}, {@code
   * 前期预防：1.…2.…\n中期监控：1.…}), labels taken off, each part's own items still to be split (the numbers
   * restart in each); null unless the cell starts with such a label and has a second one.
   *
   * @param cell a cleaned measures cell
   * @return the parts, in order, or null
   */
  static @Nullable List<String> phases(String cell) {
    if (cell.length() < 6 || cell.indexOf('：') < 0 && cell.indexOf(':') < 0) {
      return null;
    }
    int start = phaseLabelEnd(cell, 0);
    if (start < 0) {
      return null;
    }
    List<String> parts = new ArrayList<>(4);
    for (int i = start; i < cell.length(); i++) {
      if (PHASE_BREAKS.indexOf(cell.charAt(i)) < 0) {
        continue;
      }
      int next = phaseLabelEnd(cell, i + 1);
      if (next > 0) {
        parts.add(phasePart(cell.substring(start, i + 1)));
        start = next;
        i = next - 1;
      }
    }
    if (parts.isEmpty()) {
      return null;
    }
    parts.add(phasePart(cell.substring(start)));
    parts.removeIf(String::isEmpty);
    return parts;
  }

  /** Where the text after a phase label starting at {@code at} (spaces skipped) begins, or -1. */
  private static int phaseLabelEnd(String cell, int at) {
    int i = at;
    while (i < cell.length() && Character.isWhitespace(cell.charAt(i))
        || i < cell.length() && cell.charAt(i) == '\u3000') {
      i++;
    }
    for (String p : PHASES) {
      if (cell.startsWith(p, i)) {
        for (int j = i + p.length();
            j < cell.length() && j <= i + p.length() + PHASE_LABEL_TAIL;
            j++) {
          char c = cell.charAt(j);
          if (c == '：' || c == ':') {
            return j + 1;
          }
          if (Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN) {
            return -1;
          }
        }
        return -1;
      }
    }
    return -1;
  }

  /** A phase's text without the separator that ended it. */
  private static String phasePart(String text) {
    int end = text.length();
    while (end > 0 && PHASE_BREAKS.indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return text.substring(0, end).strip();
  }

  private static boolean shortClauses(List<String> lines) {
    for (String s : lines) {
      if (s.length() < MIN_SHORT || s.length() > SHORT) {
        return false;
      }
      for (int i = 0; i + 1 < s.length(); i++) {
        if (ENDS.indexOf(s.charAt(i)) >= 0) {
          return false;
        }
      }
    }
    if (lines.size() >= 3) {
      int width = lines.get(0).length();
      boolean even = true;
      for (int i = 1; i + 1 < lines.size(); i++) {
        even &= lines.get(i).length() == width;
      }
      return !even;
    }
    return true;
  }
}
