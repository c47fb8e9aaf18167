package io.github.probity.excel;

import java.util.ArrayList;
import java.util.List;

/**
 * What text pasted or retyped from elsewhere leaves in a risk point, a manifestation or a measure,
 * taken off: a tab or a run of two or more spaces between Chinese characters (a paste from a table
 * or a chat message). Chinese is written without spaces, so such a blank between two Chinese
 * characters, or between one and Chinese punctuation, is no part of the text. A single space, a
 * full-width space and a line break stay: a writer may put them there (a justified PDF's letter
 * spacing and its line wraps look exactly the same, and nothing tells them apart). Blanks beside
 * Latin letters and digits stay ({@code 超过 50 万元}). People's cells are not tidied here: their
 * blanks separate a role from a name. Stateless.
 */
final class PastedText {
  private PastedText() {}

  /**
   * The text without the blanks a paste left between Chinese characters; the text itself when it
   * holds none (no copy is made).
   *
   * @param t a cleaned text
   * @return the tidied text
   */
  static String tidy(String t) {
    int n = t.length();
    int i = 0;
    while (i < n && t.charAt(i) != ' ' && t.charAt(i) != '\t') {
      i++;
    }
    if (i == n) {
      return t; // the common case: no space or tab at all
    }
    StringBuilder sb = new StringBuilder(n).append(t, 0, i);
    while (i < n) {
      char c = t.charAt(i);
      if (c != ' ' && c != '\t') {
        sb.append(c);
        i++;
        continue;
      }
      int j = i;
      boolean tab = false;
      while (j < n && (t.charAt(j) == ' ' || t.charAt(j) == '\t')) {
        tab |= t.charAt(j) == '\t';
        j++;
      }
      char before = sb.length() > 0 ? sb.charAt(sb.length() - 1) : 0;
      char after = j < n ? t.charAt(j) : 0;
      boolean between =
          before != 0
              && after != 0
              && (han(before) && (han(after) || punctuation(after))
                  || punctuation(before) && han(after));
      if (between && (tab || j - i > 1)) {
        i = j; // a paste's tab or spaces
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

  /** A Chinese character (the unified ideographs, extension A, the compatibility block). */
  private static boolean han(char c) {
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
