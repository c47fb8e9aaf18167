package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.excel.AnnexReadResult;
import io.github.probity.excel.AnnexReader;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.SampleUnit;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class FillCommandTest extends CliFixture {

  /** A district's blank annex 2 in its own words: title, filling line, header, five blank rows. */
  private Path districtTemplate() throws IOException {
    Path file = dir.resolve("附件2 科室廉政风险防控表.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream o = Files.newOutputStream(file)) {
      Sheet s = wb.createSheet("附件2");
      CellStyle boxed = wb.createCellStyle();
      boxed.setBorderBottom(BorderStyle.THIN);
      boxed.setBorderTop(BorderStyle.THIN);
      boxed.setBorderLeft(BorderStyle.THIN);
      boxed.setBorderRight(BorderStyle.THIN);
      boxed.setWrapText(true);
      s.createRow(0).createCell(0).setCellValue("科室（部门）廉政风险点及防控措施登记表");
      s.addMergedRegion(new CellRangeAddress(0, 0, 0, 6));
      s.createRow(1).createCell(0).setCellValue("填报单位（盖章）：");
      String[] header = {"序号", "科室名称", "风险点描述", "风险等级", "风险类别", "防控措施", "科室负责人"};
      Row h = s.createRow(2);
      for (int c = 0; c < header.length; c++) {
        h.createCell(c).setCellValue(header[c]);
        h.getCell(c).setCellStyle(boxed);
        s.setColumnWidth(c, (c == 2 || c == 5 ? 30 : 12) * 256);
      }
      for (int r = 3; r < 8; r++) {
        Row row = s.createRow(r);
        for (int c = 0; c < header.length; c++) {
          row.createCell(c).setCellStyle(boxed);
        }
      }
      s.createRow(9).createCell(0).setCellValue("单位负责人：            填表人：            联系电话：");
      wb.write(o);
    }
    return file;
  }

  @Test
  void fillsADistrictsTemplateThatReadsBackAsTheLedgersDepartmentRows() throws IOException {
    Path template = districtTemplate();
    Path ledger = json("ledger.json", SampleUnit.ledger());
    Path filled = dir.resolve("out/附件2 已填.xlsx");

    int code =
        run(
            "--lang",
            "zh",
            "fill",
            template.toString(),
            ledger.toString(),
            "--out",
            filled.toString());

    assertThat(code).as(err.toString()).isZero();
    long departmentPoints =
        SampleUnit.ledger().getRiskPoints().stream()
            .filter(p -> p.getOwner().getScope() == OwnerScope.DEPARTMENT)
            .count();
    assertThat(out.toString())
        .contains("模板工作表 附件2：" + AnnexKind.DEPARTMENT.displayName())
        .contains("已填入 158 个风险点：" + filled);
    AnnexReadResult read = AnnexReader.lenient().read(filled);
    assertThat(read.getRows()).hasSize((int) departmentPoints);
    assertThat(read.getRows())
        .extracting(r -> r.getRow().getTitle())
        .containsExactlyInAnyOrderElementsOf(
            SampleUnit.ledger().getRiskPoints().stream()
                .filter(p -> p.getOwner().getScope() == OwnerScope.DEPARTMENT)
                .map(RiskPoint::getTitle)
                .toList());
    assertThat(read.getLedger())
        .as("the filled template carries its whole ledger back")
        .isEqualTo(SampleUnit.ledger());
    try (InputStream in = Files.newInputStream(filled);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      Sheet s = wb.getSheet("附件2");
      assertThat(s.getRow(0).getCell(0).getStringCellValue()).isEqualTo("科室（部门）廉政风险点及防控措施登记表");
      assertThat(s.getRow(1).getCell(0).getStringCellValue())
          .startsWith("填报单位（盖章）：")
          .contains(SampleUnit.ledger().getUnit().getName());
      assertThat(s.getColumnWidth(2)).isEqualTo(30 * 256);
      assertThat(s.getRow(s.getLastRowNum()).getCell(0).getStringCellValue())
          .as("the sign-off line moved below the rows")
          .startsWith("单位负责人：");
    }
  }

  @Test
  void theDefaultOutputIsBesideTheTemplate() throws IOException {
    Path template = districtTemplate();
    Path ledger = json("ledger.json", SampleUnit.ledger());

    assertThat(run("fill", template.toString(), ledger.toString())).as(err.toString()).isZero();

    assertThat(dir.resolve("附件2 科室廉政风险防控表（已填）.xlsx")).isRegularFile();
  }

  @Test
  void aWorkbookWithoutAnAnnexTableIsNotATemplate() throws IOException {
    Path notATemplate = dir.resolve("会议纪要.xlsx");
    try (XSSFWorkbook wb = new XSSFWorkbook();
        OutputStream o = Files.newOutputStream(notATemplate)) {
      wb.createSheet("纪要").createRow(0).createCell(0).setCellValue("2026年第3次党组会议纪要");
      wb.write(o);
    }
    Path ledger = json("ledger.json", SampleUnit.ledger());
    Path filled = dir.resolve("filled.xlsx");

    int code =
        run(
            "--lang",
            "en",
            "fill",
            notATemplate.toString(),
            ledger.toString(),
            "--out",
            filled.toString());

    assertThat(code).isEqualTo(Cli.UNREADABLE);
    assertThat(err.toString())
        .contains(notATemplate + " cannot serve as a blank template")
        .contains("the template has no annex table");
    assertThat(filled).doesNotExist();
  }

  @Test
  void bytesThatAreNotAWorkbookAreRefusedWithTheReason() throws IOException {
    Path garbage =
        Files.writeString(dir.resolve("模板.xlsx"), "not a workbook", StandardCharsets.UTF_8);
    Path ledger = json("ledger.json", SampleUnit.ledger());

    int code = run("--lang", "en", "fill", garbage.toString(), ledger.toString());

    assertThat(code).isEqualTo(Cli.UNREADABLE);
    assertThat(err.toString()).contains("workbook refused");
  }

  @Test
  void aFilledAnnexIsNotABlankTemplate() throws IOException {
    Path ledger = json("ledger.json", SampleUnit.ledger());
    Path annex = workbook("附件2.xlsx", SampleUnit.ledger(), AnnexKind.DEPARTMENT);
    Path filled = dir.resolve("filled.xlsx");

    int code =
        run(
            "--lang",
            "en",
            "fill",
            annex.toString(),
            ledger.toString(),
            "--out",
            filled.toString());

    assertThat(code).as(out.toString()).isEqualTo(Cli.UNREADABLE);
    assertThat(err.toString())
        .contains("cannot serve as a blank template")
        .contains("the template's tables already hold rows")
        .containsPattern("!\\d+: \\d+ 行 · rows");
    assertThat(filled).doesNotExist();
  }

  @Test
  void onlyAnXlsxCanBeWritten() throws IOException {
    Path template = districtTemplate();
    Path ledger = json("ledger.json", SampleUnit.ledger());

    int code = run("fill", template.toString(), ledger.toString(), "--out", "filled.json");

    assertThat(code).isEqualTo(Cli.USAGE);
  }
}
