package io.github.probity.grading;

import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import org.jspecify.annotations.Nullable;

/** The weighted-factors method; see {@link WeightedFactorsParameters}. Immutable, thread-safe. */
final class WeightedFactorsGrader extends BuiltInGrader {
  /** Tolerance for scores that land on a threshold up to rounding. */
  static final double EPSILON = 1e-9;

  private final double wImportance;
  private final double wFrequency;
  private final double wProbability;
  private final double wCount;
  private final double wDiscretion;
  private final double wHarm;
  private final double coreWeight;
  private final double highFrom;
  private final double mediumFrom;
  private final int band2;
  private final int band3;
  private final int band4;
  private final int band5;

  WeightedFactorsGrader(GradingPolicy policy, WeightedFactorsParameters p) {
    super(policy);
    wImportance = p.weight(Factor.IMPORTANCE);
    wFrequency = p.weight(Factor.FREQUENCY);
    wProbability = p.weight(Factor.PROBABILITY);
    wCount = p.weight(Factor.POINT_COUNT);
    wDiscretion = p.weight(Factor.DISCRETION);
    wHarm = p.weight(Factor.HARM);
    coreWeight = wImportance + wFrequency + wProbability + wCount;
    highFrom = p.getHighFrom() - EPSILON;
    mediumFrom = p.getMediumFrom() - EPSILON;
    band2 = p.getCountBands().get(0);
    band3 = p.getCountBands().get(1);
    band4 = p.getCountBands().get(2);
    band5 = p.getCountBands().get(3);
  }

  int countScale(int count) {
    return count >= band5 ? 5 : count >= band4 ? 4 : count >= band3 ? 3 : count >= band2 ? 2 : 1;
  }

  @Override
  RiskLevel evaluate(
      RiskPoint p,
      GradingContext c,
      @Nullable RiskFactors f,
      @Nullable PowerItem item,
      @Nullable Explainer out) {
    int importance = Facts.importance(f, item);
    int frequency = Facts.frequency(f, item);
    int probability = Facts.probability(f);
    int count = wCount > 0 || out != null ? c.ownerPointCount(p) : 1;
    int countScale = countScale(count);
    double sum =
        wImportance * importance
            + wFrequency * frequency
            + wProbability * probability
            + wCount * countScale;
    double total = coreWeight;
    int discretion = Facts.discretion(f, item);
    if (discretion > 0 && wDiscretion > 0) {
      sum += wDiscretion * discretion;
      total += wDiscretion;
    }
    int harm = Facts.harm(f);
    if (harm > 0 && wHarm > 0) {
      sum += wHarm * harm;
      total += wHarm;
    }
    double score = sum / total;
    RiskLevel level = byThresholds(score, highFrom, mediumFrom);
    if (out != null) {
      explain(out, Factor.IMPORTANCE, importance, wImportance, f, item);
      explain(out, Factor.FREQUENCY, frequency, wFrequency, f, item);
      explain(out, Factor.PROBABILITY, probability, wProbability, f, item);
      out.add(
          "factor.POINT_COUNT",
          "风险点数量 " + count + " 个，折合 " + countScale + " × 权重 " + Explainer.num(wCount),
          "point count " + count + ", scaled " + countScale + " × weight " + Explainer.num(wCount));
      if (discretion > 0 && wDiscretion > 0) {
        explain(out, Factor.DISCRETION, discretion, wDiscretion, f, item);
      }
      if (harm > 0 && wHarm > 0) {
        explain(out, Factor.HARM, harm, wHarm, f, item);
      }
      String high = Explainer.num(highFrom + EPSILON);
      String medium = Explainer.num(mediumFrom + EPSILON);
      out.add(
          "rule.thresholds",
          "加权得分 "
              + Explainer.num(score)
              + "（高≥"
              + high
              + "，一般≥"
              + medium
              + "）→ "
              + level.displayName(),
          "weighted score "
              + Explainer.num(score)
              + " (HIGH ≥ "
              + high
              + ", MEDIUM ≥ "
              + medium
              + ") → "
              + level.code());
      out.score = score;
    }
    return level;
  }

  private static void explain(
      Explainer out,
      Factor factor,
      int value,
      double weight,
      @Nullable RiskFactors f,
      @Nullable PowerItem item) {
    String[] source = Facts.source(factor, f, item);
    out.add(
        "factor." + factor.code(),
        factor.displayName() + " " + value + "（" + source[0] + "）× 权重 " + Explainer.num(weight),
        factor.englishName()
            + " "
            + value
            + " ("
            + source[1]
            + ") × weight "
            + Explainer.num(weight));
  }
}
