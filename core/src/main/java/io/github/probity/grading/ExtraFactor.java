package io.github.probity.grading;

import io.github.probity.internal.Codes;
import io.github.probity.model.Coded;
import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskFactors;
import java.util.Map;
import java.util.OptionalDouble;
import org.immutables.value.Value;

/**
 * A grading factor of a unit's own that its {@link GradingPolicy} declares, beyond the built-in
 * {@link Factor}s: for instance a leader's 民主评议 score (numeric, 0–100) or the number of petitions
 * counted on a post. A factor has a stable code (upper-case ASCII, e.g. {@code APPRAISAL}), a
 * Chinese label (e.g. {@code 民主评议得分}, also the workbook column header) and a scope:
 *
 * <ul>
 *   <li>{@link Scope#POINT}: one value per risk point, carried by {@link RiskFactors#getExtra()};
 *   <li>{@link Scope#OWNER}: one value per risk owner (leader, post, department or leadership
 *       group), carried by {@link Ledger#getOwnerFactors()} and shared by all the owner's points.
 * </ul>
 *
 * <p>A factor is <em>numeric</em> (a decimal number within {@code [min, max]}, optionally whole) or
 * <em>coded</em> (one of its {@link #getCodes() codes}, listed from the lowest risk to the
 * highest). Graders that weigh factors on the 1–5 scale use {@link #scaled(FactorValue)}: a number
 * maps linearly from {@code [min, max]} onto 1–5 (reversed when {@link #isInverse()}: a higher
 * value means a lower risk, as with an appraisal score), a code by its position in the list.
 *
 * <p>Invariants, checked on construction: code upper-case ASCII letters, digits and underscores,
 * not a built-in factor's code; label non-blank; either codes (at least two, each non-blank) or a
 * range with {@code min < max}, not both. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ExtraFactor {
  ExtraFactor() {}

  /**
   * Where an extra factor's value is recorded.
   *
   * @since 0.1.0
   */
  public enum Scope implements Coded {
    /** One value per risk point (风险点). */
    POINT("POINT", "风险点"),
    /** One value per risk owner (责任主体): leader, post, department or leadership group. */
    OWNER("OWNER", "责任主体");

    private static final Codes<Scope> CODES = Codes.of("因素适用对象 (ExtraFactor.Scope)", Scope.class);

    private final String code;
    private final String label;

    Scope(String code, String label) {
      this.code = code;
      this.label = label;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String displayName() {
      return label;
    }

    /**
     * Parses a code or Chinese label, ignoring case and surrounding spaces.
     *
     * @param text the text
     * @return the scope
     * @throws io.github.probity.model.InvalidCodeException if the text names no scope
     */
    public static Scope parse(String text) {
      return CODES.parse(text);
    }
  }

  /** {@return the stable code, e.g. {@code APPRAISAL}} */
  public abstract String getCode();

  /** {@return the Chinese label, e.g. {@code 民主评议得分}; also the workbook column header} */
  public abstract String getLabel();

  /** {@return where the value is recorded} */
  public abstract Scope getScope();

  /** {@return the lowest allowed number of a numeric factor; empty for a coded one} */
  public abstract OptionalDouble getMin();

  /** {@return the highest allowed number of a numeric factor; empty for a coded one} */
  public abstract OptionalDouble getMax();

  /** {@return whether a numeric factor takes whole numbers only (e.g. a count)} */
  @Value.Default
  public boolean isInteger() {
    return false;
  }

  /** {@return whether a higher number means a lower risk (e.g. an appraisal score)} */
  @Value.Default
  public boolean isInverse() {
    return false;
  }

  /**
   * Returns the codes of a coded factor with their Chinese labels, from the lowest risk to the
   * highest.
   *
   * @return the labels by code, in order; empty for a numeric factor
   */
  public abstract Map<String, String> getCodes();

  /** {@return {@code true} if the factor is coded rather than numeric} */
  public boolean isCoded() {
    return !getCodes().isEmpty();
  }

  /**
   * Tells whether a value fits the declaration: a number within the range (whole if required) for a
   * numeric factor, a declared code for a coded one.
   *
   * @param value the value
   * @return {@code true} if it fits
   */
  public boolean accepts(FactorValue value) {
    if (isCoded()) {
      return value.code().isPresent() && getCodes().containsKey(value.code().get());
    }
    double v = value.numberOrNaN();
    return v >= getMin().orElse(0)
        && v <= getMax().orElse(0)
        && (!isInteger() || v == Math.rint(v));
  }

  /**
   * Maps a value onto the 1–5 scale of the built-in factors: a number linearly from its range
   * (clamped to it; reversed when {@link #isInverse()}), a code by its position in {@link
   * #getCodes()} (the first 1, the last 5).
   *
   * @param value the value
   * @return 1–5, or NaN if the value is of the other kind or an undeclared code
   */
  public double scaled(FactorValue value) {
    if (isCoded()) {
      if (value.code().isEmpty()) {
        return Double.NaN;
      }
      int i = 0;
      for (String c : getCodes().keySet()) {
        if (c.equals(value.code().get())) {
          return 1.0 + 4.0 * i / (getCodes().size() - 1);
        }
        i++;
      }
      return Double.NaN;
    }
    double v = value.numberOrNaN();
    if (Double.isNaN(v)) {
      return v;
    }
    return scaleNumber(v, getMin().orElse(0), getMax().orElse(1), isInverse());
  }

  /** A number mapped linearly from {@code [min, max]} (clamped) onto 1–5, reversed if inverse. */
  static double scaleNumber(double v, double min, double max, boolean inverse) {
    double t = (Math.max(min, Math.min(max, v)) - min) / (max - min);
    return 1.0 + 4.0 * (inverse ? 1.0 - t : t);
  }

  /** {@return the range or codes as text for messages, e.g. {@code 0–100} or {@code A, B, C}} */
  public String describe() {
    if (isCoded()) {
      return String.join(", ", getCodes().keySet());
    }
    return FactorValue.of(getMin().orElse(0)) + "–" + FactorValue.of(getMax().orElse(0));
  }

  @Value.Check
  void check() {
    String code = getCode();
    if (!code.matches("[A-Z][A-Z0-9_]*")) {
      throw new IllegalArgumentException(
          "ExtraFactor.code must be upper-case ASCII letters, digits and underscores, was '"
              + code
              + "'");
    }
    for (Factor f : Factor.values()) {
      if (f.code().equals(code)) {
        throw new IllegalArgumentException(
            "ExtraFactor.code must not be a built-in factor's code, was " + code);
      }
    }
    if (getLabel().isBlank() || !getLabel().equals(getLabel().strip())) {
      throw new IllegalArgumentException(
          "ExtraFactor " + code + ": label must be non-blank without surrounding spaces");
    }
    boolean ranged = getMin().isPresent() || getMax().isPresent();
    if (isCoded()) {
      if (ranged || getCodes().size() < 2) {
        throw new IllegalArgumentException(
            "ExtraFactor " + code + ": a coded factor has at least two codes and no range");
      }
      for (Map.Entry<String, String> e : getCodes().entrySet()) {
        if (e.getKey().isBlank()
            || !e.getKey().equals(e.getKey().strip())
            || e.getValue().isBlank()) {
          throw new IllegalArgumentException(
              "ExtraFactor " + code + ": codes and their labels must be non-blank");
        }
      }
    } else {
      double min = getMin().orElse(Double.NaN);
      double max = getMax().orElse(Double.NaN);
      if (!(Double.isFinite(min) && Double.isFinite(max) && min < max)) {
        throw new IllegalArgumentException(
            "ExtraFactor " + code + ": a numeric factor needs a finite range min < max");
      }
    }
  }

  /**
   * Returns a numeric factor.
   *
   * @param code the code
   * @param label the Chinese label
   * @param scope where values are recorded
   * @param min the lowest value
   * @param max the highest value
   * @return the factor
   */
  public static ExtraFactor numeric(
      String code, String label, Scope scope, double min, double max) {
    return builder().code(code).label(label).scope(scope).min(min).max(max).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ExtraFactor}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableExtraFactor.Builder {
    Builder() {}
  }
}
