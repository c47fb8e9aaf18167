package io.github.probity.warning;

import io.github.probity.model.RiskLevel;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Period;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The thresholds, windows, review cadences and reply deadlines that the built-in indicators, {@link
 * Supervision} and {@link DispositionCase} read: the mechanism's rules as data.
 *
 * <p>Every value has a default taken from common practice; {@link #defaults()} returns them all.
 * Invariants: counts at least 1, windows and terms positive, thresholds positive, reply days
 * positive. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class WarningPolicy {
  WarningPolicy() {}

  /**
   * Returns how many petitions about one person within {@link #getComplaintWindow()} raise a
   * warning.
   *
   * @return the count; 3 by default
   */
  @Value.Default
  public int getComplaintThreshold() {
    return 3;
  }

  /**
   * Returns the window for counting petitions about one person.
   *
   * @return the window; 90 days by default
   */
  @Value.Default
  public Duration getComplaintWindow() {
    return Duration.ofDays(90);
  }

  /**
   * Returns the amount in yuan from which a payment is a large fund use (大额资金) that needs a
   * collective decision.
   *
   * @return the amount; 500 000 by default
   */
  @Value.Default
  public BigDecimal getLargePaymentThreshold() {
    return new BigDecimal("500000");
  }

  /**
   * Returns the amount in yuan from which a purchase needs the formal procurement procedure; split
   * purchases stay under it.
   *
   * @return the amount; 200 000 by default
   */
  @Value.Default
  public BigDecimal getPurchaseThreshold() {
    return new BigDecimal("200000");
  }

  /**
   * Returns the window in which purchases from one supplier are added up.
   *
   * @return the window; 30 days by default
   */
  @Value.Default
  public Duration getSplitPurchaseWindow() {
    return Duration.ofDays(30);
  }

  /**
   * Returns the time a measure or rectification may be late before it raises a warning.
   *
   * @return the grace; zero by default
   */
  @Value.Default
  public Duration getOverdueGrace() {
    return Duration.ZERO;
  }

  /**
   * Returns the lateness from which an overdue measure or rectification is a 警示 rather than a 提醒.
   *
   * @return the lateness; 30 days by default
   */
  @Value.Default
  public Duration getOverdueSevere() {
    return Duration.ofDays(30);
  }

  /**
   * Returns how long a person may hold a post with a 高 risk point without rotation (轮岗) or review.
   *
   * @return the term; 5 years (1826 days) by default
   */
  @Value.Default
  public Duration getHighPostTerm() {
    return Duration.ofDays(1826);
  }

  /**
   * Returns the review cadence per risk level, for levels that override the default (高 quarterly,
   * 一般 half-yearly, 低 yearly); read it with {@link #reviewCadence(RiskLevel)}.
   *
   * @return the overrides, possibly empty
   */
  public abstract Map<RiskLevel, Period> getReviewCadences();

  /**
   * Returns the reply deadlines in days per disposition step, for steps that override the default
   * ({@link DispositionMeasure#defaultReplyDays()}); read it with {@link
   * #replyDays(DispositionMeasure)}.
   *
   * @return the overrides, possibly empty
   */
  public abstract Map<DispositionMeasure, Integer> getReplyDeadlines();

  /**
   * {@return how often a risk point of the given level is reviewed by its supervisor}
   *
   * @param level the level
   */
  public Period reviewCadence(RiskLevel level) {
    Period p = getReviewCadences().get(level);
    if (p != null) {
      return p;
    }
    switch (level) {
      case HIGH:
        return Period.ofMonths(3);
      case MEDIUM:
        return Period.ofMonths(6);
      default:
        return Period.ofYears(1);
    }
  }

  /**
   * Returns the reply deadline of a disposition step in days.
   *
   * @param measure the step
   * @return the days, positive
   */
  public int replyDays(DispositionMeasure measure) {
    return getReplyDeadlines().getOrDefault(measure, measure.defaultReplyDays());
  }

  @Value.Check
  void check() {
    if (getComplaintThreshold() < 1) {
      throw new IllegalArgumentException(
          "WarningPolicy.complaintThreshold must be at least 1, was " + getComplaintThreshold());
    }
    positive("complaintWindow", getComplaintWindow());
    positive("splitPurchaseWindow", getSplitPurchaseWindow());
    positive("highPostTerm", getHighPostTerm());
    if (getOverdueGrace().isNegative() || getOverdueSevere().isNegative()) {
      throw new IllegalArgumentException("WarningPolicy overdue durations must not be negative");
    }
    if (getLargePaymentThreshold().signum() <= 0 || getPurchaseThreshold().signum() <= 0) {
      throw new IllegalArgumentException("WarningPolicy thresholds must be positive");
    }
    getReviewCadences()
        .forEach(
            (level, p) -> {
              if (p.isNegative() || p.isZero()) {
                throw new IllegalArgumentException(
                    "WarningPolicy.reviewCadences must be positive, was " + p + " for " + level);
              }
            });
    getReplyDeadlines()
        .forEach(
            (m, days) -> {
              if (days < 1) {
                throw new IllegalArgumentException(
                    "WarningPolicy.replyDeadlines must be positive, was " + days + " for " + m);
              }
            });
  }

  private static void positive(String field, Duration d) {
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException("WarningPolicy." + field + " must be positive, was " + d);
    }
  }

  /**
   * Returns the policy with every default.
   *
   * @return the default policy
   */
  public static WarningPolicy defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WarningPolicy}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableWarningPolicy.Builder {
    Builder() {}
  }
}
