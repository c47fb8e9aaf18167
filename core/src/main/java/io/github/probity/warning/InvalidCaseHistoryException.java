package io.github.probity.warning;

import java.util.OptionalInt;

/**
 * Thrown when a stored disposition case cannot be restored because its recorded history is not a
 * legal sequence of states and steps: it does not start with the opening, an event's state does not
 * follow from the one before, an action is not allowed where it stands, or times go backwards. The
 * message names the case, the event's position and why.
 *
 * @since 0.1.0
 */
public final class InvalidCaseHistoryException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The case's id. */
  private final String caseId;

  /** The 0-based position of the offending event, or -1 for the history as a whole. */
  private final int eventIndex;

  /**
   * Creates the exception.
   *
   * @param caseId the case id
   * @param eventIndex the 0-based position of the offending event, or -1 for the whole history
   * @param why why the history is refused
   */
  public InvalidCaseHistoryException(String caseId, int eventIndex, String why) {
    super("case " + caseId + (eventIndex >= 0 ? ", history[" + eventIndex + "]" : "") + ": " + why);
    this.caseId = caseId;
    this.eventIndex = eventIndex;
  }

  /** {@return the case's id} */
  public String getCaseId() {
    return caseId;
  }

  /**
   * Returns the 0-based position of the offending event in the history.
   *
   * @return the position, or empty when the history as a whole is refused
   */
  public OptionalInt getEventIndex() {
    return eventIndex < 0 ? OptionalInt.empty() : OptionalInt.of(eventIndex);
  }
}
