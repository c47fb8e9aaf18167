package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFCellStyle;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.jspecify.annotations.Nullable;

/**
 * Reads legacy .xls workbooks (and tells encrypted OLE2 files apart) with Apache POI's HSSF. Only
 * loaded when {@code org.apache.poi:poi} is on the class path; changes no POI global setting.
 */
final class XlsSource {
  private XlsSource() {}

  static void read(Path file, ReadLimits limits, SheetVisitor visitor) throws IOException {
    try (POIFSFileSystem fs = new POIFSFileSystem(file.toFile(), true)) {
      if (fs.getRoot().hasEntry("EncryptionInfo") || fs.getRoot().hasEntry("EncryptedPackage")) {
        throw new WorkbookRejectedException(
            Reason.ENCRYPTED,
            "password-protected workbook; give its password (AnnexReader.Builder.password,"
                + " --password)");
      }
      try (HSSFWorkbook wb = new HSSFWorkbook(fs.getRoot(), true)) {
        if (wb.getNumberOfSheets() > limits.getMaxSheets()) {
          throw new WorkbookRejectedException(
              Reason.LIMIT_EXCEEDED,
              wb.getNumberOfSheets() + " sheets, limit " + limits.getMaxSheets());
        }
        DataFormatter fmt = new DataFormatter(java.util.Locale.ROOT);
        List<String> shown = new ArrayList<>();
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
          if (wb.getSheetVisibility(s) == org.apache.poi.ss.usermodel.SheetVisibility.VISIBLE) {
            shown.add(wb.getSheetName(s));
          }
        }
        visitor.sheetNames(shown);
        for (int s = 0; s < wb.getNumberOfSheets(); s++) {
          HSSFSheet sheet = wb.getSheetAt(s);
          if (!visitor.reads(wb.getSheetName(s))
              || wb.getSheetVisibility(s) != org.apache.poi.ss.usermodel.SheetVisibility.VISIBLE
                  && !visitor.readsHidden(wb.getSheetName(s))) {
            continue;
          }
          List<int[]> merges = new ArrayList<>();
          for (CellRangeAddress r : sheet.getMergedRegions()) {
            merges.add(
                new int[] {r.getFirstRow(), r.getFirstColumn(), r.getLastRow(), r.getLastColumn()});
          }
          Rows rows = rows(wb, sheet, fmt, limits, visitor.leavesOutStruck());
          int[] area = ZipGuard.printArea(wb.getPrintArea(s));
          if (area != null) {
            visitor.printArea(wb.getSheetName(s), area);
          }
          visitor.sheet(sheet.getSheetName(), merges, rows);
        }
      }
    } catch (WorkbookRejectedException ex) {
      throw ex;
    } catch (IOException ex) {
      throw new WorkbookRejectedException(
          Reason.MALFORMED, "damaged OLE2 container: " + ex.getMessage(), ex);
    } catch (EncryptedDocumentException ex) {
      throw new WorkbookRejectedException(Reason.ENCRYPTED, String.valueOf(ex.getMessage()), ex);
    } catch (OldExcelFormatException ex) {
      throw new WorkbookRejectedException(
          Reason.NOT_A_WORKBOOK, String.valueOf(ex.getMessage()), ex);
    } catch (RuntimeException ex) {
      throw new WorkbookRejectedException(Reason.MALFORMED, String.valueOf(ex.getMessage()), ex);
    }
  }

  /** A sheet's rows, read whole, with the columns it hides. */
  private static final class Rows implements Iterator<TableReader.RawRow>, SheetColumns {
    private final Iterator<TableReader.RawRow> rows;
    private final BitSet hidden;

    Rows(List<TableReader.RawRow> rows, BitSet hidden) {
      this.rows = rows.iterator();
      this.hidden = hidden;
    }

    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public TableReader.RawRow next() {
      return rows.next();
    }

    @Override
    public BitSet hiddenColumns() {
      return hidden;
    }
  }

  /** Tells whether a cell is filled solid grey, as {@link CellStyles#isGrey} tells a colour. */
  private static boolean greyed(Cell cell) {
    org.apache.poi.ss.usermodel.CellStyle style = cell.getCellStyle();
    if (style == null
        || style.getFillPattern() != org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND) {
      return false;
    }
    short index = style.getFillForegroundColor();
    if (CellStyles.isGrey(null, Short.toString(index), null, null)) {
      return true;
    }
    org.apache.poi.ss.usermodel.Color colour = style.getFillForegroundColorColor();
    if (colour instanceof org.apache.poi.hssf.util.HSSFColor h && index > 7 && index < 64) {
      short[] rgb = h.getTriplet(); // a palette slot the file redefined
      return CellStyles.isGrey(
          String.format("%02X%02X%02X", rgb[0], rgb[1], rgb[2]), null, null, null);
    }
    return false;
  }

  /**
   * Reads a sheet's rows within the limits; with {@code struck}, text struck through (the cell's
   * font, or a run's) is left out of the cells and handed on beside them, as {@link SheetRows}
   * does.
   */
  private static Rows rows(
      HSSFWorkbook wb, HSSFSheet sheet, DataFormatter fmt, ReadLimits limits, boolean struck)
      throws WorkbookRejectedException {
    List<TableReader.RawRow> rows = new ArrayList<>();
    BitSet hidden = new BitSet();
    long cells = 0;
    int width = 0;
    for (Iterator<Row> it = sheet.rowIterator(); it.hasNext(); ) {
      Row row = it.next();
      if (rows.size() >= limits.getMaxRowsPerSheet()) {
        throw new WorkbookRejectedException(
            Reason.LIMIT_EXCEEDED,
            sheet.getSheetName() + ": more than " + limits.getMaxRowsPerSheet() + " rows");
      }
      int n = Math.max(0, row.getLastCellNum());
      if (n > limits.getMaxCellsPerRow()) {
        throw new WorkbookRejectedException(
            Reason.LIMIT_EXCEEDED, sheet.getSheetName() + ": a row with " + n + " cells");
      }
      cells += n;
      if (cells > limits.getMaxCellsPerSheet()) {
        throw new WorkbookRejectedException(
            Reason.LIMIT_EXCEEDED,
            sheet.getSheetName() + ": more than " + limits.getMaxCellsPerSheet() + " cells");
      }
      width = Math.max(width, n);
      String[] values = new String[n];
      String[] gone = null;
      String[] unread = null;
      int texts = 0; // cells with text, and those of them filled grey, where grey is told
      int greys = 0;
      for (int c = 0; c < n; c++) {
        Cell cell = row.getCell(c);
        String text = cell == null ? "" : text(fmt, cell);
        if (cell != null && isError(cell)) {
          if (unread == null) {
            unread = new String[n];
          }
          unread[c] = text; // #N/A, #VALUE!: no value, handed on as for .xlsx
          values[c] = "";
          continue;
        }
        if (text.length() > limits.getMaxTextLength()) {
          throw new WorkbookRejectedException(
              Reason.LIMIT_EXCEEDED,
              sheet.getSheetName() + "!" + CellRefs.cell(c, row.getRowNum() + 1) + " is too long");
        }
        String[] kept = struck && cell != null && !text.isEmpty() ? struck(wb, cell, text) : null;
        if (kept != null) {
          if (gone == null) {
            gone = new String[n];
          }
          gone[c] = kept[1];
          text = kept[0];
        }
        values[c] = text;
        if (struck && cell != null && !text.isEmpty()) {
          texts++;
          greys += greyed(cell) ? 1 : 0;
        }
      }
      TableReader.RawRow raw = new TableReader.RawRow(row.getRowNum() + 1, values);
      raw.struck = gone;
      raw.unread = unread;
      raw.greyed = texts > 0 && greys == texts;
      rows.add(raw);
    }
    for (int c = 0; c < width; c++) {
      if (sheet.isColumnHidden(c)) {
        hidden.set(c);
      }
    }
    return new Rows(rows, hidden);
  }

  /**
   * The text of a cell kept and the text struck through, or null when nothing is struck: all of it
   * when the cell's font strikes, else the runs of a rich text whose font strikes.
   */
  private static String @Nullable [] struck(HSSFWorkbook wb, Cell cell, String text) {
    HSSFCellStyle style = (HSSFCellStyle) cell.getCellStyle();
    if (strikes(wb, style.getFontIndex())) {
      return new String[] {"", text};
    }
    if (cell.getCellType() != CellType.STRING) {
      return null;
    }
    HSSFRichTextString rich = (HSSFRichTextString) cell.getRichStringCellValue();
    String all = rich.getString();
    int runs = rich.numFormattingRuns();
    if (runs == 0 || !all.equals(text)) {
      return null;
    }
    StringBuilder kept = new StringBuilder();
    StringBuilder gone = new StringBuilder();
    int start = 0;
    int font = style.getFontIndex();
    for (int r = 0; r <= runs; r++) {
      // a damaged run may start past the text or before the run ahead of it: kept within the text
      int end = r < runs ? rich.getIndexOfFormattingRun(r) : all.length();
      end = Math.min(Math.max(end, start), all.length());
      (strikes(wb, font) ? gone : kept).append(all, start, end);
      if (r < runs) {
        start = end;
        font = rich.getFontOfFormattingRun(r);
      }
    }
    return gone.length() == 0 ? null : new String[] {kept.toString(), gone.toString()};
  }

  /**
   * Tells whether the font of an index strikes through; a font the file does not hold (a damaged
   * index) strikes nothing, so its text is read as written.
   */
  private static boolean strikes(HSSFWorkbook wb, int font) {
    try {
      return wb.getFontAt(font).getStrikeout(); // HSSF skips font 4: its bounds are POI's to tell
    } catch (RuntimeException ex) {
      return false;
    }
  }

  /**
   * A cell's text as the sheet shows it: a formula's cached value (what Excel last computed and
   * saved), never the formula itself, as for .xlsx; a date, typed or a formula's, as 2024-12-31
   * (with its time if it has one), as a date column of an .xlsx reads, not in the format's own
   * order (12/31/24).
   */
  private static String text(DataFormatter fmt, Cell cell) {
    boolean number =
        cell.getCellType() == CellType.NUMERIC
            || cell.getCellType() == CellType.FORMULA
                && cell.getCachedFormulaResultType() == CellType.NUMERIC;
    if (number && org.apache.poi.ss.usermodel.DateUtil.isCellDateFormatted(cell)) {
      // a date typed in or given by a formula (=F2, =TODAY()) reads alike
      return date(cell.getLocalDateTimeCellValue());
    }
    if (cell.getCellType() == CellType.ERROR) {
      return error(cell.getErrorCellValue());
    }
    if (cell.getCellType() != CellType.FORMULA) {
      return fmt.formatCellValue(cell);
    }
    return switch (cell.getCachedFormulaResultType()) {
      case STRING -> cell.getRichStringCellValue().getString();
      case NUMERIC ->
          fmt.formatRawCellContents(
              cell.getNumericCellValue(),
              cell.getCellStyle().getDataFormat(),
              cell.getCellStyle().getDataFormatString());
      case BOOLEAN -> cell.getBooleanCellValue() ? "TRUE" : "FALSE";
      case ERROR -> error(cell.getErrorCellValue());
      default -> "";
    };
  }

  /** Whether a cell holds an error, typed or as its formula's cached result. */
  private static boolean isError(Cell cell) {
    return cell.getCellType() == CellType.ERROR
        || cell.getCellType() == CellType.FORMULA
            && cell.getCachedFormulaResultType() == CellType.ERROR;
  }

  /**
   * An error value as Excel shows it (#DIV/0!); one POI does not name (#GETTING_DATA, a damaged
   * code) reads as such, any other code as {@code #N/A} (no value), rather than failing the
   * workbook.
   */
  private static String error(byte code) {
    if (org.apache.poi.ss.usermodel.FormulaError.isValidCode(code)) {
      return org.apache.poi.ss.usermodel.FormulaError.forInt(code).getString();
    }
    return code == 0x2B ? "#GETTING_DATA" : org.apache.poi.ss.usermodel.FormulaError.NA.getString();
  }

  private static String date(java.time.LocalDateTime t) {
    return t.toLocalTime().equals(java.time.LocalTime.MIDNIGHT)
        ? t.toLocalDate().toString()
        : t.toLocalDate() + " " + t.toLocalTime();
  }
}
