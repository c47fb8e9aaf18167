package io.github.probity.validation;

import io.github.probity.finding.Location.ModelPath;
import io.github.probity.finding.Severity;
import io.github.probity.grading.ExtraFactor;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.Map;

/**
 * {@code PR-FACTOR-001}: the values of extra grading factors fit the grading policy's declarations
 * ({@link GradingPolicy#getExtraFactors()}): a number within the declared range (whole where
 * required), a code among the declared ones, a value recorded where the factor's scope says (on a
 * point or on an owner) and only for a declared factor ({@code .undeclared}); a number in range but
 * not whole where the factor counts is {@code .whole}. Active only when the context carries a
 * policy ({@link ValidationContext#withPolicy}). Stateless and thread-safe.
 */
final class ExtraFactorValues extends StandardRule {
  static final String ID = "PR-FACTOR-001";
  static final String UNDECLARED = ID + ".undeclared";
  static final String WHOLE = ID + ".whole";

  ExtraFactorValues() {
    super(ID, Severity.ERROR, ID, UNDECLARED, WHOLE);
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    GradingPolicy policy = c.getPolicy().orElse(null);
    if (policy == null) {
      return;
    }
    Ledger l = c.getLedger();
    for (RiskPoint p : l.getRiskPoints()) {
      if (p.getFactors().isPresent() && !p.getFactors().get().getExtra().isEmpty()) {
        ModelPath at = Paths.riskPoint(l, p).property("factors").property("extra");
        values(policy, ExtraFactor.Scope.POINT, p.getFactors().get().getExtra(), at, p.getId(), f);
      }
    }
    for (Map.Entry<RiskOwner, Map<String, FactorValue>> e : l.getOwnerFactors().entrySet()) {
      ModelPath at = Paths.owner(l, e.getKey()).property("factors");
      values(policy, ExtraFactor.Scope.OWNER, e.getValue(), at, e.getKey().toString(), f);
    }
  }

  /** A number within the range that fails only because it is not whole. */
  private static boolean wholeOnly(ExtraFactor x, FactorValue v) {
    double n = v.numberOrNaN();
    return x.isInteger()
        && !x.isCoded()
        && n >= x.getMin().orElse(0)
        && n <= x.getMax().orElse(0)
        && n != Math.rint(n);
  }

  private static void values(
      GradingPolicy policy,
      ExtraFactor.Scope scope,
      Map<String, FactorValue> values,
      ModelPath at,
      String where,
      Findings f) {
    for (Map.Entry<String, FactorValue> v : values.entrySet()) {
      ExtraFactor x = policy.extraFactor(v.getKey()).orElse(null);
      if (x == null || x.getScope() != scope) {
        f.add(at.property(v.getKey()), UNDECLARED, v.getKey(), v.getValue(), where, policy.getId());
      } else if (!x.accepts(v.getValue())) {
        f.add(
            at.property(v.getKey()),
            wholeOnly(x, v.getValue()) ? WHOLE : ID,
            x.getLabel(),
            x.getCode(),
            v.getValue(),
            x.describe(),
            where);
      }
    }
  }
}
