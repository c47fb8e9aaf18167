package io.github.probity.excel;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hssf.OldExcelFormatException;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;

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
          List<TableReader.RawRow> rows = new ArrayList<>();
          long cells = 0;
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
            String[] values = new String[n];
            for (int c = 0; c < n; c++) {
              Cell cell = row.getCell(c);
              String text = cell == null ? "" : fmt.formatCellValue(cell);
              if (text.length() > limits.getMaxTextLength()) {
                throw new WorkbookRejectedException(
                    Reason.LIMIT_EXCEEDED,
                    sheet.getSheetName()
                        + "!"
                        + CellRefs.cell(c, row.getRowNum() + 1)
                        + " is too long");
              }
              values[c] = text;
            }
            rows.add(new TableReader.RawRow(row.getRowNum() + 1, values));
          }
          visitor.sheet(sheet.getSheetName(), merges, rows.iterator());
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
}
