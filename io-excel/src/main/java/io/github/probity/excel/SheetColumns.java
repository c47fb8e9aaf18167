package io.github.probity.excel;

import java.util.BitSet;

/** The rows of a sheet that also know which of its columns the sheet hides. */
interface SheetColumns {
  /**
   * The 0-based columns the sheet hides; complete once the first row was asked for ({@link
   * java.util.Iterator#hasNext}).
   */
  BitSet hiddenColumns();
}
