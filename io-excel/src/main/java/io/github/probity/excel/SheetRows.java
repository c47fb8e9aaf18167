package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of one worksheet part with a StAX pull parser, in a single pass: each {@code
 * <row>} becomes a {@link TableReader.RawRow} holding every cell's text (shared strings resolved,
 * inline and rich text joined, phonetic runs left out, booleans as TRUE or FALSE, numbers and other
 * values as written), and the row, cell and text limits are checked while the row is built, so no
 * oversized row is ever held. Reading stops at the end of {@code sheetData}; the merged ranges that
 * follow were collected by the package guard before.
 *
 * <p>Cells without a reference follow the previous cell, rows without a number the previous row; of
 * two cells with the same reference the later wins. Failures surface from the iterator as an {@link
 * UncheckedIOException} whose cause is a {@link WorkbookRejectedException}, again on every later
 * call. One instance per sheet, one thread.
 */
final class SheetRows implements Iterator<TableReader.RawRow> {
  private static final String[] NO_CELLS = new String[0];

  /** The last row a worksheet can have. */
  private static final int MAX_ROW_NUMBER = 1_048_576;

  private final XMLStreamReader xml;
  private final String part;
  private final String[] sharedStrings;
  private final ReadLimits limits;
  private String[] cells = new String[16];
  private TableReader.@Nullable RawRow next;
  private boolean done;
  private @Nullable WorkbookRejectedException failure;
  private int rowNumber;
  private long rowCount;
  private long cellCount;

  private SheetRows(XMLStreamReader xml, String part, String[] sharedStrings, ReadLimits limits) {
    this.xml = xml;
    this.part = part;
    this.sharedStrings = sharedStrings;
    this.limits = limits;
  }

  /**
   * Opens a worksheet part; the caller closes the stream.
   *
   * @throws WorkbookRejectedException if the part does not start as XML
   */
  static SheetRows open(InputStream in, String part, String[] sharedStrings, ReadLimits limits)
      throws WorkbookRejectedException {
    try {
      return new SheetRows(XmlParts.FACTORY.createXMLStreamReader(in), part, sharedStrings, limits);
    } catch (XMLStreamException | RuntimeException ex) {
      throw XmlParts.rejection(part, ex);
    }
  }

  @Override
  public boolean hasNext() {
    if (failure != null) {
      throw new UncheckedIOException(failure); // the sheet stays refused, never cut short
    }
    if (next == null && !done) {
      try {
        next = advance();
      } catch (WorkbookRejectedException ex) {
        failure = ex;
      } catch (XMLStreamException | RuntimeException ex) {
        failure = XmlParts.rejection(part, ex);
      }
      if (failure != null) {
        throw new UncheckedIOException(failure);
      }
    }
    return next != null;
  }

  @Override
  public TableReader.RawRow next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    TableReader.RawRow row = next;
    next = null;
    return Objects.requireNonNull(row);
  }

  private TableReader.@Nullable RawRow advance()
      throws XMLStreamException, WorkbookRejectedException {
    while (xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
        return row();
      }
      if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
        break;
      }
      XmlParts.refuseDeclarations(xml, part);
    }
    done = true;
    return null;
  }

  /** Reads one row; the parser stands on its start tag. */
  private TableReader.RawRow row() throws XMLStreamException, WorkbookRejectedException {
    if (++rowCount > limits.getMaxRowsPerSheet()) {
      throw limit(rowCount + " rows, limit " + limits.getMaxRowsPerSheet());
    }
    String r = xml.getAttributeValue(null, "r");
    rowNumber = r == null ? rowNumber + 1 : positive(r, "row number");
    if (rowNumber > MAX_ROW_NUMBER) {
      throw malformed("row number " + rowNumber + " is past the last row, " + MAX_ROW_NUMBER);
    }
    int width = 0;
    int column = -1;
    int rowCells = 0;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if (!"c".equals(xml.getLocalName())) {
          skip();
          continue;
        }
        if (++rowCells > limits.getMaxCellsPerRow()) {
          throw limit(
              "row "
                  + rowNumber
                  + " has "
                  + rowCells
                  + " cells, limit "
                  + limits.getMaxCellsPerRow());
        }
        if (++cellCount > limits.getMaxCellsPerSheet()) {
          throw limit(cellCount + " cells, limit " + limits.getMaxCellsPerSheet());
        }
        String ref = null;
        String type = null;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
          String name = xml.getAttributeLocalName(i);
          if (name.length() == 1 && name.charAt(0) == 'r') {
            ref = xml.getAttributeValue(i);
          } else if (name.length() == 1 && name.charAt(0) == 't') {
            type = xml.getAttributeValue(i);
          }
        }
        column = column(ref, column);
        String text = cell(type);
        if (column >= cells.length) {
          cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        if (column >= width) {
          Arrays.fill(cells, width, column, "");
          width = column + 1;
        }
        cells[column] = text; // a repeated or earlier reference: the later cell wins
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        break; // the row's end tag: cells and skipped elements consumed their own
      } else {
        XmlParts.refuseDeclarations(xml, part);
      }
    }
    String[] own = width == 0 ? NO_CELLS : Arrays.copyOf(cells, width);
    return new TableReader.RawRow(rowNumber, own);
  }

  /** The 0-based column of a cell reference such as {@code AB12}, or the one after the last. */
  private int column(@Nullable String ref, int previous) throws WorkbookRejectedException {
    if (ref == null) {
      return checkColumn(previous + 1, "the cell after column " + (previous + 1));
    }
    int col = CellRefs.columnOf(ref, limits.getMaxCellsPerRow());
    if (col < 0) {
      throw malformed("cell reference \"" + ref + "\" in row " + rowNumber);
    }
    return checkColumn(col, "cell " + ref);
  }

  private int checkColumn(int column, String what) throws WorkbookRejectedException {
    if (column >= limits.getMaxCellsPerRow()) {
      throw limit(
          what + " lies past column " + limits.getMaxCellsPerRow() + " of row " + rowNumber);
    }
    return column;
  }

  /**
   * Reads the text of a cell of the given type ({@code t}); the parser stands on its start tag and
   * ends on its end tag.
   */
  private String cell(@Nullable String type) throws XMLStreamException, WorkbookRejectedException {
    String value = null;
    String inline = null;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if ("v".equals(name)) {
          value = text();
        } else if ("is".equals(name)) {
          inline = richText();
        } else {
          skip(); // a formula or an extension: the cached value is what a reader shows
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        break;
      } else {
        XmlParts.refuseDeclarations(xml, part);
      }
    }
    if (value == null) {
      return inline == null ? "" : inline;
    }
    if ("s".equals(type)) {
      return sharedString(value);
    }
    if ("b".equals(type)) {
      return "1".equals(value.strip()) ? "TRUE" : "0".equals(value.strip()) ? "FALSE" : value;
    }
    return value;
  }

  private String sharedString(String index) throws WorkbookRejectedException {
    if (index.isEmpty()) {
      return "";
    }
    int i;
    try {
      i = Integer.parseInt(index.strip());
    } catch (NumberFormatException ex) {
      throw malformed("shared string index \"" + index + "\" in row " + rowNumber);
    }
    if (i < 0 || i >= sharedStrings.length) {
      throw malformed(
          "row " + rowNumber + " refers to shared string " + i + " of " + sharedStrings.length);
    }
    return sharedStrings[i];
  }

  /** Reads the text of an element without children, checking its length. */
  private String text() throws XMLStreamException, WorkbookRejectedException {
    try {
      return XmlParts.text(xml, part, limits.getMaxTextLength());
    } catch (XmlParts.TooLong ex) {
      throw tooLong();
    }
  }

  /** Reads an inline string's rich text; the parser is on its start tag. */
  private String richText() throws XMLStreamException, WorkbookRejectedException {
    try {
      return XmlParts.richText(xml, part, limits.getMaxTextLength());
    } catch (XmlParts.TooLong ex) {
      throw tooLong();
    }
  }

  private WorkbookRejectedException tooLong() {
    return limit(
        "a cell in row "
            + rowNumber
            + " has more than "
            + limits.getMaxTextLength()
            + " characters");
  }

  private void skip() throws XMLStreamException, WorkbookRejectedException {
    XmlParts.skip(xml, part);
  }

  private int positive(String number, String what) throws WorkbookRejectedException {
    try {
      int n = Integer.parseInt(number.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException ex) {
      // reported below
    }
    throw malformed(what + " \"" + number + "\" after row " + rowNumber);
  }

  private WorkbookRejectedException limit(String what) {
    return new WorkbookRejectedException(Reason.LIMIT_EXCEEDED, part + ": " + what);
  }

  private WorkbookRejectedException malformed(String what) {
    Location at = xml.getLocation();
    return new WorkbookRejectedException(
        Reason.MALFORMED,
        part + " line " + at.getLineNumber() + ", column " + at.getColumnNumber() + ": " + what);
  }

  /** Releases the parser; the caller closes the underlying stream. */
  void close() {
    XmlParts.close(xml);
  }
}
