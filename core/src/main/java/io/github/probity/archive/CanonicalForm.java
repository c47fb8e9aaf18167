package io.github.probity.archive;

/**
 * Turns an archive's content into the bytes its revision hash is computed over.
 *
 * <p>Equal archives must give equal bytes, and different archives different bytes, on every JVM and
 * in every release that keeps the same {@link #id()}. The {@linkplain #builtIn() built-in} form is
 * a length-prefixed UTF-8 field encoding; a format module may supply another, such as canonical
 * JSON, under its own id. Implementations must be stateless and thread-safe.
 *
 * @since 0.1.0
 */
public interface CanonicalForm {

  /**
   * Returns the form's stable id, recorded in every revision sealed with it.
   *
   * @return the id, e.g. {@code probity-lp-1}
   */
  String id();

  /**
   * Encodes an archive's content.
   *
   * @param archive the archive
   * @return its canonical bytes
   */
  byte[] encode(Archive archive);

  /**
   * Returns the built-in form, id {@code probity-lp-1}: every field named, every string as a 4-byte
   * big-endian length and its UTF-8 bytes, lists counted, optionals flagged, maps in key order.
   *
   * @return the built-in form
   */
  static CanonicalForm builtIn() {
    return LengthPrefixedForm.INSTANCE;
  }
}
