package io.github.probity.warning;

import io.github.probity.model.Ledger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;

/**
 * Real-time monitoring (网上实时动态监控): accepts signals as they happen, from any number of threads,
 * evaluates the indicators incrementally and emits warnings (and, with a {@link CaseBook},
 * escalations) to its listeners.
 *
 * <p><b>Determinism contract.</b> The monitor evaluates signals in {@link Signal#ORDER} (time, then
 * id), not in arrival order. A submitted signal waits in a buffer until the clock has passed its
 * time by the allowed lateness, or until {@link #flush()}. A signal that sorts at or before the
 * last evaluated point (its time is earlier than what has been evaluated) is late: it is not
 * evaluated and goes to {@link WarningListener#onRejected}, as does a second signal with the same
 * time and id as a buffered one. Hence the warnings emitted are exactly those of {@link #replay}
 * over the accepted signals, in the same order, whatever the threads and arrival order, as long as
 * no signal arrives later than the allowed lateness. Time-based indicators fire when stream time
 * passes their deadline: at the next evaluated signal, or at {@link #advance()}, which moves stream
 * time up to the clock minus the lateness (and so may emit time-based warnings beyond the last
 * signal, which a replay does not).
 *
 * <p>A signal dated further ahead of the clock than the allowed lead (one day unless set) is
 * refused as {@link Rejection#FUTURE}: a wrong date must neither fill the buffer nor, once
 * evaluated, make every real signal late.
 *
 * <p><b>Memory</b> is bounded by the indicators' windows and the signals buffered within the
 * lateness and the lead; the monitor keeps no history of warnings (listeners do).
 *
 * <p>Thread-safe: every method is atomic; listeners run under the monitor's lock.
 *
 * @since 0.1.0
 */
public final class Monitor {
  private final Clock clock;
  private final Duration lateness;
  private final Duration lead;
  private final List<Indicator.Evaluation> evaluations;
  private final List<WarningListener> listeners;
  private final Optional<CaseBook> caseBook;
  private final TreeSet<Signal> buffer = new TreeSet<>(Signal.ORDER);
  private final Consumer<Warning> emit;
  private final List<Warning> batch = new ArrayList<>();
  private Instant doneTime = Instant.MIN;
  private String doneId = "";
  private long evaluated;
  private long rejected;
  private boolean collecting;

  private Monitor(Builder b) {
    this.clock = b.clock;
    this.lateness = b.lateness;
    this.lead = b.lead;
    IndicatorContext ctx = IndicatorContext.create(b.policy, b.ledger);
    List<Indicator.Evaluation> evs = new ArrayList<>();
    for (Indicator i : b.indicators) {
      evs.add(i.start(ctx));
    }
    this.evaluations = List.copyOf(evs);
    this.listeners = List.copyOf(b.listeners);
    this.caseBook = b.caseBook;
    this.emit = this::emit;
  }

  private void emit(Warning w) {
    for (WarningListener l : listeners) {
      l.onWarning(w);
    }
    caseBook.ifPresent(c -> c.open(w));
    if (collecting) {
      batch.add(w);
    }
  }

  /**
   * Submits a signal. It is evaluated now if the clock is past its time by the lateness and nothing
   * earlier is buffered, otherwise buffered; buffered signals that became ripe are evaluated too.
   *
   * @param signal the signal
   * @return {@code true} if accepted, {@code false} if rejected as late, repeated or too far ahead
   */
  public synchronized boolean submit(Signal signal) {
    if (!after(signal)) {
      reject(signal, Rejection.LATE);
      return false;
    }
    Instant now = clock.instant();
    if (Duration.between(now, signal.getTime()).compareTo(lead) > 0) {
      reject(signal, Rejection.FUTURE);
      return false;
    }
    Instant ripe = now.minus(lateness);
    if (buffer.isEmpty() && !signal.getTime().isAfter(ripe)) {
      evaluate(signal);
      return true;
    }
    if (!buffer.add(signal)) {
      reject(signal, Rejection.REPEATED);
      return false;
    }
    drain(ripe);
    return true;
  }

  /**
   * Submits signals in the given order; see {@link #submit(Signal)}.
   *
   * @param signals the signals
   * @return how many were accepted
   */
  public synchronized int submitAll(Collection<Signal> signals) {
    int n = 0;
    for (Signal s : signals) {
      if (submit(s)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Evaluates the buffered signals that the clock has made ripe, lets time-based indicators reach
   * the clock minus the lateness, and escalates overdue cases of the case book.
   *
   * @return the warnings emitted by this call, in order
   */
  public synchronized List<Warning> advance() {
    collecting = true;
    try {
      Instant ripe = clock.instant().minus(lateness);
      drain(ripe);
      if (ripe.isAfter(doneTime)) {
        for (Indicator.Evaluation e : evaluations) {
          e.advanceTo(ripe, emit);
        }
        doneTime = ripe;
        doneId = "";
      }
      if (caseBook.isPresent()) {
        for (Escalation esc : caseBook.get().escalateOverdue()) {
          for (WarningListener l : listeners) {
            l.onEscalation(esc);
          }
        }
      }
      return List.copyOf(batch);
    } finally {
      batch.clear();
      collecting = false;
    }
  }

  /**
   * Evaluates every buffered signal now, whatever the clock says (end of a stream or a replay).
   *
   * @return the warnings emitted by this call, in order
   */
  public synchronized List<Warning> flush() {
    collecting = true;
    try {
      drain(Instant.MAX);
      return List.copyOf(batch);
    } finally {
      batch.clear();
      collecting = false;
    }
  }

  /**
   * Returns how many signals wait in the buffer.
   *
   * @return the count
   */
  public synchronized int pending() {
    return buffer.size();
  }

  /**
   * Returns how many signals have been evaluated.
   *
   * @return the count
   */
  public synchronized long evaluated() {
    return evaluated;
  }

  /**
   * Returns how many signals have been rejected as late, repeated or too far ahead.
   *
   * @return the count
   */
  public synchronized long rejected() {
    return rejected;
  }

  private boolean after(Signal s) {
    int c = s.getTime().compareTo(doneTime);
    return c > 0 || (c == 0 && s.getId().compareTo(doneId) > 0);
  }

  private void reject(Signal s, Rejection reason) {
    rejected++;
    for (WarningListener l : listeners) {
      l.onRejected(s, reason);
    }
  }

  private void drain(Instant ripe) {
    while (!buffer.isEmpty() && !buffer.first().getTime().isAfter(ripe)) {
      evaluate(buffer.pollFirst());
    }
  }

  private void evaluate(Signal s) {
    for (Indicator.Evaluation e : evaluations) {
      e.advanceTo(s.getTime(), emit);
      e.accept(s, emit);
    }
    doneTime = s.getTime();
    doneId = s.getId();
    evaluated++;
  }

  /**
   * Evaluates a set of signals as a batch: sorted by {@link Signal#ORDER}, repeated (time, id)
   * pairs kept once. This defines what a monitor emits for the same signals.
   *
   * @param signals the signals, in any order
   * @param policy the policy
   * @param ledger the ledger, or empty
   * @param indicators the indicators
   * @return the warnings, in emission order
   */
  public static List<Warning> replay(
      Collection<Signal> signals,
      WarningPolicy policy,
      Optional<Ledger> ledger,
      List<Indicator> indicators) {
    List<Warning> out = new ArrayList<>();
    Monitor m =
        builder()
            .clock(Clock.fixed(Instant.MAX, java.time.ZoneOffset.UTC))
            .policy(policy)
            .ledger(ledger)
            .indicators(indicators)
            .addListener(out::add)
            .build();
    TreeSet<Signal> sorted = new TreeSet<>(Signal.ORDER);
    sorted.addAll(signals);
    for (Signal s : sorted) {
      m.evaluate(s);
    }
    return out;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Monitor}. Defaults: the system UTC clock, {@link WarningPolicy#defaults()}, no
   * ledger, {@link Indicator#builtIns()}, five minutes' lateness, one day's lead, no listeners, no
   * case book. Not thread-safe.
   */
  public static final class Builder {
    private Clock clock = Clock.systemUTC();
    private WarningPolicy policy = WarningPolicy.defaults();
    private Optional<Ledger> ledger = Optional.empty();
    private List<Indicator> indicators = Indicator.builtIns();
    private Duration lateness = Duration.ofMinutes(5);
    private Duration lead = Duration.ofDays(1);
    private final List<WarningListener> listeners = new ArrayList<>();
    private Optional<CaseBook> caseBook = Optional.empty();

    private Builder() {}

    /**
     * Sets the clock.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets the policy.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder policy(WarningPolicy policy) {
      this.policy = policy;
      return this;
    }

    /**
     * Sets the ledger.
     *
     * @param ledger the ledger
     * @return this builder
     */
    public Builder ledger(Ledger ledger) {
      this.ledger = Optional.of(ledger);
      return this;
    }

    /**
     * Sets or clears the ledger.
     *
     * @param ledger the ledger, or empty
     * @return this builder
     */
    public Builder ledger(Optional<Ledger> ledger) {
      this.ledger = ledger;
      return this;
    }

    /**
     * Sets the indicators, replacing the built-ins.
     *
     * @param indicators the indicators, evaluated in this order
     * @return this builder
     */
    public Builder indicators(List<Indicator> indicators) {
      this.indicators = List.copyOf(indicators);
      return this;
    }

    /**
     * Sets how long after its time a signal may still arrive and be evaluated in order.
     *
     * @param lateness the allowed lateness, not negative
     * @return this builder
     */
    public Builder allowedLateness(Duration lateness) {
      if (lateness.isNegative()) {
        throw new IllegalArgumentException("allowedLateness must not be negative: " + lateness);
      }
      this.lateness = lateness;
      return this;
    }

    /**
     * Sets how far ahead of the clock a signal may be dated (clock skew between systems) before it
     * is refused as {@link Rejection#FUTURE}; one day unless set.
     *
     * @param lead the allowed lead, not negative
     * @return this builder
     * @throws IllegalArgumentException if the lead is negative
     */
    public Builder allowedLead(Duration lead) {
      if (lead.isNegative()) {
        throw new IllegalArgumentException("allowedLead must not be negative: " + lead);
      }
      this.lead = lead;
      return this;
    }

    /**
     * Adds a listener.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder addListener(WarningListener listener) {
      listeners.add(listener);
      return this;
    }

    /**
     * Sets the case book in which each warning opens a case and whose overdue cases {@link
     * Monitor#advance()} escalates.
     *
     * @param caseBook the case book
     * @return this builder
     */
    public Builder caseBook(CaseBook caseBook) {
      this.caseBook = Optional.of(caseBook);
      return this;
    }

    /**
     * Builds the monitor, starting a fresh evaluation of each indicator.
     *
     * @return the monitor
     */
    public Monitor build() {
      return new Monitor(this);
    }
  }
}
