package io.github.probity.review;

import io.github.probity.model.Coded;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a review action is refused: it is not a transition from the record's state, the actor
 * may not perform it, or its data break the policy. The message names the measure, the action, the
 * state and, for a wrong actor, who may act.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReviewRefusedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Why an action was refused. */
  public enum Reason implements Coded {
    /** The action is not a transition from the current state for the owner's scope. */
    ILLEGAL_TRANSITION("ILLEGAL_TRANSITION", "不允许的流转"),
    /** The actor may not perform the action for this owner. */
    WRONG_ACTOR("WRONG_ACTOR", "无权操作"),
    /** The publicity period is shorter than the policy's minimum. */
    PUBLICITY_TOO_SHORT("PUBLICITY_TOO_SHORT", "公示期不足"),
    /** The publicity period has not ended yet. */
    PUBLICITY_NOT_ENDED("PUBLICITY_NOT_ENDED", "公示期未满"),
    /** A return without a reason. */
    REASON_MISSING("REASON_MISSING", "缺少退回理由"),
    /** The measure is not in the ledger, or not of the record's risk point and owner. */
    UNKNOWN_MEASURE("UNKNOWN_MEASURE", "措施不存在");

    private final String code;
    private final String label;

    Reason(String code, String label) {
      this.code = code;
      this.label = label;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String displayName() {
      return label;
    }
  }

  /** Why the action was refused. */
  private final Reason reason;

  /** The refused action. */
  private final ReviewAction action;

  /** The state of the record, absent for a refused first draft. */
  private final @Nullable ReviewState state;

  /**
   * Creates the exception.
   *
   * @param reason why the action was refused
   * @param action the refused action
   * @param state the record's state, or empty for a refused first draft
   * @param message the full message
   */
  public ReviewRefusedException(
      Reason reason, ReviewAction action, Optional<ReviewState> state, String message) {
    super(message);
    this.reason = reason;
    this.action = action;
    this.state = state.orElse(null);
  }

  /** {@return why the action was refused} */
  public Reason getReason() {
    return reason;
  }

  /** {@return the refused action} */
  public ReviewAction getAction() {
    return action;
  }

  /**
   * Returns the record's state when the action was refused.
   *
   * @return the state, or empty for a refused first draft
   */
  public Optional<ReviewState> getState() {
    return Optional.ofNullable(state);
  }
}
