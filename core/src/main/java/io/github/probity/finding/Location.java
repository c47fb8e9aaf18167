package io.github.probity.finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

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
   * Returns a place in a ledger, read from its printed form. Rules build their paths with {@code
   * io.github.probity.validation.Paths} instead; this reads paths that were printed, such as those
   * of a JSON validation report.
   *
   * @param path the model path, e.g. {@code departments[D03].riskPoints[RP-0042].measures}; empty
   *     for the ledger as a whole
   * @return the location, whose {@link ModelPath#text()} equals {@code path} for every path Probity
   *     prints
   */
  static ModelPath modelPath(String path) {
    return ModelPath.parse(path);
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
   * An element of a ledger or one of its properties, named by ids along the unit's structure: a
   * list of {@link Segment}s, each a property name with, for an element of a list, the element's
   * key. {@code departments[D03].riskPoints[RP-0042].measures[M-1].deadline} has four segments; the
   * ledger as a whole has none.
   *
   * <p>Paths are built by {@code io.github.probity.validation.Paths} and extended with {@link
   * #property} and {@link #element}; {@link Location#modelPath(String)} reads a printed one.
   *
   * @param segments the segments from the ledger down; empty for the ledger as a whole
   */
  record ModelPath(List<Segment> segments) implements Location {
    /** The path of the ledger as a whole: no segments, printed as empty text. */
    public static final ModelPath LEDGER = new ModelPath(List.of());

    /** The properties under which a ledger's structure lists risk owners. */
    private static final Set<String> OWNERS =
        Set.of("leadershipGroup", "leaders", "departments", "posts");

    /**
     * Copies the segments.
     *
     * @param segments the segments from the ledger down
     */
    public ModelPath {
      segments = List.copyOf(segments);
    }

    /**
     * Returns this path followed by a property, e.g. {@code deadline}.
     *
     * @param name the property's name
     * @return the longer path
     */
    public ModelPath property(String name) {
      return then(new Segment(name, Optional.empty()));
    }

    /**
     * Returns this path followed by an element of a list, e.g. {@code measures[M-1]}.
     *
     * @param name the list's property name
     * @param key the element's id or, where it has none, its 0-based index
     * @return the longer path
     */
    public ModelPath element(String name, String key) {
      return then(new Segment(name, Optional.of(key)));
    }

    private ModelPath then(Segment next) {
      List<Segment> out = new ArrayList<>(segments.size() + 1);
      out.addAll(segments);
      out.add(next);
      return new ModelPath(out);
    }

    /**
     * Returns the segment of the risk owner the path is under: {@code leadershipGroup} (no key),
     * {@code leaders[P01]}, {@code departments[D03]} or {@code posts[P07]}, the innermost one when
     * the path names several (a post under its department).
     *
     * @return the owner's segment, whose key is the owner's id; empty for a path under no owner,
     *     such as {@code people[P01]}
     */
    public Optional<Segment> owner() {
      Segment found = null;
      for (Segment s : segments) {
        if (OWNERS.contains(s.name())) {
          found = s;
        } else if (found != null) {
          break;
        }
      }
      return Optional.ofNullable(found);
    }

    /**
     * Returns the id of the risk point the path is at or under.
     *
     * @return the key of the {@code riskPoints[…]} segment; empty for a path under no risk point
     */
    public Optional<String> pointId() {
      for (Segment s : segments) {
        if (s.name().equals("riskPoints") && s.key().isPresent()) {
          return s.key();
        }
      }
      return Optional.empty();
    }

    /**
     * Returns the property the path ends in, such as {@code deadline} in {@code
     * departments[D03].riskPoints[RP-0042].measures[M-1].deadline}.
     *
     * @return the last segment's name when that segment has no key and follows another; empty for a
     *     path that ends at an element, such as {@code departments[D03]}, or at the leadership
     *     group
     */
    public Optional<String> field() {
      int n = segments.size();
      if (n < 2 || segments.get(n - 1).key().isPresent()) {
        return Optional.empty();
      }
      return Optional.of(segments.get(n - 1).name());
    }

    /** Returns the segments joined by dots, e.g. {@code departments[D03].riskPoints[RP-0042]}. */
    @Override
    public String text() {
      StringBuilder sb = new StringBuilder();
      for (Segment s : segments) {
        if (sb.length() > 0) {
          sb.append('.');
        }
        sb.append(s);
      }
      return sb.toString();
    }

    /** Reads a printed path; a key ends at a {@code ]} that ends the text or precedes a dot. */
    static ModelPath parse(String path) {
      List<Segment> out = new ArrayList<>();
      int i = 0;
      int n = path.length();
      while (i < n) {
        int start = i;
        while (i < n && path.charAt(i) != '.' && path.charAt(i) != '[') {
          i++;
        }
        String name = path.substring(start, i);
        Optional<String> key = Optional.empty();
        if (i < n && path.charAt(i) == '[') {
          int close = path.indexOf(']', i);
          while (close >= 0 && close + 1 < n && path.charAt(close + 1) != '.') {
            close = path.indexOf(']', close + 1);
          }
          if (close < 0) {
            close = n;
          }
          key = Optional.of(path.substring(i + 1, close));
          i = Math.min(n, close + 1);
        }
        if (i < n && path.charAt(i) == '.') {
          i++;
        }
        out.add(new Segment(name, key));
      }
      return new ModelPath(out);
    }

    /**
     * One step of a {@link ModelPath}: a property and, for an element of a list, its key.
     *
     * @param name the property's name, e.g. {@code riskPoints}
     * @param key the element's id, e.g. {@code RP-0042}, or its 0-based index for elements without
     *     ids; empty for a property that is not a list element
     */
    public record Segment(String name, Optional<String> key) {
      /**
       * Checks that neither part is null.
       *
       * @param name the property's name
       * @param key the element's key
       */
      public Segment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(key, "key");
      }

      /** Returns {@code name[key]}, or the name alone. */
      @Override
      public String toString() {
        return key.map(k -> name + "[" + k + "]").orElse(name);
      }
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
