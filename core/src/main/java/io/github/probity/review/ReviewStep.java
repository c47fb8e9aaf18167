package io.github.probity.review;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One recorded transition of a review record: what was done, by whom, when, from which state to
 * which, with the actor's opinion, the reasons for a return and the publicity period when
 * publicising.
 *
 * <p>Invariants: exactly a {@link ReviewAction#RETURN} carries reasons, at least one; exactly a
 * {@link ReviewAction#PUBLICISE} carries its publicity; only {@link ReviewAction#DRAFT} has no
 * previous state. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReviewStep {
  ReviewStep() {}

  /** {@return the action taken} */
  public abstract ReviewAction getAction();

  /**
   * Returns the state before the action; empty for the first draft.
   *
   * @return the previous state
   */
  public abstract Optional<ReviewState> getFromState();

  /**
   * Returns the state after the action.
   *
   * @return the new state
   */
  public abstract ReviewState getToState();

  /** {@return the person id of who acted} */
  public abstract String getActor();

  /**
   * Returns when the action was taken, from the workflow's clock.
   *
   * @return the instant
   */
  public abstract Instant getAt();

  /** {@return the actor's opinion (意见), if given} */
  public abstract Optional<String> getOpinion();

  /**
   * Returns the reasons for a return; empty for other actions.
   *
   * @return the reasons, in order
   */
  public abstract List<String> getReasons();

  /** {@return the publicity period set by a {@link ReviewAction#PUBLICISE}} */
  public abstract Optional<Publicity> getPublicity();

  @Value.Check
  void check() {
    if ((getAction() == ReviewAction.RETURN) == getReasons().isEmpty()) {
      throw new IllegalArgumentException(
          "ReviewStep: exactly a RETURN carries reasons, at least one, was " + getAction());
    }
    if ((getAction() == ReviewAction.PUBLICISE) == getPublicity().isEmpty()) {
      throw new IllegalArgumentException(
          "ReviewStep: exactly a PUBLICISE carries its publicity, was " + getAction());
    }
    if ((getAction() == ReviewAction.DRAFT) != getFromState().isEmpty()) {
      throw new IllegalArgumentException(
          "ReviewStep: exactly the DRAFT action has no previous state, was " + getAction());
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewStep}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableReviewStep.Builder {
    Builder() {}
  }
}
