package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.InputStream;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import javax.xml.stream.Location;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.codehaus.stax2.typed.TypedValueDecoder;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of one worksheet part with a StAX pull parser, in a single pass: each {@code
 * <row>} becomes a {@link TableReader.RawRow} holding every cell's text (shared strings resolved,
 * inline and rich text joined, phonetic runs left out, booleans as TRUE or FALSE, numbers and other
 * values as written, a whole number without the decimal zero some tools add), and the row, cell and
 * text limits are checked while the row is built, so no oversized row is ever held. Reading stops
 * at the end of {@code sheetData}; the merged ranges that follow were collected by the package
 * guard before.
 *
 * <p>Cells without a reference follow the previous cell, rows without a number the previous row; of
 * two cells with the same reference the later wins. Failures surface from the iterator as a {@link
 * WorkbookRejectedException}, again on every later call. One instance per sheet, one thread.
 *
 * <p>The parser is Aalto's Stax2 reader: cell references and types, row numbers and shared string
 * indexes are read from its buffers through typed access, without a string per cell (white space
 * around an attribute's value is ignored, as typed access does; a number it cannot take as plain
 * digits is read as text, as before).
 */
final class SheetRows implements Iterator<TableReader.RawRow>, SheetColumns {
  private static final String[] NO_CELLS = new String[0];

  /** The most digits of a number read straight from the parser's buffer: nine fit an int. */
  private static final int MAX_DIGITS = 9;

  /** The last row a worksheet can have. */
  private static final int MAX_ROW_NUMBER = 1_048_576;

  private final XMLStreamReader2 xml;
  private final String part;
  private final String[] sharedStrings;
  private final ReadLimits limits;
  private String[] cells = new String[16];
  private final char[] digits = new char[MAX_DIGITS];
  private final CellColumn cellColumn;
  private final CellType cellType = new CellType();
  private final RowDigits rowDigits = new RowDigits();

  /** The shared string index {@link #value} read last. */
  private int sharedIndex;

  private TableReader.@Nullable RawRow next;

  /** The texts struck through out of shared strings, by index; null when read as written. */
  private @Nullable Map<Integer, String> struckStrings;

  /** The cell formats that strike their whole text through, by index; null when none does. */
  private boolean @Nullable [] struckFormats;

  /** The cell formats that fill their cell grey, by index; null when none does or not asked. */
  private boolean @Nullable [] greyFormats;

  /** The text struck through out of the cell {@link #cell} read last, else null. */
  private @Nullable String struckText;

  /** Where an inline string's struck runs are gathered, one buffer for the whole sheet. */
  private final StringBuilder gone = new StringBuilder();

  /** The 0-based columns the sheet's {@code <cols>} hide. */
  private final BitSet hiddenColumns = new BitSet();

  private boolean done;
  private @Nullable WorkbookRejectedException failure;
  private int rowNumber;
  private long rowCount;
  private long cellCount;

  /** The most cells this sheet may have: its own limit, or what the workbook has left. */
  private final long maxCells;

  private SheetRows(
      XMLStreamReader2 xml, String part, String[] sharedStrings, ReadLimits limits, long maxCells) {
    this.xml = xml;
    this.maxCells = maxCells;
    this.cellColumn = new CellColumn(limits.getMaxCellsPerRow());
    this.part = part;
    this.sharedStrings = sharedStrings;
    this.limits = limits;
  }

  /**
   * Opens a worksheet part whose workbook has only {@code cellsLeft} cells left in its budget; the
   * caller closes the stream.
   *
   * @throws WorkbookRejectedException if the part does not start as XML
   */
  static SheetRows open(
      InputStream in, String part, String[] sharedStrings, ReadLimits limits, long cellsLeft)
      throws WorkbookRejectedException {
    try {
      return new SheetRows(
          XmlParts.open(in, part),
          part,
          sharedStrings,
          limits,
          Math.min(limits.getMaxCellsPerSheet(), cellsLeft));
    } catch (XMLStreamException | RuntimeException ex) {
      throw XmlParts.rejection(part, ex);
    }
  }

  @Override
  public boolean hasNext() {
    if (failure != null) {
      throw failure; // the sheet stays refused, never cut short
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
        throw failure;
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
      if (event == XMLStreamConstants.START_ELEMENT && "col".equals(xml.getLocalName())) {
        hiddenCol(); // <cols> come before the rows
      }
      if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
        break;
      }
      XmlParts.refuseDeclarations(xml, part);
    }
    done = true;
    return null;
  }

  /**
   * Leaves the texts struck through out of the cells, handing them on by column ({@link
   * TableReader.RawRow#struck}): those of the shared strings given (by index, as {@link
   * SharedStrings} took them out), of inline strings, and the whole text of a cell whose format
   * strikes it through ({@link CellStyles}; a run inside it is not told apart). Null reads them as
   * written.
   */
  void struck(@Nullable Map<Integer, String> strings, boolean @Nullable [] formats) {
    struckStrings = strings;
    struckFormats = formats;
  }

  /**
   * Tells each row whether its cells with text are all filled grey ({@link
   * TableReader.RawRow#greyed}), by the cell formats that fill grey ({@link CellStyles}); null
   * tells none.
   */
  void greyed(boolean @Nullable [] formats) {
    greyFormats = formats;
  }

  /** The index of a cell's format, or -1 when it cannot be read (the text is read as written). */
  private static int styleIndex(String style) {
    try {
      return Integer.parseInt(style.strip());
    } catch (NumberFormatException ex) {
      return -1;
    }
  }

  /** Tells whether a format of the given flags is set at index {@code i}. */
  private static boolean has(boolean @Nullable [] formats, int i) {
    return formats != null && i >= 0 && i < formats.length && formats[i];
  }

  /** The last column a worksheet can have, 1-based. */
  private static final int MAX_COLUMN = 16_384;

  /** Notes the columns a {@code <col>} hides; the parser stands on its start tag. */
  private void hiddenCol() {
    String hidden = xml.getAttributeValue(null, "hidden");
    if (!"1".equals(hidden) && !"true".equals(hidden)) {
      return;
    }
    int min = number(xml.getAttributeValue(null, "min"));
    int max = number(xml.getAttributeValue(null, "max"));
    if (min >= 1 && max >= min && max <= MAX_COLUMN) {
      hiddenColumns.set(min - 1, max);
    }
  }

  private static int number(@Nullable String text) {
    if (text == null || text.isEmpty() || text.length() > 5) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  /**
   * The 0-based columns the sheet hides, known once the first row was asked for ({@link #hasNext})
   * as the sheet declares its columns before its rows.
   */
  @Override
  public BitSet hiddenColumns() {
    return hiddenColumns;
  }

  /** Reads one row; the parser stands on its start tag. */
  private TableReader.RawRow row() throws XMLStreamException, WorkbookRejectedException {
    if (++rowCount > limits.getMaxRowsPerSheet()) {
      throw limit(rowCount + " rows, limit " + limits.getMaxRowsPerSheet());
    }
    int r = xml.getAttributeIndex(null, "r");
    if (r < 0) {
      rowNumber++;
    } else {
      xml.getAttributeAs(r, rowDigits);
      rowNumber =
          rowDigits.number > 0
              ? rowDigits.number
              : positive(xml.getAttributeValue(r), "row number");
    }
    if (rowNumber > MAX_ROW_NUMBER) {
      throw malformed("row number " + rowNumber + " is past the last row, " + MAX_ROW_NUMBER);
    }
    int width = 0;
    int column = -1;
    int rowCells = 0;
    String[] struck = null;
    int texts = 0; // cells with text, and those of them filled grey, where grey is told
    int greys = 0;
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
        if (++cellCount > maxCells) {
          throw limit(
              cellCount > limits.getMaxCellsPerSheet()
                  ? cellCount + " cells, limit " + limits.getMaxCellsPerSheet()
                  : "the workbook's sheets hold more than "
                      + limits.getMaxCellsPerWorkbook()
                      + " cells together");
        }
        int ref = -1;
        int type = -1;
        int style = -1;
        for (int i = 0, n = xml.getAttributeCount(); i < n; i++) {
          String name = xml.getAttributeLocalName(i);
          if (name.length() == 1 && name.charAt(0) == 'r') {
            ref = i;
          } else if (name.length() == 1 && name.charAt(0) == 't') {
            type = i;
          } else if (name.length() == 1
              && name.charAt(0) == 's'
              && (struckFormats != null || greyFormats != null)) {
            style = i;
          }
        }
        column = column(ref, column);
        if (type >= 0) {
          xml.getAttributeAs(type, cellType);
        }
        int format = style >= 0 ? styleIndex(xml.getAttributeValue(style)) : -1;
        boolean struckCell = has(struckFormats, format);
        String text = cell(type >= 0 ? cellType.type : CellType.OTHER);
        if (greyFormats != null && !text.isEmpty()) {
          texts++;
          greys += has(greyFormats, format) ? 1 : 0;
        }
        if (struckCell && !text.isEmpty()) {
          struckText = struckText == null ? text : text + struckText;
          text = "";
        }
        if (column >= cells.length) {
          cells = Arrays.copyOf(cells, Math.max(column + 1, cells.length * 2));
        }
        if (column >= width) {
          Arrays.fill(cells, width, column, "");
          width = column + 1;
        }
        cells[column] = text; // a repeated or earlier reference: the later cell wins
        if (struckText != null) {
          if (struck == null) {
            struck = new String[column + 1];
          } else if (column >= struck.length) {
            struck = Arrays.copyOf(struck, column + 1);
          }
          struck[column] = struckText;
          struckText = null;
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        break; // the row's end tag: cells and skipped elements consumed their own
      } else {
        XmlParts.refuseDeclarations(xml, part);
      }
    }
    String[] own = width == 0 ? NO_CELLS : Arrays.copyOf(cells, width);
    TableReader.RawRow raw = new TableReader.RawRow(rowNumber, own);
    raw.struck = struck;
    raw.greyed = texts > 0 && greys == texts;
    return raw;
  }

  /**
   * The 0-based column of the cell reference in attribute {@code ref} (such as {@code AB12}), or
   * without one ({@code ref} -1) the one after the last.
   */
  private int column(int ref, int previous) throws XMLStreamException, WorkbookRejectedException {
    int col = previous + 1;
    if (ref >= 0) {
      xml.getAttributeAs(ref, cellColumn);
      col = cellColumn.column;
    }
    if (col < 0) {
      throw malformed("cell reference \"" + xml.getAttributeValue(ref) + "\" in row " + rowNumber);
    }
    if (col >= limits.getMaxCellsPerRow()) { // the message is only built here, never per cell
      throw limit(
          (ref < 0 ? "the cell after column " + col : "cell " + xml.getAttributeValue(ref))
              + " lies past column "
              + limits.getMaxCellsPerRow()
              + " of row "
              + rowNumber);
    }
    return col;
  }

  /**
   * Reads the text of a cell of the given type (its {@code t}, a {@link CellType} code); the parser
   * stands on its start tag and ends on its end tag.
   */
  private String cell(int type) throws XMLStreamException, WorkbookRejectedException {
    boolean shared = type == CellType.SHARED;
    String value = null;
    boolean indexed = false; // the value was a shared string index, read into sharedIndex
    String inline = null;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String name = xml.getLocalName();
        if ("v".equals(name)) {
          value = value(shared);
          indexed = value == null;
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
    if (indexed) {
      if (struckStrings != null && !struckStrings.isEmpty()) {
        struckText = struckStrings.get(sharedIndex);
      }
      return sharedString(sharedIndex);
    }
    if (value == null) {
      return inline == null ? "" : inline;
    }
    if (shared) {
      return sharedString(value);
    }
    if (type == CellType.BOOLEAN) {
      return "1".equals(value.strip()) ? "TRUE" : "0".equals(value.strip()) ? "FALSE" : value;
    }
    return type == CellType.OTHER && value.endsWith(".0") ? wholeNumber(value) : value;
  }

  /**
   * A whole number some tools write with a decimal zero ({@code 1001.0}) as Excel shows it ({@code
   * 1001}); any other text as it is.
   */
  static String wholeNumber(String value) {
    int end = value.length() - 2;
    int start = end > 0 && value.charAt(0) == '-' ? 1 : 0;
    if (end <= start) {
      return value;
    }
    for (int i = start; i < end; i++) {
      if (value.charAt(i) < '0' || value.charAt(i) > '9') {
        return value;
      }
    }
    return value.substring(0, end);
  }

  private String sharedString(String index) throws WorkbookRejectedException {
    if (index.isEmpty()) {
      return "";
    }
    try {
      return sharedString(Integer.parseInt(index.strip()));
    } catch (NumberFormatException ex) {
      throw malformed("shared string index \"" + index + "\" in row " + rowNumber);
    }
  }

  private String sharedString(int i) throws WorkbookRejectedException {
    if (i < 0 || i >= sharedStrings.length) {
      throw malformed(
          "row " + rowNumber + " refers to shared string " + i + " of " + sharedStrings.length);
    }
    return sharedStrings[i];
  }

  /**
   * Reads the text of a value element ({@code v}), checking its length. In a shared string cell, an
   * index of one to nine ASCII digits, the element's only content, is taken straight from the
   * parser's buffer without making a string: it is put in {@link #sharedIndex} and null is
   * returned.
   */
  private @Nullable String value(boolean shared)
      throws XMLStreamException, WorkbookRejectedException {
    int max = limits.getMaxTextLength();
    int event = xml.next();
    String first = null;
    try {
      if (shared && event == XMLStreamConstants.CHARACTERS) {
        int n = xml.getTextLength();
        if (n > 0 && n <= MAX_DIGITS && n <= max) {
          char[] buf = xml.getTextCharacters();
          int at = xml.getTextStart();
          int i = 0;
          int v = 0;
          for (; i < n; i++) {
            char ch = buf[at + i];
            if (ch < '0' || ch > '9') {
              break;
            }
            v = v * 10 + (ch - '0');
          }
          if (i == n) {
            System.arraycopy(buf, at, digits, 0, n); // the parser reuses its buffer
            event = xml.next();
            if (event == XMLStreamConstants.END_ELEMENT) {
              sharedIndex = v;
              return null;
            }
            first = new String(digits, 0, n); // more follows: read it all as text
          }
        }
      }
      return XmlParts.text(xml, part, max, event, first);
    } catch (XmlParts.TooLong ex) {
      throw tooLong();
    }
  }

  /** Reads an inline string's rich text; the parser is on its start tag. */
  private String richText() throws XMLStreamException, WorkbookRejectedException {
    try {
      if (struckStrings != null) {
        gone.setLength(0);
        String text = XmlParts.richText(xml, part, limits.getMaxTextLength(), gone);
        struckText = gone.length() == 0 ? null : gone.toString();
        return text;
      }
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

  /**
   * Reads the column of a cell reference straight from the parser's buffer, as {@link
   * CellRefs#columnOf} does (white space around it ignored, as for every typed attribute).
   */
  private static final class CellColumn extends TypedValueDecoder {
    private final int limit;
    int column;

    CellColumn(int limit) {
      this.limit = limit;
    }

    @Override
    public void decode(String value) {
      column = CellRefs.columnOf(value, limit);
    }

    @Override
    public void decode(char[] buf, int start, int end) {
      column = CellRefs.columnOf(buf, start, end, limit);
    }

    @Override
    public void handleEmptyValue() {
      column = -1;
    }
  }

  /**
   * Reads a row number of one to nine ASCII digits straight from the parser's buffer; anything else
   * (then {@code number} is 0) is left to {@link #positive}.
   */
  private static final class RowDigits extends TypedValueDecoder {
    int number;

    @Override
    public void decode(String value) {
      decode(value.toCharArray(), 0, value.length());
    }

    @Override
    public void decode(char[] buf, int start, int end) {
      int n = 0;
      if (end - start <= MAX_DIGITS) {
        for (int i = start; i < end; i++) {
          char ch = buf[i];
          if (ch < '0' || ch > '9') {
            n = 0;
            break;
          }
          n = n * 10 + (ch - '0');
        }
      }
      number = n;
    }

    @Override
    public void handleEmptyValue() {
      number = 0;
    }
  }

  /**
   * Reads a cell's type ({@code t}) straight from the parser's buffer: shared string, boolean, text
   * of another kind (a formula's string, an error, a date) or a number, as {@code n} or without a
   * type (white space around it ignored, as for every typed attribute).
   */
  private static final class CellType extends TypedValueDecoder {
    static final int OTHER = 0;
    static final int SHARED = 1;
    static final int BOOLEAN = 2;
    static final int TEXT = 3;

    int type;

    @Override
    public void decode(String value) {
      type =
          "s".equals(value)
              ? SHARED
              : "b".equals(value) ? BOOLEAN : "n".equals(value) ? OTHER : TEXT;
    }

    @Override
    public void decode(char[] buf, int start, int end) {
      char c = end - start == 1 ? buf[start] : ' ';
      type = c == 's' ? SHARED : c == 'b' ? BOOLEAN : c == 'n' ? OTHER : TEXT;
    }

    @Override
    public void handleEmptyValue() {
      type = OTHER;
    }
  }

  /** Releases the parser; the caller closes the underlying stream. */
  void close() {
    XmlParts.close(xml);
  }

  /** Returns how many cells the sheet has given so far. */
  long cellCount() {
    return cellCount;
  }
}
