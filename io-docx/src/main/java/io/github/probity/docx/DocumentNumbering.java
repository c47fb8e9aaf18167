package io.github.probity.docx;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * A sequence of document numbers for one prefix and year: {@code 示财纪〔2026〕1号}, {@code 2号}, …
 *
 * <p>The host keeps one per register and persists {@link #peek()} between runs. Thread-safe: each
 * call of {@link #next()} hands out a different serial.
 *
 * @since 0.1.0
 */
public final class DocumentNumbering {
  private final String prefix;
  private final int year;
  private final AtomicInteger next;

  private DocumentNumbering(String prefix, int year, int first) {
    DocumentNumber.of(prefix, year, first); // checks the parts
    this.prefix = prefix.strip();
    this.year = year;
    this.next = new AtomicInteger(first);
  }

  /**
   * Returns a sequence starting at the given serial.
   *
   * @param prefix the issuer's prefix, possibly empty
   * @param year the year
   * @param first the first serial to hand out, at least 1
   * @return the sequence
   * @throws IllegalArgumentException if a part is out of range
   */
  public static DocumentNumbering of(String prefix, int year, int first) {
    return new DocumentNumbering(prefix, year, first);
  }

  /**
   * Hands out the next number.
   *
   * @return the number
   */
  public DocumentNumber next() {
    return DocumentNumber.of(prefix, year, next.getAndIncrement());
  }

  /**
   * Returns the number {@link #next()} would hand out now, without taking it.
   *
   * @return the next number
   */
  public DocumentNumber peek() {
    return DocumentNumber.of(prefix, year, next.get());
  }
}
