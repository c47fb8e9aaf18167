package io.github.probity.grading;

import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Applies a list of override rules: every matching ceiling first, then every matching floor. */
final class Overrides {
  private final OverrideRule[] rules;

  /** Each rule described for explanations, in Chinese and English, built once. */
  private final Map<OverrideRule, String[]> descriptions = new IdentityHashMap<>();

  /** Each rule's ceiling and floor, or null, by rule index. */
  private final @Nullable RiskLevel[] ceilings;

  private final @Nullable RiskLevel[] floors;

  Overrides(List<OverrideRule> rules) {
    this.rules = rules.toArray(new OverrideRule[0]);
    this.ceilings = new RiskLevel[this.rules.length];
    this.floors = new RiskLevel[this.rules.length];
    for (int k = 0; k < this.rules.length; k++) {
      ceilings[k] = this.rules[k].getCeiling().orElse(null);
      floors[k] = this.rules[k].getFloor().orElse(null);
    }
    for (OverrideRule r : this.rules) {
      descriptions.put(r, new String[] {describe(r, true), describe(r, false)});
    }
  }

  boolean isEmpty() {
    return rules.length == 0;
  }

  boolean isMonotone() {
    for (OverrideRule r : rules) {
      if (r.getCeiling().isPresent() && r.getCondition().readsFactors()) {
        return false;
      }
    }
    return true;
  }

  RiskLevel apply(
      RiskLevel base,
      RiskPoint p,
      GradingContext c,
      @Nullable RiskFactors f,
      @Nullable PowerItem item,
      @Nullable Explainer out) {
    RiskLevel level = base;
    for (OverrideRule r : rules) {
      if (r.getCeiling().isPresent() && matches(r, p, c, f, item)) {
        RiskLevel cap = r.getCeiling().get();
        RiskLevel next = level.rank() > cap.rank() ? cap : level;
        explain(out, r, "ceiling", "不高于", "at most", cap, level, next);
        level = next;
      }
    }
    for (OverrideRule r : rules) {
      if (r.getFloor().isPresent() && matches(r, p, c, f, item)) {
        RiskLevel floor = r.getFloor().get();
        RiskLevel next = RiskLevel.max(level, floor);
        explain(out, r, "floor", "不低于", "at least", floor, level, next);
        level = next;
      }
    }
    return level;
  }

  /**
   * Applies the rules to the {@code i}-th point of a resolved ledger, without explanation: equal to
   * {@link #apply} for that point, reading the resolved values instead of the point.
   */
  RiskLevel applyAt(RiskLevel base, Resolved r, int i, GradingContext c) {
    RiskLevel level = base;
    for (int k = 0; k < rules.length; k++) {
      RiskLevel cap = ceilings[k];
      if (cap != null && level.rank() > cap.rank() && matchesAt(rules[k], r, i, c)) {
        level = cap;
      }
    }
    for (int k = 0; k < rules.length; k++) {
      RiskLevel floor = floors[k];
      if (floor != null && level.rank() < floor.rank() && matchesAt(rules[k], r, i, c)) {
        level = floor;
      }
    }
    return level;
  }

  private static boolean matchesAt(OverrideRule rule, Resolved r, int i, GradingContext c) {
    switch (rule.getCondition()) {
      case MAJOR_MATTER:
        return r.majorMatter(i);
      case MAJOR_INFLUENCE:
        return r.importance(i) >= 5;
      case UNLIMITED_DISCRETION:
        return r.discretion(i) >= 5;
      case PRIOR_MISCONDUCT:
        return c.hasPriorMisconduct(r.point(i));
      case POWER_KIND:
        PowerItem item = r.item(i);
        return item != null && rule.getPowerKinds().contains(item.getKind());
      default:
        return rule.getScopes().contains(r.point(i).getOwner().getScope());
    }
  }

  private void explain(
      @Nullable Explainer out,
      OverrideRule r,
      String kind,
      String zhBound,
      String enBound,
      RiskLevel bound,
      RiskLevel before,
      RiskLevel after) {
    if (out == null) {
      return;
    }
    String[] what = Objects.requireNonNull(descriptions.get(r));
    String zhWhat = what[0];
    String enWhat = what[1];
    String zhEffect =
        before == after
            ? "等级" + after.displayName() + "不变"
            : "等级由" + before.displayName() + "调整为" + after.displayName();
    String enEffect =
        before == after
            ? "level stays " + after.code()
            : "level changed from " + before.code() + " to " + after.code();
    out.add(
        "override." + kind + "." + r.getCondition().code(),
        "适用调整规则「" + zhWhat + "」：" + zhBound + bound.displayName() + "，" + zhEffect,
        "override " + enWhat + " applies: " + enBound + " " + bound.code() + ", " + enEffect);
  }

  private static String describe(OverrideRule r, boolean zh) {
    StringBuilder b =
        new StringBuilder(zh ? r.getCondition().displayName() : r.getCondition().code());
    if (!r.getPowerKinds().isEmpty()) {
      b.append(' ');
      r.getPowerKinds().forEach(k -> b.append(zh ? k.displayName() : k.code()).append(' '));
    }
    if (!r.getScopes().isEmpty()) {
      b.append(' ');
      r.getScopes().forEach(s -> b.append(zh ? s.displayName() : s.code()).append(' '));
    }
    return b.toString().strip();
  }

  static boolean matches(
      OverrideRule r,
      RiskPoint p,
      GradingContext c,
      @Nullable RiskFactors f,
      @Nullable PowerItem item) {
    switch (r.getCondition()) {
      case MAJOR_MATTER:
        return item != null && item.isMajorMatter();
      case MAJOR_INFLUENCE:
        return Facts.importance(f, item) >= 5;
      case UNLIMITED_DISCRETION:
        return Facts.discretion(f, item) >= 5;
      case PRIOR_MISCONDUCT:
        return c.hasPriorMisconduct(p);
      case POWER_KIND:
        return item != null && r.getPowerKinds().contains(item.getKind());
      default:
        return r.getScopes().contains(p.getOwner().getScope());
    }
  }
}
