package io.github.probity.testkit;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One annex table drawn in a foreign layout by {@link ForeignLayouts}: the sheet as a writer should
 * put it into a workbook, and what a reader should give back from it.
 *
 * <p>The sheet is a grid of cell texts ({@link #getCells()}, row 0 is the sheet's first row; an
 * empty string is an empty cell; every row has {@link #getWidth()} cells) and merged ranges in
 * {@code A1:H1} notation ({@link #getMerges()}). The value of a merged range is in its top-left
 * cell; the other cells of the range are empty in the grid, as a spreadsheet stores them.
 *
 * <p>What a reader should give back: one {@link AnnexRow} per data row in order ({@link
 * #getExpectedRows()}), the values a reader keeps beside each row because their column means no
 * canonical column ({@link #getExpectedExtras()}, by header as printed, blank values left out), and
 * the 1-based sheet row each came from ({@link #getRowNumbers()}). Fields of columns the layout
 * left out are absent in the expected rows (a missing category is {@link
 * io.github.probity.model.RiskCategory#UNSPECIFIED}, a level cell left blank is no level).
 *
 * <p>Immutable and thread-safe; {@link #getCells()} returns fresh copies of the rows.
 *
 * @since 0.1.0
 */
public final class ForeignTable {
  private final AnnexKind kind;
  private final String sheetName;
  private final int width;
  private final List<String[]> cells;
  private final List<String> merges;
  private final List<AnnexRow> expectedRows;
  private final List<Map<String, String>> expectedExtras;
  private final List<Integer> rowNumbers;
  private final List<String> features;

  ForeignTable(
      AnnexKind kind,
      String sheetName,
      int width,
      List<String[]> cells,
      List<String> merges,
      List<AnnexRow> expectedRows,
      List<Map<String, String>> expectedExtras,
      List<Integer> rowNumbers,
      List<String> features) {
    this.kind = kind;
    this.sheetName = sheetName;
    this.width = width;
    List<String[]> copy = new ArrayList<>(cells.size());
    for (String[] row : cells) {
      copy.add(row.clone());
    }
    this.cells = Collections.unmodifiableList(copy);
    this.merges = List.copyOf(merges);
    this.expectedRows = List.copyOf(expectedRows);
    List<Map<String, String>> extras = new ArrayList<>(expectedExtras.size());
    for (Map<String, String> e : expectedExtras) {
      extras.add(Collections.unmodifiableMap(new LinkedHashMap<>(e)));
    }
    this.expectedExtras = Collections.unmodifiableList(extras);
    this.rowNumbers = List.copyOf(rowNumbers);
    this.features = List.copyOf(features);
  }

  /** {@return the kind of table drawn} */
  public AnnexKind getKind() {
    return kind;
  }

  /**
   * Returns the sheet's name, such as {@code 附件2 科室} or {@code Sheet1}.
   *
   * @return the sheet name, at most 31 characters
   */
  public String getSheetName() {
    return sheetName;
  }

  /**
   * Returns the number of columns of the grid.
   *
   * @return the width, at least 2
   */
  public int getWidth() {
    return width;
  }

  /**
   * Returns the grid of cell texts, top row first: title rows, one or two header rows, data rows
   * with any blank spacer rows between them, note rows. An empty string is an empty cell.
   *
   * @return copies of the rows, each of {@link #getWidth()} cells
   */
  public List<String[]> getCells() {
    List<String[]> copy = new ArrayList<>(cells.size());
    for (String[] row : cells) {
      copy.add(row.clone());
    }
    return copy;
  }

  /**
   * Returns the merged ranges in {@code A1} notation, e.g. {@code A1:H1} (a title across the table)
   * or {@code B4:B6} (a department over its three rows); columns and rows as in {@link
   * #getCells()}, row 0 being sheet row 1.
   *
   * @return the ranges, each at least two cells
   */
  public List<String> getMerges() {
    return merges;
  }

  /** {@return the rows a reader should give back, in sheet order} */
  public List<AnnexRow> getExpectedRows() {
    return expectedRows;
  }

  /**
   * Returns, for each expected row, the values of the columns that mean no canonical column (such
   * as {@code 状态}, {@code 创建时间}, {@code 备注}, {@code 联系电话}), keyed by the header as printed with
   * leading and trailing blanks removed; blank values are left out.
   *
   * @return the expected extras, one map per expected row
   */
  public List<Map<String, String>> getExpectedExtras() {
    return expectedExtras;
  }

  /**
   * Returns the 1-based sheet row number of each expected row.
   *
   * @return the row numbers, one per expected row
   */
  public List<Integer> getRowNumbers() {
    return rowNumbers;
  }

  /**
   * Returns what was drawn, one tag per choice ({@code header:two-row-grouped}, {@code
   * numbering:CIRCLED}, {@code wording:LEVEL=风险级别} …), for failure messages.
   *
   * @return the tags
   */
  public List<String> getFeatures() {
    return features;
  }

  /**
   * Returns the sheet as text: its name, the features, the merges and the grid with 1-based row
   * numbers, line breaks inside cells shown as {@code ⏎}.
   *
   * @return a readable dump of the table
   */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder();
    sb.append("sheet ").append(sheetName).append(" (").append(kind).append(")\n");
    sb.append("features ").append(features).append('\n');
    sb.append("merges ").append(merges).append('\n');
    for (int r = 0; r < cells.size(); r++) {
      sb.append(r + 1).append(": ");
      String[] row = cells.get(r);
      for (int c = 0; c < row.length; c++) {
        if (c > 0) {
          sb.append(" | ");
        }
        sb.append(row[c].replace("\n", "⏎"));
      }
      sb.append('\n');
    }
    return sb.toString();
  }
}
