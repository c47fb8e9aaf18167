package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.excel.AnnexReadResult;
import io.github.probity.excel.AnnexReader;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.testkit.SampleUnit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ConvertAndTemplateTest extends CliFixture {

  private static java.util.List<String> titlesAndLevels(Ledger ledger) {
    return ledger.getRiskPoints().stream()
        .map(p -> p.getTitle() + "|" + p.effectiveLevel().map(l -> l.code()).orElse(""))
        .sorted()
        .collect(Collectors.toList());
  }

  @Test
  void jsonToWorkbookAndBackKeepsEveryPoint() throws IOException {
    Path in = json("ledger.json", SampleUnit.ledger());
    Path xlsx = dir.resolve("out/附件.xlsx");
    Path back = dir.resolve("back.json");

    assertThat(run("--lang", "zh", "convert", in.toString(), xlsx.toString())).isZero();
    assertThat(out.toString()).contains("已写出 " + xlsx).contains("风险点 158 个");
    assertThat(AnnexReader.lenient().read(xlsx).getTables())
        .containsValues(AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL);
    assertThat(run("convert", xlsx.toString(), back.toString())).isZero();

    Ledger read = ProbityJson.strict().readLedger(Files.readAllBytes(back)).value();
    assertThat(read)
        .as("the workbook keeps its ledger: nothing lost")
        .isEqualTo(SampleUnit.ledger());
    assertThat(out.toString()).contains("EDITS_READ");
    assertThat(titlesAndLevels(read)).isEqualTo(titlesAndLevels(SampleUnit.ledger()));
    assertThat(read.getRiskPoints().stream().mapToInt(p -> p.getMeasures().size()).sum())
        .isEqualTo(
            SampleUnit.ledger().getRiskPoints().stream()
                .mapToInt(p -> p.getMeasures().size())
                .sum());
  }

  @Test
  void theLedgerTableLayoutIsOneSheet() throws IOException {
    Path in = json("ledger.json", SampleUnit.ledger());
    Path xlsx = dir.resolve("台账.xlsx");
    assertThat(run("convert", "--table", "ledger", in.toString(), xlsx.toString())).isZero();
    AnnexReadResult read = AnnexReader.lenient().read(xlsx);
    assertThat(read.getTables()).containsOnlyKeys(AnnexKind.LEDGER.sheetName());
    assertThat(read.getLedger().getRiskPoints()).hasSize(158);
  }

  @Test
  void badArgumentsGetTheirExitCodes() throws IOException {
    Path in = json("ledger.json", SampleUnit.ledger());
    assertThat(run("--lang", "en", "convert", in.toString(), dir.resolve("x.xls").toString()))
        .isEqualTo(2);
    assertThat(err.toString()).contains("cannot write legacy .xls");
    assertThat(run("convert", dir.resolve("missing.json").toString(), "x.json")).isEqualTo(3);
    assertThat(run("convert", in.toString())).isEqualTo(2);
  }

  @Test
  void templatesAreBlankAnnexesWithTheUnitInTheTitle() throws IOException {
    Path file = dir.resolve("t.xlsx");
    assertThat(
            run(
                "--lang",
                "zh",
                "template",
                "--annex",
                "3",
                "--unit",
                "示例区审计局",
                "--out",
                file.toString()))
        .isZero();
    assertThat(out.toString()).contains("已写出空白附件3 个人");
    AnnexReadResult read = AnnexReader.lenient().read(file);
    assertThat(read.getTables()).containsValue(AnnexKind.PERSONAL);
    assertThat(read.getRows()).isEmpty();
    assertThat(read.getLedger().getUnit().getName()).isEqualTo("示例区审计局");
    assertThat(read.getLedger().getRiskPoints()).extracting(RiskPoint::getTitle).isEmpty();
  }

  @Test
  void annexFourIsThePlanTemplateOfTheYear() throws IOException {
    Path file = dir.resolve("plan.xlsx");
    assertThat(
            run(
                "template",
                "--annex",
                "4",
                "--unit",
                "示例区审计局",
                "--year",
                "2027",
                "--out",
                file.toString()))
        .isZero();
    ImplementationPlan plan = AnnexReader.lenient().readPlan(file).getPlan().orElseThrow();
    assertThat(plan.getYear()).isEqualTo(2027);
    assertThat(plan.getPhases()).hasSize(4);
    assertThat(plan.getPhases().get(0).getStart()).isEqualTo(LocalDate.of(2027, 4, 20));
  }

  @Test
  void annexFiveDoesNotExist() {
    assertThat(run("--lang", "en", "template", "--annex", "5")).isEqualTo(2);
    assertThat(err.toString()).contains("there is no annex 5");
    assertThat(run("template")).isEqualTo(2);
  }
}
