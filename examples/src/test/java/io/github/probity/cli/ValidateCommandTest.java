package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.LocatedRow;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.validation.RuleSet;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.apache.poi.hssf.usermodel.HSSFRow;
import org.apache.poi.hssf.usermodel.HSSFSheet;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.Test;

class ValidateCommandTest extends CliFixture {
  /** The sample unit with one post point stripped of its measures: an error PR-MEASURE-001. */
  static Ledger withoutMeasures() {
    Ledger sample = SampleUnit.ledger();
    RiskPoint target =
        sample.getRiskPoints().stream()
            .filter(p -> p.getOwner().getScope() == OwnerScope.POST)
            .skip(3)
            .findFirst()
            .orElseThrow();
    List<RiskPoint> points =
        sample.getRiskPoints().stream()
            .map(
                p -> p.equals(target) ? RiskPoint.builder().from(p).measures(List.of()).build() : p)
            .collect(Collectors.toList());
    return Ledger.builder().from(sample).riskPoints(points).build();
  }

  static RiskPoint stripped(Ledger ledger) {
    return ledger.getRiskPoints().stream()
        .filter(p -> p.getMeasures().isEmpty())
        .findFirst()
        .orElseThrow();
  }

  @Test
  void theSampleLedgerIsValid() throws IOException {
    Path file = json("ledger.json", SampleUnit.ledger());
    assertThat(run("--lang", "zh", "validate", "--date", "2026-01-15", file.toString())).isZero();
    assertThat(out.toString()).contains("校验通过，错误 0 项");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void aBadWorkbookIsLocatedBySheetRowAndHeader() throws IOException {
    Ledger bad = withoutMeasures();
    Path file = workbook("台账.xlsx", bad, AnnexKind.LEDGER);
    LocatedRow row =
        AnnexReader.lenient().read(file).getRows().stream()
            .filter(r -> r.getRow().getTitle().equals(stripped(bad).getTitle()))
            .findFirst()
            .orElseThrow();

    assertThat(run("validate", "--lang", "zh", "--date", "2026-01-15", file.toString()))
        .isEqualTo(1);
    assertThat(out.toString())
        .contains(
            "错误 PR-MEASURE-001 "
                + row.getSheet()
                + "!"
                + Locator.columnLetters(AnnexKind.LEDGER.columns().indexOf(AnnexColumn.MEASURES))
                + row.getRowNumber()
                + " (防控措施)：")
        .contains("校验未通过");
  }

  @Test
  void aCellTheReaderCannotTakeIsLocatedByItsCellAndHeader() throws IOException {
    Path file = dir.resolve("办公室.xlsx");
    try (OutputStream o = Files.newOutputStream(file)) {
      Workbook wb = new Workbook(o, "test", "1.0");
      Worksheet ws = wb.newWorksheet("附件3 个人");
      String[][] cells = {
        {"序号", "科室", "岗位", "在岗人", "风险类别", "廉政风险点", "风险等级", "防控措施", "责任人"},
        {"1", "办公室", "文秘岗", "张三", "岗位职责", "公文流转中泄露信息", "视情况", "1.加强保密教育；2.公文专人登记", "张三"}
      };
      for (int r = 0; r < cells.length; r++) {
        for (int c = 0; c < cells[r].length; c++) {
          ws.value(r, c, cells[r][c]);
        }
      }
      wb.finish();
    }
    assertThat(run("--lang", "zh", "validate", file.toString())).isEqualTo(1);
    assertThat(out.toString())
        .contains("警告 UNKNOWN_LEVEL 附件3 个人!G2 (风险等级)：无法识别的风险等级，按待评定读入（原值：“视情况”）");
  }

  @Test
  void aWorkbookProbityWroteIsValidatedAsTheWholeLedgerItKeeps() throws IOException {
    // the ledger table keeps the ledger it was written from: principal leader, division of work,
    // department heads and decisions are known, so every rule is checked
    Path file = workbook("台账.xlsx", SampleUnit.ledger(), AnnexKind.LEDGER);
    assertThat(run("--lang", "en", "validate", "--date", "2026-01-15", file.toString())).isZero();
    assertThat(out.toString()).doesNotContain("not checked").contains("valid, 0 errors");
    out.getBuffer().setLength(0);
    assertThat(run("validate", "--format", "json", "--date", "2026-01-15", file.toString()))
        .isZero();
    JsonNode first = new ObjectMapper().readTree(out.toString()).get("files").get(0);
    assertThat(first.get("uncheckedRules").toString()).isEqualTo("[]");
    assertThat(first.get("status").asText()).isEqualTo("valid");
  }

  @Test
  void legacyXlsWorkbooksAreReadToo() throws IOException {
    Path file = dir.resolve("科室.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook();
        OutputStream o = Files.newOutputStream(file)) {
      HSSFSheet sheet = wb.createSheet("附件2 科室");
      String[][] cells = {
        {"序号", "科室", "风险类别", "廉政风险点", "风险等级", "防控措施", "责任人"},
        {"1", "办公室", "制度机制", "公务接待超标准", "中", "严格执行接待清单制度", "李四"}
      };
      for (int r = 0; r < cells.length; r++) {
        HSSFRow row = sheet.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.createCell(c).setCellValue(cells[r][c]);
        }
      }
      wb.write(o);
    }
    // a correct department annex validates clean: the rules that need the other annexes are
    // listed as not checked, not reported as errors
    assertThat(run("--lang", "en", "validate", "--format", "json", file.toString())).isZero();
    JsonNode first = new ObjectMapper().readTree(out.toString()).get("files").get(0);
    assertThat(first.get("status").asText()).isEqualTo("valid");
    assertThat(first.get("uncheckedRules").toString()).contains("PR-OWNER-003", "PR-POST-001");
    assertThat(first.get("readProblems"))
        .singleElement()
        .satisfies(p -> assertThat(p.get("code").asText()).isEqualTo("UNIT_CODE_DEFAULTED"));
    assertThat(first.get("locations").toString()).contains("附件2 科室!B2 (科室)");
  }

  @Test
  void aTableWithoutALevelColumnGetsOneFindingAtItsHeader() throws IOException {
    Path file = dir.resolve("领导班子.xls");
    try (HSSFWorkbook wb = new HSSFWorkbook();
        OutputStream o = Files.newOutputStream(file)) {
      HSSFSheet sheet = wb.createSheet("附件1 领导班子");
      String[][] cells = {
        {"序号", "班子成员", "风险类别", "廉政风险点", "防控措施"},
        {"1", "周明（局长）", "岗位职责", "决策不民主", "落实民主集中制"},
        {"2", "吴芳（副局长）", "业务流程", "分管领域监管不力", "定期听取汇报"},
        {"3", "吴芳（副局长）", "外部环境", "接受请托", "报告制度"}
      };
      for (int r = 0; r < cells.length; r++) {
        HSSFRow row = sheet.createRow(r);
        for (int c = 0; c < cells[r].length; c++) {
          row.createCell(c).setCellValue(cells[r][c]);
        }
      }
      wb.write(o);
    }
    run("--lang", "en", "validate", file.toString());
    String printed = out.toString();
    assertThat(printed.split("PR-POINT-001", -1)).hasSize(2);
    assertThat(printed).contains("附件1 领导班子 (风险等级)").contains("3 risk points are not graded");
  }

  @Test
  void aBadJsonLedgerIsLocatedByPointer() throws IOException {
    Ledger bad = withoutMeasures();
    Path file = json("bad.json", bad);
    int index = bad.getRiskPoints().indexOf(stripped(bad));

    assertThat(run("--lang", "en", "validate", "--date", "2026-01-15", file.toString()))
        .isEqualTo(1);
    assertThat(out.toString())
        .contains("ERROR PR-MEASURE-001 /ledger/riskPoints/" + index + "/measures: ")
        .contains("invalid, 1 errors");
  }

  @Test
  void jsonOutputEmbedsTheValidationReportDocument() throws IOException {
    Path file = json("bad.json", withoutMeasures());
    assertThat(run("validate", "--format", "json", "--date", "2026-01-15", file.toString()))
        .isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(out.toString());
    assertThat(root.get("exitCode").asInt()).isEqualTo(1);
    JsonNode first = root.get("files").get(0);
    assertThat(first.get("status").asText()).isEqualTo("invalid");
    assertThat(first.get("counts").get("ERROR").asInt()).isEqualTo(1);
    assertThat(first.get("report").get("format").asText()).isEqualTo("probity-validation-report");
    JsonNode violation = first.get("report").get("report").get("violations").get(0);
    assertThat(violation.get("ruleId").asText()).isEqualTo("PR-MEASURE-001");
    assertThat(first.get("locations").get(violation.get("path").asText()).asText())
        .startsWith("/ledger/riskPoints/");
  }

  @Test
  void jsonOutputIsOneLineWithTheReportDocumentAsIoJsonWritesIt() throws IOException {
    Ledger bad = withoutMeasures();
    Path file = json("bad.json", bad);
    assertThat(run("validate", "--format", "json", "--date", "2026-01-15", file.toString()))
        .isEqualTo(1);
    byte[] report =
        ProbityJson.strict()
            .writeReport(
                RuleSet.standard()
                    .validate(bad, Dates.clock(Optional.of(LocalDate.of(2026, 1, 15)))));
    assertThat(out.toString().lines()).hasSize(1);
    assertThat(out.toString())
        .startsWith("{\"exitCode\":1,\"files\":[{\"file\":")
        .contains(",\"report\":" + new String(report, StandardCharsets.UTF_8) + "}]}");
  }

  @Test
  void anUnreadableFileIsExitCodeThreeWithItsLocatedErrors() throws IOException {
    Path broken =
        Files.writeString(
            dir.resolve("broken.json"),
            "{\"format\":\"probity-ledger\",\"schemaVersion\":1,\"ledger\":{\"year\":\"x\"}}",
            StandardCharsets.UTF_8);
    Path notAWorkbook = Files.writeString(dir.resolve("fake.xlsx"), "not a workbook");
    assertThat(run("--lang", "en", "validate", broken.toString(), notAWorkbook.toString()))
        .isEqualTo(3);
    assertThat(out.toString())
        .contains("JSON_WRONG_TYPE /ledger/year (line 1")
        .contains("NOT_A_WORKBOOK")
        .contains("unreadable");
  }

  @Test
  void unsupportedFileTypesAndMissingArgumentsAreUsageErrors() {
    assertThat(run("--lang", "en", "validate", "ledger.txt")).isEqualTo(2);
    assertThat(err.toString()).contains("unsupported file type");
    assertThat(run("validate")).isEqualTo(2);
  }
}
