package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexLayout;
import io.github.probity.annex.LayoutColumn;
import io.github.probity.grading.ExtraFactor;
import io.github.probity.model.FactorValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A sheet's columns as the writer prints them, resolved once per sheet from its layout: a canonical
 * column, an extra column of the unit's own (filled from the row's extras under its header), an
 * extra factor's column (filled from the point's factor value), and last the hidden column of point
 * ids. Immutable after construction.
 */
final class PrintedColumns {
  /** What fills a column. */
  static final byte CANONICAL = 0;

  static final byte EXTRA = 1;
  static final byte FACTOR = 2;
  static final byte ID = 3;

  /** A column of an owner's factor, its value merged over the owner's rows. */
  static final byte OWNER_FACTOR = 4;

  /** The width of an extra factor's column, in characters. */
  static final int FACTOR_WIDTH = 10;

  final int n;
  final byte[] role;

  /** The canonical column; {@link AnnexColumn#REMARK} (never read) for extra and factor columns. */
  final AnnexColumn[] col;

  final String[] header;
  final int[] width;
  final boolean[] centered;

  /** The factor of each factor column, by column; absent for the others. */
  final Map<Integer, ExtraFactor> factors;

  private PrintedColumns(int n) {
    this.n = n;
    this.role = new byte[n];
    this.col = new AnnexColumn[n];
    this.header = new String[n];
    this.width = new int[n];
    this.centered = new boolean[n];
    this.factors = new HashMap<>();
  }

  /** The layout's columns, then a column per point factor, then the hidden ids. */
  static PrintedColumns of(AnnexLayout layout, List<ExtraFactor> factors) {
    return of(layout, factors, List.of());
  }

  /**
   * The layout's columns, then a column per point factor, then one per owner factor, then the
   * hidden ids.
   */
  static PrintedColumns of(
      AnnexLayout layout, List<ExtraFactor> factors, List<ExtraFactor> ownerFactors) {
    List<LayoutColumn> cols = layout.getColumns();
    PrintedColumns p = new PrintedColumns(cols.size() + factors.size() + ownerFactors.size() + 1);
    int c = 0;
    for (LayoutColumn lc : cols) {
      AnnexColumn canonical = lc.getColumn().orElse(AnnexColumn.REMARK);
      p.role[c] = lc.isExtra() ? EXTRA : CANONICAL;
      p.col[c] = canonical;
      p.header[c] = lc.getHeader();
      p.width[c] = lc.getWidth();
      p.centered[c] = !lc.isExtra() && SheetWriter.centered(canonical);
      c++;
    }
    for (ExtraFactor f : factors) {
      p.role[c] = FACTOR;
      p.col[c] = AnnexColumn.REMARK;
      p.header[c] = f.getLabel();
      p.width[c] = Math.max(FACTOR_WIDTH, Math.min(16, f.getLabel().length() * 2 + 2));
      p.centered[c] = true;
      p.factors.put(c, f);
      c++;
    }
    for (ExtraFactor f : ownerFactors) {
      p.role[c] = OWNER_FACTOR;
      p.col[c] = AnnexColumn.REMARK;
      p.header[c] = f.getLabel();
      p.width[c] = Math.max(FACTOR_WIDTH, Math.min(16, f.getLabel().length() * 2 + 2));
      p.centered[c] = true;
      p.factors.put(c, f);
      c++;
    }
    p.role[c] = ID;
    p.col[c] = AnnexColumn.POINT_ID;
    p.header[c] = AnnexColumn.POINT_ID.displayName();
    p.width[c] = AnnexColumn.POINT_ID.width();
    p.centered[c] = true;
    return p;
  }

  /** The number of visible columns: all but the hidden ids. */
  int visible() {
    return n - 1;
  }

  /** The index of a canonical column, or -1. */
  int indexOf(AnnexColumn column) {
    for (int c = 0; c < n; c++) {
      if (role[c] == CANONICAL && col[c] == column || role[c] == ID && column == col[c]) {
        return c;
      }
    }
    return -1;
  }

  /**
   * The visible widths after {@link Sheets#fit(int[], boolean[])}: the paper's printable width at
   * {@link Sheets#MIN_SCALE} holds them, or the table is too wide for 9 pt on A3.
   */
  int[] visibleWidths() {
    int[] w = new int[n];
    for (int c = 0; c < visible(); c++) {
      w[c] = width[c];
    }
    return w;
  }

  /** Which columns wrap their text and may be narrowed. */
  boolean[] wraps() {
    boolean[] w = new boolean[n];
    for (int c = 0; c < visible(); c++) {
      w[c] = !centered[c];
    }
    return w;
  }

  /**
   * A factor value as its cell prints it: a number in its shortest form; a code by its label when
   * no other code of the factor has the same label, else the code.
   */
  static String text(ExtraFactor factor, FactorValue value) {
    if (value.code().isEmpty()) {
      return value.toString();
    }
    String code = value.code().get();
    String label = factor.getCodes().get(code);
    if (label == null) {
      return code;
    }
    int same = 0;
    for (String l : factor.getCodes().values()) {
      same += l.equals(label) ? 1 : 0;
    }
    return same == 1 && !factor.getCodes().containsKey(label) ? label : code;
  }

  /** The headers of the visible columns, for messages. */
  List<String> visibleHeaders() {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < visible(); c++) {
      out.add(header[c]);
    }
    return out;
  }
}
