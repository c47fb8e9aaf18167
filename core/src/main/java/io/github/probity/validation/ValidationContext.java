package io.github.probity.validation;

import io.github.probity.archive.Archive;
import io.github.probity.model.Ledger;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a {@link Rule} checks: the ledger, the clock that date-based rules read (e.g. overdue
 * measures) and, if given, the current post archives (一岗一档). Immutable and thread-safe; the
 * standard rules cache one shared pass over the ledger in it, so a context is best used for one
 * validation.
 *
 * @since 0.1.0
 */
public final class ValidationContext {
  private final Ledger ledger;
  private final Clock clock;
  private final ConcurrentHashMap<Class<?>, Object> memo = new ConcurrentHashMap<>();
  private final Optional<List<Archive>> archives;

  private ValidationContext(Ledger ledger, Clock clock) {
    this(ledger, clock, Optional.empty());
  }

  private ValidationContext(Ledger ledger, Clock clock, Optional<List<Archive>> archives) {
    this.ledger = ledger;
    this.clock = clock;
    this.archives = archives;
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

  /**
   * Returns a context like this one that also carries the post archives, which activates the rule
   * "every post has exactly one current archive" ({@code PR-ARCHIVE-001}).
   *
   * @param archives the current content of every archive kept, e.g. each history's current revision
   * @return the new context
   */
  public ValidationContext withArchives(Collection<Archive> archives) {
    return new ValidationContext(ledger, clock, Optional.of(List.copyOf(archives)));
  }

  /**
   * Returns the post archives, if the context carries them.
   *
   * @return the archives, or empty if none were given
   */
  public Optional<List<Archive>> getArchives() {
    return archives;
  }
}
