package io.github.probity.excel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Expands merged ranges while rows stream by: the value of a range's top-left cell is given to
 * every cell of the range. Rows must come in ascending order. One instance per sheet, one thread.
 */
final class MergeFiller {
  /** Tables have a few dozen columns; merges are not expanded past this column. */
  static final int MAX_COLUMN = 255;

  private final List<int[]> ranges;
  private int next;
  private String[] fillValue = new String[0];
  private int[] fillUntil = new int[0];
  private int[] fillTop = new int[0];

  MergeFiller(List<int[]> merges) {
    this.ranges = new ArrayList<>(merges.size());
    for (int[] m : merges) {
      if (m[1] <= MAX_COLUMN) {
        this.ranges.add(new int[] {m[0], m[1], m[2], Math.min(m[3], MAX_COLUMN)});
      }
    }
    this.ranges.sort(Comparator.comparingInt(r -> r[0]));
  }

  /** The cells of one row after expansion, and for each cell the top row (0-based) of its range. */
  static final class Filled {
    final String[] values;
    final int[] mergeTop;

    Filled(String[] values, int[] mergeTop) {
      this.values = values;
      this.mergeTop = mergeTop;
    }

    /** Tells whether the cell got its value from a range that starts on an earlier row. */
    boolean fromAbove(int column, int row) {
      return column < mergeTop.length && mergeTop[column] >= 0 && mergeTop[column] < row;
    }
  }

  /** Expands a row given by 0-based index and its own cells. */
  Filled fill(int row, String[] own) {
    while (next < ranges.size() && ranges.get(next)[0] < row) {
      next++; // a range whose top row never came: nothing to copy
    }
    int width = own.length;
    int first = next; // the ranges starting on this row are ranges[first, next)
    while (next < ranges.size() && ranges.get(next)[0] == row) {
      width = Math.max(width, ranges.get(next++)[3] + 1);
    }
    for (int c = 0; c < fillUntil.length; c++) {
      if (fillUntil[c] >= row) {
        width = Math.max(width, c + 1);
      }
    }
    ensure(width);
    String[] values = Arrays.copyOf(own, width);
    int[] top = new int[width];
    Arrays.fill(top, -1);
    for (int c = 0; c < width; c++) {
      if (values[c] == null) {
        values[c] = "";
      }
      if (fillUntil[c] >= row && values[c].isEmpty()) {
        values[c] = fillValue[c];
        top[c] = fillTop[c];
      }
    }
    for (int i = first; i < next; i++) {
      int[] r = ranges.get(i);
      String v = r[1] < own.length && own[r[1]] != null ? own[r[1]] : "";
      for (int c = r[1]; c <= r[3]; c++) {
        fillValue[c] = v;
        fillUntil[c] = r[2];
        fillTop[c] = row;
        if (c != r[1] && values[c].isEmpty()) {
          values[c] = v;
        }
        top[c] = row;
      }
    }
    return new Filled(values, top);
  }

  private void ensure(int width) {
    if (fillUntil.length < width) {
      int old = fillUntil.length;
      fillValue = Arrays.copyOf(fillValue, width);
      fillUntil = Arrays.copyOf(fillUntil, width);
      fillTop = Arrays.copyOf(fillTop, width);
      for (int c = old; c < width; c++) {
        fillValue[c] = "";
        fillUntil[c] = -1;
        fillTop[c] = -1;
      }
    }
  }
}
