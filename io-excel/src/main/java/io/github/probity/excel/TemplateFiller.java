package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexLayout;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.annex.LayoutColumn;
import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelLabelStyle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;

/**
 * Fills a template workbook with POI's xlsx model: finds each table's header band and the rows
 * under it, writes the rows, moves the lines under the table down, adds the hidden id column and
 * the ledger sheet. See {@link AnnexTemplate}.
 */
final class TemplateFiller {
  /** How far down a header band may start. */
  private static final int HEADER_SEARCH_ROWS = 40;

  private static final Pattern COLUMN_NUMBER = Pattern.compile("[(（]?\\d{1,2}[)）]?");
  private static final Pattern BLANK_UNIT_LINE =
      Pattern.compile("(填\\s*报\\s*单\\s*位\\s*[（(]?[盖章签]*[)）]?\\s*[：:])[\\s_＿　]*");

  private final DataFormatter formatter = new DataFormatter();

  private TemplateFiller() {}

  /** Fills the template; returns the findings on how its tables print (see {@link PrintScale}). */
  static List<Finding> fill(
      byte[] template,
      Map<String, AnnexKind> tables,
      Map<String, Map<AnnexColumn, Integer>> columns,
      Map<String, List<AnnexRow>> rows,
      Ledger ledger,
      LevelLabelStyle style,
      OutputStream out)
      throws IOException {
    ByteArrayOutputStream filled = new ByteArrayOutputStream(template.length * 2);
    List<Finding> findings = new ArrayList<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      TemplateFiller f = new TemplateFiller();
      for (Map.Entry<String, AnnexKind> t : tables.entrySet()) {
        Sheet sheet = wb.getSheet(t.getKey());
        if (sheet != null) {
          f.fillSheet(
                  sheet,
                  columns.getOrDefault(t.getKey(), Map.of()),
                  rows.getOrDefault(t.getKey(), List.of()),
                  ledger,
                  style)
              .ifPresent(findings::add);
        }
      }
      ledgerSheet(wb, ledger);
      wb.write(filled);
    }
    filled.writeTo(out); // nothing reaches out before the whole workbook is made
    return findings;
  }

  /**
   * The layout of each table kind the template holds, from the first sheet of that kind: its
   * columns in sheet order (the recognised ones under their printed header, the others as extra
   * columns), their widths, the title row as a pattern and the lines under the table.
   */
  static List<AnnexLayout> layouts(
      byte[] template,
      Map<String, AnnexKind> tables,
      Map<String, Map<AnnexColumn, Integer>> columns,
      String unitName)
      throws IOException {
    List<AnnexLayout> out = new ArrayList<>();
    Set<AnnexKind> seen = new HashSet<>();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      TemplateFiller f = new TemplateFiller();
      for (Map.Entry<String, AnnexKind> t : tables.entrySet()) {
        Sheet sheet = wb.getSheet(t.getKey());
        if (sheet != null && seen.add(t.getValue())) {
          out.add(
              f.layout(sheet, t.getValue(), columns.getOrDefault(t.getKey(), Map.of()), unitName));
        }
      }
    }
    return out;
  }

  private static final Pattern YEAR_IN_TITLE = Pattern.compile("(?:19|20)\\d\\d(?=\\s*年)");
  private static final Pattern BLANK_UNIT =
      Pattern.compile("^[\\s\u3000_＿Xx×]{2,}|^(?:XX|xx|××|ＸＸ)[\\s\u3000]*");

  private AnnexLayout layout(
      Sheet sheet, AnnexKind kind, Map<AnnexColumn, Integer> cols, String unitName) {
    int header = headerRow(sheet, cols.values());
    int first = header + 1;
    if (isColumnNumberRow(sheet, first, cols.values())) {
      first++;
    }
    Map<Integer, AnnexColumn> byIndex = new java.util.TreeMap<>();
    cols.forEach((c, i) -> byIndex.put(i, c));
    Row head = sheet.getRow(header);
    int lastCol = head == null ? 0 : head.getLastCellNum();
    for (int i : byIndex.keySet()) {
      lastCol = Math.max(lastCol, i + 1);
    }
    AnnexLayout.Builder b = AnnexLayout.builder().kind(kind);
    Set<String> headers = new HashSet<>();
    for (int c = 0; c < lastCol; c++) {
      AnnexColumn col = byIndex.get(c);
      String text = text(sheet, header, c).replaceAll("[\\s\u3000]+", "");
      if (col == AnnexColumn.POINT_ID || sheet.isColumnHidden(c)) {
        continue;
      }
      if (col == null
          && (text.isEmpty()
              || COLUMN_NUMBER.matcher(text).matches()
              || AnnexColumn.POINT_ID.displayName().equals(text))) {
        continue;
      }
      String printed = text.isEmpty() && col != null ? col.displayName() : text;
      if (!headers.add(printed)) {
        if (col == null) {
          continue; // a group header merged over several columns
        }
        printed = col.displayName();
        headers.add(printed);
      }
      int width =
          Math.max(1, Math.min(LayoutColumn.MAX_WIDTH, Math.round(sheet.getColumnWidth(c) / 256f)));
      b.addColumns(
          col == null ? LayoutColumn.extra(printed, width) : LayoutColumn.of(col, printed, width));
    }
    b.title(titlePattern(sheet, header, kind, unitName));
    int r = first;
    while (r <= sheet.getLastRowNum() && isTableRow(sheet, r, cols.values())) {
      r++;
    }
    for (; r <= sheet.getLastRowNum(); r++) {
      String line = rowText(sheet, r);
      if (!line.isEmpty()) {
        b.addFooter(line);
      }
    }
    return b.build();
  }

  /** The title above the header as a pattern: the unit's name and the year as placeholders. */
  private String titlePattern(Sheet sheet, int header, AnnexKind kind, String unitName) {
    String title = "";
    for (int r = 0; r < header; r++) {
      String t = rowText(sheet, r);
      if (t.length() > title.length()
          && !t.startsWith("附件")
          && !BLANK_UNIT_LINE.matcher(t).lookingAt()
          && !t.startsWith("填报")) {
        title = t;
      }
    }
    if (title.isEmpty()) {
      return kind.title(AnnexLayout.UNIT);
    }
    String p = title.replace("{", "（").replace("}", "）");
    if (!unitName.isBlank() && p.contains(unitName.strip())) {
      p = p.replace(unitName.strip(), AnnexLayout.UNIT);
    } else {
      java.util.regex.Matcher m = BLANK_UNIT.matcher(p);
      p = m.lookingAt() ? AnnexLayout.UNIT + p.substring(m.end()) : p;
    }
    return YEAR_IN_TITLE
        .matcher(p)
        .replaceAll(java.util.regex.Matcher.quoteReplacement(AnnexLayout.YEAR));
  }

  /** A row's first non-blank cell's text, stripped; empty for a blank row. */
  private String rowText(Sheet sheet, int r) {
    Row row = sheet.getRow(r);
    if (row == null) {
      return "";
    }
    for (Cell c : row) {
      String t = formatter.formatCellValue(c).strip();
      if (!t.isEmpty()) {
        return t;
      }
    }
    return "";
  }

  private Optional<Finding> fillSheet(
      Sheet sheet,
      Map<AnnexColumn, Integer> cols,
      List<AnnexRow> rows,
      Ledger ledger,
      LevelLabelStyle style) {
    int header = headerRow(sheet, cols.values());
    int first = header + 1;
    if (isColumnNumberRow(sheet, first, cols.values())) {
      first++;
    }
    int last = Math.max(sheet.getLastRowNum(), first - 1);
    int blankRows = 0;
    while (first + blankRows <= last && isTableRow(sheet, first + blankRows, cols.values())) {
      blankRows++;
    }
    Map<Integer, CellStyle> styles = dataStyles(sheet, blankRows > 0, first, header, cols.values());
    // the rows under the template's blank ones (a gap, the sign-off lines) move down as a block
    int shift = Math.max(0, rows.size() - blankRows);
    if (shift > 0 && first + blankRows <= last) {
      sheet.shiftRows(first + blankRows, last, shift, true, false);
    }
    extendPrintArea(sheet, first + rows.size() - 1);
    fillUnitLine(sheet, header, ledger.getUnit().getName());
    int idColumn = idColumn(sheet, header, cols.values());
    writeRows(sheet, cols, rows, style, first, styles, idColumn);
    mergeOwners(sheet, cols, rows, first);
    if (sheet.getRow(header) != null) {
      Cell h = cell(sheet, header, idColumn);
      h.setCellValue(AnnexColumn.POINT_ID.displayName());
    }
    sheet.setColumnHidden(idColumn, true);
    return PrintScale.check(sheet, header, first + rows.size() - 1, cols.values());
  }

  /**
   * The header band's last row: the last of the first run of rows in which the table's columns show
   * at least three different words (a title or a sign-off line merged across the table shows one; a
   * column-number row shows numbers).
   */
  private int headerRow(Sheet sheet, java.util.Collection<Integer> cols) {
    int need = Math.min(3, cols.size());
    int found = -1;
    for (int r = 0; r <= Math.min(sheet.getLastRowNum(), HEADER_SEARCH_ROWS); r++) {
      Set<String> words = new HashSet<>();
      for (int c : cols) {
        String t = text(sheet, r, c);
        if (!t.isEmpty() && !COLUMN_NUMBER.matcher(t).matches()) {
          words.add(t);
        }
      }
      if (words.size() >= need) {
        found = r;
      } else if (found >= 0) {
        return found;
      }
    }
    if (found < 0) {
      throw new IllegalArgumentException(
          "No header row found in sheet " + sheet.getSheetName() + " (未找到表头行)");
    }
    return found;
  }

  private boolean isColumnNumberRow(Sheet sheet, int r, java.util.Collection<Integer> cols) {
    int numbers = 0;
    for (int c : cols) {
      String t = text(sheet, r, c);
      if (!t.isEmpty()) {
        if (!COLUMN_NUMBER.matcher(t).matches()) {
          return false;
        }
        numbers++;
      }
    }
    return numbers >= Math.min(3, cols.size());
  }

  /**
   * A blank row laid out for data: empty, with a cell of the table formatted (borders, a font) as
   * templates prepare the rows to fill.
   */
  private boolean isTableRow(Sheet sheet, int r, java.util.Collection<Integer> cols) {
    Row row = sheet.getRow(r);
    if (row == null) {
      return false;
    }
    boolean formatted = false;
    for (Cell c : row) {
      if (!formatter.formatCellValue(c).isBlank()) {
        return false;
      }
      formatted |= cols.contains(c.getColumnIndex()) && c.getCellStyle().getIndex() != 0;
    }
    return formatted;
  }

  /**
   * Each column's style for data cells: the template's first blank row's, else one made from the
   * header's (borders, font) with wrapping and no bold.
   */
  private static Map<Integer, CellStyle> dataStyles(
      Sheet sheet, boolean blankRows, int first, int header, java.util.Collection<Integer> cols) {
    Map<Integer, CellStyle> styles = new HashMap<>();
    Row blank = blankRows ? sheet.getRow(first) : null;
    for (int c : cols) {
      Cell template = blank == null ? null : blank.getCell(c);
      if (template != null && template.getCellStyle().getIndex() != 0) {
        styles.put(c, template.getCellStyle());
        continue;
      }
      CellStyle s = sheet.getWorkbook().createCellStyle();
      Row h = sheet.getRow(header);
      Cell hc = h == null ? null : h.getCell(c);
      if (hc != null) {
        s.cloneStyleFrom(hc.getCellStyle());
        var font = sheet.getWorkbook().createFont();
        var hf = sheet.getWorkbook().getFontAt(hc.getCellStyle().getFontIndex());
        font.setFontName(hf.getFontName());
        font.setFontHeightInPoints(hf.getFontHeightInPoints());
        font.setBold(false);
        s.setFont(font);
      }
      s.setWrapText(true);
      s.setVerticalAlignment(org.apache.poi.ss.usermodel.VerticalAlignment.CENTER);
      styles.put(c, s);
    }
    return styles;
  }

  /** The first column right of the table and of every header cell: the hidden id column. */
  private static int idColumn(Sheet sheet, int header, java.util.Collection<Integer> cols) {
    int c = cols.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    Row h = sheet.getRow(header);
    if (h != null) {
      c = Math.max(c, h.getLastCellNum());
    }
    return c;
  }

  private void writeRows(
      Sheet sheet,
      Map<AnnexColumn, Integer> cols,
      List<AnnexRow> rows,
      LevelLabelStyle style,
      int first,
      Map<Integer, CellStyle> styles,
      int idColumn) {
    int r = first;
    int n = 0;
    for (AnnexRow row : rows) {
      n++;
      int lines = 1;
      for (Map.Entry<AnnexColumn, Integer> col : cols.entrySet()) {
        int c = col.getValue();
        String text =
            col.getKey() == AnnexColumn.SEQUENCE
                ? Integer.toString(n)
                : AnnexTables.cell(row, col.getKey(), style);
        Cell cell = cell(sheet, r, c);
        cell.setCellStyle(styles.get(c));
        if (col.getKey() == AnnexColumn.SEQUENCE) {
          cell.setCellValue(n);
        } else {
          cell.setCellValue(text);
        }
        int width = Math.max(2, sheet.getColumnWidth(c) / 256);
        lines = Math.max(lines, SheetWriter.lines(text, width));
      }
      cell(sheet, r, idColumn).setCellValue(row.getPointId().orElse(""));
      Row poiRow = sheet.getRow(r);
      float height = Math.max(sheet.getDefaultRowHeightInPoints(), 13.5f * lines + 6);
      poiRow.setHeightInPoints(Math.min(409, height));
      r++;
    }
  }

  /** Owner cells (owner, department, post, holders) merged over an owner's adjacent rows. */
  private static void mergeOwners(
      Sheet sheet, Map<AnnexColumn, Integer> cols, List<AnnexRow> rows, int first) {
    for (Map.Entry<AnnexColumn, Integer> col : cols.entrySet()) {
      int start = 0;
      for (int i = 1; i <= rows.size(); i++) {
        Optional<String> key = AnnexTables.mergeKey(rows.get(start), col.getKey());
        boolean same =
            i < rows.size()
                && key.isPresent()
                && key.equals(AnnexTables.mergeKey(rows.get(i), col.getKey()));
        if (!same) {
          if (key.isPresent() && i - start > 1) {
            int c = col.getValue();
            sheet.addMergedRegion(new CellRangeAddress(first + start, first + i - 1, c, c));
          }
          start = i;
        }
      }
    }
  }

  /**
   * A print area set in the template reaches at least the last data row, so that every row prints
   * (POI has already moved an area's end that lay in the rows moved down).
   */
  private static void extendPrintArea(Sheet sheet, int lastDataRow) {
    XSSFWorkbook wb = (XSSFWorkbook) sheet.getWorkbook();
    int index = wb.getSheetIndex(sheet);
    String area = wb.getPrintArea(index);
    if (area == null || area.contains(",")) {
      return; // none, or several areas: left as the template has them
    }
    CellRangeAddress range = CellRangeAddress.valueOf(area.substring(area.lastIndexOf('!') + 1));
    int lastRow = Math.max(range.getLastRow(), lastDataRow);
    wb.setPrintArea(
        index, range.getFirstColumn(), range.getLastColumn(), range.getFirstRow(), lastRow);
  }

  /** A 填报单位 line left blank above the header gets the unit's name. */
  private void fillUnitLine(Sheet sheet, int header, String unit) {
    for (int r = 0; r < header; r++) {
      Row row = sheet.getRow(r);
      if (row == null) {
        continue;
      }
      for (Cell c : row) {
        if (c.getCellType() != CellType.STRING) {
          continue;
        }
        var m = BLANK_UNIT_LINE.matcher(c.getStringCellValue());
        if (m.lookingAt()) {
          String rest = c.getStringCellValue().substring(m.end());
          c.setCellValue(m.group(1) + unit + (rest.isEmpty() ? "" : "　　" + rest.strip()));
          return;
        }
      }
    }
  }

  private static void ledgerSheet(XSSFWorkbook wb, Ledger ledger) throws IOException {
    LedgerSheet.Content content = LedgerSheet.content(ledger);
    Sheet s = wb.createSheet(LedgerSheet.NAME);
    wb.setSheetVisibility(wb.getSheetIndex(s), SheetVisibility.VERY_HIDDEN);
    Row head = s.createRow(0);
    head.createCell(0).setCellValue(LedgerSheet.MARK);
    head.createCell(1).setCellValue(LedgerSheet.VERSION);
    int r = 1;
    for (String piece : content.pieces()) {
      s.createRow(r++).createCell(0).setCellValue(piece);
    }
    Row digest = s.createRow(r);
    digest.createCell(0).setCellValue(LedgerSheet.DIGEST);
    digest.createCell(1).setCellValue(content.digest());
    s.protectSheet(LedgerSheet.NAME);
  }

  private String text(Sheet sheet, int r, int c) {
    Cell cell = mergedOrOwn(sheet, r, c);
    return cell == null ? "" : formatter.formatCellValue(cell).strip();
  }

  /** The cell itself, or the top-left cell of the merged range that covers it. */
  private static @Nullable Cell mergedOrOwn(Sheet sheet, int r, int c) {
    for (CellRangeAddress m : sheet.getMergedRegions()) {
      if (m.isInRange(r, c)) {
        Row top = sheet.getRow(m.getFirstRow());
        return top == null ? null : top.getCell(m.getFirstColumn());
      }
    }
    Row row = sheet.getRow(r);
    return row == null ? null : row.getCell(c);
  }

  private static Cell cell(Sheet sheet, int r, int c) {
    Row row = sheet.getRow(r);
    if (row == null) {
      row = sheet.createRow(r);
    }
    Cell cell = row.getCell(c);
    return cell == null ? row.createCell(c) : cell;
  }
}
