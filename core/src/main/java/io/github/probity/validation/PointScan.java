package io.github.probity.validation;

import io.github.probity.model.Department;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a ledger's risk points and measures, shared by the standard {@link PointRule}s: the
 * ledger is large and memory-bound, so fetching each owner's points from memory once, rather than
 * once per rule, is what keeps validation at millions of points per second. Owner by owner (in
 * order of first appearance in the ledger) it hands the points to every point rule in turn,
 * recording what each reports, and gathers the aggregates that other rules need (power items with a
 * separation-of-duties measure, categories per department). Built once per {@link
 * ValidationContext}; immutable afterwards.
 */
final class PointScan {
  private static final List<PointRule> RULES = StandardRules.POINT_RULES;

  private final PointFindings[] found = new PointFindings[RULES.size()];
  private final Set<String> separated = new HashSet<>();
  private final Map<String, EnumSet<RiskCategory>> categories = new HashMap<>();

  static PointScan of(ValidationContext context) {
    return context.memo(PointScan.class, PointScan::new);
  }

  private PointScan(ValidationContext c) {
    Ledger l = c.getLedger();
    OwnerPoints owner = new OwnerPoints(l, c.today());
    for (int i = 0; i < found.length; i++) {
      found[i] = new PointFindings(owner);
    }
    String lastDepartment = null;
    EnumSet<RiskCategory> cats = EnumSet.noneOf(RiskCategory.class);
    for (Map.Entry<RiskOwner, List<RiskPoint>> e : l.riskPointsByOwner().entrySet()) {
      List<RiskPoint> points = e.getValue();
      owner.moveTo(e.getKey(), points);
      Department dept = owner.department();
      if (dept != null && !dept.getId().equals(lastDepartment)) {
        // a department's posts follow one another: look its set up once per run of owners
        lastDepartment = dept.getId();
        cats = categories.computeIfAbsent(dept.getId(), k -> EnumSet.noneOf(RiskCategory.class));
      }
      for (int i = 0; i < points.size(); i++) {
        RiskPoint rp = points.get(i);
        if (dept != null && rp.getCategory().isSpecified()) {
          cats.add(rp.getCategory());
        }
        separation(rp);
      }
      for (int r = 0; r < found.length; r++) {
        RULES.get(r).scan(owner, found[r]);
      }
    }
  }

  /** Records the point's power item if one of its measures separates duties. */
  private void separation(RiskPoint rp) {
    String powerItem = rp.getPowerItem().orElse(null);
    if (powerItem == null) {
      return;
    }
    List<Measure> measures = rp.getMeasures();
    for (int j = 0, n = measures.size(); j < n; j++) {
      if (measures.get(j).getType() == MeasureType.SEPARATION_OF_DUTIES) {
        separated.add(powerItem);
      }
    }
  }

  /** Reports the findings of one point rule. */
  void emit(PointRule rule, Findings out) {
    found[indexOf(rule)].emit(out);
  }

  private static int indexOf(PointRule rule) {
    for (int i = 0; i < RULES.size(); i++) {
      if (RULES.get(i) == rule) {
        return i;
      }
    }
    throw new IllegalArgumentException("not a standard point rule: " + rule.id());
  }

  /** Tells whether a risk point on the power item has a separation-of-duties measure. */
  boolean isSeparated(String powerItemId) {
    return separated.contains(powerItemId);
  }

  /** Returns how many categories the department's and its posts' points cover. */
  int categoriesOf(String departmentId) {
    @Nullable EnumSet<RiskCategory> c = categories.get(departmentId);
    return c == null ? 0 : c.size();
  }
}
