package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.excel.AnnexReadResult;
import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.finding.Severity;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.IntStream;
import java.util.zip.ZipFile;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class TemplateLocationProgressTest extends CliFixture {

  private static String sheetXml(Path xlsx) throws IOException {
    try (ZipFile zip = new ZipFile(xlsx.toFile());
        InputStream in = zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aTemplateHasBlankBorderedRowsWithDropDownsAndReadsBackEmpty() throws IOException {
    Path file = dir.resolve("科室.xlsx");
    assertThat(run("template", "--annex", "2", "--rows", "5", "--out", file.toString())).isZero();
    AnnexReadResult read = AnnexReader.lenient().read(file);
    assertThat(read.getRows()).isEmpty();
    // the sign-off line under the table is noted as skipped, nothing more
    assertThat(read.getProblems())
        .allSatisfy(p -> assertThat(p.getSeverity()).isEqualTo(Severity.INFO));
    String sheet = sheetXml(file);
    // 附件N mark, title, filling line and header on rows 1-4, five blank rows, the sign-off line
    assertThat(sheet).contains("<row r=\"9\"").contains("<row r=\"10\"");
    assertThat(sheet).doesNotContain("<row r=\"11\"");
    String category =
        Locator.columnLetters(AnnexKind.DEPARTMENT.columns().indexOf(AnnexColumn.CATEGORY));
    String level = Locator.columnLetters(AnnexKind.DEPARTMENT.columns().indexOf(AnnexColumn.LEVEL));
    assertThat(sheet)
        .contains("<dataValidation ")
        .contains("sqref=\"" + category + "5:" + category + "9\"")
        .contains("sqref=\"" + level + "5:" + level + "9\"");

    Path standard = dir.resolve("个人.xlsx");
    assertThat(run("template", "--annex", "3", "--out", standard.toString())).isZero();
    int lastRow =
        4 + TemplateCommand.DEFAULT_ROWS; // the blank rows end there; sign-off lines follow
    assertThat(sheetXml(standard)).contains("<row r=\"" + lastRow + "\"");
    assertThat(AnnexReader.lenient().read(standard).getProblems())
        .isNotEmpty() // the sign-off, publicity and filing lines, each noted as skipped
        .allSatisfy(p -> assertThat(p.getSeverity()).isEqualTo(Severity.INFO));
  }

  @Test
  void columnLettersCountLikeASpreadsheet() {
    assertThat(Locator.columnLetters(0)).isEqualTo("A");
    assertThat(Locator.columnLetters(25)).isEqualTo("Z");
    assertThat(Locator.columnLetters(26)).isEqualTo("AA");
    assertThat(Locator.columnLetters(701)).isEqualTo("ZZ");
    assertThat(Locator.columnLetters(702)).isEqualTo("AAA");
  }

  @Test
  void templateRowsOutOfRangeOrForAnnexFourAreUsageErrors() {
    assertThat(run("--lang", "en", "template", "--annex", "1", "--rows", "-1")).isEqualTo(2);
    assertThat(err.toString()).contains("--rows must be 0 to");
    assertThat(run("--lang", "en", "template", "--annex", "4", "--rows", "3")).isEqualTo(2);
    assertThat(err.toString()).contains("annex 4 is pre-filled");
  }

  @Test
  void findingsOnAWorkbookNameTheColumnWhereTheHeaderWasFound() throws IOException {
    Path file = dir.resolve("乱序.xlsx");
    try (OutputStream o = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(o, "test", "1.0");
      Worksheet ws = wb.newWorksheet("附件2 科室");
      String[][] cells = {
        {"示例区财政局廉政风险识别及防范措施一览表（科室）"},
        {"防控措施", "风险等级", "科室", "廉政风险点", "风险类别", "责任人"},
        {"", "一般", "办公室", "公务接待超标准", "制度机制", "李四"}
      };
      for (int r = 0; r < cells.length; r++) {
        for (int c = 0; c < cells[r].length; c++) {
          if (!cells[r][c].isEmpty()) {
            ws.value(r, c, cells[r][c]);
          }
        }
      }
      wb.finish();
    }
    run("--lang", "zh", "validate", "--date", "2026-01-15", file.toString());
    assertThat(out.toString())
        .contains("错误 PR-MEASURE-001 附件2 科室!A3 (防控措施)：")
        .doesNotContain("附件2 科室!3 (");
  }

  @Test
  void readingABigWorkbookDrawsNoBarWhenNotOnATerminal() throws IOException {
    assumeFalse(Progress.isTerminal());
    Path file = dir.resolve("big.xlsx");
    int rows = (int) Progress.THRESHOLD + 1_000;
    try (OutputStream o = Files.newOutputStream(file)) {
      AnnexWriter.standard()
          .writeRows(
              "示例区财政局",
              AnnexKind.PERSONAL,
              IntStream.range(0, rows).mapToObj(i -> row(i)).iterator(),
              o);
    }
    run("validate", "--date", "2026-01-15", file.toString());
    assertThat(err.toString()).isEmpty();
    assertThat(out.toString()).contains(file.toString());
    Path json = dir.resolve("big.json");
    assertThat(run("convert", file.toString(), json.toString())).isZero();
    assertThat(run("merge", file.toString(), "--out", dir.resolve("merged.json").toString()))
        .isBetween(0, 1);
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aCountingBarDrawsOnlyPastTheThreshold() {
    StringWriter few = new StringWriter();
    Progress small = Progress.countingOn(new PrintWriter(few), "读取", "行");
    for (int i = 0; i < Progress.THRESHOLD - 1; i++) {
      small.step(1);
    }
    small.finish();
    assertThat(few.toString()).isEmpty();

    StringWriter many = new StringWriter();
    Progress big = Progress.countingOn(new PrintWriter(many), "读取", "行");
    for (int i = 0; i < 12_345; i++) {
      big.step(1);
    }
    big.finish();
    assertThat(many.toString())
        .startsWith("\r读取 5000 行")
        .contains("\r读取 6000 行", "\r读取 12000 行")
        .doesNotContain("\r读取 5001 行")
        .endsWith("\r读取 12345 行" + System.lineSeparator());
  }

  private static AnnexRow row(int i) {
    int post = i / 50;
    return AnnexRow.builder()
        .scope(OwnerScope.POST)
        .ownerName("审核岗" + post)
        .department("业务科室" + post / 10)
        .addHolders("在岗人员" + post)
        .category(RiskCategory.five().get(i % 5))
        .title("采购需求审核把关不严" + i)
        .level(RiskLevel.values()[i % RiskLevel.values().length])
        .addMeasures("严格执行双人复核制度")
        .responsible("在岗人员" + post)
        .supervisor("周明")
        .build();
  }
}
