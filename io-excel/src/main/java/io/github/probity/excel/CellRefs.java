package io.github.probity.excel;

import org.jspecify.annotations.Nullable;

/** A1-style cell references: parsing ranges and naming cells. Stateless. */
final class CellRefs {
  private CellRefs() {}

  /** Returns {@code C12} for 0-based column 2 and 1-based row 12. */
  static String cell(int column, int rowNumber) {
    return column(column) + rowNumber;
  }

  static String column(int column) {
    StringBuilder sb = new StringBuilder();
    int c = column + 1;
    while (c > 0) {
      int rem = (c - 1) % 26;
      sb.insert(0, (char) ('A' + rem));
      c = (c - 1) / 26;
    }
    return sb.toString();
  }

  /**
   * Returns the 0-based column named by the letters a reference starts with ({@code AB12} → 27),
   * ignoring {@code $}; -1 if it starts with no letter. Counting stops once the column is past
   * {@code limit}, so any longer run of letters gives a value past it.
   */
  static int columnOf(String ref, int limit) {
    int col = 0;
    for (int i = 0; i < ref.length() && col <= limit; i++) {
      char ch = ref.charAt(i);
      if (ch >= 'A' && ch <= 'Z') {
        col = col * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        col = col * 26 + (ch - 'a' + 1);
      } else if (ch != '$') {
        break;
      }
    }
    return col - 1;
  }

  /** {@link #columnOf(String, int)} of the reference in {@code buf[start, end)}. */
  static int columnOf(char[] buf, int start, int end, int limit) {
    int col = 0;
    for (int i = start; i < end && col <= limit; i++) {
      char ch = buf[i];
      if (ch >= 'A' && ch <= 'Z') {
        col = col * 26 + (ch - 'A' + 1);
      } else if (ch >= 'a' && ch <= 'z') {
        col = col * 26 + (ch - 'a' + 1);
      } else if (ch != '$') {
        break;
      }
    }
    return col - 1;
  }

  private static boolean isLetter(char ch) {
    return (ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z');
  }

  /** Parses {@code A1:C3} (or {@code B2}) into 0-based {firstRow, firstCol, lastRow, lastCol}. */
  static int @Nullable [] range(String ref) {
    int colon = ref.indexOf(':');
    int[] a = point(colon < 0 ? ref : ref.substring(0, colon));
    int[] b = colon < 0 ? a : point(ref.substring(colon + 1));
    if (a == null || b == null) {
      return null;
    }
    return new int[] {
      Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[0], b[0]), Math.max(a[1], b[1])
    };
  }

  private static int @Nullable [] point(String ref) {
    String s = ref.replace("$", "");
    int i = 0;
    while (i < s.length() && isLetter(s.charAt(i))) {
      i++;
    }
    if (i == 0 || i > 3 || i == s.length() || s.length() - i > 7) {
      return null;
    }
    int col = columnOf(s, Integer.MAX_VALUE); // three letters at most: no overflow
    int row;
    try {
      row = Integer.parseInt(s.substring(i));
    } catch (NumberFormatException ex) {
      return null;
    }
    if (row < 1) {
      return null;
    }
    return new int[] {row - 1, col};
  }
}
