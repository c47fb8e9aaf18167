package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Replay determinism and concurrent submission of generated signal streams. */
class MonitorPropertiesTest {
  /** Short windows and term, so that every indicator has a chance on a few hundred signals. */
  static final WarningPolicy POLICY =
      WarningPolicy.builder()
          .complaintWindow(Duration.ofDays(30))
          .highPostTerm(Duration.ofDays(20))
          .build();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  static LongStream fewSeeds() {
    return LongStream.range(0, 20);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theSameSeedGivesTheSameSignalsInOrder(long seed) {
    Ledger ledger = LedgerGenerator.generate(seed);
    List<Signal> a = SignalGenerator.stream(seed, ledger, 300);
    List<Signal> b = SignalGenerator.stream(seed, ledger, 300);

    assertThat(a).isEqualTo(b);
    List<Signal> sorted = new ArrayList<>(a);
    sorted.sort(Signal.ORDER);
    assertThat(sorted).isEqualTo(a);
    assertThat(a).extracting(Signal::getId).doesNotHaveDuplicates();
  }

  @org.junit.jupiter.api.Test
  void generatedStreamsExerciseEveryBuiltInIndicator() {
    java.util.Set<String> fired = new java.util.TreeSet<>();
    for (long seed = 0; seed < 20; seed++) {
      Ledger ledger = LedgerGenerator.generate(seed);
      for (Warning w :
          Monitor.replay(
              SignalGenerator.stream(seed, ledger, 1000),
              POLICY,
              Optional.of(ledger),
              Indicator.builtIns())) {
        fired.add(w.getIndicator());
      }
      // the ledger's measures in motion tell the monitor of overdue and ineffective measures
      Ledger moving = LedgerGenerator.withMeasuresInMotion(ledger, seed);
      java.time.Clock at =
          java.time.Clock.fixed(
              java.time.Instant.parse("2026-10-01T02:00:00Z"),
              java.time.ZoneId.of("Asia/Shanghai"));
      for (Warning w :
          Monitor.replay(
              io.github.probity.warning.Supervision.of(moving, POLICY).measureSignals(at, "纪检组"),
              POLICY,
              Optional.of(moving),
              Indicator.builtIns())) {
        fired.add(w.getIndicator());
      }
    }
    assertThat(fired)
        .containsExactlyInAnyOrderElementsOf(
            Indicator.builtIns().stream()
                .map(Indicator::id)
                .collect(java.util.stream.Collectors.toList()));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void replayingTheSameSignalsInAnyOrderGivesTheSameWarnings(long seed) {
    Ledger ledger = LedgerGenerator.generate(seed);
    List<Signal> signals = SignalGenerator.stream(seed, ledger, 300);
    List<Warning> expected =
        Monitor.replay(signals, POLICY, Optional.of(ledger), Indicator.builtIns());
    assertThat(expected).isNotEmpty();

    List<Signal> shuffled = new ArrayList<>(signals);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(Monitor.replay(shuffled, POLICY, Optional.of(ledger), Indicator.builtIns()))
        .isEqualTo(expected);

    // A live monitor whose clock stays before the stream buffers everything until the flush.
    Monitor buffered =
        Monitor.builder()
            .clock(Clock.fixed(SignalGenerator.START, ZoneOffset.UTC))
            .allowedLead(Duration.ofDays(3650)) // the whole stream lies ahead of this clock
            .policy(POLICY)
            .ledger(ledger)
            .build();
    assertThat(buffered.submitAll(shuffled)).isEqualTo(signals.size());
    assertThat(buffered.flush()).isEqualTo(expected);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aLiveMonitorFollowingTheClockEmitsWhatTheReplayDoes(long seed) {
    Ledger ledger = LedgerGenerator.generate(seed);
    List<Signal> signals = SignalGenerator.stream(seed, ledger, 300);
    List<Warning> expected =
        Monitor.replay(signals, POLICY, Optional.of(ledger), Indicator.builtIns());
    MutableClock clock = new MutableClock(SignalGenerator.START);
    List<Warning> seen = new ArrayList<>();
    Monitor live =
        Monitor.builder()
            .clock(clock)
            .allowedLateness(Duration.ofHours(12))
            .policy(POLICY)
            .ledger(ledger)
            .addListener(seen::add)
            .build();

    // Signals arrive out of order within the lateness: each up to 11 hours after its time.
    Random random = new Random(seed);
    List<Signal> arrivals = new ArrayList<>(signals);
    List<java.time.Instant> arrivalTimes = new ArrayList<>();
    for (Signal s : signals) {
      arrivalTimes.add(s.getTime().plus(Duration.ofMinutes(random.nextInt(11 * 60))));
    }
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < signals.size(); i++) {
      order.add(i);
    }
    order.sort((x, y) -> arrivalTimes.get(x).compareTo(arrivalTimes.get(y)));
    for (int i : order) {
      clock.set(arrivalTimes.get(i));
      assertThat(live.submit(arrivals.get(i))).isTrue();
    }
    live.flush();

    assertThat(live.rejected()).isZero();
    assertThat(seen).isEqualTo(expected);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("fewSeeds")
  void eightThreadsSubmittingConcurrentlyGiveTheSequentialWarnings(long seed) throws Exception {
    Ledger ledger = LedgerGenerator.generate(seed);
    List<Signal> signals = SignalGenerator.stream(seed, ledger, 4000);
    List<Warning> sequential =
        Monitor.replay(signals, POLICY, Optional.of(ledger), Indicator.builtIns());
    List<Warning> seen = Collections.synchronizedList(new ArrayList<>());
    Monitor monitor =
        Monitor.builder()
            .clock(Clock.fixed(SignalGenerator.START, ZoneOffset.UTC))
            .allowedLead(Duration.ofDays(3650)) // the whole stream lies ahead of this clock
            .policy(POLICY)
            .ledger(ledger)
            .addListener(seen::add)
            .build();

    int threads = 8;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<Integer>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int slice = t;
        done.add(
            pool.submit(
                () -> {
                  start.await();
                  int accepted = 0;
                  for (int i = slice; i < signals.size(); i += threads) {
                    if (monitor.submit(signals.get(i))) {
                      accepted++;
                    }
                  }
                  return accepted;
                }));
      }
      start.countDown();
      int accepted = 0;
      for (Future<Integer> f : done) {
        accepted += f.get();
      }
      assertThat(accepted).isEqualTo(signals.size());
    } finally {
      pool.shutdown();
    }
    monitor.flush();

    assertThat(seen).isEqualTo(sequential);
  }

  /** A clock the test sets by hand. */
  static final class MutableClock extends Clock {
    private volatile java.time.Instant now;

    MutableClock(java.time.Instant now) {
      this.now = now;
    }

    void set(java.time.Instant t) {
      now = t;
    }

    @Override
    public java.time.ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      throw new UnsupportedOperationException();
    }

    @Override
    public java.time.Instant instant() {
      return now;
    }
  }
}
