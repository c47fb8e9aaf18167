package io.github.probity.json;

import io.github.probity.finding.Finding;
import io.github.probity.finding.InputRejectedException;
import io.github.probity.finding.Severity;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Thrown when a JSON document cannot be read; it carries every error found, each a {@link Finding}
 * of a {@link JsonFindingCode} located by JSON pointer, line and column. The message lists them in
 * English.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class JsonReadException extends InputRejectedException {
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param findings the findings, at least one error, possibly warnings found before it
   * @param cause the underlying exception, or {@code null}
   */
  JsonReadException(List<Finding> findings, @Nullable Throwable cause) {
    super(findings, cause);
  }

  /**
   * Returns the first error.
   *
   * @return the first finding of severity {@link Severity#ERROR}
   */
  public Finding firstError() {
    List<Finding> findings = getFindings();
    return findings.stream()
        .filter(f -> f.getSeverity() == Severity.ERROR)
        .findFirst()
        .orElse(findings.get(0));
  }
}
