package io.github.probity.excel;

import java.util.ArrayList;
import java.util.List;

/**
 * What text pasted or retyped from elsewhere leaves in a risk point, a manifestation or a measure,
 * taken off: blanks between Chinese characters (a tab, doubled spaces, a no-break space turned into
 * a space, the single spaces of a justified PDF's letter spacing) and a PDF's line wrap (a break in
 * the middle of a sentence). Chinese is written without spaces, so a blank between two Chinese
 * characters, or between one and Chinese punctuation, is no part of the text; a line break stays
 * after the end of a sentence ({@code 。} {@code ；} {@code ！} {@code ？}). Blanks beside Latin
 * letters and digits stay ({@code 超过 50 万元}). People's cells are not tidied here: their blanks
 * separate a role from a name. Stateless.
 */
final class PastedText {
  /** Ends of a sentence, after which a line break is the writer's own. */
  private static final String ENDS = "。；;！!？?";

  private PastedText() {}

  /**
   * The text without the blanks and line wraps a paste left between Chinese characters; the text
   * itself when it holds none (no copy is made).
   *
   * @param t a cleaned text
   * @return the tidied text
   */
  static String tidy(String t) {
    int n = t.length();
    int i = 0;
    while (i < n && !blank(t.charAt(i))) {
      i++;
    }
    if (i == n) {
      return t; // the common case: no blank at all
    }
    StringBuilder sb = new StringBuilder(n).append(t, 0, i);
    while (i < n) {
      char c = t.charAt(i);
      if (!blank(c)) {
        sb.append(c);
        i++;
        continue;
      }
      int j = i;
      boolean lineBreak = false;
      while (j < n && blank(t.charAt(j))) {
        lineBreak |= t.charAt(j) == '\n';
        j++;
      }
      char before = sb.length() > 0 ? sb.charAt(sb.length() - 1) : 0;
      char after = j < n ? t.charAt(j) : 0;
      boolean between =
          before != 0
              && after != 0
              && (han(before) && (han(after) || punctuation(after))
                  || punctuation(before) && han(after));
      if (between && !(lineBreak && ENDS.indexOf(before) >= 0)) {
        i = j; // a paste's blank or a PDF's line wrap
        continue;
      }
      sb.append(t, i, j);
      i = j;
    }
    return sb.toString();
  }

  /** Each text {@link #tidy tidied}; the list itself when none changes. */
  static List<String> tidy(List<String> texts) {
    List<String> out = null;
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i);
      String tidied = tidy(t);
      if (tidied != t && out == null) {
        out = new ArrayList<>(texts.subList(0, i));
      }
      if (out != null) {
        out.add(tidied);
      }
    }
    return out == null ? texts : out;
  }

  private static boolean blank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u3000';
  }

  /** A Chinese character (the unified ideographs, extension A, the compatibility block). */
  static boolean han(char c) {
    return c >= '\u4E00' && c <= '\u9FFF'
        || c >= '\u3400' && c <= '\u4DBF'
        || c >= '\uF900' && c <= '\uFAFF';
  }

  /** Chinese punctuation: the CJK symbols block, full-width forms, curly quotes. */
  private static boolean punctuation(char c) {
    return c >= '\u3001' && c <= '\u303F'
        || c >= '\uFF01' && c <= '\uFF0F'
        || c >= '\uFF1A' && c <= '\uFF20'
        || c >= '\uFF3B' && c <= '\uFF40'
        || c >= '\uFF5B' && c <= '\uFF65'
        || c >= '\u2018' && c <= '\u201D';
  }
}
