package io.github.probity.finding;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Where a {@link Finding} is, in the terms of the input it was found in.
 *
 * <p>Four kinds, one per kind of input: a {@link ModelPath} in a ledger, a {@link Cell} of a
 * workbook, a {@link JsonPointer} into a JSON document and a {@link PlanField} of an implementation
 * plan. {@link #text()} prints any of them; test the kind with {@code instanceof} to read its
 * parts.
 *
 * @since 0.1.0
 */
public sealed interface Location
    permits Location.ModelPath, Location.Cell, Location.JsonPointer, Location.PlanField {

  /**
   * Returns the location as printed: {@code departments[D03].riskPoints[RP-0042]}, {@code 附件3
   * 个人!C12}, {@code /ledger/riskPoints/3 (line 4, column 9)}, {@code phases[1].start}.
   *
   * @return the text; empty for the input as a whole
   */
  String text();

  /**
   * Returns a place in a ledger.
   *
   * @param path the model path, e.g. {@code departments[D03].riskPoints[RP-0042].measures}; empty
   *     for the ledger as a whole
   * @return the location
   */
  static ModelPath modelPath(String path) {
    return new ModelPath(path);
  }

  /**
   * Returns a place in a JSON document.
   *
   * @param pointer the JSON pointer (RFC 6901); empty for the document
   * @param line the 1-based line, or {@code -1} when unknown
   * @param column the 1-based column, or {@code -1} when unknown
   * @return the location
   */
  static JsonPointer jsonPointer(String pointer, int line, int column) {
    return new JsonPointer(pointer, line, column);
  }

  /**
   * Returns a place in an implementation plan.
   *
   * @param path the field's path, e.g. {@code phases[1].start}; empty for the whole plan
   * @return the location
   */
  static PlanField planField(String path) {
    return new PlanField(path);
  }

  /**
   * Returns the workbook as a whole.
   *
   * @return the location
   */
  static Cell workbook() {
    return new Cell(
        Optional.empty(),
        OptionalInt.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /**
   * An element of a ledger, named by ids along the unit's structure.
   *
   * @param path e.g. {@code departments[D03].riskPoints[RP-0042].measures}; empty for the ledger
   */
  record ModelPath(String path) implements Location {
    /**
     * Checks the path.
     *
     * @param path the path
     */
    public ModelPath {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String text() {
      return path;
    }
  }

  /**
   * A workbook, a sheet, a row or a cell: each part is present down to the most precise one known.
   *
   * @param sheet the sheet's name; empty for the workbook as a whole
   * @param row the 1-based row; empty for a sheet as a whole
   * @param cell the cell's reference such as {@code C12}; empty for a row as a whole
   * @param header the header of the cell's column as printed in the file
   * @param rawValue the cell's text as found (for a row, its first text)
   */
  record Cell(
      Optional<String> sheet,
      OptionalInt row,
      Optional<String> cell,
      Optional<String> header,
      Optional<String> rawValue)
      implements Location {

    /**
     * Checks that no part is null.
     *
     * @param sheet the sheet's name
     * @param row the 1-based row
     * @param cell the cell's reference
     * @param header the header of the cell's column
     * @param rawValue the cell's text as found
     * @throws IllegalArgumentException if the row is below 1
     */
    public Cell {
      Objects.requireNonNull(sheet, "sheet");
      Objects.requireNonNull(row, "row");
      Objects.requireNonNull(cell, "cell");
      Objects.requireNonNull(header, "header");
      Objects.requireNonNull(rawValue, "rawValue");
      if (row.isPresent() && row.getAsInt() < 1) {
        throw new IllegalArgumentException("rows are numbered from 1: " + row.getAsInt());
      }
    }

    /**
     * Returns {@code sheet!C12} for a cell, {@code sheet!12} for a row, {@code sheet} for a sheet
     * and empty text for the workbook; header and raw value are not part of it.
     */
    @Override
    public String text() {
      if (sheet.isEmpty()) {
        return "";
      }
      if (cell.isPresent()) {
        return sheet.get() + "!" + cell.get();
      }
      return row.isPresent() ? sheet.get() + "!" + row.getAsInt() : sheet.get();
    }
  }

  /**
   * A value in a JSON document.
   *
   * @param pointer the JSON pointer (RFC 6901) of the value; empty for the document
   * @param line the 1-based line, or {@code -1} when unknown
   * @param column the 1-based column, or {@code -1} when unknown
   */
  record JsonPointer(String pointer, int line, int column) implements Location {
    /**
     * Checks line and column.
     *
     * @param pointer the JSON pointer
     * @param line the 1-based line, or {@code -1}
     * @param column the 1-based column, or {@code -1}
     * @throws IllegalArgumentException if line or column is below {@code -1}
     */
    public JsonPointer {
      Objects.requireNonNull(pointer, "pointer");
      if (line < -1 || column < -1) {
        throw new IllegalArgumentException("line and column must be -1 or positive");
      }
    }

    /** Returns {@code pointer (line L, column C)}, {@code /} for the document. */
    @Override
    public String text() {
      String p = pointer.isEmpty() ? "/" : pointer;
      return line < 0 ? p : p + " (line " + line + ", column " + column + ")";
    }
  }

  /**
   * A field of an implementation plan.
   *
   * @param path e.g. {@code phases[1].start}; empty for the whole plan
   */
  record PlanField(String path) implements Location {
    /**
     * Checks the path.
     *
     * @param path the path
     */
    public PlanField {
      Objects.requireNonNull(path, "path");
    }

    @Override
    public String text() {
      return path;
    }
  }
}
