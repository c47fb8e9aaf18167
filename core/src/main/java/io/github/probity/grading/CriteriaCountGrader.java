package io.github.probity.grading;

import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** The criteria count; see {@link CriteriaCountParameters}. Immutable and thread-safe. */
final class CriteriaCountGrader extends BuiltInGrader {
  private static final Criterion[] CRITERIA = Criterion.values();
  private final int mediumFrom;
  private final int highFrom;

  CriteriaCountGrader(GradingPolicy policy, CriteriaCountParameters p) {
    super(policy);
    mediumFrom = p.getMediumFrom();
    highFrom = p.getHighFrom();
  }

  /** Derives whether a criterion holds from model data, as {@link Criterion} documents. */
  static boolean holds(
      Criterion criterion,
      RiskPoint p,
      GradingContext c,
      @Nullable RiskFactors f,
      @Nullable PowerItem item) {
    switch (criterion) {
      case CONTROLS_RESOURCES:
        return item != null
                && item.getKind() != io.github.probity.model.PowerKind.SUPERVISION
                && item.getKind() != io.github.probity.model.PowerKind.OTHER
            || Facts.importance(f, item) >= 4;
      case LARGE_DISCRETION:
        return Facts.discretion(f, item) >= 4;
      case NEEDS_OVERSIGHT:
        return item != null && item.isMajorMatter() || Facts.importance(f, item) >= 5;
      case OPEN_TO_GAIN:
        return Facts.probability(f) >= 4;
      default:
        return c.hasPriorMisconduct(p) || Facts.harm(f) >= 4;
    }
  }

  @Override
  RiskLevel evaluate(
      RiskPoint p,
      GradingContext c,
      @Nullable RiskFactors f,
      @Nullable PowerItem item,
      int count,
      @Nullable Explainer out) {
    Set<Criterion> assessed = c.getCriteria().isEmpty() ? null : c.getCriteria().get(p.getId());
    int met = 0;
    StringBuilder zh = out == null ? null : new StringBuilder();
    StringBuilder en = out == null ? null : new StringBuilder();
    for (Criterion criterion : CRITERIA) {
      boolean holds =
          assessed != null ? assessed.contains(criterion) : holds(criterion, p, c, f, item);
      if (holds) {
        met++;
        if (zh != null && en != null) {
          zh.append(zh.length() == 0 ? "" : "、").append(criterion.displayName());
          en.append(en.length() == 0 ? "" : ", ").append(criterion.code());
        }
      }
    }
    RiskLevel level = byThresholds(met, highFrom, mediumFrom);
    if (out != null && zh != null && en != null) {
      String zhSource = assessed != null ? "单位评估" : "据风险因素和职权事项推定";
      String enSource =
          assessed != null ? "assessed by the unit" : "derived from factors and power item";
      out.add(
          "rule.criteria",
          "符合标准 "
              + met
              + " 项（"
              + zhSource
              + (met > 0 ? "：" + zh : "")
              + "；一般≥"
              + mediumFrom
              + "，高≥"
              + highFrom
              + "）→ "
              + level.displayName(),
          met
              + " criteria met ("
              + enSource
              + (met > 0 ? ": " + en : "")
              + "; MEDIUM ≥ "
              + mediumFrom
              + ", HIGH ≥ "
              + highFrom
              + ") → "
              + level.code());
      out.score = met;
    }
    return level;
  }
}
