package io.github.probity.warning;

/**
 * Thrown when an action is not allowed in a disposition case's current state, e.g. archiving a case
 * that is still pending. The message names the case, the state and the action.
 *
 * @since 0.1.0
 */
public final class IllegalCaseTransitionException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The state the case was in. */
  private final CaseState state;

  /** The refused action. */
  private final CaseAction action;

  /**
   * Creates the exception.
   *
   * @param caseId the case id
   * @param state the case's state
   * @param action the refused action
   * @param why why it is refused
   */
  public IllegalCaseTransitionException(
      String caseId, CaseState state, CaseAction action, String why) {
    super(
        "case "
            + caseId
            + ": "
            + action.code()
            + " ("
            + action.displayName()
            + ") is not allowed in state "
            + state.code()
            + " ("
            + state.displayName()
            + "): "
            + why);
    this.state = state;
    this.action = action;
  }

  /** {@return the state the case was in} */
  public CaseState getState() {
    return state;
  }

  /** {@return the refused action} */
  public CaseAction getAction() {
    return action;
  }
}
