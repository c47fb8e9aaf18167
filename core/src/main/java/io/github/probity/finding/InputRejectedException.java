package io.github.probity.finding;

import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when input from outside the program (a workbook, a JSON document, a plan) cannot be
 * accepted; it carries every {@link Finding} that says why, each located in the input's terms.
 *
 * <p>This is Probity's one policy for untrusted input: reading returns a result with findings when
 * it can, and throws this unchecked exception (or a subclass naming the kind of input) when it
 * cannot, or when a strict reader meets an error. A failure to read bytes at all, such as a missing
 * file, stays an {@link java.io.IOException}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public class InputRejectedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most findings the message lists; {@link #getFindings()} has them all. */
  private static final int MESSAGE_LIMIT = 20;

  /** Every finding that refused the input. */
  @SuppressWarnings("serial") // an immutable list
  private final List<Finding> findings;

  /**
   * Creates the exception.
   *
   * @param findings the findings that refused the input, at least one
   * @param cause the underlying failure, or {@code null}
   * @throws IllegalArgumentException if there is no finding
   */
  public InputRejectedException(List<Finding> findings, @Nullable Throwable cause) {
    super(message(findings), cause);
    this.findings = List.copyOf(findings);
  }

  private static String message(List<Finding> findings) {
    if (findings.isEmpty()) {
      throw new IllegalArgumentException("an input is rejected for at least one finding");
    }
    String listed =
        findings.stream()
            .limit(MESSAGE_LIMIT)
            .map(Finding::toString)
            .collect(Collectors.joining("\n  "));
    int more = findings.size() - MESSAGE_LIMIT;
    return more > 0 ? listed + "\n  … and " + more + " more" : listed;
  }

  /** {@return every finding that refused the input, in the order found} */
  public List<Finding> getFindings() {
    return findings;
  }
}
