package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.PlanTables;
import io.github.probity.archive.Archive;
import io.github.probity.model.Ledger;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PhaseProgress;
import io.github.probity.plan.PhaseStatus;
import io.github.probity.plan.PlanProgress;
import io.github.probity.plan.ProgressIndicator;
import io.github.probity.plan.Share;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SamplePlanProgressTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static Clock at(LocalDate day) {
    return Clock.fixed(day.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @Test
  void theSampleUnitsFiguresOnTheFirstOfJune() {
    PlanProgress p = PlanProgress.measure(SampleUnit.ledger(), at(LocalDate.of(2026, 6, 1)));

    assertThat(p.share(ProgressIndicator.POSTS_WITH_RISK_POINTS)).contains(Share.of(41, 41));
    assertThat(p.share(ProgressIndicator.POINTS_GRADED)).contains(Share.of(158, 158));
    assertThat(p.share(ProgressIndicator.POINTS_DECIDED)).contains(Share.of(158, 158));
    assertThat(p.share(ProgressIndicator.POINTS_WITH_MEASURES)).contains(Share.of(158, 158));
    assertThat(p.share(ProgressIndicator.POINTS_SUPERVISED)).contains(Share.of(158, 158));
    assertThat(p.share(ProgressIndicator.MEASURES_FILED)).isEmpty();
    assertThat(p.share(ProgressIndicator.POSTS_WITH_ARCHIVE)).isEmpty();
    assertThat(p.getPhases())
        .extracting(PhaseProgress::getStatus)
        .containsExactly(
            PhaseStatus.OVERDUE,
            PhaseStatus.OVERDUE,
            PhaseStatus.IN_PROGRESS,
            PhaseStatus.NOT_STARTED);
    assertThat(p.overdue()).extracting(PhaseProgress::getDaysOverdue).containsExactly(34L, 21L);
    assertThat(p.getPhases().get(1).getDoneTasks()).containsExactly("查找风险");
    assertThat(p.summary(Locale.SIMPLIFIED_CHINESE))
        .contains("  风险等级集体确定率：158/158（100.0%）\n")
        .contains("  第2阶段 摸清权力底数，查找廉政风险（2026年5月2日—5月11日）：已逾期 21 天；未完成：明确职责\n");
  }

  @Test
  void theSampleUnitsRecordedPlanLeavesOnlyTheFourthPhaseOpen() {
    ImplementationPlan plan = SampleUnit.plan();

    PlanProgress p = PlanProgress.measure(plan, SampleUnit.ledger(), at(LocalDate.of(2026, 9, 1)));

    assertThat(p.getPhases())
        .extracting(PhaseProgress::getStatus)
        .containsExactly(
            PhaseStatus.COMPLETED,
            PhaseStatus.COMPLETED,
            PhaseStatus.COMPLETED,
            PhaseStatus.OVERDUE);
    assertThat(p.overdue()).extracting(PhaseProgress::getDaysOverdue).containsExactly(1L);
    assertThat(plan.phase(3).getTasks())
        .allSatisfy(t -> assertThat(t.getCompletedOn()).contains(LocalDate.of(2026, 7, 13)));
  }

  @Test
  void withArchivesAndReviewRecordsEveryFigureIsMeasured() {
    Ledger ledger = SampleUnit.ledger();
    ImplementationPlan plan =
        ImplementationPlan.forLedger(ledger)
            .withTaskCompleted("召开动员会议", LocalDate.of(2026, 4, 21))
            .withTaskCompleted("开展廉政教育", LocalDate.of(2026, 4, 28))
            .withTaskCompleted("明确职责", LocalDate.of(2026, 5, 8));

    PlanProgress p =
        PlanProgress.measure(
            plan,
            ledger,
            List.of(),
            Archive.allOf(ledger, List.of()),
            at(LocalDate.of(2026, 9, 1)));

    assertThat(p.share(ProgressIndicator.MEASURES_FILED)).contains(Share.of(0, 301));
    assertThat(p.share(ProgressIndicator.POSTS_WITH_ARCHIVE)).contains(Share.of(41, 41));
    assertThat(p.getPhases())
        .extracting(PhaseProgress::getStatus)
        .containsExactly(
            PhaseStatus.COMPLETED, PhaseStatus.COMPLETED, PhaseStatus.OVERDUE, PhaseStatus.OVERDUE);
    assertThat(p.getPhases().get(2).getOpenTasks()).containsExactly("廉政风险分析", "制定防范措施");
    assertThat(p.getPhases().get(2).getDaysOverdue()).isEqualTo(50);
    assertThat(p.getPhases().get(3).getDoneTasks()).containsExactly("建立监督检查机制");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void figuresAndStatusesAreConsistentOnGeneratedLedgers(long seed) {
    Ledger ledger = LedgerGenerator.generate(seed);
    ImplementationPlan plan = ImplementationPlan.forLedger(ledger);
    for (LocalDate day = plan.start().minusDays(3);
        !day.isAfter(plan.end().plusDays(3));
        day = day.plusDays(7)) {
      PlanProgress p = PlanProgress.measure(plan, ledger, at(day));
      assertThat(p.share(ProgressIndicator.POINTS_GRADED).orElseThrow().getCount())
          .isEqualTo(
              (int)
                  ledger.getRiskPoints().stream()
                      .filter(r -> r.effectiveLevel().isPresent())
                      .count());
      assertThat(p.share(ProgressIndicator.POSTS_WITH_RISK_POINTS).orElseThrow().getTotal())
          .isEqualTo(ledger.getPosts().size());
      for (PhaseProgress ph : p.getPhases()) {
        boolean before = day.isBefore(ph.getPhase().getStart());
        boolean after = day.isAfter(ph.getPhase().getEnd());
        switch (ph.getStatus()) {
          case NOT_STARTED:
            assertThat(before).isTrue();
            break;
          case IN_PROGRESS:
            assertThat(before || after).isFalse();
            break;
          case OVERDUE:
            assertThat(after).isTrue();
            assertThat(ph.getDaysOverdue()).isPositive();
            break;
          default:
            assertThat(ph.getOpenTasks()).isEmpty();
        }
        assertThat(ph.getDoneTasks().size() + ph.getOpenTasks().size())
            .isEqualTo(ph.getPhase().getTasks().size());
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void generatedPlansGoThroughTableRowsUnchanged(long seed) {
    ImplementationPlan plan = PlanGenerator.generate(seed);

    ImplementationPlan back =
        PlanTables.plan(
            plan.getUnitName(),
            plan.getYear(),
            PlanTables.rows(plan),
            PlanTables.notesLine(plan).flatMap(PlanTables::parseNotesLine).orElse(List.of()));

    assertThat(back).isEqualTo(plan);
    assertThat(PlanGenerator.generate(seed)).isEqualTo(plan);
  }
}
