package io.github.probity.validation;

/**
 * Text checks that Bean Validation's {@code @NotBlank} cannot make: it trims only ASCII control
 * characters and spaces, so a full-width space (U+3000), a no-break space or a zero-width space
 * passes it. Stateless and thread-safe.
 */
final class Texts {
  private Texts() {}

  /** Tells whether a code point is white space or an invisible format character. */
  static boolean isSpace(int cp) {
    // fast answers for visible ASCII and for CJK text: no space lies in either range
    if ((cp > ' ' && cp < 0x7F) || (cp > 0x3000 && cp < 0xFEFF)) {
      return false;
    }
    return Character.isWhitespace(cp)
        || Character.isSpaceChar(cp)
        || cp == 0x200B
        || cp == 0x200C
        || cp == 0x200D
        || cp == 0x2060
        || cp == 0xFEFF;
  }

  /** Tells whether the text is empty once white space of every width and invisible marks go. */
  static boolean isBlank(String text) {
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      if (!isSpace(cp)) {
        return false;
      }
      i += Character.charCount(cp);
    }
    return true;
  }

  /** Tells whether {@link #comparable(String)} would return the text unchanged. */
  static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char ch = text.charAt(i);
      if ((ch >= 'A' && ch <= 'Z')
          || ch <= ' '
          || (ch >= 0x2000 && ch <= 0x200D)
          || ch == 0x2028
          || ch == 0x2029
          || ch == 0x202F
          || ch == 0x205F
          || ch == 0x2060
          || ch >= 0xFF01
          || ch == 0x3000
          || ch == 0xFEFF
          || ch == 0x00A0
          || ch == 0x1680
          || Character.isSurrogate(ch)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns the text as compared for duplicates: spaces of every width dropped, full-width ASCII
   * forms folded to ASCII, ASCII letters lower-cased.
   */
  static String comparable(String text) {
    if (isPlain(text)) {
      return text;
    }
    StringBuilder sb = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); ) {
      int cp = text.codePointAt(i);
      i += Character.charCount(cp);
      if (isSpace(cp)) {
        continue;
      }
      if (cp >= 0xFF01 && cp <= 0xFF5E) {
        cp -= 0xFEE0;
      }
      if (cp >= 'A' && cp <= 'Z') {
        cp += 'a' - 'A';
      }
      sb.appendCodePoint(cp);
    }
    return sb.toString();
  }
}
