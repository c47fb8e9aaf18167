package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexTables;
import io.github.probity.examples.StoreDemo;
import io.github.probity.excel.AnnexReadResult;
import io.github.probity.excel.AnnexReader;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.store.jdbc.H2Files;
import io.github.probity.store.jdbc.ProbityStore;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.DispositionCase;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MainTest {
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    return Main.run(new PrintWriter(out, true), new PrintWriter(err, true), args);
  }

  @TempDir Path dir;

  @Test
  void demoWritesTheSampleUnitsFilesThatReadBack() throws IOException {
    assertThat(run("demo", "--out", dir.toString())).isZero();
    assertThat(dir.resolve("ledger.json")).exists();
    assertThat(
            ProbityJson.strict().readLedger(Files.readAllBytes(dir.resolve("ledger.json"))).value())
        .isEqualTo(SampleUnit.ledger());
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .contains("台账.xlsx", "一岗一档.xlsx", "ledger.json", "validation-report.json")
          .contains("archive-history.json", "公开登记.xlsx", "disclosure.json")
          .anySatisfy(n -> assertThat(n).startsWith("岗位廉政风险档案-").endsWith(".xlsx"))
          .filteredOn(n -> n.startsWith("附件"))
          .hasSize(4);
    }
    AnnexReadResult annex3;
    try (Stream<Path> files = Files.list(dir)) {
      Path personal =
          files.filter(p -> p.getFileName().toString().startsWith("附件3")).findFirst().orElseThrow();
      annex3 = AnnexReader.lenient().read(personal);
    }
    assertThat(annex3.getLedger()).as("the ledger the file keeps").isEqualTo(SampleUnit.ledger());
    assertThat(annex3.getRows())
        .as("one block of rows per holder of each post")
        .hasSize(AnnexTables.count(SampleUnit.ledger(), AnnexKind.PERSONAL))
        .hasSizeGreaterThan(
            (int)
                SampleUnit.ledger().getRiskPoints().stream()
                    .filter(p -> p.getOwner().getScope() == OwnerScope.POST)
                    .count());
    assertThat(out.toString()).contains("已写出").contains("ledger.json").contains("岗位风险点查找率");
  }

  @Test
  void demoWritesTheSevereCasesNoticeAndTalkRecord() throws IOException {
    assertThat(run("demo", "--out", dir.toString())).isZero();
    CaseBook book =
        ProbityJson.strict()
            .readCases(Files.readAllBytes(dir.resolve("cases.json")), Clock.systemUTC())
            .value();
    List<DispositionCase> verified =
        book.cases().stream().filter(c -> c.getState() == CaseState.VERIFIED).toList();
    assertThat(verified).as("the severe case, taken up").hasSize(1);
    DispositionCase severe = verified.get(0);
    String name =
        SampleUnit.ledger()
            .person(severe.getWarning().getSubject().getId())
            .map(Person::getName)
            .orElseThrow();
    Path papers = dir.resolve("文书");
    Path notice = papers.resolve("示财纪〔2026〕1号-处置通知书-" + name + ".docx");
    Path talk = papers.resolve("示财纪〔2026〕2号-提醒谈话记录-" + name + ".docx");
    try (Stream<Path> files = Files.list(papers)) {
      assertThat(files).containsExactlyInAnyOrder(notice, talk);
    }

    List<String> lines = PapersCommandTest.lines(notice);
    assertThat(lines.subList(0, 3)).containsExactly("处置通知书", "示财纪〔2026〕1号", name + "同志：");
    assertThat(PapersCommandTest.text(notice))
        .contains("决定对你采取“警示提醒”措施，进行提醒谈话。")
        .contains("于2026年9月22日前（5个工作日内）向示例区财政局纪检组报送个人剖析材料、廉政承诺书和整改措施")
        .contains("签收人（签名）：");
    assertThat(lines).containsSubsequence("示例区财政局纪检组", "2026年9月15日");

    lines = PapersCommandTest.lines(talk);
    assertThat(lines.subList(0, 2)).containsExactly("提醒谈话记录", "示财纪〔2026〕2号");
    assertThat(PapersCommandTest.text(talk))
        .contains("被谈话人\t" + name)
        .contains("处置措施：警示提醒。")
        .contains("被谈话人应于2026年9月22日前（5个工作日内）向示例区财政局纪检组报送个人剖析材料和廉政承诺书。")
        .contains("谈话人（签名）：", "记录人（签名）：", "被谈话人（签名）：");
    assertThat(out.toString()).contains("文书").contains("cases.json");
  }

  @Test
  void demoWritesTheSampleUnitIntoTheStoreAndPrintsItsHistory() throws IOException {
    Path store = dir.resolve("store");
    assertThat(run("demo", "--out", dir.toString(), "--store", store.toString())).isZero();
    assertThat(dir.resolve("store.mv.db")).exists();
    assertThat(out.toString())
        .contains("台账第 1 版  张三")
        .contains("台账第 2 版  李四")
        .contains("第 2 版相对第 1 版 1 处变更")
        .contains("新增对学习计划执行情况的季度抽查")
        .contains("一岗一档 " + SampleUnit.ledger().getPosts().size() + " 个岗位");

    ProbityStore reopened = H2Files.open(store);
    String unit = SampleUnit.ledger().getUnit().getCode();
    int year = SampleUnit.ledger().getYear();
    assertThat(reopened.ledgers().latest(unit, year).orElseThrow().getLedger())
        .isEqualTo(StoreDemo.midYearReview(SampleUnit.ledger()));
    for (var post : SampleUnit.ledger().getPosts()) {
      assertThat(reopened.archives().check(unit, year, post.getId()).isIntact()).isTrue();
    }

    out.getBuffer().setLength(0); // a second run appends on top of what is stored
    assertThat(run("demo", "--out", dir.toString(), "--store", store.toString())).isZero();
    assertThat(out.toString()).contains("台账第 4 版  李四").contains("第 4 版相对第 3 版 1 处变更");
  }

  @Test
  void eachAnnexTheDemoWritesValidatesClean() throws IOException {
    assertThat(run("demo", "--out", dir.toString())).isZero();
    List<Path> annexes;
    try (Stream<Path> files = Files.list(dir)) {
      annexes =
          files
              .filter(p -> p.getFileName().toString().matches("(附件[1-4].*|台账)\\.xlsx"))
              .sorted()
              .toList();
    }
    assertThat(annexes).hasSize(5);
    for (Path annex : annexes) {
      out.getBuffer().setLength(0);
      assertThat(run("--lang", "en", "validate", annex.toString()))
          .as("%s: %s", annex.getFileName(), out)
          .isZero();
      assertThat(out.toString()).contains(": valid, 0 errors");
    }
  }

  @Test
  void convertingThePlanSaysItHoldsNoRiskTables() throws IOException {
    assertThat(run("demo", "--out", dir.toString())).isZero();
    Path plan;
    try (Stream<Path> files = Files.list(dir)) {
      plan =
          files.filter(p -> p.getFileName().toString().startsWith("附件4")).findFirst().orElseThrow();
    }
    Path json = dir.resolve("plan-as-ledger.json");
    assertThat(run("--lang", "en", "convert", plan.toString(), json.toString())).isEqualTo(3);
    assertThat(err.toString()).contains("implementation plan (annex 4), not risk tables");
    assertThat(json).doesNotExist();
  }

  @Test
  void demoPrintsTheSampleUnitSummary() {
    assertThat(run("demo", "--out", dir.toString())).isZero();
    LedgerSummary summary = LedgerSummary.of(SampleUnit.ledger());
    assertThat(out.toString())
        .startsWith("示例区财政局 2026年度廉政风险台账")
        .contains("领导班子成员 5 人，科室 8 个，岗位 41 个")
        .contains("风险点 " + SampleUnit.ledger().getRiskPoints().size() + " 个")
        .contains("政府采购监管科")
        .contains("领导班子 " + summary.count(OwnerScope.LEADERSHIP_GROUP));
    assertThat(out.toString().lines().filter(l -> l.startsWith("业务流程")).findFirst())
        .hasValueSatisfying(
            line ->
                assertThat(line.split("\\s+"))
                    .containsExactly(
                        "业务流程",
                        cell(summary, RiskLevel.HIGH),
                        cell(summary, RiskLevel.MEDIUM),
                        cell(summary, RiskLevel.LOW),
                        "0",
                        Integer.toString(
                            (int)
                                SampleUnit.ledger().getRiskPoints().stream()
                                    .filter(p -> p.getCategory() == RiskCategory.PROCESS)
                                    .count())));
    assertThat(err.toString()).isEmpty();
  }

  private static String cell(LedgerSummary summary, RiskLevel level) {
    return Integer.toString(summary.count(RiskCategory.PROCESS, Optional.of(level)));
  }

  @Test
  void helpListsTheCommands() {
    assertThat(run("--help")).isZero();
    assertThat(out.toString()).contains("demo").contains("Usage: probity");
  }

  @Test
  void unknownCommandIsAUsageError() {
    assertThat(run("no-such-command")).isEqualTo(2);
    assertThat(err.toString()).contains("no-such-command");
  }
}
