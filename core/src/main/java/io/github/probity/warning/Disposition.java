package io.github.probity.warning;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One disposition step issued in a case (处置通知): the measure, when it was issued, the reply
 * deadline, the round (2 when the same step is ordered again) and when the reply came.
 *
 * <p>Invariants: the deadline is after the issue time; the round is at least 1. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Disposition {
  Disposition() {}

  /** {@return the measure taken} */
  public abstract DispositionMeasure getMeasure();

  /**
   * Returns when it was issued.
   *
   * @return the issue time
   */
  public abstract Instant getIssuedAt();

  /**
   * Returns the reply deadline.
   *
   * @return the deadline
   */
  public abstract Instant getDueAt();

  /** {@return the round: 1 when first issued, 2 when ordered again after a failure} */
  @Value.Default
  public int getRound() {
    return 1;
  }

  /**
   * Returns when the reply or rectification came, if it did.
   *
   * @return the reply time
   */
  public abstract Optional<Instant> getRepliedAt();

  /**
   * Tells whether the step is overdue at the given time: no reply and the deadline passed.
   *
   * @param now the time to judge at
   * @return {@code true} if overdue
   */
  public boolean isOverdue(Instant now) {
    return getRepliedAt().isEmpty() && now.isAfter(getDueAt());
  }

  /**
   * Returns the deadline light at the given time: green in the first half of the time limit, yellow
   * past half, red when overdue. A replied step is green.
   *
   * @param now the time to judge at
   * @return the light
   */
  public DeadlineLight light(Instant now) {
    if (getRepliedAt().isPresent()) {
      return DeadlineLight.GREEN;
    }
    if (now.isAfter(getDueAt())) {
      return DeadlineLight.RED;
    }
    Duration limit = Duration.between(getIssuedAt(), getDueAt());
    Instant half = getIssuedAt().plus(limit.dividedBy(2));
    return now.isBefore(half) ? DeadlineLight.GREEN : DeadlineLight.YELLOW;
  }

  @Value.Check
  void check() {
    if (!getDueAt().isAfter(getIssuedAt())) {
      throw new IllegalArgumentException("Disposition.dueAt must be after issuedAt");
    }
    if (getRound() < 1) {
      throw new IllegalArgumentException("Disposition.round must be at least 1");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Disposition}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableDisposition.Builder {
    Builder() {}
  }
}
