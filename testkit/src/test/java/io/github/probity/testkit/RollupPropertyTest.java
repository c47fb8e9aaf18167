package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.RiskPoint;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PlanProgress;
import io.github.probity.rollup.AgeBand;
import io.github.probity.rollup.LevelCategoryCounts;
import io.github.probity.rollup.PlanStanding;
import io.github.probity.rollup.Rollup;
import io.github.probity.rollup.RollupResult;
import io.github.probity.rollup.UnitSubmission;
import io.github.probity.rollup.UnitSummary;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.WarningPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RollupPropertyTest {
  private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static UnitSubmission unit(long seed) {
    Ledger ledger = LedgerGenerator.generate(seed);
    List<DispositionCase> cases =
        CaseGenerator.generate(seed, ledger, 30, WarningPolicy.defaults()).cases();
    return UnitSubmission.builder()
        .ledger(ledger)
        .plan(ImplementationPlan.forLedger(ledger))
        .cases(cases)
        .build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aUnitsSummaryAgreesWithItsLedgerPlanAndCases(long seed) {
    UnitSubmission submission = unit(seed);
    Ledger ledger = submission.getLedger().orElseThrow();
    LocalDate today = LocalDate.of(2026, 3 + (int) (seed % 9), 1 + (int) (seed % 28));
    Clock clock = Clock.fixed(today.atTime(9, 0).atZone(ZONE).toInstant(), ZONE);

    UnitSummary u = Rollup.start(clock).summarise(submission);

    assertThat(u.getCounts()).isEqualTo(LevelCategoryCounts.of(ledger.getRiskPoints()));
    assertThat(u.riskPoints()).isEqualTo(ledger.getRiskPoints().size());
    assertThat(u.getCounts().unspecified() + sumOfFive(u.getCounts())).isEqualTo(u.riskPoints());
    long overdue = 0;
    int measures = 0;
    for (RiskPoint p : ledger.getRiskPoints()) {
      for (Measure m : p.getMeasures()) {
        measures++;
        overdue += m.getDeadline().filter(d -> d.isBefore(today)).isPresent() ? 1 : 0;
      }
    }
    assertThat(u.getMeasures()).isEqualTo(measures);
    assertThat(u.getOverdueMeasures().total()).isEqualTo(overdue);
    long open =
        submission.getCases().stream()
            .filter(c -> c.getState() != CaseState.ARCHIVED && c.getState() != CaseState.CLEARED)
            .count();
    assertThat(u.getOpenCases().total()).isEqualTo(open);
    assertThat(u.getOverdueCases()).isBetween(0, (int) open);
    for (AnnexKind kind : u.getMissingAnnexes()) {
      assertThat(ledger.getRiskPoints())
          .noneMatch(p -> kind.scopes().contains(p.getOwner().getScope()));
    }
    PlanStanding expected =
        PlanStanding.of(PlanProgress.measure(submission.getPlan().orElseThrow(), ledger, clock));
    assertThat(u.getPlan()).contains(expected);
    assertThat(u.isLagging()).isEqualTo(expected.daysOverdue() > 0);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void totalsAreTheSumOfTheUnitsHoweverTheyAreSplit(long seed) {
    Clock clock = Clock.fixed(LocalDate.of(2026, 7, 15).atStartOfDay(ZONE).toInstant(), ZONE);
    Rollup whole = Rollup.start(clock);
    Rollup first = Rollup.start(clock);
    Rollup second = Rollup.start(clock);
    for (int i = 0; i < 3; i++) {
      UnitSubmission s = unit(seed * 7 + i);
      whole.add(s);
      (i < 2 ? first : second).add(s);
    }
    RollupResult merged = first.result();
    Rollup again = Rollup.start(clock);
    merged.getUnits().forEach(again::add);
    second.result().getUnits().forEach(again::add);

    RollupResult r = whole.result();
    assertThat(again.result()).isEqualTo(r);
    LevelCategoryCounts sum = LevelCategoryCounts.empty();
    int late = 0;
    for (UnitSummary u : r.getUnits()) {
      sum = sum.plus(u.getCounts());
      late += u.getOverdueCases();
    }
    assertThat(r.getTotals()).isEqualTo(sum);
    assertThat(r.getOverdueCases()).isEqualTo(late);
    assertThat(r.getOpenCases().atLeast(AgeBand.UP_TO_30)).isEqualTo(r.getOpenCases().total());
    assertThat(r.lagging())
        .isSortedAccordingTo(
            (a, b) ->
                Long.compare(
                    b.getPlan().orElseThrow().daysOverdue(),
                    a.getPlan().orElseThrow().daysOverdue()));
  }

  private static int sumOfFive(LevelCategoryCounts counts) {
    int n = 0;
    for (io.github.probity.model.RiskCategory c : io.github.probity.model.RiskCategory.five()) {
      n += counts.category(c);
    }
    return n;
  }
}
