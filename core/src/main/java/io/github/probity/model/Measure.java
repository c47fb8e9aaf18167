package io.github.probity.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A prevention measure (防控措施) against one risk point.
 *
 * <p>Who proposes it depends on the owner's scope: the post holder for a post's risk, the
 * department collectively, the group or the leader.
 *
 * <p>A measure is tracked work (措施动态管理): its {@link #getStatus() status} and {@link #getProgress()
 * progress}, the {@link #getEvidence() evidence} that it is in place and the supervisor's {@link
 * #getReviews() effectiveness reviews}. A measure that records none of these is {@link
 * MeasureStatus#PLANNED}, 0 %, without evidence or review, so ledgers written before these fields
 * existed stay valid. Whether it is overdue is derived, not stored: see {@link #statusOn}.
 *
 * <p>Invariants: the id is non-blank and unique in the ledger; the status is never {@link
 * MeasureStatus#OVERDUE}; progress is 0–100; an abandonment reason is non-blank. Whether a status
 * fits its progress, evidence and reason is for validation to judge, so that readers can take any
 * recorded state. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Measure {
  Measure() {}

  /**
   * Returns the measure's stable id, unique within the ledger.
   *
   * @return the id, non-blank
   */
  @NotBlank
  @Size(max = 64)
  public abstract String getId();

  /** {@return what the measure says, e.g. 严格执行政府采购审核“双人复核”制度} */
  @NotBlank
  @Size(max = 1000)
  public abstract String getText();

  /** {@return the kind of measure} */
  public abstract MeasureType getType();

  /**
   * Returns the person id of who proposed the measure, if recorded.
   *
   * @return the proposer's person id
   */
  public abstract Optional<String> getProposer();

  /** {@return the date by which the measure must be in place, if set} */
  public abstract Optional<LocalDate> getDeadline();

  /**
   * Returns the recorded status; never {@link MeasureStatus#OVERDUE}, which {@link #statusOn}
   * derives.
   *
   * @return the status; {@link MeasureStatus#PLANNED} by default
   * @since 0.1.0
   */
  @Value.Default
  public MeasureStatus getStatus() {
    return MeasureStatus.PLANNED;
  }

  /**
   * Returns how far the measure is in place, in percent.
   *
   * @return 0–100; 0 by default
   * @since 0.1.0
   */
  @Value.Default
  @Min(0)
  @Max(100)
  public int getProgress() {
    return 0;
  }

  /**
   * Returns why the measure was given up, for an {@link MeasureStatus#ABANDONED} measure.
   *
   * @return the reason
   * @since 0.1.0
   */
  public abstract Optional<@Size(min = 1, max = 2000) String> getAbandonReason();

  /**
   * Returns the evidence that the measure is in place, in the order filed.
   *
   * @return the evidence, possibly empty
   * @since 0.1.0
   */
  public abstract List<@Valid Evidence> getEvidence();

  /**
   * Returns the supervisor's effectiveness reviews, in the order made.
   *
   * @return the reviews, possibly empty
   * @since 0.1.0
   */
  public abstract List<@Valid EffectivenessReview> getReviews();

  /**
   * Returns the status on a date: {@link MeasureStatus#OVERDUE} for a planned or in-progress
   * measure whose deadline lies before the date, otherwise the recorded status.
   *
   * @param date the date to judge against, e.g. today from the caller's clock
   * @return the status on that date
   * @since 0.1.0
   */
  public MeasureStatus statusOn(LocalDate date) {
    MeasureStatus s = getStatus();
    if (s != MeasureStatus.PLANNED && s != MeasureStatus.IN_PROGRESS) {
      return s;
    }
    Optional<LocalDate> deadline = getDeadline();
    return deadline.isPresent() && deadline.get().isBefore(date) ? MeasureStatus.OVERDUE : s;
  }

  /**
   * Returns the latest effectiveness review: the one with the latest date, the last recorded among
   * reviews of that date.
   *
   * @return the latest review, or empty if the measure has none
   * @since 0.1.0
   */
  public Optional<EffectivenessReview> latestReview() {
    EffectivenessReview latest = null;
    for (EffectivenessReview r : getReviews()) {
      if (latest == null || !r.getDate().isBefore(latest.getDate())) {
        latest = r;
      }
    }
    return Optional.ofNullable(latest);
  }

  @Value.Check
  void check() {
    Checks.id("Measure", "id", getId());
    if (!getStatus().isStorable()) {
      throw new IllegalArgumentException(
          "Measure.status must not be OVERDUE, which is derived from the deadline, in measure "
              + getId());
    }
    Checks.range("Measure", "progress", getProgress(), 0, 100);
    Optional<String> reason = getAbandonReason();
    if (reason.isPresent() && reason.get().isBlank()) {
      throw new IllegalArgumentException(
          "Measure.abandonReason must not be blank, in measure " + getId());
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measure}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
