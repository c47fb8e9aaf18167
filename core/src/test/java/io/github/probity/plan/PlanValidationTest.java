package io.github.probity.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.probity.finding.Finding;
import io.github.probity.finding.InputRejectedException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class PlanValidationTest {
  private static final ImplementationPlan TEMPLATE = ImplementationPlan.template("示例区财政局", 2026);

  private static PlanTask task(String title) {
    return PlanTask.builder().title(title).build();
  }

  @Test
  void aPhaseThatEndsBeforeItStartsIsRefused() {
    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () ->
                PlanPhase.builder()
                    .name("查找风险")
                    .start(LocalDate.of(2026, 5, 11))
                    .end(LocalDate.of(2026, 5, 2))
                    .addTasks(task("查找"))
                    .build());

    assertThat(e.getFindings())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getCode()).isEqualTo(PlanProblemCode.DATES_REVERSED);
              assertThat(p.getLocation().text()).isEqualTo("end");
            });
    assertThat(e.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("end：阶段“查找风险”的结束日期2026-05-02早于开始日期2026-05-11");
    assertThat(e.getMessage())
        .isEqualTo(
            "ERROR PLAN_DATES_REVERSED end: phase '查找风险' ends on 2026-05-02, before it starts on"
                + " 2026-05-11");
  }

  @Test
  void overlappingPhasesAreRefusedAndAdjoiningOnesAccepted() {
    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () ->
                TEMPLATE.withPhase(
                    2, p -> p.withDates(LocalDate.of(2026, 4, 28), LocalDate.of(2026, 5, 14))));

    assertThat(e.getFindings())
        .extracting(Finding::getCode, f -> f.getLocation().text())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(PlanProblemCode.PHASES_OVERLAP, "phases[1].start"),
            org.assertj.core.groups.Tuple.tuple(PlanProblemCode.PHASES_OVERLAP, "phases[2].start"));
    assertThat(e.message(Locale.CHINA)).contains("阶段“摸清权力底数，查找廉政风险”开始于2026-04-28");

    ImplementationPlan adjoining =
        TEMPLATE.withPhase(
            2, p -> p.withDates(LocalDate.of(2026, 4, 29), LocalDate.of(2026, 5, 13)));
    assertThat(adjoining.phase(2).getStart()).isEqualTo(LocalDate.of(2026, 4, 29));
  }

  @Test
  void everyProblemOfAPlanIsNamedAtOnce() {
    PlanPhase p1 =
        PlanPhase.builder()
            .name("宣传发动")
            .start(LocalDate.of(2025, 12, 1))
            .end(LocalDate.of(2026, 1, 10))
            .addTasks(task("动员"))
            .build();
    PlanPhase p2 = p1.withDates(LocalDate.of(2026, 1, 5), LocalDate.of(2026, 2, 1));

    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () -> ImplementationPlan.builder().unitName(" ").year(2026).addPhases(p1, p2).build());

    assertThat(e.getFindings())
        .extracting(Finding::getCode)
        .containsExactly(
            PlanProblemCode.BLANK_TEXT,
            PlanProblemCode.OUTSIDE_YEAR,
            PlanProblemCode.DUPLICATE_PHASE,
            PlanProblemCode.PHASES_OVERLAP);
    assertThat(e).isInstanceOf(InputRejectedException.class);
  }

  @Test
  void aPlanNeedsPhasesAndAPhaseNeedsTasks() {
    assertThatThrownBy(() -> ImplementationPlan.builder().unitName("某局").year(2026).build())
        .isInstanceOfSatisfying(
            InvalidPlanException.class,
            e ->
                assertThat(e.getFindings())
                    .extracting(Finding::getCode)
                    .containsExactly(PlanProblemCode.NO_PHASES));
    assertThatThrownBy(
            () ->
                PlanPhase.builder()
                    .name("阶段")
                    .start(LocalDate.of(2026, 1, 1))
                    .end(LocalDate.of(2026, 1, 1))
                    .build())
        .isInstanceOfSatisfying(
            InvalidPlanException.class,
            e -> assertThat(e.getFindings().get(0).getCode()).isEqualTo(PlanProblemCode.NO_TASKS));
    assertThatThrownBy(() -> ImplementationPlan.template("某局", 1999))
        .isInstanceOfSatisfying(
            InvalidPlanException.class,
            e ->
                assertThat(e.getFindings().get(0).getCode())
                    .isEqualTo(PlanProblemCode.YEAR_OUT_OF_RANGE));
  }

  @Test
  void tasksKeepNamesUnambiguousAndIndicatorsDistinct() {
    InvalidPlanException e =
        catchThrowableOfType(
            InvalidPlanException.class,
            () ->
                PlanTask.builder()
                    .title("查找风险")
                    .addResponsiblePeople("科室负责人、在岗人", "")
                    .addIndicators(ProgressIndicator.POINTS_GRADED, ProgressIndicator.POINTS_GRADED)
                    .build());

    assertThat(e.getFindings())
        .extracting(Finding::getCode, f -> f.getLocation().text())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                PlanProblemCode.INVALID_NAME, "responsiblePeople[0]"),
            org.assertj.core.groups.Tuple.tuple(
                PlanProblemCode.INVALID_NAME, "responsiblePeople[1]"),
            org.assertj.core.groups.Tuple.tuple(PlanProblemCode.DUPLICATE_INDICATOR, "indicators"));
    assertThatThrownBy(() -> TEMPLATE.withPhase(1, p -> p.withTaskAdded(task("召开动员会议"))))
        .isInstanceOfSatisfying(
            InvalidPlanException.class,
            x ->
                assertThat(x.getFindings().get(0).getCode())
                    .isEqualTo(PlanProblemCode.DUPLICATE_TASK));
    assertThatThrownBy(() -> TEMPLATE.withTaskCompleted("不存在的任务", LocalDate.of(2026, 5, 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("不存在的任务");
  }

  @Test
  void codedEnumsParseByCodeAndLabel() {
    assertThat(ProgressIndicator.parse("一岗一档建档率")).isEqualTo(ProgressIndicator.POSTS_WITH_ARCHIVE);
    assertThat(ProgressIndicator.parse(" measures_filed "))
        .isEqualTo(ProgressIndicator.MEASURES_FILED);
    assertThat(PhaseStatus.parse("已逾期")).isEqualTo(PhaseStatus.OVERDUE);
    assertThatThrownBy(() -> PhaseStatus.parse("拖延"))
        .isInstanceOf(io.github.probity.model.InvalidCodeException.class)
        .hasMessageContaining("OVERDUE");
  }
}
