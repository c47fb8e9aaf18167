package io.github.probity.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PlanTemplateTest {
  static IntStream years() {
    return IntStream.rangeClosed(2000, 2100);
  }

  @ParameterizedTest(name = "year {0}")
  @MethodSource("years")
  void theTemplateFollowsTheReferencePlanInEveryYear(int year) {
    ImplementationPlan plan = ImplementationPlan.template("示例区财政局", year);

    assertThat(plan.getUnitName()).isEqualTo("示例区财政局");
    assertThat(plan.getYear()).isEqualTo(year);
    assertThat(plan.getPhases())
        .extracting(PlanPhase::getName)
        .containsExactly("广泛宣传发动，夯实思想基础", "摸清权力底数，查找廉政风险", "开展风险分析，制定防范措施", "加强风险管理，建立预警防控机制");
    assertThat(plan.getPhases())
        .extracting(PlanPhase::getStart, PlanPhase::getEnd)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(year, 4, 20), LocalDate.of(year, 4, 28)),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(year, 5, 2), LocalDate.of(year, 5, 11)),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(year, 5, 14), LocalDate.of(year, 7, 13)),
            org.assertj.core.groups.Tuple.tuple(
                LocalDate.of(year, 7, 16), LocalDate.of(year, 8, 31)));
    assertThat(plan.start()).isEqualTo(LocalDate.of(year, 4, 20));
    assertThat(plan.end()).isEqualTo(LocalDate.of(year, 8, 31));
  }

  @Test
  void theTemplateHasTheReferenceTasksAndIndicators() {
    ImplementationPlan plan = ImplementationPlan.template("示例区财政局", 2026);

    assertThat(plan.phase(1).getTasks())
        .extracting(PlanTask::getTitle)
        .containsExactly("召开动员会议", "开展廉政教育");
    assertThat(plan.phase(2).getTasks())
        .extracting(PlanTask::getTitle)
        .containsExactly("明确职责", "查找风险");
    assertThat(plan.phase(3).getTasks())
        .extracting(PlanTask::getTitle)
        .containsExactly("廉政风险分析", "评定风险等级", "制定防范措施", "建立风险档案");
    assertThat(plan.phase(4).getTasks())
        .extracting(PlanTask::getTitle)
        .containsExactly("建立权力制约机制", "建立风险预警机制", "建立监督检查机制", "建立风险控制机制");
    assertThat(plan.phase(2).task("查找风险").orElseThrow().getIndicators())
        .containsExactly(ProgressIndicator.POSTS_WITH_RISK_POINTS);
    assertThat(plan.phase(3).task("评定风险等级").orElseThrow().getIndicators())
        .containsExactly(ProgressIndicator.POINTS_GRADED, ProgressIndicator.POINTS_DECIDED);
    assertThat(plan.phase(3).task("制定防范措施").orElseThrow().getContent().orElseThrow())
        .contains("在岗人提出具体防控措施", "审核备案", "分（协）管领导把关");
    assertThat(plan.phase(1).days()).isEqualTo(9);
    assertThat(plan.phaseOn(LocalDate.of(2026, 5, 12))).isEmpty();
    assertThat(plan.phaseOn(LocalDate.of(2026, 5, 12).plusDays(2)))
        .map(PlanPhase::getName)
        .contains("开展风险分析，制定防范措施");
    assertThat(plan.getNotes()).hasSize(2);
  }

  @Test
  void thePlanIsEditable() {
    ImplementationPlan plan = ImplementationPlan.template("示例区财政局", 2026);

    ImplementationPlan shifted = plan.shiftedTo(LocalDate.of(2027, 3, 1));
    assertThat(shifted.getYear()).isEqualTo(2027);
    assertThat(shifted.phase(1).getStart()).isEqualTo(LocalDate.of(2027, 3, 1));
    for (int i = 1; i <= 4; i++) {
      assertThat(shifted.phase(i).days()).isEqualTo(plan.phase(i).days());
    }
    assertThat(shifted.phase(4).getEnd())
        .isEqualTo(
            LocalDate.of(2027, 3, 1).plusDays(plan.end().toEpochDay() - plan.start().toEpochDay()));

    ImplementationPlan edited =
        plan.withPhase(4, p -> p.withDates(LocalDate.of(2026, 7, 20), LocalDate.of(2026, 9, 30)))
            .withTaskCompleted("召开动员会议", LocalDate.of(2026, 4, 22))
            .withPhaseAdded(
                PlanPhase.builder()
                    .name("总结验收")
                    .start(LocalDate.of(2026, 10, 8))
                    .end(LocalDate.of(2026, 10, 31))
                    .addTasks(
                        PlanTask.builder().title("检查验收").addResponsibleDepartments("工作小组").build())
                    .build());
    assertThat(edited.getPhases()).hasSize(5);
    assertThat(edited.phase(4).getEnd()).isEqualTo(LocalDate.of(2026, 9, 30));
    assertThat(edited.phase(1).task("召开动员会议").orElseThrow().getCompletedOn())
        .contains(LocalDate.of(2026, 4, 22));
    assertThat(plan.phase(1).task("召开动员会议").orElseThrow().getCompletedOn()).isEmpty();
    assertThat(ImplementationPlan.builder().from(edited).build()).isEqualTo(edited);
  }
}
