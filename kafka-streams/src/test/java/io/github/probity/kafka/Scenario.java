package io.github.probity.kafka;

import io.github.probity.model.Ledger;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.testkit.SignalGenerator;
import io.github.probity.warning.DispositionLadder;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Signal;
import io.github.probity.warning.SignalKind;
import io.github.probity.warning.Subject;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningPolicy;
import io.github.probity.warning.WarningStage;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * A seeded province in miniature: several units, each with its own generated ledger and signal
 * stream, merged into one arrival order in which each signal comes up to {@link #GRACE} minus a
 * minute after its time; and what the in-process monitors raise for it.
 */
final class Scenario {
  /** Short windows and term, so that every indicator has a chance on a few hundred signals. */
  static final WarningPolicy POLICY =
      WarningPolicy.builder()
          .complaintWindow(Duration.ofDays(30))
          .highPostTerm(Duration.ofDays(20))
          .build();

  static final Duration GRACE = Duration.ofHours(12);

  /** The built-ins and one host-supplied indicator. */
  static final List<Indicator> INDICATORS = indicators();

  final Map<String, Ledger> ledgers = new LinkedHashMap<>();
  final Map<String, List<Signal>> signals = new LinkedHashMap<>();

  /** Unit id and signal, in arrival order. */
  final List<Map.Entry<String, Signal>> arrivals = new ArrayList<>();

  Scenario(long seed, int units, int minSignals, int maxSignals) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Map.Entry<Instant, Map.Entry<String, Signal>>> timed = new ArrayList<>();
    for (int u = 0; u < units; u++) {
      String unit = "UNIT-" + seed + "-" + u;
      long unitSeed = seed * 1_000 + u;
      Ledger ledger = LedgerGenerator.generate(unitSeed, 20 + random.nextInt(60));
      List<Signal> stream =
          SignalGenerator.stream(
              unitSeed, ledger, minSignals + random.nextInt(maxSignals - minSignals + 1));
      ledgers.put(unit, ledger);
      signals.put(unit, stream);
      for (Signal s : stream) {
        Instant arrival = s.getTime().plus(Duration.ofMinutes(random.nextInt(11 * 60 + 59)));
        timed.add(Map.entry(arrival, Map.entry(unit, s)));
      }
    }
    // Stable sort: equal arrival times keep unit and generation order.
    timed.sort(Map.Entry.comparingByKey());
    for (Map.Entry<Instant, Map.Entry<String, Signal>> e : timed) {
      arrivals.add(e.getValue());
    }
  }

  Instant last() {
    Instant max = SignalGenerator.START;
    for (List<Signal> l : signals.values()) {
      Instant t = l.get(l.size() - 1).getTime();
      if (t.isAfter(max)) {
        max = t;
      }
    }
    return max;
  }

  /**
   * What in-process monitors raise, one per unit with its ledger, fed in arrival order with the
   * clock at the arrival and the grace as lateness, then flushed.
   */
  Map<String, List<Warning>> expected() {
    Map<String, List<Warning>> out = new LinkedHashMap<>();
    Map<String, Monitor> monitors = new HashMap<>();
    MutableClock clock = new MutableClock(SignalGenerator.START);
    for (String unit : signals.keySet()) {
      List<Warning> seen = new ArrayList<>();
      out.put(unit, seen);
      monitors.put(
          unit,
          Monitor.builder()
              .clock(clock)
              .allowedLateness(GRACE)
              .policy(POLICY)
              .ledger(ledgers.get(unit))
              .indicators(INDICATORS)
              .addListener(seen::add)
              .build());
    }
    Instant max = SignalGenerator.START;
    for (Map.Entry<String, Signal> a : arrivals) {
      if (a.getValue().getTime().isAfter(max)) {
        max = a.getValue().getTime();
      }
      clock.set(max);
      if (!monitors.get(a.getKey()).submit(a.getValue())) {
        throw new AssertionError("the monitor rejected " + a.getValue().getId());
      }
    }
    for (String unit : signals.keySet()) {
      monitors.get(unit).flush();
      List<Warning> replay =
          Monitor.replay(signals.get(unit), POLICY, Optional.of(ledgers.get(unit)), INDICATORS);
      if (!replay.equals(out.get(unit))) {
        throw new AssertionError("the live monitor of " + unit + " differs from its replay");
      }
    }
    return out;
  }

  private static List<Indicator> indicators() {
    List<Indicator> l = new ArrayList<>(Indicator.builtIns());
    l.add(new RepeatedFindings());
    return List.copyOf(l);
  }

  /**
   * A host-supplied indicator: two or more audit, inspection or other findings about one person
   * within twenty days.
   */
  static final class RepeatedFindings implements Indicator {
    @Override
    public String id() {
      return "REPEATED_FINDINGS";
    }

    @Override
    public String displayName() {
      return "多次被发现问题";
    }

    @Override
    public Evaluation start(io.github.probity.warning.IndicatorContext context) {
      Map<Subject, ArrayDeque<Signal>> bySubject = new HashMap<>();
      return (s, out) -> {
        if (s.getKind() != SignalKind.AUDIT_FINDING
            && s.getKind() != SignalKind.INSPECTION_FINDING
            && s.getKind() != SignalKind.OTHER) {
          return;
        }
        ArrayDeque<Signal> q = bySubject.computeIfAbsent(s.getSubject(), k -> new ArrayDeque<>());
        Instant from = s.getTime().minus(Duration.ofDays(20));
        while (!q.isEmpty() && q.peekFirst().getTime().isBefore(from)) {
          q.pollFirst();
        }
        q.addLast(s);
        if (q.size() >= 2) {
          List<String> ids = new ArrayList<>();
          q.forEach(x -> ids.add(x.getId()));
          emit(s, ids, out);
          q.clear();
        }
      };
    }

    private void emit(Signal s, List<String> ids, Consumer<Warning> out) {
      out.accept(
          Warning.builder()
              .id(id() + ":" + s.getId())
              .indicator(id())
              .subject(s.getSubject())
              .time(s.getTime())
              .level(WarningLevel.REMINDER)
              .stage(WarningStage.TENDENCY)
              .ladder(DispositionLadder.RISK)
              .signals(ids)
              .reason("20天内" + ids.size() + "次被发现问题")
              .build());
    }
  }

  /** A clock the test sets by hand. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
