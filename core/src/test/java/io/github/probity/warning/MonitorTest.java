package io.github.probity.warning;

import static io.github.probity.warning.Fixtures.T0;
import static io.github.probity.warning.Fixtures.day;
import static io.github.probity.warning.Fixtures.payment;
import static io.github.probity.warning.Fixtures.petition;
import static io.github.probity.warning.Fixtures.post;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.warning.Fixtures.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MonitorTest {

  static final class Recorder implements WarningListener {
    final List<Warning> warnings = new ArrayList<>();
    final List<Escalation> escalations = new ArrayList<>();
    final List<Signal> rejected = new ArrayList<>();
    final List<Rejection> reasons = new ArrayList<>();

    @Override
    public void onWarning(Warning warning) {
      warnings.add(warning);
    }

    @Override
    public void onEscalation(Escalation escalation) {
      escalations.add(escalation);
    }

    @Override
    public void onRejected(Signal signal, Rejection reason) {
      rejected.add(signal);
      reasons.add(reason);
    }
  }

  @Test
  void ripeSignalsAreEvaluatedAtOnceAndFutureOnesWaitForTheClock() {
    MutableClock clock = new MutableClock(day(0));
    Recorder r = new Recorder();
    Monitor m =
        Monitor.builder()
            .clock(clock)
            .allowedLateness(Duration.ofHours(1))
            .ledger(Fixtures.ledger())
            .addListener(r)
            .build();

    assertThat(m.submit(payment("S1", day(-1), "100", "P4", "P4"))).isTrue();
    assertThat(r.warnings)
        .extracting(Warning::getId)
        .containsExactly("SAME_APPROVER_AND_EXECUTOR:S1");
    assertThat(m.submit(payment("S2", day(0), "100", "P4", "P4"))).isTrue();
    assertThat(m.pending()).isEqualTo(1);
    assertThat(r.warnings).hasSize(1);

    clock.plus(Duration.ofHours(1));
    assertThat(m.advance())
        .extracting(Warning::getId)
        .containsExactly("SAME_APPROVER_AND_EXECUTOR:S2");
    assertThat(m.pending()).isZero();
    assertThat(m.evaluated()).isEqualTo(2);
  }

  @Test
  void signalsAreEvaluatedInTimeOrderWhateverTheArrivalOrder() {
    MutableClock clock = new MutableClock(day(0));
    Recorder r = new Recorder();
    // signals up to three days ahead of the clock wait in the buffer
    Monitor m =
        Monitor.builder().clock(clock).allowedLead(Duration.ofDays(3)).addListener(r).build();

    m.submit(petition("S3", "P3", day(3)));
    m.submit(petition("S1", "P3", day(1)));
    m.submit(petition("S2", "P3", day(2)));
    assertThat(r.warnings).isEmpty();
    List<Warning> flushed = m.flush();

    assertThat(flushed).isEqualTo(r.warnings);
    assertThat(flushed).hasSize(1);
    assertThat(flushed.get(0).getSignals()).containsExactly("S1", "S2", "S3");
    assertThat(flushed)
        .isEqualTo(
            Monitor.replay(
                List.of(
                    petition("S2", "P3", day(2)),
                    petition("S1", "P3", day(1)),
                    petition("S3", "P3", day(3))),
                WarningPolicy.defaults(),
                Optional.empty(),
                Indicator.builtIns()));
  }

  @Test
  void lateAndRepeatedSignalsAreRejectedAndReported() {
    MutableClock clock = new MutableClock(day(10));
    Recorder r = new Recorder();
    Monitor m = Monitor.builder().clock(clock).addListener(r).build();

    assertThat(m.submit(petition("S2", "P3", day(2)))).isTrue();
    assertThat(m.submit(petition("S1", "P3", day(1)))).isFalse();
    assertThat(m.submit(petition("S2", "P3", day(2)))).isFalse();
    assertThat(m.submit(petition("S3", "P3", day(2)))).isTrue(); // same time, later id
    assertThat(m.submit(petition("F1", "P3", day(10).plus(Duration.ofHours(2))))).isTrue();
    // repeats a buffered one
    assertThat(m.submit(petition("F1", "P3", day(10).plus(Duration.ofHours(2))))).isFalse();

    assertThat(r.rejected).extracting(Signal::getId).containsExactly("S1", "S2", "F1");
    assertThat(r.reasons).containsExactly(Rejection.LATE, Rejection.LATE, Rejection.REPEATED);
    assertThat(m.rejected()).isEqualTo(3);
  }

  @Test
  void signalsDatedBeyondTheLeadAreRefusedAndDoNotMakeRealOnesLate() {
    MutableClock clock = new MutableClock(day(10));
    Recorder r = new Recorder();
    Monitor m =
        Monitor.builder().clock(clock).allowedLead(Duration.ofHours(1)).addListener(r).build();

    for (int i = 0; i < 10_000; i++) {
      assertThat(m.submit(petition("X" + i, "P3", java.time.Instant.parse("9999-01-01T00:00:00Z"))))
          .isFalse();
    }
    assertThat(m.submit(petition("SOON", "P3", day(10).plus(Duration.ofMinutes(50))))).isTrue();
    m.flush();
    // the far-future signals never entered the buffer, so stream time stayed near the clock
    assertThat(m.submit(petition("REAL", "P3", day(10).plus(Duration.ofMinutes(55))))).isTrue();
    assertThat(r.reasons).hasSize(10_000).containsOnly(Rejection.FUTURE);
    assertThat(m.rejected()).isEqualTo(10_000);
    assertThatThrownBy(() -> Monitor.builder().allowedLead(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void advanceLetsTimeBasedIndicatorsFireAndMakesEarlierSignalsLate() {
    MutableClock clock = new MutableClock(day(0));
    Recorder r = new Recorder();
    WarningPolicy policy = WarningPolicy.builder().highPostTerm(Duration.ofDays(10)).build();
    Monitor m =
        Monitor.builder()
            .clock(clock)
            .allowedLateness(Duration.ZERO)
            .policy(policy)
            .ledger(Fixtures.ledger())
            .addListener(r)
            .build();
    m.submit(post("S1", day(0), ProcessAction.POST_ASSIGNED, "POST-1", "P3"));
    clock.set(day(10));
    assertThat(m.advance()).isEmpty(); // the deadline is not passed yet
    clock.set(day(11));
    assertThat(m.advance()).extracting(Warning::getId).containsExactly("LONG_TENURE:S1");
    assertThat(m.submit(post("S2", day(5), ProcessAction.POST_REVIEWED, "POST-1", "P3"))).isFalse();
  }

  @Test
  void withACaseBookEachWarningOpensACaseAndOverdueStepsEscalate() {
    MutableClock clock = new MutableClock(T0);
    Recorder r = new Recorder();
    CaseBook book = new CaseBook(clock, WarningPolicy.defaults(), "预警系统");
    Monitor m = Monitor.builder().clock(clock).caseBook(book).addListener(r).build();

    m.submit(payment("S1", T0.minus(Duration.ofDays(1)), "100", "P4", "P4"));
    assertThat(book.cases()).hasSize(1);
    String id = "CASE:SAME_APPROVER_AND_EXECUTOR:S1";
    assertThat(book.get(id).orElseThrow().getState()).isEqualTo(CaseState.PENDING);
    book.apply(id, CaseAction.ACCEPT, "P5", "");
    book.apply(id, CaseAction.VERIFY, "P5", "已核实");
    assertThat(book.get(id).orElseThrow().current().orElseThrow().getMeasure())
        .isEqualTo(DispositionMeasure.ADVICE);

    clock.plus(Duration.ofDays(5));
    m.advance();
    assertThat(r.escalations).isEmpty();
    clock.plus(Duration.ofMinutes(1));
    m.advance();
    assertThat(r.escalations).hasSize(1);
    assertThat(r.escalations.get(0).getToMeasure()).isEqualTo(DispositionMeasure.CORRECTION);
    assertThat(book.get(id).orElseThrow().getHistory().get(3).getActor()).isEqualTo("预警系统");

    // A second warning for the same id does not open a second case.
    book.open(r.warnings.get(0));
    assertThat(book.cases()).hasSize(1);
    assertThat(book.remove(id)).isPresent();
    assertThat(book.cases()).isEmpty();
    assertThatThrownBy(() -> book.apply(id, CaseAction.ACCEPT, "P5", ""))
        .isInstanceOf(java.util.NoSuchElementException.class);
  }

  @Test
  void negativeLatenessIsRefused() {
    assertThatThrownBy(() -> Monitor.builder().allowedLateness(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void signalsCheckTheirInvariants() {
    assertThatThrownBy(
            () ->
                Signal.builder()
                    .id("S1")
                    .kind(SignalKind.PROCESS_EVENT)
                    .subject(Subject.post("POST-1"))
                    .time(T0)
                    .source("系统")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("processEvent");
    assertThatThrownBy(() -> Subject.person(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                ProcessEvent.builder()
                    .action(ProcessAction.PAYMENT)
                    .amount(java.math.BigDecimal.ONE.negate())
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }
}
