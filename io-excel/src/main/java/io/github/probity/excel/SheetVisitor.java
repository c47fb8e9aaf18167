package io.github.probity.excel;

import java.util.Iterator;
import java.util.List;

/** Receives each sheet of a workbook with its merged ranges and its rows, in order. */
interface SheetVisitor {
  void sheet(String name, List<int[]> merges, Iterator<TableReader.RawRow> rows)
      throws WorkbookRejectedException;
}
