package io.github.probity.json;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.github.probity.finding.Finding;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A located read problem raised inside the model deserializers. It is a Jackson exception, so that
 * a host's {@code ObjectMapper} reports it like any other, and carries the findings for {@link
 * ProbityJson}.
 */
final class DocumentProblem extends JsonMappingException {
  private static final long serialVersionUID = 1L;

  /** The findings, at least one error. */
  private final transient List<Finding> findings;

  DocumentProblem(List<Finding> findings, @Nullable JsonLocation location) {
    super(null, findings.get(0).toString(), location);
    this.findings = List.copyOf(findings);
  }

  List<Finding> findings() {
    return findings;
  }
}
