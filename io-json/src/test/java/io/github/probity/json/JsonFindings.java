package io.github.probity.json;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.finding.Severity;
import io.github.probity.validation.Rule;
import java.util.List;

/** Reads the JSON location of a finding in tests. */
final class JsonFindings {
  private JsonFindings() {}

  static Location.JsonPointer at(Finding f) {
    return (Location.JsonPointer) f.getLocation();
  }

  static String pointer(Finding f) {
    return at(f).pointer();
  }

  static int line(Finding f) {
    return at(f).line();
  }

  static int column(Finding f) {
    return at(f).column();
  }

  /** A rule's finding as a rule set reports it. */
  static Finding violation(
      String ruleId, Severity severity, String path, String key, List<?> arguments) {
    return Finding.builder()
        .code(Rule.code(ruleId, severity))
        .location(Location.modelPath(path))
        .messageKey(key)
        .addAllArguments(arguments)
        .build();
  }
}
