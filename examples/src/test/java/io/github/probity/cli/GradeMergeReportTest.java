package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.examples.MergeDepartments;
import io.github.probity.grading.GradingContext;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.grading.RegradingReport;
import io.github.probity.grading.RiskGrader;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.SampleUnit;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GradeMergeReportTest extends CliFixture {

  @Test
  void gradePrintsEveryLevelChangeUnderTheNewPolicy() throws IOException {
    Path policy =
        Files.write(
            dir.resolve("policy.json"),
            ProbityJson.strict().writePolicy(GradingPolicy.countRule()));
    Path ledger = json("ledger.json", SampleUnit.ledger());
    RegradingReport expected =
        RegradingReport.regrade(
            RiskGrader.of(GradingPolicy.countRule()),
            GradingContext.builder()
                .ledger(SampleUnit.ledger())
                .clock(Dates.clock(java.util.Optional.of(LocalDate.of(2026, 3, 1))))
                .build());

    assertThat(
            run(
                "--lang",
                "zh",
                "grade",
                "--policy",
                policy.toString(),
                "--date",
                "2026-03-01",
                ledger.toString()))
        .isZero();
    String text = out.toString();
    assertThat(text)
        .contains("按评级政策 count-rule 第 1 版重新评级：风险点 158 个")
        .contains("等级变化 " + expected.getChanges().size() + " 个");
    assertThat(expected.getChanges()).isNotEmpty();
    String first = expected.getChanges().get(0).getRiskPointId();
    assertThat(text).contains("/ledger/riskPoints/").contains(first + " “");
  }

  @Test
  void anUnreadablePolicyIsExitCodeThree() throws IOException {
    Path policy = Files.writeString(dir.resolve("p.json"), "{\"format\":", StandardCharsets.UTF_8);
    Path ledger = json("ledger.json", SampleUnit.ledger());
    assertThat(run("--lang", "en", "grade", "--policy", policy.toString(), ledger.toString()))
        .isEqualTo(3);
    assertThat(err.toString()).contains("cannot read policy").contains("(line 1");
    assertThat(run("grade", ledger.toString())).isEqualTo(2);
  }

  @Test
  void mergeReportsDuplicatesAndUnknownPeopleWithLocations() throws IOException {
    List<Path> files = MergeDepartments.writeDepartmentFiles(dir);
    Path merged = dir.resolve("merged.json");
    List<String> args = new ArrayList<>(List.of("--lang", "zh", "merge"));
    files.forEach(f -> args.add(f.toString()));
    args.addAll(List.of("--out", merged.toString()));

    assertThat(run(args.toArray(String[]::new))).isZero(); // conflicts are warnings
    assertThat(out.toString())
        .containsPattern("警告 MERGE_DUPLICATE .+\\.xlsx:附件2 科室!\\d+：风险点“.+”（.+）已在 .+ 填报")
        .containsPattern("警告 MERGE_UNKNOWN_PERSON .+\\.xlsx:附件\\d .+!\\d+：责任领导“钱多多”")
        .contains("风险点 " + SampleUnit.ledger().getRiskPoints().size() + " 个");
    Ledger ledger = ProbityJson.strict().readLedger(Files.readAllBytes(merged)).value();
    assertThat(ledger.getRiskPoints()).hasSize(SampleUnit.ledger().getRiskPoints().size());
    assertThat(ledger.getUnit().getName()).isEqualTo("示例区财政局");
  }

  @Test
  void aRosterMakesUnknownPeopleErrors() throws IOException {
    List<Path> files = MergeDepartments.writeDepartmentFiles(dir);
    Path roster = json("roster.json", SampleUnit.ledger());
    List<String> args = new ArrayList<>(List.of("--lang", "en", "merge"));
    files.forEach(f -> args.add(f.toString()));
    args.addAll(List.of("--roster", roster.toString(), "--out", dir.resolve("m.xlsx").toString()));

    assertThat(run(args.toArray(String[]::new))).isEqualTo(1);
    assertThat(out.toString())
        .contains("ERROR MERGE_UNKNOWN_PERSON")
        .contains("supervisor \"钱多多\" is not in the roster");
    assertThat(dir.resolve("m.xlsx")).exists();
  }

  @Test
  void mergeWritesNothingWhenAnInputIsUnreadable() throws IOException {
    Path good = json("a.json", SampleUnit.ledger());
    Path out = dir.resolve("m.json");
    assertThat(
            run(
                "merge",
                good.toString(),
                dir.resolve("missing.xlsx").toString(),
                "--out",
                out.toString()))
        .isEqualTo(3);
    assertThat(out).doesNotExist();
  }

  @Test
  void reportIsSelfContainedAndEscapesText() throws IOException {
    Ledger sample = SampleUnit.ledger();
    RiskPoint first = sample.getRiskPoints().get(0);
    List<RiskPoint> points = new ArrayList<>(sample.getRiskPoints());
    points.set(
        0, RiskPoint.builder().from(first).title("<script>alert('x')</script>&\"泄密\"").build());
    Path ledger = json("l.json", Ledger.builder().from(sample).riskPoints(points).build());
    Path html = dir.resolve("r/report.html");

    assertThat(
            run(
                "--lang",
                "zh",
                "report",
                ledger.toString(),
                "--out",
                html.toString(),
                "--date",
                "2026-11-28"))
        .isZero();
    String page = Files.readString(html, StandardCharsets.UTF_8);
    assertThat(page)
        .startsWith("<!DOCTYPE html>")
        .contains("示例区财政局 2026年度廉政风险防控情况报告")
        .contains("一、按科室统计", "三、等级 × 类别热力图", "四、高等级风险点及监督责任人")
        .contains("五、逾期未落实的防控措施", "六、逾期未开展的监督检查")
        .doesNotContain("<script", "http://", "https://", "<link", "@import", "src=");
    if (first.effectiveLevel().filter(l -> l.code().equals("HIGH")).isPresent()) {
      assertThat(page)
          .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;&quot;泄密&quot;");
    }
    assertThat(HtmlReport.esc("<a href=\"x\">'&'</a>"))
        .isEqualTo("&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;");
  }

  @Test
  void reportCountsMatchTheLedger() throws IOException {
    Ledger sample = SampleUnit.ledger();
    String html =
        new HtmlReport(
                sample, LocalDate.of(2026, 11, 28), java.util.Locale.ENGLISH, Progress.none())
            .render();
    long high =
        sample.getRiskPoints().stream()
            .filter(p -> p.effectiveLevel().filter(l -> l.code().equals("HIGH")).isPresent())
            .count();
    assertThat(html)
        .contains(
            "<div class=\"n\">"
                + sample.getRiskPoints().size()
                + "</div><div class=\"l\">Risk points")
        .contains("<div class=\"n\">" + high + "</div><div class=\"l\">HIGH")
        .contains("lang=\"en\"");
  }
}
