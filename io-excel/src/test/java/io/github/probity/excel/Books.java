package io.github.probity.excel;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Builds test workbooks the way other tools write them: shared strings (as Excel does), title rows,
 * merged ranges; as xlsx or, with POI, as legacy xls.
 */
final class Books {
  private final List<SheetSpec> sheets = new ArrayList<>();

  static final class SheetSpec {
    final String name;
    final List<String[]> rows = new ArrayList<>();
    final List<String> merges = new ArrayList<>();

    SheetSpec(String name) {
      this.name = name;
    }

    SheetSpec row(String... cells) {
      rows.add(cells);
      return this;
    }

    SheetSpec merge(String ref) {
      merges.add(ref);
      return this;
    }
  }

  List<SheetSpec> sheets() {
    return sheets;
  }

  SheetSpec sheet(String name) {
    SheetSpec s = new SheetSpec(name);
    sheets.add(s);
    return s;
  }

  byte[] xlsx() {
    try {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      Workbook wb = new Workbook(out, "Test", "1.0");
      for (SheetSpec s : sheets) {
        Worksheet ws = wb.newWorksheet(s.name);
        for (int r = 0; r < s.rows.size(); r++) {
          String[] cells = s.rows.get(r);
          for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null && !cells[c].isEmpty()) {
              ws.value(r, c, cells[c]);
            }
          }
        }
        for (String m : s.merges) {
          int[] rg = java.util.Objects.requireNonNull(CellRefs.range(m));
          ws.range(rg[0], rg[1], rg[2], rg[3]).merge();
        }
      }
      wb.finish();
      return out.toByteArray();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  byte[] xls() {
    try (HSSFWorkbook wb = new HSSFWorkbook()) {
      for (SheetSpec s : sheets) {
        HSSFSheet sheet = wb.createSheet(s.name);
        for (int r = 0; r < s.rows.size(); r++) {
          Row row = sheet.createRow(r);
          String[] cells = s.rows.get(r);
          for (int c = 0; c < cells.length; c++) {
            if (cells[c] != null && !cells[c].isEmpty()) {
              row.createCell(c).setCellValue(cells[c]);
            }
          }
        }
        for (String m : s.merges) {
          int[] rg = java.util.Objects.requireNonNull(CellRefs.range(m));
          sheet.addMergedRegion(new CellRangeAddress(rg[0], rg[2], rg[1], rg[3]));
        }
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    } catch (IOException ex) {
      throw new UncheckedIOException(ex);
    }
  }
}
