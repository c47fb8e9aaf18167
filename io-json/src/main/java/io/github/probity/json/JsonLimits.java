package io.github.probity.json;

/**
 * Limits on the JSON a {@link ProbityJson} instance reads; input beyond any limit is rejected with
 * {@link JsonFindingCode#LIMIT_EXCEEDED} before it can exhaust memory.
 *
 * <p>They map onto Jackson's {@code StreamReadConstraints} of the instance's own factory, never the
 * JVM-wide defaults. The defaults admit a ledger of a few million risk points. Immutable and
 * thread-safe.
 *
 * @param maxNestingDepth the deepest nesting of objects and arrays, at least 16
 * @param maxStringLength the longest string value, in characters
 * @param maxNameLength the longest property name, in characters
 * @param maxDocumentLength the largest document, in bytes (or characters when read from text)
 * @param maxTokenCount the most tokens (names, values, brackets) in a document
 * @since 0.1.0
 */
public record JsonLimits(
    int maxNestingDepth,
    int maxStringLength,
    int maxNameLength,
    long maxDocumentLength,
    long maxTokenCount) {

  /** The deepest nesting a Probity document needs is 6 levels; this leaves room for extensions. */
  private static final int MIN_DEPTH = 16;

  /**
   * Checks the limits.
   *
   * @param maxNestingDepth the deepest nesting of objects and arrays, at least 16
   * @param maxStringLength the longest string value, in characters
   * @param maxNameLength the longest property name, in characters
   * @param maxDocumentLength the largest document, in bytes
   * @param maxTokenCount the most tokens in a document
   * @throws IllegalArgumentException if the depth is below 16 or any limit is not positive
   */
  public JsonLimits {
    if (maxNestingDepth < MIN_DEPTH) {
      throw new IllegalArgumentException(
          "maxNestingDepth must be at least " + MIN_DEPTH + ", was " + maxNestingDepth);
    }
    if (maxStringLength <= 0
        || maxNameLength <= 0
        || maxDocumentLength <= 0
        || maxTokenCount <= 0) {
      throw new IllegalArgumentException("JsonLimits must be positive: " + this);
    }
  }

  /**
   * Returns the default limits: depth 64, strings of 1,000,000 characters, names of 256 characters,
   * documents of 2 GiB and 500,000,000 tokens.
   *
   * @return the default limits
   */
  public static JsonLimits defaults() {
    return new JsonLimits(64, 1_000_000, 256, 2L << 30, 500_000_000L);
  }

  /**
   * Returns a copy with another maximum nesting depth.
   *
   * @param depth the deepest nesting, at least 16
   * @return the new limits
   */
  public JsonLimits withMaxNestingDepth(int depth) {
    return new JsonLimits(depth, maxStringLength, maxNameLength, maxDocumentLength, maxTokenCount);
  }

  /**
   * Returns a copy with another maximum string length.
   *
   * @param length the longest string value, in characters
   * @return the new limits
   */
  public JsonLimits withMaxStringLength(int length) {
    return new JsonLimits(maxNestingDepth, length, maxNameLength, maxDocumentLength, maxTokenCount);
  }

  /**
   * Returns a copy with another maximum document length.
   *
   * @param length the largest document, in bytes
   * @return the new limits
   */
  public JsonLimits withMaxDocumentLength(long length) {
    return new JsonLimits(maxNestingDepth, maxStringLength, maxNameLength, length, maxTokenCount);
  }

  /**
   * Returns a copy with another maximum token count.
   *
   * @param count the most tokens in a document
   * @return the new limits
   */
  public JsonLimits withMaxTokenCount(long count) {
    return new JsonLimits(
        maxNestingDepth, maxStringLength, maxNameLength, maxDocumentLength, count);
  }
}
