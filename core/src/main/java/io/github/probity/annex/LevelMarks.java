package io.github.probity.annex;

import io.github.probity.model.InvalidCodeException;
import io.github.probity.model.RiskLevel;
import org.jspecify.annotations.Nullable;

/**
 * Finds the level mark inside a cell, behind {@link AnnexText#levelInText(String)}. Stateless and
 * thread-safe.
 */
final class LevelMarks {
  private static final String OPEN = "（([【〔［";
  private static final String CLOSE = "）)]】〕］";

  /** Labels before a level word, longest first. */
  private static final String[] LABELS = {"风险等级", "风险级别", "等级", "级别"};

  /** Separators between the text and a mark, dropped with it. */
  private static final String JOINERS = "，,；;、：:";

  /** The longest level word looked up ({@code 一般风险}, {@code III级}). */
  private static final int MAX_WORD = 6;

  private LevelMarks() {}

  /** Takes the level mark out of a cleaned cell. */
  static LevelledText extract(String t) {
    if (t.isEmpty()) {
      return LevelledText.of(t);
    }
    LevelledText r = trailing(t);
    if (r == null) {
      r = leading(t);
    }
    return r == null ? LevelledText.of(t) : r;
  }

  /** A mark at the end, possibly before a final {@code 。} that stays or a {@code ；} that goes. */
  private static @Nullable LevelledText trailing(String t) {
    int end = t.length();
    while (end > 0 && (t.charAt(end - 1) == '；' || t.charAt(end - 1) == ';')) {
      end--;
    }
    String tail = "";
    if (end > 0 && t.charAt(end - 1) == '。') {
      tail = "。";
      end--;
    }
    while (end > 0 && Character.isWhitespace(t.charAt(end - 1))) {
      end--;
    }
    if (end == 0) {
      return null;
    }
    char c = t.charAt(end - 1);
    if (isStar(c)) {
      int s = end;
      int full = 0;
      while (s > 0 && isStar(t.charAt(s - 1))) {
        s--;
        full += t.charAt(s) == '★' ? 1 : 0;
      }
      return full >= 1 && full <= 3 ? result(t, 0, s, tail, RiskLevel.ofRank(full)) : null;
    }
    if (CLOSE.indexOf(c) >= 0) {
      int open = end - 2;
      while (open >= 0 && OPEN.indexOf(t.charAt(open)) < 0) {
        open--;
      }
      if (open < 0) {
        return null;
      }
      RiskLevel level = word(t.substring(open + 1, end - 1));
      return level == null ? null : result(t, 0, open, tail, level);
    }
    return labelled(t, end, tail);
  }

  /** {@code …，风险等级：高} at the end. */
  private static @Nullable LevelledText labelled(String t, int end, String tail) {
    int colon = Math.max(t.lastIndexOf('：', end - 1), t.lastIndexOf(':', end - 1));
    if (colon < 0 || end - colon - 1 > MAX_WORD) {
      return null;
    }
    int labelEnd = colon;
    while (labelEnd > 0 && Character.isWhitespace(t.charAt(labelEnd - 1))) {
      labelEnd--;
    }
    for (String label : LABELS) {
      if (t.startsWith(label, labelEnd - label.length())) {
        RiskLevel level = levelWord(t.substring(colon + 1, end));
        return level == null ? null : result(t, 0, labelEnd - label.length(), tail, level);
      }
    }
    return null;
  }

  /**
   * A mark at the start of a cleaned, non-empty cell: {@code 【高】公车私用}, {@code ★★★公车私用}; or null.
   */
  static @Nullable LevelledText leading(String t) {
    char c = t.charAt(0);
    int len = t.length();
    if (isStar(c)) {
      int e = 0;
      int full = 0;
      while (e < len && isStar(t.charAt(e))) {
        full += t.charAt(e) == '★' ? 1 : 0;
        e++;
      }
      return full >= 1 && full <= 3 ? result(t, e, len, "", RiskLevel.ofRank(full)) : null;
    }
    if (OPEN.indexOf(c) < 0) {
      return null;
    }
    int close = 1;
    while (close < len && CLOSE.indexOf(t.charAt(close)) < 0) {
      close++;
    }
    if (close >= len) {
      return null;
    }
    RiskLevel level = word(t.substring(1, close));
    return level == null ? null : result(t, close + 1, len, "", level);
  }

  /** The text from {@code from} to {@code to} without joiners at its ends, then {@code tail}. */
  private static LevelledText result(String t, int from, int to, String tail, RiskLevel level) {
    int s = from;
    int e = to;
    while (s < e && isJoiner(t.charAt(s))) {
      s++;
    }
    while (e > s && isJoiner(t.charAt(e - 1))) {
      e--;
    }
    String text = t.substring(s, e);
    return LevelledText.of(text.isEmpty() ? text : text + tail, level);
  }

  private static boolean isJoiner(char c) {
    return Character.isWhitespace(c) || JOINERS.indexOf(c) >= 0;
  }

  private static boolean isStar(char c) {
    return c == '★' || c == '☆';
  }

  /** The level inside brackets: a level word, possibly after a label ({@code 风险等级：高}). */
  private static @Nullable RiskLevel word(String content) {
    String w = content.strip();
    for (String label : LABELS) {
      if (w.startsWith(label)) {
        int i = label.length();
        while (i < w.length() && isJoiner(w.charAt(i))) {
          i++;
        }
        w = w.substring(i);
        break;
      }
    }
    return levelWord(w);
  }

  /**
   * The level a word names: ★ counted (☆ count for nothing), else what {@link RiskLevel#parse}
   * accepts, also with 风险 after it ({@code 二级风险}); never a word of ASCII letters or {@code *} alone
   * ({@code H}, {@code ***}), which are too common in ordinary text.
   */
  private static @Nullable RiskLevel levelWord(String word) {
    String w = word.strip();
    if (w.isEmpty() || w.length() > MAX_WORD) {
      return null;
    }
    int full = 0;
    boolean stars = true;
    boolean ascii = true;
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      stars &= isStar(c);
      ascii &= c < 0x80;
      full += c == '★' ? 1 : 0;
    }
    if (stars) {
      return full >= 1 && full <= 3 ? RiskLevel.ofRank(full) : null;
    }
    if (ascii) {
      return null;
    }
    RiskLevel level = parse(w);
    if (level == null && w.length() > 2 && w.endsWith("风险")) {
      level = parse(w.substring(0, w.length() - 2));
    }
    return level;
  }

  private static @Nullable RiskLevel parse(String w) {
    try {
      return RiskLevel.parse(w);
    } catch (InvalidCodeException e) {
      return null;
    }
  }
}
