package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.probity.annex.PlanTables;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PlanTask;
import io.github.probity.plan.ProgressIndicator;
import io.github.probity.testkit.PlanGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanWorkbookTest {
  private static final ImplementationPlan TEMPLATE =
      ImplementationPlan.template("示例区财政局", 2026)
          .withTaskCompleted("召开动员会议", LocalDate.of(2026, 4, 22))
          .withTaskCompleted("查找风险", LocalDate.of(2026, 5, 10));

  static byte[] write(AnnexWriter writer, ImplementationPlan plan) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer.writePlan(plan, out);
    return out.toByteArray();
  }

  static PlanReadResult read(AnnexReader reader, byte[] xlsx) throws IOException {
    return reader.readPlan(new ByteArrayInputStream(xlsx));
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @Test
  void writesAnnexFourPrintReady() throws IOException {
    byte[] xlsx =
        write(AnnexWriter.builder().fillDate(LocalDate.of(2026, 4, 15)).build(), TEMPLATE);
    Map<String, String> parts = AnnexWriterTest.parts(xlsx);
    String sheet = parts.get("xl/worksheets/sheet1.xml");

    assertThat(parts.get("xl/workbook.xml")).contains("附件4 实施计划", "_xlnm.Print_Titles");
    assertThat(sheet)
        .contains("示例区财政局廉政风险预警防控机制建设工作实施计划")
        .contains("填报单位：示例区财政局　　计划年度：2026年", "填报日期：2026年4月15日")
        .contains("序号", "工作阶段", "时间安排", "工作任务", "工作内容及要求", "责任部门", "责任人", "完成标准", "完成情况", "备注")
        .contains("2026年4月20日—4月28日", "已完成（2026年4月22日）", "岗位风险点查找率达到100%")
        .contains("备注：\n1.各阶段起止时间")
        .contains(
            "orientation=\"landscape\"", "paperSize=\"8\"", "fitToWidth=\"1\"", "fitToHeight=\"0\"")
        .contains("&amp;P", "state=\"frozen\"")
        // phases 1–4 merged over 2, 2, 4 and 4 rows in the phase and period columns
        .contains("<mergeCell ref=\"B4:B5\"/>", "<mergeCell ref=\"C4:C5\"/>")
        .contains("<mergeCell ref=\"B8:B11\"/>", "<mergeCell ref=\"C12:C15\"/>");
    assertThat(parts.get("xl/styles.xml")).contains("宋体", "wrapText=\"true\"", "formatCode=\"@\"");
  }

  @Test
  void theTemplateRoundTrips() throws IOException {
    PlanReadResult result = read(AnnexReader.lenient(), write(AnnexWriter.standard(), TEMPLATE));

    assertThat(result.getProblems()).isEmpty();
    assertThat(result.getPlan()).contains(TEMPLATE);
    assertThat(result.getRows()).hasSize(12);
    assertThat(result.getRows().get(0).getRowNumber()).isEqualTo(4);
    assertThat(result.getRows().get(0).getSheet()).isEqualTo("附件4 实施计划");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedPlansRoundTrip(long seed) throws IOException {
    ImplementationPlan plan = PlanGenerator.generate(seed);

    PlanReadResult result = read(AnnexReader.lenient(), write(AnnexWriter.standard(), plan));

    assertThat(result.getProblems()).isEmpty();
    assertThat(result.getPlan()).contains(plan);
  }

  /** A plan table as a unit might fill it in by hand, with the usual variations and slips. */
  static Books handFilled() {
    Books b = new Books();
    b.sheet("工作计划")
        .row("某县审计局2026年廉政风险预警防控机制建设工作实施计划")
        .row("填报单位：某县审计局")
        .row("序号", "阶段", "起止时间", "主要任务", "工作内容", "牵头部门", "负责人", "进展情况", "备　注")
        .row("1", "宣传发动", "4月20日-4月28日", "动员部署", "召开动员大会", "办公室", "张明", "已完成 4月25日", "")
        .row("2", "", "", "廉政教育", "专题党课", "纪检组/办公室", "李华，王强", "已完成", "")
        .row("3", "查找风险", "5月2日至5月11日", "", "清理职权", "各科室", "", "", "")
        .row("4", "", "", "查找风险点", "逐岗查找", "各科室", "科室负责人", "进行中", "")
        .row("5", "制定措施", "5月中旬", "制定防范措施", "在岗人提出", "各科室", "", "", "")
        .row("6", "建立机制", "7/16-8/31", "建立预警机制", "信息报送网络", "纪检组", "", "", "力争提前")
        .row("说明：1.时间可调整；2.每阶段报送小结")
        .row("填表人：张明")
        .merge("B4:B5")
        .merge("C4:C5")
        .merge("B6:B7")
        .merge("C6:C7")
        .merge("A10:I10");
    return b;
  }

  @Test
  void readsAHandFilledPlanAndLocatesEveryProblem() throws IOException {
    PlanReadResult result = read(AnnexReader.lenient(), handFilled().xlsx());

    ImplementationPlan plan = result.getPlan().orElseThrow();
    assertThat(plan.getUnitName()).isEqualTo("某县审计局");
    assertThat(plan.getYear()).isEqualTo(2026);
    assertThat(plan.getPhases())
        .extracting(p -> p.getName() + " " + p.getStart() + "/" + p.getEnd())
        .containsExactly(
            "宣传发动 2026-04-20/2026-04-28",
            "查找风险 2026-05-02/2026-05-11",
            "建立机制 2026-07-16/2026-08-31");
    PlanTask education = plan.phase(1).task("廉政教育").orElseThrow();
    assertThat(education.getResponsibleDepartments()).containsExactly("纪检组", "办公室");
    assertThat(education.getResponsiblePeople()).containsExactly("李华", "王强");
    assertThat(education.getCompletedOn()).contains(LocalDate.of(2026, 4, 28));
    assertThat(plan.phase(1).task("动员部署").orElseThrow().getCompletedOn())
        .contains(LocalDate.of(2026, 4, 25));
    assertThat(plan.phase(3).getTasks().get(0).getNote()).contains("力争提前");
    assertThat(plan.getNotes()).containsExactly("时间可调整", "每阶段报送小结");
    assertThat(result.getRows())
        .extracting(LocatedPlanRow::getRowNumber)
        .containsExactly(4, 5, 7, 9);

    assertThat(result.getProblems())
        .extracting(Finding::getCode, p -> p.getLocation().text(), ProblemCode::isRowDropped)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                ProblemCode.PLAN_COMPLETION_UNDATED, "工作计划!H5", false),
            org.assertj.core.groups.Tuple.tuple(ProblemCode.PLAN_BLANK_TASK, "工作计划!D6", true),
            org.assertj.core.groups.Tuple.tuple(ProblemCode.PLAN_INVALID_PERIOD, "工作计划!C8", true),
            org.assertj.core.groups.Tuple.tuple(ProblemCode.NOTE_ROW_SKIPPED, "工作计划!11", false));
    Finding period = result.getProblems().get(2);
    assertThat(ReadFindings.at(period).header()).contains("起止时间");
    assertThat(period.describe(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("工作计划!C8 [起止时间]：时间安排无法识别为起止日期，该行未读入（原值：“5月中旬”）");
    assertThat(period.describe(Locale.ENGLISH))
        .startsWith("工作计划!C8 [起止时间]: The period is not a date range");
  }

  @Test
  void legacyXlsReadsTheSame() throws IOException {
    PlanReadResult xls = read(AnnexReader.lenient(), handFilled().xls());
    PlanReadResult xlsx = read(AnnexReader.lenient(), handFilled().xlsx());

    assertThat(xls.getPlan()).isEqualTo(xlsx.getPlan());
    assertThat(xls.getProblems()).isEqualTo(xlsx.getProblems());
  }

  @Test
  void overlappingPhasesGiveNoPlanButLocatedProblems() throws IOException {
    Books b = new Books();
    b.sheet("附件4")
        .row("工作阶段", "时间安排", "工作任务")
        .row("一", "2026年4月20日—5月5日", "动员")
        .row("二", "2026年5月2日—5月11日", "查找");

    PlanReadResult result = read(AnnexReader.lenient(), b.xlsx());

    assertThat(result.getPlan()).isEmpty();
    assertThat(result.getRows()).hasSize(2);
    assertThat(result.problems(Severity.ERROR))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getCode()).isEqualTo(ProblemCode.PLAN_INVALID);
              assertThat(p.getLocation().text()).isEqualTo("附件4!3");
              assertThat(ReadFindings.at(p).rawValue().orElseThrow())
                  .contains("阶段“二”开始于2026-05-02");
            });
  }

  @Test
  void strictReadingStopsAtTheFirstError() throws IOException {
    WorkbookRejectedException e =
        catchThrowableOfType(
            WorkbookRejectedException.class,
            () -> read(AnnexReader.builder().strict(true).build(), handFilled().xlsx()));

    assertThat(e.getProblem().orElseThrow().getCode()).isEqualTo(ProblemCode.PLAN_BLANK_TASK);
  }

  @Test
  void aWorkbookWithoutAPlanTableSaysSo() throws IOException {
    ByteArrayOutputStream annexes = new ByteArrayOutputStream();
    AnnexWriter.standard().writeAnnexes(Fixtures.sample(), annexes);

    PlanReadResult result = read(AnnexReader.lenient(), annexes.toByteArray());

    assertThat(result.getPlan()).isEmpty();
    assertThat(result.problems(Severity.ERROR))
        .extracting(Finding::getCode)
        .containsExactly(ProblemCode.PLAN_TABLE_NOT_FOUND);
  }

  @Test
  void unknownStandardsAreKeptInTheNote() throws IOException {
    Books b = new Books();
    b.sheet("计划")
        .row("工作阶段", "时间安排", "工作任务", "完成标准")
        .row("一", "2026年4月20日—4月28日", "动员", "全员参加")
        .row(
            "二",
            "2026年5月2日—5月11日",
            "查找",
            PlanTables.standard(List.of(ProgressIndicator.POSTS_WITH_RISK_POINTS)));

    PlanReadResult result = read(AnnexReader.lenient(), b.xlsx());

    ImplementationPlan plan = result.getPlan().orElseThrow();
    assertThat(plan.phase(1).getTasks().get(0).getNote()).contains("完成标准：全员参加");
    assertThat(plan.phase(2).getTasks().get(0).getIndicators())
        .containsExactly(ProgressIndicator.POSTS_WITH_RISK_POINTS);
    assertThat(result.getProblems())
        .extracting(Finding::getCode)
        .containsExactly(ProblemCode.PLAN_UNKNOWN_STANDARD);
  }
}
