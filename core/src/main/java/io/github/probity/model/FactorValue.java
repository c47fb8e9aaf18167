package io.github.probity.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import org.jspecify.annotations.Nullable;

/**
 * The value of an extra grading factor that a unit's grading policy declares (for instance a 民主评议
 * score or the number of petitions on a post): either a number or a code. Which of the two a factor
 * takes, its range and its codes are the policy's declaration; the model only carries the value,
 * and validation checks it against the declaration.
 *
 * <p>Invariant: exactly one of {@link #number()} and {@link #code()} is present; a number is
 * finite, a code non-blank without surrounding spaces. Equal values are equal. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class FactorValue {
  private final double number;
  private final @Nullable String code;

  private FactorValue(double number, @Nullable String code) {
    this.number = number;
    this.code = code;
  }

  /**
   * Returns a numeric value.
   *
   * @param value the number, finite
   * @return the value
   * @throws IllegalArgumentException if the number is not finite
   */
  public static FactorValue of(double value) {
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException("FactorValue must be finite, was " + value);
    }
    // Normalise -0.0 so that equal numbers are equal values.
    return new FactorValue(value == 0.0 ? 0.0 : value, null);
  }

  /**
   * Returns a coded value.
   *
   * @param code the code, non-blank without surrounding spaces
   * @return the value
   * @throws IllegalArgumentException if the code is blank or has surrounding spaces
   */
  public static FactorValue ofCode(String code) {
    if (code.isBlank() || !code.equals(code.strip())) {
      throw new IllegalArgumentException(
          "FactorValue code must be non-blank without surrounding spaces, was '" + code + "'");
    }
    return new FactorValue(Double.NaN, code);
  }

  /** {@return the number, if this is a numeric value} */
  public OptionalDouble number() {
    return code == null ? OptionalDouble.of(number) : OptionalDouble.empty();
  }

  /** {@return the code, if this is a coded value} */
  public Optional<String> code() {
    return Optional.ofNullable(code);
  }

  /** {@return {@code true} if this is a numeric value} */
  public boolean isNumber() {
    return code == null;
  }

  /** {@return the number, or NaN for a coded value; for tight loops that avoid boxing} */
  public double numberOrNaN() {
    return code == null ? number : Double.NaN;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof FactorValue)) {
      return false;
    }
    FactorValue v = (FactorValue) o;
    return Objects.equals(code, v.code) && (code != null || Double.compare(number, v.number) == 0);
  }

  @Override
  public int hashCode() {
    return code != null ? code.hashCode() : Double.hashCode(number);
  }

  /**
   * {@return the number in its shortest decimal form (integers without a fraction), or the code}
   */
  @Override
  public String toString() {
    if (code != null) {
      return code;
    }
    return number == Math.rint(number) && Math.abs(number) < 1e15
        ? Long.toString((long) number)
        : Double.toString(number);
  }
}
