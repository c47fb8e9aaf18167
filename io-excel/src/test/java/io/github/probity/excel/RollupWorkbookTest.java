package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.rollup.Rollup;
import io.github.probity.rollup.RollupProblemCode;
import io.github.probity.rollup.RollupResult;
import io.github.probity.rollup.UnitSubmission;
import io.github.probity.rollup.UnitSummary;
import io.github.probity.testkit.CaseGenerator;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.warning.WarningPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RollupWorkbookTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-09-01T02:00:00Z"), ZONE);
  private static final RollupWorkbookWriter WRITER =
      RollupWorkbookWriter.builder().commission("示例区纪委监委").clock(CLOCK).build();

  static RollupResult rollup() {
    Rollup rollup = Rollup.start(CLOCK);
    Ledger sample = SampleUnit.ledger();
    rollup.add(
        UnitSubmission.builder()
            .ledger(sample)
            .plan(SampleUnit.plan())
            .cases(CaseGenerator.generate(1, sample, 60, WarningPolicy.defaults()).cases())
            .build());
    for (long seed = 2; seed <= 3; seed++) {
      Ledger l = LedgerGenerator.generate(seed, 200);
      rollup.add(
          UnitSubmission.builder()
              .ledger(l)
              .plan(ImplementationPlan.forLedger(l))
              .cases(CaseGenerator.generate(seed, l, 60, WarningPolicy.defaults()).cases())
              .build());
    }
    rollup.add(UnitSubmission.builder().source("区审计局").build());
    rollup.report(
        "区审计局/ledger.json",
        Finding.of(RollupProblemCode.UNREADABLE, Location.jsonPointer("", -1, -1), "拒绝访问"));
    return rollup.result();
  }

  static byte[] write(RollupResult result) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    WRITER.write(result, out);
    return out.toByteArray();
  }

  private static String text(Row row, int c) {
    Cell cell = row.getCell(c);
    if (cell == null) {
      return "";
    }
    return cell.getCellType() == CellType.NUMERIC
        ? Long.toString((long) cell.getNumericCellValue())
        : new DataFormatter().formatCellValue(cell);
  }

  @Test
  void theSummaryHasOneRowPerUnitAndATotalThatReadBackAsPrinted() throws IOException {
    RollupResult result = rollup();
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(result)))) {
      assertThat(wb.getNumberOfSheets()).isEqualTo(3);
      Sheet s = wb.getSheet(RollupWorkbookWriter.SUMMARY_SHEET);
      assertThat(text(s.getRow(0), 0)).isEqualTo("示例区纪委监委廉政风险防控工作汇总表");
      assertThat(text(s.getRow(1), 0)).isEqualTo("填报单位（盖章）：示例区纪委监委");
      assertThat(text(s.getRow(1), RollupWorkbookWriter.SUMMARY_HEADERS.size() - 1))
          .isEqualTo("统计日期：2026年9月1日");
      for (int c = 0; c < RollupWorkbookWriter.SUMMARY_HEADERS.size(); c++) {
        assertThat(text(s.getRow(2), c)).isEqualTo(RollupWorkbookWriter.SUMMARY_HEADERS.get(c));
      }
      List<UnitSummary> units = result.getUnits();
      for (int i = 0; i < units.size(); i++) {
        String[] expected = RollupWorkbookWriter.unitCells(units.get(i));
        expected[0] = Integer.toString(i + 1);
        Row row = s.getRow(3 + i);
        for (int c = 0; c < expected.length; c++) {
          assertThat(text(row, c)).as("unit %d column %d", i, c).isEqualTo(expected[c]);
        }
      }
      Row total = s.getRow(3 + units.size());
      assertThat(text(total, 1)).isEqualTo("合计");
      assertThat(text(total, 2)).isEqualTo(Integer.toString(result.riskPoints()));
      assertThat(text(total, 3))
          .isEqualTo(Integer.toString(result.getTotals().level(RiskLevel.HIGH)));
      assertThat(text(total, 14)).isEqualTo(Integer.toString(result.getOverdueMeasures().total()));
      assertThat(text(total, 16)).isEqualTo(Integer.toString(result.getOpenCases().total()));
      assertThat(text(s.getRow(3 + units.size() - 1), 18)).isEqualTo("未报送台账");
      assertThat(text(s.getRow(3 + units.size() - 1), 10)).isEqualTo("附件1、附件2、附件3");
      assertThat(s.getRepeatingRows().formatAsString()).isEqualTo("3:3");
      assertThat(s.getPrintSetup().getLandscape()).isTrue();

      Sheet m = wb.getSheet(RollupWorkbookWriter.MATRIX_SHEET);
      int ledgers = (int) units.stream().filter(UnitSummary::isLedgerGiven).count();
      for (int i = 0; i < ledgers; i++) {
        UnitSummary u = units.get(i);
        assertThat(text(m.getRow(3 + 4 * i), 1)).isEqualTo(u.getUnitName());
        assertThat(text(m.getRow(3 + 4 * i), 2)).isEqualTo("高");
        assertThat(text(m.getRow(3 + 4 * i), 3 + RiskCategory.DUTY.ordinal()))
            .isEqualTo(Integer.toString(u.getCounts().count(RiskLevel.HIGH, RiskCategory.DUTY)));
        assertThat(text(m.getRow(6 + 4 * i), 2)).isEqualTo("未定级");
        assertThat(text(m.getRow(6 + 4 * i), 9))
            .isEqualTo(Integer.toString(u.getCounts().ungraded()));
      }
      Row totals = m.getRow(3 + 4 * ledgers);
      assertThat(text(totals, 1)).isEqualTo("合计");
      assertThat(text(totals, 9))
          .isEqualTo(Integer.toString(result.getTotals().level(RiskLevel.HIGH)));

      Sheet f = wb.getSheet(RollupWorkbookWriter.FINDINGS_SHEET);
      assertThat(text(f.getRow(2), 1)).isEqualTo("区审计局/ledger.json");
      assertThat(text(f.getRow(2), 4)).isEqualTo("文件无法读取：拒绝访问");
    }
  }

  @Test
  void everySheetPrintsAtNineOrMorePoints() throws IOException {
    Map<String, String> parts = AnnexWriterTest.parts(write(rollup()));
    int sheets = 0;
    for (String part : parts.keySet()) {
      if (part.startsWith("xl/worksheets/sheet")) {
        PrintedFontSizeTest.Printed p = PrintedFontSizeTest.printed(parts, part);
        assertThat(p.effective()).as(part).isGreaterThanOrEqualTo(9.0);
        sheets++;
      }
    }
    assertThat(sheets).isEqualTo(3);
  }

  @Test
  void aFixedClockGivesTheSameBytes() throws IOException {
    byte[] first = write(rollup());
    for (int i = 0; i < 5; i++) {
      assertThat(Arrays.equals(write(rollup()), first)).as("write %d", i).isTrue();
    }
  }

  @Test
  void aFileIsWrittenWholeWithNothingLeftBeside(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("汇总表.xlsx");
    Files.writeString(file, "old");
    WRITER.write(rollup(), file);

    assertThat(Arrays.equals(Files.readAllBytes(file), write(rollup()))).isTrue();
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }
}
