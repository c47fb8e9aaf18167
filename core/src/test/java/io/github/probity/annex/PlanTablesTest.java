package io.github.probity.annex;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.ProgressIndicator;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlanTablesTest {
  private static final ImplementationPlan TEMPLATE =
      ImplementationPlan.template("示例区财政局", 2026)
          .withTaskCompleted("召开动员会议", LocalDate.of(2026, 4, 22));

  @Test
  void theTemplateGivesOneRowPerTaskWithThePrintedCells() {
    List<PlanRow> rows = PlanTables.rows(TEMPLATE);

    assertThat(rows).hasSize(12);
    PlanRow first = rows.get(0);
    assertThat(PlanTables.cell(first, PlanColumn.PHASE)).isEqualTo("广泛宣传发动，夯实思想基础");
    assertThat(PlanTables.cell(first, PlanColumn.PERIOD)).isEqualTo("2026年4月20日—4月28日");
    assertThat(PlanTables.cell(first, PlanColumn.TASK)).isEqualTo("召开动员会议");
    assertThat(PlanTables.cell(first, PlanColumn.DEPARTMENT)).isEqualTo("局党组、工作小组");
    assertThat(PlanTables.cell(first, PlanColumn.STATUS)).isEqualTo("已完成（2026年4月22日）");
    assertThat(PlanTables.cell(rows.get(5), PlanColumn.STANDARD))
        .isEqualTo("风险点定级率达到100%\n风险等级集体确定率达到100%");
    assertThat(PlanTables.mergeKey(rows.get(0), PlanColumn.PHASE))
        .isEqualTo(PlanTables.mergeKey(rows.get(1), PlanColumn.PHASE));
    assertThat(PlanTables.mergeKey(rows.get(1), PlanColumn.PERIOD))
        .isNotEqualTo(PlanTables.mergeKey(rows.get(2), PlanColumn.PERIOD));
    assertThat(PlanTables.mergeKey(rows.get(0), PlanColumn.TASK)).isEmpty();
    assertThat(PlanTables.title(TEMPLATE)).isEqualTo("示例区财政局廉政风险预警防控机制建设工作实施计划");
    assertThat(PlanTables.notesLine(TEMPLATE).orElseThrow()).startsWith("备注：\n1.各阶段起止时间");
  }

  @Test
  void rowsGoBackToTheSamePlan() {
    ImplementationPlan back =
        PlanTables.plan(
            TEMPLATE.getUnitName(),
            TEMPLATE.getYear(),
            PlanTables.rows(TEMPLATE),
            PlanTables.parseNotesLine(PlanTables.notesLine(TEMPLATE).orElseThrow()).orElseThrow());

    assertThat(back).isEqualTo(TEMPLATE);
  }

  @Test
  void tasksWithTheirOwnDatesUnderOnePhaseMakeOnePhase() {
    List<PlanRow> rows = PlanTables.rows(TEMPLATE);
    PlanRow own =
        PlanRow.builder()
            .from(rows.get(4))
            .start(LocalDate.of(2026, 5, 12))
            .end(LocalDate.of(2026, 5, 20))
            .build();
    PlanRow late =
        PlanRow.builder()
            .from(rows.get(5))
            .start(LocalDate.of(2026, 6, 1))
            .end(LocalDate.of(2026, 7, 13))
            .build();
    List<PlanRow> edited = new java.util.ArrayList<>(rows);
    edited.set(4, own);
    edited.set(5, late);

    ImplementationPlan plan = PlanTables.plan("示例区财政局", 2026, edited, List.of());

    assertThat(plan.getPhases()).hasSize(4);
    assertThat(plan.phase(3).getStart()).isEqualTo(LocalDate.of(2026, 5, 12));
    assertThat(plan.phase(3).getEnd()).isEqualTo(LocalDate.of(2026, 7, 13));
    assertThat(plan.phase(3).getTasks()).hasSize(4);
  }

  @Test
  void periodsAreReadInTheFormsRealPlansUse() {
    LocalDate apr20 = LocalDate.of(2026, 4, 20);
    LocalDate apr28 = LocalDate.of(2026, 4, 28);
    for (String text :
        List.of(
            "2026年4月20日—4月28日",
            "4月20日-4月28日",
            "（4月20日至4月28日）",
            "2026.4.20~2026.4.28",
            "2026-04-20 到 04-28",
            "2026/4/20－4/28")) {
      assertThat(PlanTables.parsePeriod(text.replace('－', '-'), 2026))
          .as(text)
          .contains(List.of(apr20, apr28));
    }
    assertThat(PlanTables.parsePeriod("12月1日—1月31日", 2026))
        .contains(List.of(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)));
    assertThat(PlanTables.period(LocalDate.of(2026, 12, 1), LocalDate.of(2027, 1, 31)))
        .isEqualTo("2026年12月1日—2027年1月31日");
    assertThat(PlanTables.parsePeriod("5月", 2026)).isEmpty();
    assertThat(PlanTables.parsePeriod("2月30日—3月1日", 2026)).isEmpty();
    assertThat(PlanTables.parsePeriod("5月8日", 2026))
        .contains(List.of(LocalDate.of(2026, 5, 8), LocalDate.of(2026, 5, 8)));
  }

  @Test
  void standardsStatusesAndNotesAreRecognised() {
    assertThat(PlanTables.parseStandard("一岗一档建档率100%；岗位风险点查找率达到100%"))
        .containsExactly(
            ProgressIndicator.POSTS_WITH_ARCHIVE, ProgressIndicator.POSTS_WITH_RISK_POINTS);
    assertThat(PlanTables.parseStandard("按时完成")).isEmpty();
    assertThat(PlanTables.saysCompleted("已完成（2026年4月22日）")).isTrue();
    assertThat(PlanTables.saysCompleted("未完成")).isFalse();
    assertThat(PlanTables.saysCompleted("进行中")).isFalse();
    assertThat(PlanTables.parseNotesLine("备注：各阶段可调整。")).contains(List.of("各阶段可调整。"));
    assertThat(PlanTables.parseNotesLine("说明：1.甲；2.乙")).contains(List.of("甲", "乙"));
    assertThat(PlanTables.parseNotesLine("注意事项")).isEmpty();
    assertThat(PlanColumn.match("时间安排（起止日期）")).contains(PlanColumn.PERIOD);
    assertThat(PlanColumn.match("工作 内容")).contains(PlanColumn.CONTENT);
    assertThat(PlanColumn.match("风险点")).isEmpty();
  }
}
