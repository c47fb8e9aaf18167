package io.github.probity.json;

import io.github.probity.finding.Finding;
import java.util.List;
import java.util.Map;

/**
 * A value read from a JSON document, with the warnings the read produced and the unknown properties
 * it kept aside (in lenient mode; both are empty in strict mode).
 *
 * <p>Immutable and thread-safe if the value is.
 *
 * @param <T> the value's type
 * @param value the value read
 * @param findings the warnings, in document order
 * @param unknownProperties unknown properties by JSON pointer, each value as compact JSON text; at
 *     most 1,048,576 characters in all, the first ones met (later ones are skipped with {@link
 *     JsonFindingCode#UNKNOWN_PROPERTY_SKIPPED})
 * @since 0.1.0
 */
public record ReadResult<T>(
    T value, List<Finding> findings, Map<String, String> unknownProperties) {

  /**
   * Copies the findings and unknown properties.
   *
   * @param value the value read
   * @param findings the warnings
   * @param unknownProperties the unknown properties by JSON pointer
   */
  public ReadResult {
    findings = List.copyOf(findings);
    unknownProperties =
        java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(unknownProperties));
  }
}
