package io.github.probity.review;

import io.github.probity.model.RiskOwner;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The review record of one measure: which measure, of which risk point and owner, and the trail of
 * every transition it went through. Its state is the state the last step led to.
 *
 * <p>Kept alongside the ledger and keyed by measure id. Invariants: the trail is non-empty, begins
 * with {@link ReviewAction#DRAFT}, and each step starts from the state the previous one led to.
 * Records are changed only through a {@link ReviewWorkflow}, which returns a new record per
 * transition. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReviewRecord {
  ReviewRecord() {}

  /** {@return the id of the measure under review} */
  public abstract String getMeasureId();

  /** {@return the id of the risk point the measure belongs to} */
  public abstract String getRiskPointId();

  /** {@return the owner of the risk point, whose scope decides who drafts and who reviews} */
  public abstract RiskOwner getOwner();

  /**
   * Returns every transition, oldest first.
   *
   * @return the trail, non-empty
   */
  public abstract List<ReviewStep> getTrail();

  /** {@return the current state: where the last step led} */
  public ReviewState state() {
    return last().getToState();
  }

  /**
   * Returns the last step of the trail.
   *
   * @return the last step
   */
  public ReviewStep last() {
    return getTrail().get(getTrail().size() - 1);
  }

  /**
   * Returns the step of the last given action, if any.
   *
   * @param action an action
   * @return the latest such step
   */
  public Optional<ReviewStep> lastStep(ReviewAction action) {
    for (int i = getTrail().size() - 1; i >= 0; i--) {
      ReviewStep step = getTrail().get(i);
      if (step.getAction() == action) {
        return Optional.of(step);
      }
    }
    return Optional.empty();
  }

  /** {@return the current publicity period: the one set since the last draft or redraft, if any} */
  public Optional<Publicity> publicity() {
    for (int i = getTrail().size() - 1; i >= 0; i--) {
      ReviewStep step = getTrail().get(i);
      if (step.getAction() == ReviewAction.DRAFT || step.getAction() == ReviewAction.REDRAFT) {
        return Optional.empty();
      }
      if (step.getPublicity().isPresent()) {
        return step.getPublicity();
      }
    }
    return Optional.empty();
  }

  /**
   * Returns the date the record entered its current state, in the given zone.
   *
   * @param zone the zone of the unit
   * @return the date of the last step
   */
  public LocalDate since(ZoneId zone) {
    return LocalDate.ofInstant(last().getAt(), zone);
  }

  @Value.Check
  void check() {
    if (getTrail().isEmpty()) {
      throw new IllegalArgumentException(
          "ReviewRecord.trail must not be empty, for measure " + getMeasureId());
    }
    if (getTrail().get(0).getAction() != ReviewAction.DRAFT) {
      throw new IllegalArgumentException(
          "ReviewRecord.trail must begin with DRAFT, for measure " + getMeasureId());
    }
    for (int i = 1; i < getTrail().size(); i++) {
      ReviewState before = getTrail().get(i - 1).getToState();
      Optional<ReviewState> from = getTrail().get(i).getFromState();
      if (from.isEmpty() || from.get() != before) {
        throw new IllegalArgumentException(
            "ReviewRecord.trail["
                + i
                + "] starts from "
                + from.map(ReviewState::code).orElse("nothing")
                + " but the previous step led to "
                + before.code()
                + ", for measure "
                + getMeasureId());
      }
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewRecord}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableReviewRecord.Builder {
    Builder() {}
  }
}
