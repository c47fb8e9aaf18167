package io.github.probity.warning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import io.github.probity.warning.Fixtures.MutableClock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SupervisionTest {
  private static final Ledger LEDGER = Fixtures.ledger();
  private static final Supervision SUPERVISION = Supervision.of(LEDGER, WarningPolicy.defaults());

  private static RiskPoint rp(String id) {
    return LEDGER.riskPoint(id).orElseThrow();
  }

  @Test
  void theSupervisorFollowsTheLevel() {
    assertThat(SUPERVISION.supervisorOf(rp("RP-1"))).contains("P1"); // 高 → principal
    assertThat(SUPERVISION.supervisorOf(rp("RP-2"))).contains("P2"); // 一般 → supervising leader
    assertThat(SUPERVISION.supervisorOf(rp("RP-7"))).contains("P3"); // 低 → department head
    assertThat(SUPERVISION.supervisorOf(rp("RP-5"))).contains("P5"); // the group → 纪检组长
    assertThat(SUPERVISION.supervisorOf(rp("RP-6"))).contains("P1"); // a leader → principal
    assertThat(SUPERVISION.supervisorOf(rp("RP-4"))).isEmpty(); // the principal's own, none set
  }

  @Test
  void aMissingPersonFallsBackToTheNextOneUp() {
    // POST-3 is in D2, which has neither head nor supervising leader.
    assertThat(SUPERVISION.supervisorOf(rp("RP-3"))).contains("P1");
  }

  @Test
  void anUngradedPointIsSupervisedAsHigh() {
    RiskPoint ungraded = RiskPoint.builder().from(rp("RP-7")).level(Optional.empty()).build();
    assertThat(SUPERVISION.levelOf(ungraded)).isEqualTo(RiskLevel.HIGH);
    assertThat(SUPERVISION.supervisorOf(ungraded)).contains("P1");
  }

  @Test
  void reviewCadenceIsPolicyData() {
    assertThat(SUPERVISION.cadenceOf(rp("RP-1"))).isEqualTo(Period.ofMonths(3));
    assertThat(SUPERVISION.cadenceOf(rp("RP-2"))).isEqualTo(Period.ofMonths(6));
    assertThat(SUPERVISION.cadenceOf(rp("RP-3"))).isEqualTo(Period.ofYears(1));
    Supervision monthly =
        Supervision.of(
            LEDGER,
            WarningPolicy.builder().putReviewCadences(RiskLevel.HIGH, Period.ofMonths(1)).build());
    assertThat(monthly.cadenceOf(rp("RP-1"))).isEqualTo(Period.ofMonths(1));
  }

  @Test
  void dueAndOverdueReviewsAreFoundAndTurnIntoSignals() {
    // 2026-04-02 at +08:00: 高 points never reviewed were due on 04-01 (overdue); RP-1 was
    // reviewed in March and is not due.
    MutableClock clock =
        new MutableClock(LocalDate.of(2026, 4, 2).atStartOfDay(ZoneOffset.ofHours(8)).toInstant());
    Map<String, LocalDate> last = Map.of("RP-1", LocalDate.of(2026, 3, 15));

    List<ReviewDue> due = SUPERVISION.due(clock, last);
    assertThat(due).extracting(ReviewDue::getRiskPoint).containsExactly("RP-4");
    assertThat(due.get(0).isOverdue()).isTrue();
    assertThat(due.get(0).getDueDate()).isEqualTo(LocalDate.of(2026, 4, 1));

    List<Signal> signals = SUPERVISION.overdueSignals(clock, last, "纪检组");
    assertThat(signals).hasSize(1);
    Signal s = signals.get(0);
    assertThat(s.getId()).isEqualTo("REVIEW:RP-4:2026-04-01");
    assertThat(s.getKind()).isEqualTo(SignalKind.OVERDUE_REVIEW);
    assertThat(s.getRiskPoint()).contains("RP-4");
    assertThat(s.getSubject()).isEqualTo(Subject.person("P1"));
    assertThat(SUPERVISION.overdueSignals(clock, last, "纪检组")).isEqualTo(signals);

    List<Warning> w =
        Monitor.replay(
            signals, WarningPolicy.defaults(), Optional.of(LEDGER), Indicator.builtIns());
    assertThat(w).extracting(Warning::getIndicator).containsExactly("OVERDUE");
  }

  @Test
  void withoutASupervisorTheSignalIsAboutTheOwner() {
    Ledger noPrincipal =
        Ledger.builder()
            .from(LEDGER)
            .leadershipGroup(
                io.github.probity.model.LeadershipGroup.builder()
                    .from(LEDGER.getLeadershipGroup())
                    .leaders(
                        LEDGER.getLeadershipGroup().getLeaders().stream()
                            .map(
                                l ->
                                    io.github.probity.model.Leader.builder()
                                        .from(l)
                                        .principal(false)
                                        .build())
                            .collect(java.util.stream.Collectors.toList()))
                    .build())
            .build();
    MutableClock clock =
        new MutableClock(LocalDate.of(2027, 6, 1).atStartOfDay(ZoneOffset.ofHours(8)).toInstant());
    List<Signal> signals =
        Supervision.of(noPrincipal, WarningPolicy.defaults())
            .overdueSignals(clock, Map.of(), "纪检组");
    // the group's points go to the 纪检组长 whether or not a principal is marked
    assertThat(signals)
        .filteredOn(s -> s.getRiskPoint().equals(Optional.of("RP-5")))
        .singleElement()
        .satisfies(s -> assertThat(s.getSubject()).isEqualTo(Subject.of(SubjectKind.PERSON, "P5")));
    assertThat(signals)
        .filteredOn(s -> s.getRiskPoint().equals(Optional.of("RP-1")))
        .singleElement()
        .satisfies(s -> assertThat(s.getSubject()).isEqualTo(Subject.post("POST-1")));
  }

  @Test
  void aReviewDueTodayIsDueButNotOverdue() {
    MutableClock clock =
        new MutableClock(LocalDate.of(2026, 4, 1).atStartOfDay(ZoneOffset.ofHours(8)).toInstant());
    List<ReviewDue> due = SUPERVISION.due(clock, Map.of());
    assertThat(due).extracting(ReviewDue::getRiskPoint).containsExactly("RP-1", "RP-4");
    assertThat(due).noneMatch(ReviewDue::isOverdue);
    assertThat(SUPERVISION.overdueSignals(clock, Map.of(), "纪检组")).isEmpty();
  }
}
