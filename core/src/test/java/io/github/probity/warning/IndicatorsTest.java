package io.github.probity.warning;

import static io.github.probity.warning.Fixtures.day;
import static io.github.probity.warning.Fixtures.event;
import static io.github.probity.warning.Fixtures.payment;
import static io.github.probity.warning.Fixtures.petition;
import static io.github.probity.warning.Fixtures.post;
import static io.github.probity.warning.Fixtures.purchase;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class IndicatorsTest {
  private static final Ledger LEDGER = Fixtures.ledger();
  private static final WarningPolicy POLICY = WarningPolicy.defaults();

  private static List<Warning> run(Indicator indicator, Signal... signals) {
    return Monitor.replay(List.of(signals), POLICY, Optional.of(LEDGER), List.of(indicator));
  }

  @Test
  void builtInsHaveStableDistinctIds() {
    assertThat(Indicator.builtIns())
        .extracting(Indicator::id)
        .containsExactly(
            "REPEATED_PETITIONS",
            "MAJOR_MATTER_WITHOUT_DECISION",
            "SPLIT_PURCHASES",
            "SAME_APPROVER_AND_EXECUTOR",
            "OVERDUE",
            "LONG_TENURE",
            "INEFFECTIVE_MEASURE");
    assertThat(Indicator.builtIns()).extracting(Indicator::displayName).doesNotHaveDuplicates();
  }

  @Test
  void threePetitionsAboutOnePersonWithinTheWindowRaiseAWarning() {
    List<Warning> w =
        run(
            Indicator.repeatedPetitions(),
            petition("S1", "P3", day(0)),
            petition("S2", "P3", day(40)),
            petition("S3", "P3", day(90)));

    assertThat(w).hasSize(1);
    Warning warning = w.get(0);
    assertThat(warning.getId()).isEqualTo("REPEATED_PETITIONS:S3");
    assertThat(warning.getSubject()).isEqualTo(Subject.person("P3"));
    assertThat(warning.getSignals()).containsExactly("S1", "S2", "S3");
    assertThat(warning.getLevel()).isEqualTo(WarningLevel.CAUTION);
    assertThat(warning.getStage()).isEqualTo(WarningStage.TENDENCY);
    assertThat(warning.getLadder()).isEqualTo(DispositionLadder.PETITION);
    assertThat(warning.getTime()).isEqualTo(day(90));
    assertThat(warning.getReason()).contains("90天", "3次");
  }

  @Test
  void petitionsSpreadBeyondTheWindowOrOverPeopleStaySilent() {
    assertThat(
            run(
                Indicator.repeatedPetitions(),
                petition("S1", "P3", day(0)),
                petition("S2", "P3", day(40)),
                petition("S3", "P3", day(91))))
        .isEmpty();
    assertThat(
            run(
                Indicator.repeatedPetitions(),
                petition("S1", "P3", day(0)),
                petition("S2", "P3", day(1)),
                petition("S3", "P4", day(2))))
        .isEmpty();
  }

  @Test
  void afterAWarningTheCountStartsAgain() {
    List<Warning> w =
        run(
            Indicator.repeatedPetitions(),
            petition("S1", "P3", day(0)),
            petition("S2", "P3", day(1)),
            petition("S3", "P3", day(2)),
            petition("S4", "P3", day(3)),
            petition("S5", "P3", day(4)),
            petition("S6", "P3", day(5)));

    assertThat(w)
        .extracting(Warning::getId)
        .containsExactly("REPEATED_PETITIONS:S3", "REPEATED_PETITIONS:S6");
  }

  @Test
  void aLargePaymentWithoutACollectiveDecisionIsSevere() {
    List<Warning> w =
        run(Indicator.majorMatterWithoutDecision(), payment("S1", day(0), "500000", "P2", "P4"));

    assertThat(w).hasSize(1);
    assertThat(w.get(0).getLevel()).isEqualTo(WarningLevel.SEVERE);
    assertThat(w.get(0).getStage()).isEqualTo(WarningStage.APPEARED);
    assertThat(w.get(0).getLadder()).isEqualTo(DispositionLadder.RISK);
    assertThat(w.get(0).getReason()).contains("大额资金支付500000元", "未经集体决策");
  }

  @Test
  void majorProjectsAppointmentsAndMajorPowerItemsNeedADecisionToo() {
    Signal project =
        event(
            "S1",
            day(0),
            Subject.department("D1"),
            ProcessEvent.builder().action(ProcessAction.MAJOR_PROJECT).build());
    Signal appointment =
        event(
            "S2",
            day(1),
            Subject.person("P1"),
            ProcessEvent.builder().action(ProcessAction.APPOINTMENT).build());
    Signal underMajorPower =
        event(
            "S3",
            day(2),
            Subject.post("POST-1"),
            ProcessEvent.builder()
                .action(ProcessAction.PURCHASE)
                .amount(BigDecimal.TEN)
                .powerItem("PI-1")
                .build());

    assertThat(run(Indicator.majorMatterWithoutDecision(), project, appointment, underMajorPower))
        .extracting(Warning::getId)
        .containsExactly(
            "MAJOR_MATTER_WITHOUT_DECISION:S1",
            "MAJOR_MATTER_WITHOUT_DECISION:S2",
            "MAJOR_MATTER_WITHOUT_DECISION:S3");
  }

  @Test
  void aPaymentBelowTheThresholdOrWithADecisionStaysSilent() {
    Signal decided =
        event(
            "S2",
            day(1),
            Subject.post("POST-2"),
            ProcessEvent.builder()
                .action(ProcessAction.PAYMENT)
                .amount(new BigDecimal("800000"))
                .collectiveDecision("党组会〔2026〕5号")
                .build());

    assertThat(
            run(
                Indicator.majorMatterWithoutDecision(),
                payment("S1", day(0), "499999.99", "P2", "P4"),
                decided))
        .isEmpty();
  }

  @Test
  void purchasesSplitUnderTheThresholdFromOneSupplierRaiseAWarning() {
    List<Warning> w =
        run(
            Indicator.splitPurchases(),
            purchase("S1", day(0), "120000", "甲公司"),
            purchase("S2", day(10), "30000", "乙公司"),
            purchase("S3", day(30), "80000", "甲公司"));

    assertThat(w).hasSize(1);
    assertThat(w.get(0).getSignals()).containsExactly("S1", "S3");
    assertThat(w.get(0).getReason()).contains("甲公司", "200000");
  }

  @Test
  void splitPurchasesNearMissesStaySilent() {
    // Outside the window, under the total, or one purchase above the threshold anyway.
    assertThat(
            run(
                Indicator.splitPurchases(),
                purchase("S1", day(0), "120000", "甲公司"),
                purchase("S2", day(31), "80000", "甲公司")))
        .isEmpty();
    assertThat(
            run(
                Indicator.splitPurchases(),
                purchase("S1", day(0), "120000", "甲公司"),
                purchase("S2", day(1), "79999.99", "甲公司")))
        .isEmpty();
    assertThat(
            run(
                Indicator.splitPurchases(),
                purchase("S1", day(0), "250000", "甲公司"),
                purchase("S2", day(1), "10000", "甲公司")))
        .isEmpty();
  }

  @Test
  void aPaymentApprovedAndExecutedByOnePersonIsAMistake() {
    List<Warning> w =
        run(Indicator.sameApproverAndExecutor(), payment("S1", day(0), "100", "P4", "P4"));

    assertThat(w).hasSize(1);
    assertThat(w.get(0).getSubject()).isEqualTo(Subject.person("P4"));
    assertThat(w.get(0).getLadder()).isEqualTo(DispositionLadder.MISTAKE);
  }

  @Test
  void separateApproverAndExecutorOrAMissingOneStaysSilent() {
    Signal noExecutor =
        event(
            "S2",
            day(1),
            Subject.post("POST-2"),
            ProcessEvent.builder().action(ProcessAction.PAYMENT).approver("P4").build());
    assertThat(
            run(
                Indicator.sameApproverAndExecutor(),
                payment("S1", day(0), "100", "P2", "P4"),
                noExecutor))
        .isEmpty();
  }

  private static Signal overdue(String id, SignalKind kind, Instant due, Instant time) {
    return Signal.builder()
        .id(id)
        .kind(kind)
        .subject(Subject.post("POST-1"))
        .riskPoint("RP-1")
        .time(time)
        .dueAt(due)
        .source("督查系统")
        .build();
  }

  @Test
  void overdueMeasuresAndRectificationsRaiseWarningsByLateness() {
    List<Warning> w =
        run(
            Indicator.overdue(),
            overdue("S1", SignalKind.OVERDUE_MEASURE, day(0), day(1)),
            overdue("S2", SignalKind.OVERDUE_RECTIFICATION, day(0), day(30)),
            overdue("S3", SignalKind.OVERDUE_REVIEW, day(0), day(31)));

    assertThat(w)
        .extracting(Warning::getLevel)
        .containsExactly(WarningLevel.REMINDER, WarningLevel.CAUTION, WarningLevel.CAUTION);
    assertThat(w)
        .extracting(Warning::getStage)
        .containsExactly(WarningStage.TENDENCY, WarningStage.APPEARED, WarningStage.TENDENCY);
    assertThat(w.get(0).getRiskPoint()).contains("RP-1");
  }

  @Test
  void withinTheGraceAnOverdueReportStaysSilent() {
    WarningPolicy graceful = WarningPolicy.builder().overdueGrace(Duration.ofDays(2)).build();
    List<Warning> w =
        Monitor.replay(
            List.of(
                overdue("S1", SignalKind.OVERDUE_MEASURE, day(0), day(2)),
                overdue("S2", SignalKind.OVERDUE_MEASURE, day(5), day(5))),
            graceful,
            Optional.empty(),
            List.of(Indicator.overdue()));
    assertThat(w).isEmpty();
  }

  @Test
  void aHolderOnAHighPostBeyondTheTermRaisesAWarningAtTheDeadline() {
    WarningPolicy policy = WarningPolicy.builder().highPostTerm(Duration.ofDays(100)).build();
    List<Warning> w =
        Monitor.replay(
            List.of(
                post("S1", day(0), ProcessAction.POST_ASSIGNED, "POST-1", "P3"),
                petition("S2", "P9", day(101))),
            policy,
            Optional.of(LEDGER),
            List.of(Indicator.longTenure()));

    assertThat(w).hasSize(1);
    assertThat(w.get(0).getId()).isEqualTo("LONG_TENURE:S1");
    assertThat(w.get(0).getTime()).isEqualTo(day(100));
    assertThat(w.get(0).getSubject()).isEqualTo(Subject.person("P3"));
    assertThat(w.get(0).getRiskPoint()).contains("RP-1");
  }

  @Test
  void rotationReviewOrALowerPostKeepTheTenureIndicatorSilent() {
    WarningPolicy policy = WarningPolicy.builder().highPostTerm(Duration.ofDays(100)).build();
    List<Warning> w =
        Monitor.replay(
            List.of(
                post("S1", day(0), ProcessAction.POST_ASSIGNED, "POST-1", "P3"),
                post("S2", day(0), ProcessAction.POST_ASSIGNED, "POST-1", "P4"),
                post("S3", day(0), ProcessAction.POST_ASSIGNED, "POST-2", "P5"),
                post("S4", day(60), ProcessAction.POST_REVIEWED, "POST-1", "P3"),
                post("S5", day(100), ProcessAction.POST_ROTATED, "POST-1", "P4"),
                petition("S6", "P9", day(150))),
            policy,
            Optional.of(LEDGER),
            List.of(Indicator.longTenure()));
    assertThat(w).isEmpty();
  }

  @Test
  void withoutALedgerTheTenureIndicatorKnowsNoHighPost() {
    List<Warning> w =
        Monitor.replay(
            List.of(
                post("S1", day(0), ProcessAction.POST_ASSIGNED, "POST-1", "P3"),
                petition("S2", "P9", day(5000))),
            POLICY,
            Optional.empty(),
            List.of(Indicator.longTenure()));
    assertThat(w).isEmpty();
  }

  @Test
  void windowsForgetWhatFellOutOfThem() {
    Window<String> window = new Window<>(Duration.ofDays(10));
    for (int i = 0; i < 1000; i++) {
      window.add(day(i), "K" + (i % 7), "S" + i, BigDecimal.ONE);
    }
    assertThat(window.size()).isEqualTo(11);
    Window.Bucket<String> b = window.add(day(1000), "K0", "S1000", BigDecimal.ONE);
    assertThat(b.count()).isBetween(1, 3);
    assertThat(b.sum()).isEqualByComparingTo(BigDecimal.valueOf(b.count()));
  }
}
