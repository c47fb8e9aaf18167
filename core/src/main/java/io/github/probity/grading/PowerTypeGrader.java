package io.github.probity.grading;

import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.EnumMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The power-type method; see {@link PowerTypeParameters}. Immutable and thread-safe. */
final class PowerTypeGrader extends BuiltInGrader {
  private final Map<PowerKind, RiskLevel> levels;
  private final RiskLevel majorMatterLevel;
  private final RiskLevel noPowerLevel;

  PowerTypeGrader(GradingPolicy policy, PowerTypeParameters p) {
    super(policy);
    levels = new EnumMap<>(p.getLevels());
    majorMatterLevel = p.getMajorMatterLevel();
    noPowerLevel = p.getNoPowerLevel();
  }

  @Override
  RiskLevel evaluate(
      RiskPoint p,
      GradingContext c,
      @Nullable RiskFactors f,
      @Nullable PowerItem item,
      int count,
      @Nullable Explainer out) {
    if (item == null) {
      if (out != null) {
        out.add(
            "rule.noPower",
            "未涉及职权事项（人财物较少）→ " + noPowerLevel.displayName(),
            "no power item (little of people, money or goods) → " + noPowerLevel.code());
      }
      return noPowerLevel;
    }
    RiskLevel known = levels.get(item.getKind());
    RiskLevel byKind = known != null ? known : noPowerLevel; // every kind is known: validated
    RiskLevel level = item.isMajorMatter() ? RiskLevel.max(byKind, majorMatterLevel) : byKind;
    if (out != null) {
      out.add(
          "rule.powerKind",
          "职权类别" + item.getKind().displayName() + " → " + byKind.displayName(),
          "power kind " + item.getKind().code() + " → " + byKind.code());
      if (item.isMajorMatter()) {
        out.add(
            "rule.majorMatter",
            "三重一大事项，不低于" + majorMatterLevel.displayName() + " → " + level.displayName(),
            "major matter (三重一大), at least " + majorMatterLevel.code() + " → " + level.code());
      }
    }
    return level;
  }
}
