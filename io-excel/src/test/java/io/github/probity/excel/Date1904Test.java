package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Workbooks saved in the 1904 date system ({@code <workbookPr date1904="1"/>}, as Mac Excel saves
 * them) count date serials from 1904-01-01: a date column's serials are read as the dates Excel
 * shows, in either system.
 */
class Date1904Test {

  /** A department table with a date and a date-time column, saved in the given date system. */
  private static byte[] book(boolean date1904, LocalDate day, LocalDateTime time)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      var pr =
          wb.getCTWorkbook().isSetWorkbookPr()
              ? wb.getCTWorkbook().getWorkbookPr()
              : wb.getCTWorkbook().addNewWorkbookPr();
      pr.setDate1904(date1904);
      CellStyle dates = wb.createCellStyle();
      dates.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd"));
      CellStyle times = wb.createCellStyle();
      times.setDataFormat(wb.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));
      Sheet s = wb.createSheet("科室");
      List<String> header = List.of("科室", "风险点", "风险等级", "防控措施", "创建日期", "更新时间");
      Row h = s.createRow(0);
      for (int c = 0; c < header.size(); c++) {
        h.createCell(c).setCellValue(header.get(c));
      }
      for (int r = 1; r <= 2; r++) {
        Row row = s.createRow(r);
        row.createCell(0).setCellValue("财务科");
        row.createCell(1).setCellValue(r == 1 ? "虚列支出" : "公款私存");
        row.createCell(2).setCellValue("高");
        row.createCell(3).setCellValue("逐笔核对");
        row.createCell(4).setCellValue(day);
        row.getCell(4).setCellStyle(dates);
        row.createCell(5).setCellValue(time);
        row.getCell(5).setCellStyle(times);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static AnnexReadResult read(byte[] book) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(book));
  }

  @Test
  void datesOfA1904WorkbookAreTheDatesExcelShows() throws IOException {
    AnnexReadResult r =
        read(book(true, LocalDate.of(2026, 3, 2), LocalDateTime.of(2026, 3, 2, 9, 30)));

    assertThat(r.getRows()).hasSize(2);
    assertThat(r.getRows().get(0).getExtras())
        .containsEntry("创建日期", "2026-03-02")
        .containsEntry("更新时间", "2026-03-02 09:30");
  }

  @Test
  void datesOfA1900WorkbookStayAsTheyWere() throws IOException {
    AnnexReadResult r =
        read(book(false, LocalDate.of(2026, 3, 2), LocalDateTime.of(2026, 3, 2, 9, 30)));

    assertThat(r.getRows().get(1).getExtras())
        .containsEntry("创建日期", "2026-03-02")
        .containsEntry("更新时间", "2026-03-02 09:30");
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /**
   * Property: any date from 1960 to 2099, with a time to the minute, reads back in both systems.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anyDateReadsBackInBothSystems(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    LocalDate day =
        LocalDate.ofEpochDay(
            random.nextLong(
                LocalDate.of(1960, 1, 1).toEpochDay(), LocalDate.of(2100, 1, 1).toEpochDay()));
    LocalDateTime time = day.atTime(random.nextInt(24), random.nextInt(1, 60));
    for (boolean date1904 : new boolean[] {false, true}) {
      AnnexReadResult r = read(book(date1904, day, time));
      assertThat(r.getRows().get(0).getExtras())
          .as("seed %d, date1904 %s", seed, date1904)
          .containsEntry("创建日期", day.toString())
          .containsEntry("更新时间", day + " " + time.toLocalTime());
    }
  }
}
