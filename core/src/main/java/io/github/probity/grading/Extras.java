package io.github.probity.grading;

import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskPoint;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Looks up and scales the values of a policy's extra factors for the built-in graders. A value that
 * is missing, of the other kind or an undeclared code scales to NaN, which the graders treat as
 * absent. Stateless.
 */
final class Extras {
  private Extras() {}

  static @Nullable FactorValue value(
      ExtraFactor x, RiskPoint p, @Nullable RiskFactors f, Ledger ledger) {
    if (x.getScope() == ExtraFactor.Scope.POINT) {
      return f == null ? null : f.getExtra().get(x.getCode());
    }
    return ledger.getOwnerFactors().isEmpty()
        ? null
        : ledger.ownerFactors(p.getOwner()).get(x.getCode());
  }

  /** The value from already resolved maps (either may be null when the point has none). */
  static @Nullable FactorValue value(
      ExtraFactor x, @Nullable RiskFactors f, @Nullable Map<String, FactorValue> owner) {
    if (x.getScope() == ExtraFactor.Scope.POINT) {
      return f == null ? null : f.getExtra().get(x.getCode());
    }
    return owner == null ? null : owner.get(x.getCode());
  }

  static double scaled(ExtraFactor x, @Nullable FactorValue v) {
    return v == null ? Double.NaN : x.scaled(v);
  }

  /**
   * An extra factor's look-up and scaling prepared once for tight loops: the declaration read into
   * fields and a coded factor's scaled values by code, so that a point costs one map look-up for
   * its value and no allocation. Gives exactly {@link Extras#value} and {@link Extras#scaled}.
   * Immutable and thread-safe.
   */
  static final class Scale {
    /** The declaration. */
    final ExtraFactor factor;

    private final String code;
    private final boolean point;
    private final @Nullable Map<String, Double> byCode;
    private final double min;
    private final double max;
    private final boolean inverse;

    Scale(ExtraFactor x) {
      factor = x;
      code = x.getCode();
      point = x.getScope() == ExtraFactor.Scope.POINT;
      if (x.isCoded()) {
        Map<String, Double> codes = new java.util.HashMap<>();
        for (String c : x.getCodes().keySet()) {
          codes.put(c, x.scaled(FactorValue.ofCode(c)));
        }
        byCode = codes;
      } else {
        byCode = null;
      }
      min = x.getMin().orElse(0);
      max = x.getMax().orElse(1);
      inverse = x.isInverse();
    }

    /** Tells whether the factor is recorded per point (else per owner). */
    boolean isPoint() {
      return point;
    }

    /** The scaled value of a point with the given factors and owner values; NaN when absent. */
    double scaled(@Nullable RiskFactors f, @Nullable Map<String, FactorValue> owner) {
      Map<String, FactorValue> values = point ? (f == null ? null : f.getExtra()) : owner;
      if (values == null || values.isEmpty()) {
        return Double.NaN;
      }
      return scaled(values.get(code));
    }

    /** The scaled value of a recorded value; NaN when absent or not as declared. */
    double scaled(@Nullable FactorValue v) {
      if (v == null) {
        return Double.NaN;
      }
      // A coded value's text is its code.
      return scaled(v.numberOrNaN(), v.isNumber() ? null : v.toString());
    }

    /**
     * The scaled value of a recorded value given unboxed: its number (NaN when none) or its code
     * (null when none); NaN when absent or not as declared.
     */
    double scaled(double number, @Nullable String code) {
      Map<String, Double> codes = byCode;
      if (codes != null) {
        Double s = code == null ? null : codes.get(code);
        return s == null ? Double.NaN : s;
      }
      if (Double.isNaN(number)) {
        return number;
      }
      return ExtraFactor.scaleNumber(number, min, max, inverse);
    }
  }

  /** Resolves codes the parameters name against the policy's declarations. */
  static ExtraFactor[] declared(GradingPolicy policy, List<String> codes) {
    ExtraFactor[] out = new ExtraFactor[codes.size()];
    for (int i = 0; i < out.length; i++) {
      String code = codes.get(i);
      out[i] =
          policy
              .extraFactor(code)
              .orElseThrow(() -> new IllegalArgumentException("undeclared extra factor " + code));
    }
    return out;
  }

  /** The explanation of a value, in Chinese and English. */
  static String[] describe(ExtraFactor x, @Nullable FactorValue v, double scaled) {
    if (v == null) {
      return new String[] {x.getLabel() + " 未填报，不计入", x.getCode() + " not recorded, left out"};
    }
    if (Double.isNaN(scaled)) {
      return new String[] {
        x.getLabel() + " " + v + " 不在声明范围内，不计入",
        x.getCode() + " " + v + " not as declared, left out"
      };
    }
    String s = Explainer.num(scaled);
    return new String[] {
      x.getLabel() + " " + v + "，折合 " + s, x.getCode() + " " + v + ", scaled " + s
    };
  }
}
