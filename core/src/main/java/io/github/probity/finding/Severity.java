package io.github.probity.finding;

import io.github.probity.model.Coded;
import io.github.probity.model.InvalidCodeException;
import java.util.List;
import java.util.Locale;

/**
 * How grave a {@link Finding} is. Only {@link #ERROR} makes a validation report invalid or a strict
 * reader refuse its input.
 *
 * @since 0.1.0
 */
public enum Severity implements Coded {
  /** The ledger must not be filed until it is fixed. */
  ERROR("ERROR", "错误", 3),
  /** Probably a mistake or a gap; the ledger may still be filed. */
  WARNING("WARNING", "警告", 2),
  /** A hint for the person filling in the ledger. */
  INFO("INFO", "提示", 1);

  private final String code;
  private final String label;
  private final int rank;

  Severity(String code, String label, int rank) {
    this.code = code;
    this.label = label;
    this.rank = rank;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return label;
  }

  /** {@return the rank: 3 for {@link #ERROR}, 2 for {@link #WARNING}, 1 for {@link #INFO}} */
  public int rank() {
    return rank;
  }

  /**
   * Tells whether this severity is the same as or graver than another.
   *
   * @param other the severity to compare with
   * @return {@code true} if {@code rank() >= other.rank()}
   */
  public boolean isAtLeast(Severity other) {
    return rank >= other.rank;
  }

  /**
   * Parses a code or label ({@code ERROR} / {@code 错误} …), ignoring case and surrounding spaces.
   *
   * @param text the text to parse
   * @return the severity
   * @throws InvalidCodeException if the text names no severity; the message lists the valid values
   */
  public static Severity parse(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    for (Severity s : values()) {
      if (s.code.equals(t) || s.label.equals(t)) {
        return s;
      }
    }
    throw new InvalidCodeException(
        "严重程度 (Severity)", text, List.of("ERROR(错误)", "WARNING(警告)", "INFO(提示)"));
  }
}
