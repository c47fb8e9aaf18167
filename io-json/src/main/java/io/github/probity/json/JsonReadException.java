package io.github.probity.json;

import io.github.probity.validation.Severity;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a JSON document cannot be read; it carries every error found, each located by JSON
 * pointer and line and column. The message lists them in English.
 *
 * <p>Immutable and thread-safe.
 */
public final class JsonReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The most findings the message lists. */
  private static final int MESSAGE_LIMIT = 20;

  /** The findings: at least one error, possibly warnings found before it. */
  private final transient List<JsonFinding> findings;

  /**
   * Creates the exception.
   *
   * @param findings the findings, at least one
   * @param cause the underlying exception, or {@code null}
   */
  JsonReadException(List<JsonFinding> findings, @Nullable Throwable cause) {
    super(message(findings), cause);
    this.findings = List.copyOf(findings);
  }

  private static String message(List<JsonFinding> findings) {
    return findings.stream()
        .limit(MESSAGE_LIMIT)
        .map(JsonFinding::toString)
        .collect(Collectors.joining("\n  ", "Cannot read JSON document:\n  ", ""));
  }

  /**
   * Returns the findings: every error, and warnings found before them.
   *
   * @return the findings, in document order
   */
  public List<JsonFinding> getFindings() {
    return findings;
  }

  /**
   * Returns the first error.
   *
   * @return the first finding of severity {@link Severity#ERROR}
   */
  public JsonFinding firstError() {
    return findings.stream()
        .filter(f -> f.severity() == Severity.ERROR)
        .findFirst()
        .orElse(findings.get(0));
  }
}
