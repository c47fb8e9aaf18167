package io.github.probity.warning;

import static io.github.probity.warning.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.warning.Fixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class CaseRestoreTest {
  private static final WarningPolicy POLICY =
      WarningPolicy.builder().putReplyDeadlines(DispositionMeasure.WRITTEN_INQUIRY, 12).build();

  static LongStream seeds() {
    return LongStream.range(0, 300);
  }

  /** A random legal walk through the state machine, with escalations when steps run over. */
  static DispositionCase walk(long seed) {
    Random r = new Random(seed);
    DispositionLadder ladder = DispositionLadder.values()[r.nextInt(3)];
    WarningLevel level = WarningLevel.values()[r.nextInt(3)];
    MutableClock clock = new MutableClock(T0);
    DispositionCase c =
        DispositionCase.open(DispositionCaseTest.warning(ladder, level), POLICY, "预警系统", clock);
    for (int i = r.nextInt(12); i > 0; i--) {
      clock.plus(Duration.ofHours(r.nextInt(24 * 20)));
      List<CaseAction> allowed = new ArrayList<>();
      for (CaseAction a : CaseAction.values()) {
        if (a != CaseAction.OPEN && c.isAllowed(a, clock.instant())) {
          allowed.add(a);
        }
      }
      if (allowed.isEmpty()) {
        break;
      }
      CaseAction a = allowed.get(r.nextInt(allowed.size()));
      c = c.apply(a, "P" + r.nextInt(5), clock, r.nextBoolean() ? "" : "备注" + i);
    }
    return c;
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aRecordedHistoryRestoresTheSameCase(long seed) {
    DispositionCase stored = walk(seed);

    DispositionCase back =
        DispositionCase.restore(stored.getWarning(), stored.getPolicy(), stored.getHistory());

    assertThat(back).isEqualTo(stored);
  }

  @Test
  void escalationsDeadlinesAndAccountabilityFollowFromTheHistory() {
    MutableClock clock = new MutableClock(T0);
    DispositionCase c =
        DispositionCase.open(
            DispositionCaseTest.warning(DispositionLadder.MISTAKE, WarningLevel.REMINDER),
            POLICY,
            "系统",
            clock);
    c = c.apply(CaseAction.ACCEPT, "P5", clock, "").apply(CaseAction.VERIFY, "P5", clock, "");
    clock.plus(Duration.ofDays(6));
    c = c.escalateIfOverdue("系统", clock).orElseThrow();
    c = c.apply(CaseAction.RECTIFY, "P3", clock, "");
    c = c.apply(CaseAction.REJECT, "P5", clock, "仍未纠正");
    c = c.apply(CaseAction.RECTIFY, "P3", clock, "");
    c = c.apply(CaseAction.REJECT, "P5", clock, "");

    DispositionCase back = DispositionCase.restore(c.getWarning(), POLICY, c.getHistory());

    assertThat(back.isAccountability()).isTrue();
    assertThat(back.getEscalations()).hasSize(3).isEqualTo(c.getEscalations());
    assertThat(back.getLevel()).isEqualTo(WarningLevel.SEVERE);
    assertThat(back.getDispositions()).isEqualTo(c.getDispositions());
    assertThat(back.current().orElseThrow().getDueAt())
        .isEqualTo(back.current().orElseThrow().getIssuedAt().plus(Duration.ofDays(15)));
  }

  private static CaseEvent event(CaseAction a, CaseState from, CaseState to, Instant t) {
    return CaseEvent.builder()
        .action(a)
        .fromState(from)
        .toState(to)
        .actor("P5")
        .time(t)
        .note("")
        .build();
  }

  private static final Warning W =
      DispositionCaseTest.warning(DispositionLadder.RISK, WarningLevel.CAUTION);
  private static final CaseEvent OPEN =
      event(CaseAction.OPEN, CaseState.PENDING, CaseState.PENDING, T0);

  @Test
  void illegalHistoriesAreRefusedWithTheEventAndTheReason() {
    assertThatThrownBy(() -> DispositionCase.restore(W, POLICY, List.of()))
        .isInstanceOf(InvalidCaseHistoryException.class)
        .hasMessageContaining("empty");

    assertThatThrownBy(
            () ->
                DispositionCase.restore(
                    W,
                    POLICY,
                    List.of(
                        event(CaseAction.ACCEPT, CaseState.PENDING, CaseState.IN_PROGRESS, T0))))
        .isInstanceOf(InvalidCaseHistoryException.class)
        .hasMessageContaining("history[0]");

    InvalidCaseHistoryException skipped =
        org.assertj.core.api.Assertions.catchThrowableOfType(
            InvalidCaseHistoryException.class,
            () ->
                DispositionCase.restore(
                    W,
                    POLICY,
                    List.of(
                        OPEN,
                        event(CaseAction.ARCHIVE, CaseState.PENDING, CaseState.ARCHIVED, T0))));
    assertThat(skipped.getCaseId()).isEqualTo("CASE:T:S1");
    assertThat(skipped.getEventIndex()).hasValue(1);
    assertThat(skipped).hasMessageContaining("ARCHIVE").hasMessageContaining("not allowed");

    assertThatThrownBy(
            () ->
                DispositionCase.restore(
                    W,
                    POLICY,
                    List.of(
                        OPEN,
                        event(CaseAction.ACCEPT, CaseState.IN_PROGRESS, CaseState.VERIFIED, T0))))
        .hasMessageContaining("starts from IN_PROGRESS but the case is in PENDING");

    assertThatThrownBy(
            () ->
                DispositionCase.restore(
                    W,
                    POLICY,
                    List.of(
                        OPEN, event(CaseAction.ACCEPT, CaseState.PENDING, CaseState.VERIFIED, T0))))
        .hasMessageContaining("ends in VERIFIED but leads to IN_PROGRESS");

    assertThatThrownBy(
            () ->
                DispositionCase.restore(
                    W,
                    POLICY,
                    List.of(
                        OPEN,
                        event(
                            CaseAction.ACCEPT,
                            CaseState.PENDING,
                            CaseState.IN_PROGRESS,
                            T0.minusSeconds(1)))))
        .hasMessageContaining("before the previous event");

    assertThatThrownBy(() -> DispositionCase.restore(W, POLICY, List.of(OPEN, OPEN)))
        .hasMessageContaining("opened only once");
  }

  @Test
  void anEscalationBeforeTheDeadlineIsRefused() {
    Instant t1 = T0.plus(Duration.ofHours(1));
    List<CaseEvent> history =
        List.of(
            OPEN,
            event(CaseAction.ACCEPT, CaseState.PENDING, CaseState.IN_PROGRESS, t1),
            event(CaseAction.VERIFY, CaseState.IN_PROGRESS, CaseState.VERIFIED, t1),
            event(CaseAction.ESCALATE, CaseState.VERIFIED, CaseState.VERIFIED, t1.plusSeconds(60)));

    assertThatThrownBy(() -> DispositionCase.restore(W, POLICY, history))
        .isInstanceOf(InvalidCaseHistoryException.class)
        .hasMessageContaining("history[3]")
        .hasMessageContaining("not overdue");

    List<CaseEvent> late = new ArrayList<>(history.subList(0, 3));
    late.add(
        event(
            CaseAction.ESCALATE,
            CaseState.VERIFIED,
            CaseState.VERIFIED,
            t1.plus(Duration.ofDays(6))));
    DispositionCase c = DispositionCase.restore(W, POLICY, late);
    assertThat(c.getLevel()).isEqualTo(WarningLevel.SEVERE);
    assertThat(c.current().orElseThrow().getMeasure()).isEqualTo(DispositionMeasure.ADMONITION);
  }

  @Test
  void aCaseBookRestoresItsCasesAndRefusesDuplicates() {
    DispositionCase a = walk(1);
    DispositionCase b =
        DispositionCase.restore(
            Warning.builder()
                .from(DispositionCaseTest.warning(DispositionLadder.RISK, WarningLevel.SEVERE))
                .id("X:1")
                .build(),
            POLICY,
            List.of(OPEN));
    MutableClock clock = new MutableClock(T0.plus(Duration.ofDays(400)));

    CaseBook book = CaseBook.restore(clock, POLICY, "预警系统", List.of(b, a));

    assertThat(book.cases()).containsExactly(a, b);
    assertThat(book.getPolicy()).isEqualTo(POLICY);
    assertThat(book.getSystemActor()).isEqualTo("预警系统");
    assertThat(book.get(b.getId())).contains(b);
    assertThatThrownBy(() -> CaseBook.restore(clock, POLICY, "预警系统", List.of(a, a)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(a.getId());
  }
}
