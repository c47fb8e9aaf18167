package io.github.probity.testkit;

import io.github.probity.model.Ledger;
import io.github.probity.warning.CaseAction;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates a seeded {@link CaseBook}: the warnings the built-in indicators raise on a {@link
 * SignalGenerator} stream, each opening a case, and then a random walk of handlers' actions over
 * the following weeks — accepting, verifying, clearing, rectifying, rejecting, archiving — with
 * overdue steps escalated as they fall due. Cases end in every state, with escalations and
 * accountability among them. For round-trip and rendering tests of case storage.
 *
 * <p>The same seed, ledger and counts give equal cases. Stateless and thread-safe.
 *
 * @since 0.1.0
 */
public final class CaseGenerator {
  /** The actor recorded for openings and escalations. */
  public static final String SYSTEM = "预警系统";

  private CaseGenerator() {}

  /**
   * Generates a case book.
   *
   * @param seed the seed
   * @param ledger the ledger the signals are about; it must have at least one person
   * @param signals how many signals to evaluate
   * @param policy the policy for the indicators and the reply deadlines
   * @return the case book, its clock at the end of the walk
   */
  public static CaseBook generate(long seed, Ledger ledger, int signals, WarningPolicy policy) {
    List<Signal> stream = SignalGenerator.stream(seed, ledger, signals);
    List<Warning> warnings =
        Monitor.replay(
            stream, policy, Optional.of(ledger), io.github.probity.warning.Indicator.builtIns());
    SplittableRandom random = new SplittableRandom(seed ^ 0x5DEECE66DL);
    Instant start =
        stream.isEmpty() ? SignalGenerator.START : stream.get(stream.size() - 1).getTime();
    StepClock clock = new StepClock(start);
    CaseBook book = new CaseBook(clock, policy, SYSTEM);
    for (Warning w : warnings) {
      book.open(w);
    }
    List<String> handlers = new ArrayList<>();
    ledger.getPeople().forEach(p -> handlers.add(p.getId()));
    Map<String, Integer> budget = new HashMap<>();
    for (DispositionCase c : book.cases()) {
      budget.put(c.getId(), random.nextInt(7)); // how many actions the case will see
    }
    for (int round = 0; round < 8; round++) {
      clock.now = clock.now.plus(Duration.ofHours(1 + random.nextInt(24 * 6)));
      book.escalateOverdue();
      for (DispositionCase c : book.cases()) {
        int left = budget.getOrDefault(c.getId(), 0);
        if (left == 0 || random.nextInt(3) == 0) {
          continue;
        }
        List<CaseAction> allowed = new ArrayList<>();
        for (CaseAction a : CaseAction.values()) {
          boolean rare = a == CaseAction.CLEAR && random.nextInt(5) != 0;
          if (a != CaseAction.OPEN
              && a != CaseAction.ESCALATE
              && !rare
              && c.isAllowed(a, clock.instant())) {
            allowed.add(a);
          }
        }
        if (allowed.isEmpty()) {
          continue;
        }
        budget.put(c.getId(), left - 1);
        CaseAction a = allowed.get(random.nextInt(allowed.size()));
        String actor = handlers.get(random.nextInt(handlers.size()));
        String note = random.nextInt(2) == 0 ? "" : a.displayName() + "：见处置记录" + round;
        book.apply(c.getId(), a, actor, note);
      }
    }
    return book;
  }

  /** A clock the generator moves forward. */
  private static final class StepClock extends Clock {
    private volatile Instant now;

    StepClock(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return Clock.fixed(now, zone);
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
