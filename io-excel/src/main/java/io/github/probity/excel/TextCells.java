package io.github.probity.excel;

/**
 * Makes text safe for a cell: characters XML 1.0 cannot carry are replaced with U+FFFD. Text is
 * always written as a string cell with the text number format, so a leading {@code = + - @}, tab or
 * CR never turns it into a formula.
 */
final class TextCells {
  private TextCells() {}

  static String safe(String text) {
    int n = text.length();
    for (int i = 0; i < n; i++) {
      if (!valid(text, i)) {
        return replace(text);
      }
    }
    return text;
  }

  private static String replace(String text) {
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      sb.append(valid(text, i) ? text.charAt(i) : '\uFFFD');
    }
    return sb.toString();
  }

  private static boolean valid(String s, int i) {
    char c = s.charAt(i);
    if (c >= 0x20 && c < 0xD800) {
      return true;
    }
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
    return c >= 0xE000 && c != 0xFFFE && c != 0xFFFF;
  }
}
