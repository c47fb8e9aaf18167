package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexTables;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleUnit;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Three commissions' own blank templates — built here the way a 纪委's clerk makes them, in their own
 * wording, header bands, widths and print set-up — filled with a ledger and read back.
 */
class AnnexTemplateTest {
  private static final DataFormatter TEXT = new DataFormatter();
  private static final LedgerDiff NO_EDITS = LedgerDiff.builder().build();

  /** 附件2 of one district: one header row, 10 bordered blank rows, a sign-off line, A4 landscape. */
  static byte[] districtDepartmentTemplate() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("科室风险点");
      CellStyle title = style(wb, true, 16, false);
      CellStyle head = style(wb, true, 11, true);
      CellStyle body = style(wb, false, 10, true);
      String[] headers = {"序号", "科室名称", "风险类别", "廉政风险点", "风险等级", "防控措施", "责任人", "责任领导"};
      int[] widths = {6, 14, 10, 40, 8, 44, 10, 10};
      text(s, 0, 0, "附件2", null);
      text(s, 1, 0, "________科室廉政风险点及防控措施登记表", title);
      s.addMergedRegion(new CellRangeAddress(1, 1, 0, headers.length - 1));
      text(s, 2, 0, "填报单位（盖章）：", null);
      text(s, 2, 5, "填报时间：    年  月  日", null);
      for (int c = 0; c < headers.length; c++) {
        text(s, 3, c, headers[c], head);
        s.setColumnWidth(c, widths[c] * 256);
      }
      for (int r = 4; r < 14; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < headers.length; c++) {
          row.createCell(c).setCellStyle(body);
        }
      }
      text(s, 15, 0, "单位负责人：              审核人：              填表人：", null);
      s.getPrintSetup().setLandscape(true);
      s.getPrintSetup().setPaperSize(PrintSetup.A4_PAPERSIZE);
      wb.setPrintArea(0, 0, headers.length - 1, 0, 15);
      return bytes(wb);
    }
  }

  /**
   * 附件3 of a county: a two-row header band with merged group cells, a column-number row, an extra
   * column of the county's own (完成时限), A3 paper.
   */
  static byte[] countyPersonalTemplate() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      Sheet s = wb.createSheet("个人岗位");
      CellStyle head = style(wb, true, 12, true);
      text(s, 0, 0, "岗位（个人）廉政风险防控登记表", style(wb, true, 18, false));
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, 8));
      text(s, 1, 0, "填报单位：", null);
      String[] top = {"序号", "基本情况", "", "", "廉政风险", "", "防控措施", "完成时限", "责任领导"};
      String[] bottom = {"", "所在科室", "岗位名称", "姓名", "风险点描述", "风险等次", "", "", ""};
      for (int c = 0; c < top.length; c++) {
        text(s, 2, c, top[c], head);
        text(s, 3, c, bottom[c], head);
        s.setColumnWidth(c, (c == 4 || c == 6 ? 36 : 11) * 256);
      }
      s.addMergedRegion(new CellRangeAddress(2, 2, 1, 3));
      s.addMergedRegion(new CellRangeAddress(2, 2, 4, 5));
      for (int c : new int[] {0, 6, 7, 8}) {
        s.addMergedRegion(new CellRangeAddress(2, 3, c, c));
      }
      for (int c = 0; c < top.length; c++) {
        text(s, 4, c, Integer.toString(c + 1), head);
      }
      text(s, 6, 0, "注：风险等次分为高、中、低三级。", null);
      s.getPrintSetup().setLandscape(true);
      s.getPrintSetup().setPaperSize(PrintSetup.A3_PAPERSIZE);
      return bytes(wb);
    }
  }

  /** A city's workbook with annex 1 and annex 2 on two sheets, in other words for the columns. */
  static byte[] cityTwoSheetTemplate() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      CellStyle head = style(wb, true, 11, true);
      Sheet a = wb.createSheet("附件1");
      text(a, 0, 0, "领导班子及班子成员廉政风险防控表", style(wb, true, 16, false));
      String[] ha = {"编号", "班子成员", "风险类型", "廉政风险点表现形式", "风险等次", "防控举措", "责任人", "监督责任人"};
      for (int c = 0; c < ha.length; c++) {
        text(a, 1, c, ha[c], head);
        a.setColumnWidth(c, (c == 3 || c == 5 ? 38 : 12) * 256);
      }
      Sheet b = wb.createSheet("附件2");
      text(b, 0, 0, "科室（部门）廉政风险防控表", style(wb, true, 16, false));
      String[] hb = {"编号", "处室", "风险类型", "廉政风险点表现形式", "风险等次", "防控举措", "部门责任人", "分管领导"};
      for (int c = 0; c < hb.length; c++) {
        text(b, 1, c, hb[c], head);
        b.setColumnWidth(c, (c == 3 || c == 5 ? 38 : 12) * 256);
      }
      text(b, 3, 0, "填表人：        联系电话：", null);
      return bytes(wb);
    }
  }

  @Test
  void aDistrictsDepartmentTemplateIsFilledInItsOwnLayoutAndReadsBackAsTheLedger()
      throws IOException {
    Ledger ledger = SampleUnit.ledger();
    AnnexTemplate template = AnnexTemplate.of(districtDepartmentTemplate());
    assertThat(template.tables())
        .containsExactly(java.util.Map.entry("科室风险点", AnnexKind.DEPARTMENT));

    byte[] filled = fill(template, ledger);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
      Sheet s = wb.getSheet("科室风险点");
      int rows = AnnexTables.count(ledger, AnnexKind.DEPARTMENT);
      assertThat(rows).isGreaterThan(10); // more than the template's blank rows: the footer moves
      assertThat(text(s, 1, 0)).isEqualTo("________科室廉政风险点及防控措施登记表");
      assertThat(text(s, 2, 0)).startsWith("填报单位（盖章）：" + ledger.getUnit().getName());
      assertThat(text(s, 4, 0)).isEqualTo("1");
      assertThat(text(s, 4, 3))
          .isEqualTo(AnnexTables.rows(ledger, AnnexKind.DEPARTMENT).get(0).getTitle());
      assertThat(text(s, 4 + rows + 1, 0)).startsWith("单位负责人：");
      assertThat(s.getColumnWidth(3)).isEqualTo(40 * 256);
      assertThat(s.getRow(4).getCell(3).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
      assertThat(s.getPrintSetup().getLandscape()).isTrue();
      assertThat(wb.getPrintArea(0)).endsWith("$" + (4 + rows + 2));
      assertThat(s.isColumnHidden(8)).as("the hidden id column").isTrue();
    }
    assertReadsBackAsTheLedger(filled, ledger);
  }

  @Test
  void aCountysPersonalTemplateWithAHeaderBandKeepsItsBandNumbersAndOwnColumn() throws IOException {
    Ledger ledger = SampleUnit.ledger();
    AnnexTemplate template = AnnexTemplate.of(countyPersonalTemplate());
    assertThat(template.tables()).containsEntry("个人岗位", AnnexKind.PERSONAL);
    assertThat(template.columns("个人岗位"))
        .containsEntry(AnnexColumn.POST, 2)
        .containsEntry(AnnexColumn.HOLDER, 3)
        .containsEntry(AnnexColumn.RISK_POINT, 4)
        .containsEntry(AnnexColumn.LEVEL, 5)
        .doesNotContainValue(7);

    byte[] filled = fill(template, ledger);

    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(filled))) {
      Sheet s = wb.getSheet("个人岗位");
      int rows = AnnexTables.count(ledger, AnnexKind.PERSONAL);
      assertThat(text(s, 2, 1)).isEqualTo("基本情况");
      assertThat(text(s, 4, 4)).isEqualTo("5"); // the column-number row stays
      assertThat(text(s, 5, 0)).isEqualTo("1");
      assertThat(text(s, 5, 7)).as("the county's own column stays blank").isEmpty();
      assertThat(text(s, 5 + rows + 1, 0)).startsWith("注：");
      assertThat(s.getPrintSetup().getPaperSize()).isEqualTo(PrintSetup.A3_PAPERSIZE);
      assertThat(s.getMergedRegions())
          .as("a post's cells merged over its rows")
          .anyMatch(
              m ->
                  m.getFirstColumn() == 2
                      && m.getFirstRow() >= 5
                      && m.getLastRow() > m.getFirstRow());
    }
    assertReadsBackAsTheLedger(filled, ledger);
  }

  @Test
  void aCitysTwoSheetTemplateGetsAnnexesOneAndTwo(@TempDir Path dir) throws IOException {
    Ledger ledger = SampleUnit.ledger();
    Path blank = Files.write(dir.resolve("模板.xlsx"), cityTwoSheetTemplate());
    AnnexTemplate template = AnnexTemplate.of(blank);
    assertThat(template.tables())
        .containsEntry("附件1", AnnexKind.LEADERSHIP_GROUP)
        .containsEntry("附件2", AnnexKind.DEPARTMENT);

    Path target = dir.resolve("已填.xlsx");
    template.fill(ledger, target);

    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(target))) {
      assertThat(text(wb.getSheet("附件1"), 2, 1)).isNotEmpty();
      Sheet b = wb.getSheet("附件2");
      int rows = AnnexTables.count(ledger, AnnexKind.DEPARTMENT);
      assertThat(text(b, 2 + rows + 1, 0)).startsWith("填表人：");
    }
    try (var files = Files.list(dir)) {
      assertThat(files).hasSize(2); // the template and the filled file, no temporary left
    }
    assertReadsBackAsTheLedger(Files.readAllBytes(target), ledger);
  }

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedLedgersFillTheTemplatesAndReadBack(long seed) throws IOException {
    Ledger ledger = RandomLedgers.generate(seed);
    byte[] template =
        switch ((int) (seed % 3)) {
          case 0 -> districtDepartmentTemplate();
          case 1 -> countyPersonalTemplate();
          default -> cityTwoSheetTemplate();
        };
    assertReadsBackAsTheLedger(fill(AnnexTemplate.of(template), ledger), ledger);
  }

  @Test
  void aWorkbookWithoutAnAnnexTableIsNoTemplate() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook()) {
      text(wb.createSheet("通知"), 0, 0, "关于开展廉政风险防控工作的通知", null);
      byte[] notice = bytes(wb);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> AnnexTemplate.of(notice))
          .withMessageContaining("通知");
    }
  }

  @Test
  void aFilledTemplateIsNoLongerATemplate() throws IOException {
    Ledger ledger = SampleUnit.ledger();
    byte[] filled = fill(AnnexTemplate.of(districtDepartmentTemplate()), ledger);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> AnnexTemplate.of(filled))
        .withMessageContaining("the template's tables already hold rows")
        .withMessageContaining("!5: ");
  }

  private static void assertReadsBackAsTheLedger(byte[] filled, Ledger ledger) throws IOException {
    AnnexReadResult read =
        AnnexReader.builder().strict(false).build().read(new ByteArrayInputStream(filled));
    assertThat(read.problems(Severity.ERROR)).isEmpty();
    assertThat(read.getEdits()).as("the visible rows show exactly the ledger").hasValue(NO_EDITS);
    assertThat(read.getLedger()).isEqualTo(ledger);
  }

  private static byte[] fill(AnnexTemplate template, Ledger ledger) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    template.fill(ledger, out);
    return out.toByteArray();
  }

  private static CellStyle style(XSSFWorkbook wb, boolean bold, int size, boolean border) {
    CellStyle s = wb.createCellStyle();
    Font f = wb.createFont();
    f.setFontName("宋体");
    f.setBold(bold);
    f.setFontHeightInPoints((short) size);
    s.setFont(f);
    s.setWrapText(true);
    if (border) {
      s.setBorderTop(BorderStyle.THIN);
      s.setBorderBottom(BorderStyle.THIN);
      s.setBorderLeft(BorderStyle.THIN);
      s.setBorderRight(BorderStyle.THIN);
    }
    return s;
  }

  private static void text(Sheet s, int r, int c, String text, CellStyle style) {
    Row row = s.getRow(r) == null ? s.createRow(r) : s.getRow(r);
    Cell cell = row.createCell(c);
    cell.setCellValue(text);
    if (style != null) {
      cell.setCellStyle(style);
    }
  }

  private static String text(Sheet s, int r, int c) {
    Row row = s.getRow(r);
    Cell cell = row == null ? null : row.getCell(c);
    return cell == null ? "" : TEXT.formatCellValue(cell);
  }

  private static byte[] bytes(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }
}
