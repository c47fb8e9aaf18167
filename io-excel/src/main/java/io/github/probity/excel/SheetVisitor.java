package io.github.probity.excel;

import java.util.Iterator;
import java.util.List;

/** Receives each sheet of a workbook with its merged ranges and its rows, in order. */
interface SheetVisitor {
  void sheet(String name, List<int[]> merges, Iterator<TableReader.RawRow> rows)
      throws WorkbookRejectedException;

  /**
   * Tells whether a sheet is to be read at all; a sheet not read is not even inflated. By default
   * every sheet is, but the {@linkplain LedgerSheet ledger} and the {@linkplain LayoutSheet
   * layouts} Probity keeps in its own workbooks.
   */
  default boolean reads(String name) {
    return !LedgerSheet.NAME.equals(name) && !LayoutSheet.NAME.equals(name);
  }

  /**
   * Hears, before the first sheet, that the workbook counts date serials from 1904-01-01 (the 1904
   * date system of Mac Excel) rather than from 1899-12-30; numbers in its cells are as written.
   */
  default void date1904() {}

  /**
   * Tells whether text struck through (a revision's deletion) is to be left out of the cells and
   * handed on beside them ({@link TableReader.RawRow#struck}); by default it is read as written.
   */
  default boolean leavesOutStruck() {
    return false;
  }

  /**
   * Hears, just before a sheet, the range its print area covers (0-based {firstRow, firstCol,
   * lastRow, lastCol}); not called for a sheet without one.
   */
  default void printArea(String sheet, int[] range) {}

  /**
   * Tells whether a sheet the workbook hides (hidden or very hidden) is to be read; asked only of a
   * sheet {@link #reads(String)} accepts. By default it is.
   */
  default boolean readsHidden(String name) {
    return true;
  }

  /**
   * Hears, before the first sheet, the names of the sheets the workbook shows (not those it hides),
   * in order.
   */
  default void sheetNames(List<String> names) {}

  /**
   * Tells whether a sheet is to be visited before the others (in their order), e.g. the {@linkplain
   * LayoutSheet layouts} Probity keeps in its own workbooks, which say how to read the tables.
   */
  default boolean readsFirst(String name) {
    return false;
  }
}
