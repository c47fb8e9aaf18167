package io.github.probity.grading;

import static io.github.probity.grading.Fixtures.factors;
import static io.github.probity.grading.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class RegradingAndSupervisionTest {

  private static LevelDecision decision(RiskLevel proposed, RiskLevel decided) {
    LevelDecision.Builder b = LevelDecision.builder();
    b.meetingReference("2026年第3次党组会议")
        .date(LocalDate.of(2026, 3, 12))
        .proposedLevel(proposed)
        .level(decided);
    if (proposed != decided) {
      b.rationale("集体研究调整");
    }
    return b.build();
  }

  @Test
  void regradingReportsChangedLevelsAndStaleDecisions() {
    // Under the standard policy: A is HIGH (5,5,5), B LOW (1,1,1), C LOW, D ungraded.
    RiskPoint a =
        point("A", RiskOwner.post(Fixtures.POST))
            .factors(factors(5, 5, 5))
            .level(RiskLevel.HIGH)
            .build();
    RiskPoint b =
        point("B", RiskOwner.department(Fixtures.DEPT))
            .factors(factors(1, 1, 1))
            .level(RiskLevel.MEDIUM)
            .decision(decision(RiskLevel.MEDIUM, RiskLevel.MEDIUM))
            .build();
    RiskPoint c =
        point("C", RiskOwner.leader(Fixtures.DEPUTY))
            .factors(factors(1, 1, 1))
            .level(RiskLevel.LOW)
            .decision(decision(RiskLevel.LOW, RiskLevel.MEDIUM))
            .build();
    RiskPoint d =
        point("D", RiskOwner.leadershipGroup(Fixtures.GROUP)).factors(factors(1, 1, 1)).build();
    GradingContext context = GradingContext.of(Fixtures.ledger(List.of(a, b, c, d)));

    RegradingReport report = RegradingReport.regrade(RiskGrader.standard(), context);

    assertThat(report.getGradedCount()).isEqualTo(4);
    assertThat(report.getChanges())
        .extracting(
            RegradedPoint::getRiskPointId,
            ch -> ch.getPreviousLevel().orElse(null),
            RegradedPoint::newLevel)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("B", RiskLevel.MEDIUM, RiskLevel.LOW),
            org.assertj.core.groups.Tuple.tuple("D", null, RiskLevel.LOW));
    assertThat(report.getChanges().get(0).getNewGrade().getExplanation()).isNotEmpty();
    assertThat(report.getStaleDecisions())
        .extracting(StaleDecision::getRiskPointId)
        .containsExactly("B");
    assertThat(report.getStaleDecisions().get(0).decidedLevelAgrees()).isFalse();
    assertThat(report.isUnchanged()).isFalse();

    // A stricter policy version turns C's proposal MEDIUM: the decision on LOW is stale although
    // the meeting had decided MEDIUM.
    GradingPolicy v2 =
        GradingPolicy.builder()
            .from(GradingPolicy.standard())
            .version("2")
            .addOverrides(
                OverrideRule.builder()
                    .condition(OverrideCondition.OWNER_SCOPE)
                    .addScopes(io.github.probity.model.OwnerScope.LEADER)
                    .floor(RiskLevel.MEDIUM)
                    .build())
            .build();
    RegradingReport second = RegradingReport.regrade(RiskGrader.of(v2), context);
    StaleDecision stale =
        second.getStaleDecisions().stream()
            .filter(s -> s.getRiskPointId().equals("C"))
            .findFirst()
            .orElseThrow();
    assertThat(stale.getNewLevel()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(stale.decidedLevelAgrees()).isTrue();
  }

  @Test
  void regradingAGradedLedgerWithItsOwnPolicyChangesNothing() {
    Ledger ungraded = Fixtures.ledger(Fixtures.randomPoints(7, 30));
    RiskGrader g = RiskGrader.standard();
    GradingContext c0 = GradingContext.of(ungraded);
    List<RiskPoint> graded =
        ungraded.getRiskPoints().stream()
            .map(p -> RiskPoint.builder().from(p).level(g.level(p, c0)).build())
            .collect(Collectors.toList());
    RegradingReport report = RegradingReport.regrade(g, GradingContext.of(Fixtures.ledger(graded)));
    assertThat(report.isUnchanged()).isTrue();
    assertThat(report.getGradedCount()).isEqualTo(30);
  }

  @Test
  void supervisionFollowsTheLevel() {
    RiskPoint high = point("H", RiskOwner.post(Fixtures.POST)).level(RiskLevel.HIGH).build();
    RiskPoint medium =
        point("M", RiskOwner.department(Fixtures.DEPT)).level(RiskLevel.MEDIUM).build();
    RiskPoint low = point("L", RiskOwner.post(Fixtures.POST)).level(RiskLevel.LOW).build();
    RiskPoint decided =
        point("X", RiskOwner.post(Fixtures.POST))
            .level(RiskLevel.LOW)
            .decision(decision(RiskLevel.LOW, RiskLevel.HIGH))
            .build();
    RiskPoint leader = point("LD", RiskOwner.leader(Fixtures.DEPUTY)).level(RiskLevel.LOW).build();
    RiskPoint chief =
        point("CH", RiskOwner.leader(Fixtures.PRINCIPAL)).level(RiskLevel.HIGH).build();
    RiskPoint group =
        point("G", RiskOwner.leadershipGroup(Fixtures.GROUP)).level(RiskLevel.LOW).build();
    RiskPoint ungraded = point("U", RiskOwner.post(Fixtures.POST)).build();
    Ledger ledger =
        Fixtures.ledger(List.of(high, medium, low, decided, leader, chief, group, ungraded));

    Map<String, SupervisionAssignment> byId =
        SupervisionAssignment.derive(ledger).stream()
            .collect(Collectors.toMap(SupervisionAssignment::getRiskPointId, s -> s));

    assertThat(byId).doesNotContainKey("U").hasSize(7);
    check(get(byId, "H"), SupervisorRole.PRINCIPAL_LEADER, Fixtures.PRINCIPAL);
    check(get(byId, "M"), SupervisorRole.SUPERVISING_LEADER, Fixtures.DEPUTY);
    check(get(byId, "L"), SupervisorRole.DEPARTMENT_HEAD, Fixtures.HEAD);
    check(get(byId, "X"), SupervisorRole.PRINCIPAL_LEADER, Fixtures.PRINCIPAL);
    check(get(byId, "LD"), SupervisorRole.PRINCIPAL_LEADER, Fixtures.PRINCIPAL);
    assertThat(get(byId, "G").getRole()).isEqualTo(SupervisorRole.DISCIPLINE_LEADER);
    assertThat(get(byId, "G").getSupervisor()).isEmpty(); // the unit records no 纪检组长
    assertThat(get(byId, "CH").getRole()).isEqualTo(SupervisorRole.LEADERSHIP_GROUP);
    assertThat(get(byId, "CH").getSupervisor()).isEmpty();
    assertThat(get(byId, "X").getLevel()).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void noOneSupervisesWhatHeAnswersFor() {
    RiskPoint headsOwn =
        point("DL", RiskOwner.department(Fixtures.DEPT))
            .level(RiskLevel.LOW)
            .responsible(Fixtures.HEAD)
            .build();
    RiskPoint group =
        point("G", RiskOwner.leadershipGroup(Fixtures.GROUP)).level(RiskLevel.HIGH).build();
    Ledger ledger =
        Ledger.builder()
            .from(Fixtures.ledger(List.of(headsOwn, group)))
            .addPeople(io.github.probity.TestLedgers.person("P9"))
            .leadershipGroup(
                io.github.probity.TestLedgers.group(
                    io.github.probity.TestLedgers.leader("P9", "纪检组长")))
            .build();
    check(
        SupervisionAssignment.of(headsOwn, ledger).orElseThrow(),
        SupervisorRole.SUPERVISING_LEADER,
        Fixtures.DEPUTY);
    check(
        SupervisionAssignment.of(group, ledger).orElseThrow(),
        SupervisorRole.DISCIPLINE_LEADER,
        "P9");
  }

  private static SupervisionAssignment get(Map<String, SupervisionAssignment> byId, String id) {
    return java.util.Objects.requireNonNull(byId.get(id), id);
  }

  private static void check(SupervisionAssignment s, SupervisorRole role, String person) {
    assertThat(s.getRole()).as(s.getRiskPointId()).isEqualTo(role);
    assertThat(s.getSupervisor()).as(s.getRiskPointId()).contains(person);
  }
}
