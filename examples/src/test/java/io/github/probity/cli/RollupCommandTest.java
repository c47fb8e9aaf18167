package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.excel.RollupWorkbookWriter;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.Unit;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.testkit.LedgerGenerator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class RollupCommandTest extends CliFixture {
  private static final ProbityJson JSON = ProbityJson.strict();

  private Path units() throws IOException {
    Path units = Files.createDirectories(dir.resolve("units"));
    for (int i = 1; i <= 3; i++) {
      Ledger l = LedgerGenerator.generate(i, 30);
      if (i == 2) {
        l =
            Ledger.builder()
                .from(l)
                .unit(Unit.builder().code("U2").name("<b>区审计局</b> & 分局").build())
                .build();
      }
      Path u = Files.createDirectories(units.resolve("unit-" + i));
      Files.write(u.resolve("ledger.json"), JSON.writeLedger(l));
      Files.write(u.resolve("plan.json"), JSON.writePlan(ImplementationPlan.forLedger(l)));
    }
    return units;
  }

  @Test
  void rollsUpADirectoryIntoTheSummaryAndTheReport() throws IOException {
    Path units = units();
    Path xlsx = dir.resolve("out/汇总表.xlsx");
    Path html = dir.resolve("out/汇总报告.html");

    int code =
        run(
            "--lang",
            "en",
            "rollup",
            units.toString(),
            "--out",
            xlsx.toString(),
            "--html",
            html.toString(),
            "--date",
            "2026-09-01",
            "--commission",
            "示例区纪委监委");

    assertThat(code).as(err.toString()).isZero();
    assertThat(out.toString())
        .contains("Rolled up 3 units: 90 risk points")
        .contains("written: " + xlsx)
        .contains("written: " + html);
    try (InputStream in = Files.newInputStream(xlsx);
        XSSFWorkbook wb = new XSSFWorkbook(in)) {
      assertThat(
              wb.getSheet(RollupWorkbookWriter.SUMMARY_SHEET)
                  .getRow(0)
                  .getCell(0)
                  .getStringCellValue())
          .isEqualTo("示例区纪委监委廉政风险防控工作汇总表");
      assertThat(
              wb.getSheet(RollupWorkbookWriter.SUMMARY_SHEET)
                  .getRow(1)
                  .getCell(18)
                  .getStringCellValue())
          .isEqualTo("统计日期：2026年9月1日");
    }
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("&lt;b&gt;区审计局&lt;/b&gt; &amp; 分局")
        .doesNotContain("<b>区审计局")
        .doesNotContain("<script")
        .contains("As of 2026-09-01")
        .contains("Every file was taken.");
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      assertThat(files).hasSize(2);
    }
  }

  @Test
  void filesThatCannotBeReadAreListedAndTheExitCodeSaysSo() throws IOException {
    Path units = units();
    Files.writeString(units.resolve("unit-1/cases.json"), "{\"format\":\"probity-cases\"");
    Files.writeString(units.resolve("区教育局.json"), "not json");
    Path html = dir.resolve("r.html");

    int code = run("--lang", "zh", "rollup", units.toString(), "--html", html.toString());

    assertThat(code).isEqualTo(Cli.FINDINGS);
    assertThat(out.toString())
        .contains("已汇总 4 个单位")
        .contains("unit-1/cases.json")
        .contains("区教育局.json")
        .contains("未报送台账 1 个单位");
    assertThat(dir.resolve("汇总表.xlsx")).doesNotExist();
    assertThat(Files.readString(html)).contains("unit-1/cases.json").contains("未报送台账");
  }

  @Test
  void aMissingDirectoryIsAnUnreadableInput() {
    assertThat(run("--lang", "en", "rollup", dir.resolve("nowhere").toString())).isEqualTo(3);
    assertThat(err.toString()).contains("not a directory");
  }
}
