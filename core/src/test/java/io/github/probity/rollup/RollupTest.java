package io.github.probity.rollup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.TestLedgers;
import io.github.probity.annex.AnnexKind;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PhaseStatus;
import io.github.probity.warning.CaseAction;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.DispositionLadder;
import io.github.probity.warning.Subject;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningPolicy;
import io.github.probity.warning.WarningStage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RollupTest {
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  /** 2026-09-01 08:00 in Shanghai. */
  private static final Clock CLOCK = TestLedgers.clockAt(LocalDateTime.of(2026, 9, 1, 8, 0));

  private static Measure measure(String id, Optional<LocalDate> deadline) {
    return Measure.builder()
        .id(id)
        .text("双人复核")
        .type(MeasureType.SUPERVISION)
        .deadline(deadline)
        .build();
  }

  private static RiskPoint point(
      String id,
      RiskOwner owner,
      RiskCategory category,
      Optional<RiskLevel> level,
      Measure... measures) {
    return RiskPoint.builder()
        .id(id)
        .owner(owner)
        .category(category)
        .title("风险点" + id)
        .level(level)
        .addMeasures(measures)
        .build();
  }

  /** POST-1 and POST-2 in D1; points on POST-1 and the leader P1 only. */
  private static Ledger ledger() {
    return TestLedgers.ledger("P1", "P2", "P3", "P4")
        .addPosts(
            TestLedgers.procurementPost("P3"),
            io.github.probity.model.Post.builder()
                .id("POST-2")
                .name("支付岗")
                .department(TestLedgers.DEPARTMENT)
                .addHolders("P4")
                .build())
        .addRiskPoints(
            point(
                "RP-1",
                RiskOwner.post("POST-1"),
                RiskCategory.DUTY,
                Optional.of(RiskLevel.HIGH),
                measure("RP-1-M1", Optional.of(LocalDate.of(2026, 6, 30))),
                measure("RP-1-M2", Optional.of(LocalDate.of(2026, 8, 31))),
                measure("RP-1-M3", Optional.of(LocalDate.of(2026, 9, 1)))),
            point(
                "RP-2",
                RiskOwner.post("POST-1"),
                RiskCategory.UNSPECIFIED,
                Optional.empty(),
                measure("RP-2-M1", Optional.of(LocalDate.of(2025, 12, 31)))),
            point(
                "RP-3",
                RiskOwner.leader("P1"),
                RiskCategory.DUTY,
                Optional.of(RiskLevel.HIGH),
                measure("RP-3-M1", Optional.empty())))
        .build();
  }

  @Test
  void countsLevelsAndCategoriesWithUngradedAndUnspecifiedApart() {
    UnitSummary u = Rollup.start(CLOCK).add(ledger()).result().getUnits().get(0);

    assertThat(u.getUnitCode()).contains("SL-CZJ");
    assertThat(u.getUnitName()).isEqualTo("示例区财政局");
    assertThat(u.getYear()).hasValue(2026);
    assertThat(u.riskPoints()).isEqualTo(3);
    assertThat(u.getCounts().count(RiskLevel.HIGH, RiskCategory.DUTY)).isEqualTo(2);
    assertThat(u.getCounts().count(Optional.empty(), RiskCategory.UNSPECIFIED)).isEqualTo(1);
    assertThat(u.getCounts().ungraded()).isEqualTo(1);
    assertThat(u.getCounts().unspecified()).isEqualTo(1);
    assertThat(u.getCounts().level(RiskLevel.MEDIUM)).isZero();
    assertThat(u.getCounts().max()).isEqualTo(2);
    assertThat(u.getMeasures()).isEqualTo(5);
    assertThat(u.getPosts()).isEqualTo(2);
    assertThat(u.getPostsWithoutPoints()).isEqualTo(1);
    assertThat(u.getMissingAnnexes()).containsExactly(AnnexKind.DEPARTMENT);
    assertThat(u.getPlan()).isEmpty();
  }

  @Test
  void bandsOverdueMeasuresByDaysPastTheirDeadlineInTheCommissionsZone() {
    UnitSummary u = Rollup.start(CLOCK).add(ledger()).result().getUnits().get(0);
    // 2026-06-30: 63 days; 2026-08-31: 1 day; 2026-09-01 is today, not overdue; 2025-12-31: 244
    assertThat(u.getOverdueMeasures())
        .isEqualTo(BandCounts.ofDays(63, 1, 244))
        .satisfies(b -> assertThat(b.count(AgeBand.UP_TO_30)).isEqualTo(1))
        .satisfies(b -> assertThat(b.count(AgeBand.UP_TO_90)).isEqualTo(1))
        .satisfies(b -> assertThat(b.count(AgeBand.UP_TO_180)).isZero())
        .satisfies(b -> assertThat(b.count(AgeBand.OVER_180)).isEqualTo(1))
        .satisfies(b -> assertThat(b.atLeast(AgeBand.UP_TO_90)).isEqualTo(2));

    // 01:00 on 1 September in Shanghai is still 31 August in UTC: the 31 August deadline is not
    // yet passed there.
    Instant early = LocalDateTime.of(2026, 9, 1, 1, 0).atZone(SHANGHAI).toInstant();
    RollupResult shanghai = Rollup.start(Clock.fixed(early, SHANGHAI)).add(ledger()).result();
    RollupResult utc =
        Rollup.start(Clock.fixed(early, SHANGHAI), ZoneOffset.UTC).add(ledger()).result();
    assertThat(shanghai.getDate()).isEqualTo(LocalDate.of(2026, 9, 1));
    assertThat(utc.getDate()).isEqualTo(LocalDate.of(2026, 8, 31));
    assertThat(utc.getZone()).isEqualTo(ZoneOffset.UTC);
    assertThat(shanghai.getOverdueMeasures().total()).isEqualTo(3);
    assertThat(utc.getOverdueMeasures().total()).isEqualTo(2);
  }

  @Test
  void aMeasureInPlaceOrAbandonedIsNotOverdueWhateverItsDeadline() {
    Ledger l = ledger();
    List<RiskPoint> points = new java.util.ArrayList<>();
    for (RiskPoint p : l.getRiskPoints()) {
      List<Measure> ms = new java.util.ArrayList<>();
      for (Measure m : p.getMeasures()) {
        Measure.Builder b = Measure.builder().from(m);
        if (m.getId().equals("RP-1-M1")) {
          b.status(io.github.probity.model.MeasureStatus.DONE).progress(100);
        } else if (m.getId().equals("RP-2-M1")) {
          b.status(io.github.probity.model.MeasureStatus.ABANDONED).abandonReason("岗位撤并");
        } else if (m.getId().equals("RP-1-M2")) {
          b.status(io.github.probity.model.MeasureStatus.IN_PROGRESS).progress(50);
        }
        ms.add(b.build());
      }
      points.add(RiskPoint.builder().from(p).measures(ms).build());
    }
    Ledger moving = Ledger.builder().from(l).riskPoints(points).build();
    UnitSummary u = Rollup.start(CLOCK).add(moving).result().getUnits().get(0);
    assertThat(u.getOverdueMeasures()).isEqualTo(BandCounts.ofDays(1)); // only RP-1-M2
  }

  @Test
  void aPlanIsMeasuredOnTheLedgerAndTheMostOverduePhaseCounts() {
    Ledger ledger = ledger();
    ImplementationPlan plan = ImplementationPlan.forLedger(ledger);
    UnitSummary u =
        Rollup.start(CLOCK)
            .add(UnitSubmission.builder().ledger(ledger).plan(plan).build())
            .result()
            .getUnits()
            .get(0);

    PlanStanding standing = u.getPlan().orElseThrow();
    assertThat(standing.getPhases()).hasSize(plan.getPhases().size());
    assertThat(standing.getPhases()).allMatch(p -> p.getStatus() == PhaseStatus.OVERDUE);
    assertThat(standing.current().orElseThrow().getNumber()).isEqualTo(1);
    assertThat(standing.completed()).isZero();
    assertThat(standing.isLagging()).isTrue();
    assertThat(u.isLagging()).isTrue();
    assertThat(standing.daysOverdue())
        .isEqualTo(ChronoUnit.DAYS.between(plan.phase(1).getEnd(), LocalDate.of(2026, 9, 1)));
  }

  private static Warning warning(String id, Instant time) {
    return Warning.builder()
        .id(id)
        .indicator("T")
        .level(WarningLevel.REMINDER)
        .stage(WarningStage.APPEARED)
        .ladder(DispositionLadder.RISK)
        .subject(Subject.person("P3"))
        .addSignals("S1")
        .time(time)
        .reason("测试")
        .build();
  }

  @Test
  void bandsOpenCasesByAgeAndCountsThoseWhoseStepIsOverdue() {
    WarningPolicy policy = WarningPolicy.defaults();
    Instant now = CLOCK.instant();
    Clock tenDaysAgo = Clock.fixed(now.minus(10, ChronoUnit.DAYS), SHANGHAI);
    Clock longAgo = Clock.fixed(now.minus(100, ChronoUnit.DAYS), SHANGHAI);
    DispositionCase fresh = DispositionCase.open(warning("W1", now), policy, "系统", tenDaysAgo);
    DispositionCase verified =
        DispositionCase.open(warning("W2", now), policy, "系统", longAgo)
            .apply(CaseAction.ACCEPT, "P1", longAgo, "")
            .apply(CaseAction.VERIFY, "P1", longAgo, "");
    DispositionCase cleared =
        DispositionCase.open(warning("W3", now), policy, "系统", longAgo)
            .apply(CaseAction.CLEAR, "P1", longAgo, "不实");

    UnitSummary u =
        Rollup.start(CLOCK)
            .add(
                UnitSubmission.builder()
                    .ledger(ledger())
                    .cases(List.of(fresh, verified, cleared))
                    .build())
            .result()
            .getUnits()
            .get(0);

    assertThat(u.getOpenCases()).isEqualTo(BandCounts.ofDays(10, 100));
    assertThat(u.getOverdueCases()).isEqualTo(1);
  }

  @Test
  void aUnitWithoutLedgerMissesEveryAnnexAndIsListedApart() {
    Ledger ledger = ledger();
    Rollup rollup =
        Rollup.start(CLOCK)
            .add(ledger)
            .add(UnitSubmission.builder().source("区审计局").build())
            .add(
                UnitSubmission.builder()
                    .ledger(Ledger.builder().from(ledger).riskPoints(List.of()).build())
                    .build());
    rollup.report(
        "区审计局/ledger.json",
        Finding.of(RollupProblemCode.UNREADABLE, Location.jsonPointer("", -1, -1), "拒绝访问"));
    RollupResult r = rollup.result();

    assertThat(rollup.size()).isEqualTo(3);
    assertThat(r.withoutLedger()).extracting(UnitSummary::getUnitName).containsExactly("区审计局");
    assertThat(r.withoutLedger().get(0).getMissingAnnexes())
        .isEqualTo(Set.of(AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL));
    assertThat(r.withoutPoints()).hasSize(1);
    assertThat(r.withMissingAnnexes()).hasSize(2);
    assertThat(r.withoutPlan()).hasSize(2);
    assertThat(r.lagging()).isEmpty();
    assertThat(r.riskPoints()).isEqualTo(3);
    assertThat(r.getFindings()).hasSize(1);
    assertThat(r.getFindings().get(0).describe(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("区审计局/ledger.json：文件无法读取：拒绝访问");
    assertThat(r.getFindings().get(0).where()).isEmpty();
    assertThat(
            new SourceFinding(
                    "a.json",
                    Finding.of(
                        RollupProblemCode.UNREADABLE, Location.jsonPointer("/ledger", 1, 2), "x"))
                .where())
        .isEqualTo("/ledger (line 1, column 2)");
    assertThat(r.getFindings().get(0).describe(Locale.ENGLISH))
        .isEqualTo("区审计局/ledger.json: the file could not be read: 拒绝访问");
  }

  @Test
  void totalsAreTheSumOfTheUnitsAndResultsAreSnapshots() {
    Rollup rollup = Rollup.start(CLOCK).add(ledger());
    RollupResult one = rollup.result();
    rollup.add(ledger());
    RollupResult two = rollup.result();

    assertThat(one.getUnits()).hasSize(1);
    assertThat(two.getTotals())
        .isEqualTo(one.getTotals().plus(one.getTotals()))
        .isEqualTo(one.getUnits().get(0).getCounts().plus(two.getUnits().get(1).getCounts()));
    assertThat(two.getOverdueMeasures())
        .isEqualTo(one.getOverdueMeasures().plus(one.getOverdueMeasures()));
    assertThat(LevelCategoryCounts.of(ledger().getRiskPoints()))
        .isEqualTo(one.getTotals())
        .hasSameHashCodeAs(one.getTotals());
    assertThat(LevelCategoryCounts.empty().total()).isZero();
    assertThat(one.getTotals().toString()).contains("HIGH=[0, 0, 2, 0, 0, 0]");
  }

  @Test
  void aSubmissionNeedsSomethingToNameTheUnitAndAgeBandsParse() {
    assertThatThrownBy(() -> UnitSubmission.builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("source");
    assertThat(AgeBand.parse("31—90天")).isEqualTo(AgeBand.UP_TO_90);
    assertThat(AgeBand.of(-3)).isEqualTo(AgeBand.UP_TO_30);
    assertThat(AgeBand.of(30)).isEqualTo(AgeBand.UP_TO_30);
    assertThat(AgeBand.of(31)).isEqualTo(AgeBand.UP_TO_90);
    assertThat(AgeBand.of(181)).isEqualTo(AgeBand.OVER_180);
  }
}
