package io.github.probity.validation;

import io.github.probity.archive.Archive;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.model.Ledger;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.InvalidPlanException;
import io.github.probity.review.ReviewRecord;
import io.github.probity.warning.WarningPolicy;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * What a {@link Rule} checks: the ledger, the clock that date-based rules read (e.g. overdue
 * measures) and, if given, the current post archives (一岗一档), the measures' review records and the
 * unit's implementation plan (else the reference template for the ledger's year). Immutable and
 * thread-safe; the standard rules cache one shared pass over the ledger in it, so a context is best
 * used for one validation.
 *
 * @since 0.1.0
 */
public final class ValidationContext {
  private final Ledger ledger;
  private final Clock clock;
  private final ConcurrentHashMap<Class<?>, Object> memo = new ConcurrentHashMap<>();
  private final Optional<List<Archive>> archives;
  private final Optional<List<ReviewRecord>> reviews;
  private final Optional<ImplementationPlan> plan;
  private final Optional<GradingPolicy> policy;
  private final WarningPolicy cadences;

  private ValidationContext(Ledger ledger, Clock clock) {
    this(
        ledger,
        clock,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        WarningPolicy.defaults());
  }

  private ValidationContext(
      Ledger ledger,
      Clock clock,
      Optional<List<Archive>> archives,
      Optional<List<ReviewRecord>> reviews,
      Optional<ImplementationPlan> plan,
      Optional<GradingPolicy> policy,
      WarningPolicy cadences) {
    this.ledger = ledger;
    this.clock = clock;
    this.archives = archives;
    this.reviews = reviews;
    this.plan = plan;
    this.policy = policy;
    this.cadences = cadences;
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

  /** {@return the ledger to check} */
  public Ledger getLedger() {
    return ledger;
  }

  /** {@return the clock} */
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
    return new ValidationContext(
        ledger, clock, Optional.of(List.copyOf(archives)), reviews, plan, policy, cadences);
  }

  /**
   * Returns the post archives, if the context carries them.
   *
   * @return the archives, or empty if none were given
   */
  public Optional<List<Archive>> getArchives() {
    return archives;
  }

  /**
   * Returns a context like this one that also carries the review records of the ledger's measures,
   * which activates the rule "a reviewer is never the proposer of the measure reviewed" ({@code
   * PR-REVIEW-001}).
   *
   * @param reviews the review records, e.g. from a {@code ReviewWorkflow}
   * @return the new context
   */
  public ValidationContext withReviews(Collection<ReviewRecord> reviews) {
    return new ValidationContext(
        ledger, clock, archives, Optional.of(List.copyOf(reviews)), plan, policy, cadences);
  }

  /**
   * Returns the review records, if the context carries them.
   *
   * @return the records, or empty if none were given
   */
  public Optional<List<ReviewRecord>> getReviews() {
    return reviews;
  }

  /**
   * Returns a context like this one with the unit's own implementation plan, whose grading phase
   * (the phase with the task that measures {@code POINTS_DECIDED}, 评定风险等级) dates the rules on
   * collectively decided levels ({@code PR-DECISION-003}, {@code PR-DECISION-004}).
   *
   * @param plan the plan, e.g. the template with the unit's own dates
   * @return the new context
   */
  public ValidationContext withPlan(ImplementationPlan plan) {
    return new ValidationContext(
        ledger, clock, archives, reviews, Optional.of(plan), policy, cadences);
  }

  /**
   * Returns the implementation plan the date-bound rules follow: the one given, or else the
   * reference template for the ledger's unit and year ({@link ImplementationPlan#forLedger}).
   *
   * @return the plan, or empty if none was given and the ledger's year admits no template
   */
  public Optional<ImplementationPlan> getPlan() {
    if (plan.isPresent()) {
      return plan;
    }
    try {
      return Optional.of(ImplementationPlan.forLedger(ledger));
    } catch (InvalidPlanException e) {
      return Optional.empty();
    }
  }

  /**
   * Returns a context like this one with the unit's grading policy, whose extra factor declarations
   * the values in the ledger are checked against ({@code PR-FACTOR-001}).
   *
   * @param policy the grading policy
   * @return the new context
   * @since 0.1.0
   */
  public ValidationContext withPolicy(GradingPolicy policy) {
    return new ValidationContext(
        ledger, clock, archives, reviews, plan, Optional.of(policy), cadences);
  }

  /**
   * Returns the grading policy given with {@link #withPolicy}.
   *
   * @return the policy, or empty
   * @since 0.1.0
   */
  public Optional<GradingPolicy> getPolicy() {
    return policy;
  }

  /**
   * Returns a context like this one whose effectiveness reviews follow the review cadences of a
   * warning policy ({@code PR-MEASURE-008}); without one, {@link WarningPolicy#defaults()} (高
   * quarterly, 一般 half-yearly, 低 yearly).
   *
   * @param cadences the policy whose {@link WarningPolicy#reviewCadence review cadences} apply
   * @return the new context
   * @since 0.1.0
   */
  public ValidationContext withWarningPolicy(WarningPolicy cadences) {
    return new ValidationContext(ledger, clock, archives, reviews, plan, policy, cadences);
  }

  /**
   * Returns the warning policy whose review cadences the effectiveness reviews follow.
   *
   * @return the policy given with {@link #withWarningPolicy}, else the defaults
   * @since 0.1.0
   */
  public WarningPolicy getWarningPolicy() {
    return cadences;
  }
}
