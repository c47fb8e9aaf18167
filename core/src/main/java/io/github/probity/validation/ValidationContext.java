package io.github.probity.validation;

import io.github.probity.model.Ledger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a {@link Rule} checks: the ledger, and the clock that date-based rules read (e.g. overdue
 * measures). Immutable and thread-safe; the standard rules cache one shared pass over the ledger in
 * it, so a context is best used for one validation.
 */
public final class ValidationContext {
  private final Ledger ledger;
  private final Clock clock;
  private final ConcurrentHashMap<Class<?>, Object> memo = new ConcurrentHashMap<>();

  private ValidationContext(Ledger ledger, Clock clock) {
    this.ledger = ledger;
    this.clock = clock;
  }

  /**
   * Returns a context over the ledger with the system clock in the default time zone.
   *
   * @param ledger the ledger to check
   * @return the context
   */
  public static ValidationContext of(Ledger ledger) {
    return new ValidationContext(ledger, Clock.systemDefaultZone());
  }

  /**
   * Returns a context over the ledger with the given clock.
   *
   * @param ledger the ledger to check
   * @param clock the clock; its zone decides what "today" is
   * @return the context
   */
  public static ValidationContext of(Ledger ledger, Clock clock) {
    return new ValidationContext(ledger, clock);
  }

  /**
   * Returns the ledger to check.
   *
   * @return the ledger
   */
  public Ledger getLedger() {
    return ledger;
  }

  /**
   * Returns the clock.
   *
   * @return the clock
   */
  public Clock getClock() {
    return clock;
  }

  /**
   * Returns what the given function computes from this context, computing it once: rules that read
   * the same data share one pass. The function must depend only on the ledger and the clock.
   */
  <T> T memo(Class<T> type, Function<ValidationContext, T> compute) {
    return type.cast(memo.computeIfAbsent(type, k -> compute.apply(this)));
  }

  /**
   * Returns today's date according to the clock and its zone.
   *
   * @return today
   */
  public LocalDate today() {
    return LocalDate.now(clock);
  }
}
