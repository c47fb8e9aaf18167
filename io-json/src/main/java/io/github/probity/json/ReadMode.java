package io.github.probity.json;

/**
 * How strictly documents are read.
 *
 * <p>Both modes reject malformed JSON, duplicate keys, wrong types, values the model rejects and
 * documents over the configured {@link JsonLimits}.
 *
 * @since 0.1.0
 */
public enum ReadMode {
  /**
   * Only the canonical form is accepted: an unknown property, a {@code null} value or an enum value
   * that is not its stable code is an error.
   */
  STRICT,
  /**
   * Unknown properties are kept aside and reported, {@code null} stands for an absent optional
   * value, and enum values may be Chinese labels or documented synonyms ({@code 高} reads as {@code
   * HIGH}); each such leniency is reported as a warning.
   */
  LENIENT
}
