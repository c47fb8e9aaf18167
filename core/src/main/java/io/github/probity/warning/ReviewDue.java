package io.github.probity.warning;

import io.github.probity.model.RiskLevel;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A supervision review of one risk point that is due (督查到期): the point, its level, its supervisor,
 * the last review and the due date; for an effectiveness review (措施有效性评估) also the measure
 * reviewed.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReviewDue {
  ReviewDue() {}

  /**
   * Returns the risk point's id.
   *
   * @return the risk point id
   */
  public abstract String getRiskPoint();

  /**
   * Returns the id of the measure whose effectiveness is to be reviewed; empty for a review of the
   * point as a whole.
   *
   * @return the measure id
   * @since 0.1.0
   */
  public abstract Optional<String> getMeasure();

  /** {@return the level the cadence was taken from (高 for a point still to be graded)} */
  public abstract RiskLevel getLevel();

  /** {@return the supervisor's person id, if one can be derived} */
  public abstract Optional<String> getSupervisor();

  /**
   * Returns the date of the last review, if any.
   *
   * @return the last review date
   */
  public abstract Optional<LocalDate> getLastReview();

  /** {@return the date the review falls due} */
  public abstract LocalDate getDueDate();

  /**
   * Tells whether the review is overdue: its due date is before the date asked about.
   *
   * @return {@code true} if overdue
   */
  public abstract boolean isOverdue();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewDue}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableReviewDue.Builder {
    Builder() {}
  }
}
