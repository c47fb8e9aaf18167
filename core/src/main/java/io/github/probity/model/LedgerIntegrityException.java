package io.github.probity.model;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown when a {@link Ledger} is built with duplicate ids or references to entities it does not
 * contain. It names every problem at once, each with its model path, so that a whole file's worth
 * of mistakes is reported in one pass.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LedgerIntegrityException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The most problems the message lists; {@link #getProblems()} has them all. */
  private static final int MESSAGE_LIMIT = 50;

  /** Every problem found. */
  @SuppressWarnings("serial") // an immutable list
  private final List<Problem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems found, at least one
   */
  public LedgerIntegrityException(List<Problem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<Problem> problems) {
    String listed =
        problems.stream()
            .limit(MESSAGE_LIMIT)
            .map(Problem::toString)
            .collect(Collectors.joining("\n  ", "\n  ", ""));
    String more =
        problems.size() > MESSAGE_LIMIT
            ? "\n  … and " + (problems.size() - MESSAGE_LIMIT) + " more"
            : "";
    return "Ledger has " + problems.size() + " integrity problem(s):" + listed + more;
  }

  /**
   * Returns every problem found.
   *
   * @return the problems, in the order found
   */
  public List<Problem> getProblems() {
    return problems;
  }

  /**
   * What kind of integrity problem: each is reported with the offending value, so that readers can
   * word it in the user's language.
   *
   * @since 0.1.0
   */
  public enum Kind {
    /** Two entities of one collection share an id (or a leader or measure is listed twice). */
    DUPLICATE_ID,
    /** A reference names an entity that the ledger does not contain. */
    UNKNOWN_REFERENCE
  }

  /**
   * One integrity problem: where it is, what kind, the offending value and an English description.
   *
   * @param path the model path, e.g. {@code riskPoints[RP-0042].owner}
   * @param kind what kind of problem
   * @param value the duplicate id or the reference that does not resolve
   * @param message what is wrong in English, naming the offending value, e.g. {@code unknown
   *     department 'D9'}; for messages in the user's language use {@code kind} and {@code value}
   */
  public record Problem(String path, Kind kind, String value, String message) {
    @Override
    public String toString() {
      return path + ": " + message;
    }
  }
}
