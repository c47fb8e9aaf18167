package io.github.probity.docx;

/**
 * A document number (发文字号) as official documents print it: the issuer's prefix (机关代字), the year in
 * hexagonal brackets and the serial without padding, e.g. {@code 示财纪〔2026〕3号}.
 *
 * <p>Invariants: the year has four digits, the serial is at least 1, the prefix has no brackets.
 * Immutable and thread-safe.
 *
 * @param prefix the issuer's prefix, possibly empty
 * @param year the year, 1000 to 9999
 * @param serial the serial number within the year, at least 1
 * @since 0.1.0
 */
public record DocumentNumber(String prefix, int year, int serial) {

  /**
   * Checks the parts.
   *
   * @param prefix the issuer's prefix, possibly empty
   * @param year the year, 1000 to 9999
   * @param serial the serial number within the year, at least 1
   * @throws IllegalArgumentException if a part is out of range
   */
  public DocumentNumber {
    prefix = prefix.strip();
    if (year < 1000 || year > 9999) {
      throw new IllegalArgumentException("DocumentNumber.year must have four digits, was " + year);
    }
    if (serial < 1) {
      throw new IllegalArgumentException("DocumentNumber.serial must be at least 1, was " + serial);
    }
    if (prefix.contains("〔") || prefix.contains("〕")) {
      throw new IllegalArgumentException(
          "DocumentNumber.prefix must not contain 〔 or 〕, was " + prefix);
    }
  }

  /**
   * Returns the number with the given parts.
   *
   * @param prefix the issuer's prefix, possibly empty
   * @param year the year
   * @param serial the serial number
   * @return the number
   */
  public static DocumentNumber of(String prefix, int year, int serial) {
    return new DocumentNumber(prefix, year, serial);
  }

  /** {@return the number as printed, e.g. {@code 示财纪〔2026〕3号}} */
  public String text() {
    return prefix + "〔" + year + "〕" + serial + "号";
  }

  @Override
  public String toString() {
    return text();
  }
}
