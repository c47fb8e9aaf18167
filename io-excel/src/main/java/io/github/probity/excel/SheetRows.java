package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Streams the rows of one worksheet part with {@link PartScanner}, in a single pass: each {@code
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
 * <p>Cell references and types, row numbers and shared string indexes are read from the scanner's
 * buffers, without a string per cell (white space around an attribute's value is ignored; a number
 * that is not plain digits is read as text).
 */
final class SheetRows implements Iterator<TableReader.RawRow>, SheetColumns {
  private static final String[] NO_CELLS = new String[0];

  /** The most digits of a number read straight from the parser's buffer: nine fit an int. */
  private static final int MAX_DIGITS = 9;

  /** The last row a worksheet can have. */
  private static final int MAX_ROW_NUMBER = 1_048_576;

  private final PartScanner xml;
  private final String part;
  private final String[] sharedStrings;
  private final ReadLimits limits;
  private String[] cells = new String[16];

  /** The shared string index {@link #value} read last. */
  private int sharedIndex;

  private TableReader.@Nullable RawRow next;

  /** The texts struck through out of shared strings, by index; null when read as written. */
  private @Nullable Map<Integer, String> struckStrings;

  /** The cell formats that strike their whole text through, by index; null when none does. */
  private boolean @Nullable [] struckFormats;

  /** How the cell formats show numbers, by index; null when all show them as written. */
  private int @Nullable [] shownFormats;

  /** The cell formats that fill their cell grey, by index; null when none does or not asked. */
  private boolean @Nullable [] greyFormats;

  /** The text struck through out of the cell {@link #cell} read last, else null. */
  private @Nullable String struckText;

  /**
   * What the cell {@link #cell} read last shows in place of a value, else null: a formula's cached
   * error ({@code #N/A}), or {@link #UNCOMPUTED} for a formula written without a cached result.
   */
  private @Nullable String unreadValue;

  /** The raw value of a formula cell whose file holds no result for it (a tool wrote it). */
  static final String UNCOMPUTED = "=";

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
      PartScanner xml, String part, String[] sharedStrings, ReadLimits limits, long maxCells) {
    this.xml = xml;
    this.maxCells = maxCells;
    this.part = part;
    this.sharedStrings = sharedStrings;
    this.limits = limits;
  }

  /**
   * Opens a worksheet part whose workbook has only {@code cellsLeft} cells left in its budget; the
   * caller closes the stream. The part is read from the first call to {@link #hasNext}.
   */
  static SheetRows open(
      InputStream in, String part, String[] sharedStrings, ReadLimits limits, long cellsLeft) {
    return new SheetRows(
        new PartScanner(in, part),
        part,
        sharedStrings,
        limits,
        Math.min(limits.getMaxCellsPerSheet(), cellsLeft));
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
      } catch (IOException | RuntimeException ex) {
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

  private TableReader.@Nullable RawRow advance() throws IOException {
    for (int event = xml.next(); event != PartScanner.EOF; event = xml.next()) {
      if (event == PartScanner.START && xml.isLocal("row")) {
        return row();
      }
      if (event == PartScanner.START && xml.isLocal("col")) {
        hiddenCol(); // <cols> come before the rows
      }
      if (event == PartScanner.END && xml.isLocal("sheetData")) {
        break;
      }
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
   * Shows numbers as their cell formats do where those pad a code with zeros or show a percentage
   * ({@link CellStyles#shown}); null reads every number as written.
   */
  void shown(int @Nullable [] formats) {
    shownFormats = formats;
  }

  /** A number's text as the cell format of index {@code format} shows it. */
  private String shownAs(String number, int format) {
    int[] formats = shownFormats;
    return formats == null
            || format < 0
            || format >= formats.length
            || formats[format] == CellStyles.AS_WRITTEN
        ? number
        : CellStyles.show(number, formats[format]);
  }

  /**
   * Tells each row whether its cells with text are all filled grey ({@link
   * TableReader.RawRow#greyed}), by the cell formats that fill grey ({@link CellStyles}); null
   * tells none.
   */
  void greyed(boolean @Nullable [] formats) {
    greyFormats = formats;
  }

  /**
   * The index of the cell format in the style attribute {@code style}, or -1 when it cannot be read
   * (the text is then read as written).
   */
  private int styleIndex(int style) {
    int start = xml.valueStart(style);
    int end = xml.valueEnd(style);
    int i = digits(xml.valueChars(), start, end);
    return i > 0 || end - start == 1 && xml.valueChars()[start] == '0' ? i : -1;
  }

  /** Tells whether a format of the given flags is set at index {@code i}. */
  private static boolean has(boolean @Nullable [] formats, int i) {
    return formats != null && i >= 0 && i < formats.length && formats[i];
  }

  /** The last column a worksheet can have, 1-based. */
  private static final int MAX_COLUMN = 16_384;

  /** Notes the columns a {@code <col>} hides; the parser stands on its start tag. */
  private void hiddenCol() {
    String hidden = xml.value("hidden");
    if (!"1".equals(hidden) && !"true".equals(hidden)) {
      return;
    }
    int min = number(xml.value("min"));
    int max = number(xml.value("max"));
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
  private TableReader.RawRow row() throws IOException {
    if (++rowCount > limits.getMaxRowsPerSheet()) {
      throw limit(rowCount + " rows, limit " + limits.getMaxRowsPerSheet());
    }
    int r = xml.attribute("r");
    if (r < 0) {
      rowNumber++;
    } else {
      int digits = digits(xml.valueChars(), xml.valueStart(r), xml.valueEnd(r));
      rowNumber = digits > 0 ? digits : positive(xml.value(r), "row number");
    }
    if (rowNumber > MAX_ROW_NUMBER) {
      throw malformed("row number " + rowNumber + " is past the last row, " + MAX_ROW_NUMBER);
    }
    int width = 0;
    int column = -1;
    int rowCells = 0;
    String[] struck = null;
    String[] unread = null;
    int texts = 0; // cells with text, and those of them filled grey, where grey is told
    int greys = 0;
    while (true) {
      int event = xml.next();
      if (event == PartScanner.START) {
        if (!xml.isLocal("c")) {
          xml.skipElement();
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
        int ref = xml.attribute("r");
        int type = xml.attribute("t");
        int style =
            struckFormats == null && shownFormats == null && greyFormats == null
                ? -1
                : xml.attribute("s");
        column = column(ref, column);
        int format = style >= 0 ? styleIndex(style) : -1;
        boolean struckCell = has(struckFormats, format);
        int kind = type >= 0 ? cellType(type) : CellType.OTHER;
        String text = cell(kind);
        if (shownFormats != null && kind == CellType.OTHER && !text.isEmpty()) {
          text = shownAs(text, format); // 007 for a code stored as 7, 80% for 0.8
        }
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
        if (unreadValue != null) {
          if (unread == null) {
            unread = new String[column + 1];
          } else if (column >= unread.length) {
            unread = Arrays.copyOf(unread, column + 1);
          }
          unread[column] = unreadValue;
          unreadValue = null;
        }
        if (struckText != null) {
          if (struck == null) {
            struck = new String[column + 1];
          } else if (column >= struck.length) {
            struck = Arrays.copyOf(struck, column + 1);
          }
          struck[column] = struckText;
          struckText = null;
        }
      } else {
        break; // the row's end tag: cells and skipped elements consumed their own
      }
    }
    String[] own = width == 0 ? NO_CELLS : Arrays.copyOf(cells, width);
    TableReader.RawRow raw = new TableReader.RawRow(rowNumber, own);
    raw.struck = struck;
    raw.unread = unread;
    raw.greyed = texts > 0 && greys == texts;
    return raw;
  }

  /**
   * The 0-based column of the cell reference in attribute {@code ref} (such as {@code AB12}), or
   * without one ({@code ref} -1) the one after the last.
   */
  private int column(int ref, int previous) {
    int col = previous + 1;
    if (ref >= 0) {
      col =
          CellRefs.columnOf(
              xml.valueChars(), xml.valueStart(ref), xml.valueEnd(ref), limits.getMaxCellsPerRow());
    }
    if (col < 0) {
      throw malformed("cell reference \"" + xml.value(ref) + "\" in row " + rowNumber);
    }
    if (col >= limits.getMaxCellsPerRow()) { // the message is only built here, never per cell
      throw limit(
          (ref < 0 ? "the cell after column " + col : "cell " + xml.value(ref))
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
  private String cell(int type) throws IOException {
    boolean shared = type == CellType.SHARED;
    String value = null;
    boolean indexed = false; // the value was a shared string index, read into sharedIndex
    String inline = null;
    boolean formula = false;
    while (xml.next() == PartScanner.START) {
      if (xml.isLocal("v")) {
        value = value(shared);
        indexed = value == null;
      } else if (xml.isLocal("is")) {
        inline = richText();
      } else {
        formula |= xml.isLocal("f");
        xml.skipElement(); // a formula or an extension: the cached value is what a reader shows
      }
    }
    if (indexed) {
      if (struckStrings != null && !struckStrings.isEmpty()) {
        struckText = struckStrings.get(sharedIndex);
      }
      return sharedString(sharedIndex);
    }
    if (value == null) {
      if (inline == null && formula) {
        unreadValue = UNCOMPUTED; // no result to show: a tool wrote the formula, none computed it
      }
      return inline == null ? "" : inline;
    }
    if (type == CellType.ERROR) {
      unreadValue = value; // #N/A, #VALUE!: what the formula gave is no value
      return "";
    }
    if (shared) {
      return sharedString(value);
    }
    if (type == CellType.BOOLEAN) {
      return "1".equals(value.strip()) ? "TRUE" : "0".equals(value.strip()) ? "FALSE" : value;
    }
    if (type == CellType.OTHER) {
      if (value.endsWith(".0")) {
        return wholeNumber(value);
      }
      if (value.indexOf('E') > 0) {
        return exponent(value);
      }
    }
    return value;
  }

  /**
   * A whole number some tools write in exponent form ({@code 1.3912345678E10}, a phone number or a
   * code stored as a number) as Excel shows it ({@code 13912345678}); any other text as it is.
   */
  static String exponent(String value) {
    try {
      java.math.BigDecimal d = new java.math.BigDecimal(value.strip());
      if (d.abs().compareTo(java.math.BigDecimal.valueOf(1_000_000_000_000_000L)) < 0) {
        java.math.BigDecimal whole = d.stripTrailingZeros();
        if (whole.scale() <= 0) {
          return whole.toPlainString();
        }
      }
    } catch (NumberFormatException ex) {
      // not a number: as it is
    }
    return value;
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
   * index of one to nine ASCII digits is taken from the scanner's buffer without making a string:
   * it is put in {@link #sharedIndex} and null is returned.
   */
  private @Nullable String value(boolean shared) throws IOException {
    int n;
    try {
      n = xml.readText(limits.getMaxTextLength());
    } catch (XmlParts.TooLong ex) {
      throw tooLong();
    }
    char[] text = xml.textChars();
    if (shared && n > 0) {
      int v = digits(text, 0, n);
      if (v > 0 || n == 1 && text[0] == '0') {
        sharedIndex = v;
        return null;
      }
    }
    return n == 0 ? "" : new String(text, 0, n);
  }

  /**
   * The number written as one to nine ASCII digits in {@code chars[start, end)}, else 0 (also for
   * zeros only, which callers tell apart where 0 is allowed).
   */
  private static int digits(char[] chars, int start, int end) {
    if (end - start > MAX_DIGITS) {
      return 0;
    }
    int n = 0;
    for (int i = start; i < end; i++) {
      char ch = chars[i];
      if (ch < '0' || ch > '9') {
        return 0;
      }
      n = n * 10 + (ch - '0');
    }
    return n;
  }

  /** Reads an inline string's rich text; the scanner is on its start tag. */
  private String richText() throws IOException {
    try {
      if (struckStrings != null) {
        gone.setLength(0);
        String text = xml.richText(limits.getMaxTextLength(), gone);
        struckText = gone.length() == 0 ? null : gone.toString();
        return text;
      }
      return xml.richText(limits.getMaxTextLength(), null);
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
    return xml.malformed(what);
  }

  /**
   * The type of a cell from its {@code t} attribute: shared string, boolean, text of another kind
   * (a formula's string, an error, a date) or a number, as {@code n}, empty or without a type
   * (white space around it ignored).
   */
  private int cellType(int attribute) {
    int start = xml.valueStart(attribute);
    int end = xml.valueEnd(attribute);
    if (start == end) {
      return CellType.OTHER;
    }
    char c = end - start == 1 ? xml.valueChars()[start] : ' ';
    return c == 's'
        ? CellType.SHARED
        : c == 'b'
            ? CellType.BOOLEAN
            : c == 'n' ? CellType.OTHER : c == 'e' ? CellType.ERROR : CellType.TEXT;
  }

  /** The kinds of cell the reader tells apart. */
  private static final class CellType {
    static final int OTHER = 0;
    static final int SHARED = 1;
    static final int BOOLEAN = 2;
    static final int TEXT = 3;
    static final int ERROR = 4;

    private CellType() {}
  }

  /** Returns how many cells the sheet has given so far. */
  long cellCount() {
    return cellCount;
  }
}
