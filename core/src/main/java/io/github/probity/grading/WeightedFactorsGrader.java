package io.github.probity.grading;

import io.github.probity.internal.LedgerTables;
import io.github.probity.model.FactorValue;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
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
  private final String countWeight;

  /** The extra factors with a weight above 0, and their weights. */
  private final ExtraFactor[] extras;

  private final double[] extraWeights;

  /** The look-up and scaling of each of {@link #extras}, for the score. */
  private final Extras.Scale[] scales;

  private final String zhThresholds;
  private final String enThresholds;

  /** The explanation lines of the 1–5 factors, by factor, value (0–5) and source index. */
  private final Map<Factor, Reason[][]> lines = new EnumMap<>(Factor.class);

  /** The highest factor value with a shared explanation line. */
  private static final int MAX_VALUE = 5;

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
    countWeight = Explainer.num(wCount);
    java.util.List<String> weighed = new java.util.ArrayList<>();
    for (ExtraFactor x : policy.getExtraFactors()) {
      Double w = p.getExtraWeights().get(x.getCode());
      if (w != null && w > 0) {
        weighed.add(x.getCode());
      }
    }
    extras = Extras.declared(policy, weighed);
    extraWeights = new double[extras.length];
    scales = new Extras.Scale[extras.length];
    for (int i = 0; i < extras.length; i++) {
      extraWeights[i] = p.getExtraWeights().getOrDefault(extras[i].getCode(), 0.0);
      scales[i] = new Extras.Scale(extras[i]);
    }
    String high = Explainer.num(highFrom + EPSILON);
    String medium = Explainer.num(mediumFrom + EPSILON);
    zhThresholds = "（高≥" + high + "，一般≥" + medium + "）→ ";
    enThresholds = " (HIGH ≥ " + high + ", MEDIUM ≥ " + medium + ") → ";
    for (Factor factor : Factor.values()) {
      if (factor == Factor.POINT_COUNT) {
        continue;
      }
      Reason[][] table = new Reason[MAX_VALUE + 1][Facts.SOURCE_COUNT];
      for (int v = 0; v <= MAX_VALUE; v++) {
        for (int s = 0; s < Facts.SOURCE_COUNT; s++) {
          table[v][s] = explain(factor, v, weight(factor), Facts.sourceText(s));
        }
      }
      lines.put(factor, table);
    }
  }

  int countScale(int count) {
    return count >= band5 ? 5 : count >= band4 ? 4 : count >= band3 ? 3 : count >= band2 ? 2 : 1;
  }

  /**
   * The weighted score of resolved factor values; discretion and harm count only when above 0, the
   * extra factors only when recorded as declared.
   */
  private double score(
      int importance,
      int frequency,
      int probability,
      int countScale,
      int discretion,
      int harm,
      @Nullable RiskFactors f,
      @Nullable Map<String, FactorValue> owner) {
    double sum = sum(importance, frequency, probability, countScale, discretion, harm);
    double total = total(discretion, harm);
    for (int i = 0; i < scales.length; i++) {
      double v = scales[i].scaled(f, owner);
      if (!Double.isNaN(v)) {
        sum += extraWeights[i] * v;
        total += extraWeights[i];
      }
    }
    return sum / total;
  }

  /** The weighted sum of the 1–5 factors and the point count. */
  private double sum(
      int importance, int frequency, int probability, int countScale, int discretion, int harm) {
    double sum =
        wImportance * importance
            + wFrequency * frequency
            + wProbability * probability
            + wCount * countScale;
    if (discretion > 0 && wDiscretion > 0) {
      sum += wDiscretion * discretion;
    }
    if (harm > 0 && wHarm > 0) {
      sum += wHarm * harm;
    }
    return sum;
  }

  /** The weights the 1–5 factors and the point count add up to. */
  private double total(int discretion, int harm) {
    double total = coreWeight;
    if (discretion > 0 && wDiscretion > 0) {
      total += wDiscretion;
    }
    if (harm > 0 && wHarm > 0) {
      total += wHarm;
    }
    return total;
  }

  @Override
  boolean readsCount(boolean explain) {
    return explain || wCount > 0;
  }

  @Override
  Resolved.Column[] columns(Resolved r) {
    return scales.length == 0 ? NO_COLUMNS : r.columns(scales);
  }

  @Override
  RiskLevel evaluateAt(Resolved r, int i, Resolved.Column[] columns, GradingContext c) {
    int v = r.facts(i);
    int discretion = LedgerTables.unpack(v, LedgerTables.DISCRETION);
    int harm = LedgerTables.unpack(v, LedgerTables.HARM);
    double sum =
        sum(
            LedgerTables.unpack(v, LedgerTables.IMPORTANCE),
            LedgerTables.unpack(v, LedgerTables.FREQUENCY),
            LedgerTables.unpack(v, LedgerTables.PROBABILITY),
            countScale(r.count(i)),
            discretion,
            harm);
    double total = total(discretion, harm);
    for (int k = 0; k < columns.length; k++) {
      double x = columns[k].at(i);
      if (!Double.isNaN(x)) {
        sum += extraWeights[k] * x;
        total += extraWeights[k];
      }
    }
    return byThresholds(sum / total, highFrom, mediumFrom);
  }

  @Override
  RiskLevel evaluate(
      RiskPoint p,
      GradingContext c,
      @Nullable RiskFactors f,
      @Nullable PowerItem item,
      int count,
      @Nullable Explainer out) {
    int importance = Facts.importance(f, item);
    int frequency = Facts.frequency(f, item);
    int probability = Facts.probability(f);
    int countScale = countScale(count);
    int discretion = Facts.discretion(f, item);
    int harm = Facts.harm(f);
    Map<String, FactorValue> owner =
        extras.length == 0 || c.getLedger().getOwnerFactors().isEmpty()
            ? null
            : c.getLedger().ownerFactors(p.getOwner());
    double score =
        score(importance, frequency, probability, countScale, discretion, harm, f, owner);
    RiskLevel level = byThresholds(score, highFrom, mediumFrom);
    if (out != null) {
      out.reasons.add(line(Factor.IMPORTANCE, importance, f, item));
      out.reasons.add(line(Factor.FREQUENCY, frequency, f, item));
      out.reasons.add(line(Factor.PROBABILITY, probability, f, item));
      out.add(
          "factor.POINT_COUNT",
          "风险点数量 " + count + " 个，折合 " + countScale + " × 权重 " + countWeight,
          "point count " + count + ", scaled " + countScale + " × weight " + countWeight);
      if (discretion > 0 && wDiscretion > 0) {
        out.reasons.add(line(Factor.DISCRETION, discretion, f, item));
      }
      if (harm > 0 && wHarm > 0) {
        out.reasons.add(line(Factor.HARM, harm, f, item));
      }
      for (int i = 0; i < extras.length; i++) {
        FactorValue v = Extras.value(extras[i], f, owner);
        String[] text = Extras.describe(extras[i], v, Extras.scaled(extras[i], v));
        String w = Explainer.num(extraWeights[i]);
        boolean counted = v != null && !Double.isNaN(Extras.scaled(extras[i], v));
        out.add(
            "factor." + extras[i].getCode(),
            text[0] + (counted ? " × 权重 " + w : ""),
            text[1] + (counted ? " × weight " + w : ""));
      }
      String shown = Explainer.num(score);
      out.add(
          "rule.thresholds",
          "加权得分 " + shown + zhThresholds + level.displayName(),
          "weighted score " + shown + enThresholds + level.code());
      out.score = score;
    }
    return level;
  }

  /** The explanation line of a 1–5 factor: shared when the value is in range, else built. */
  private Reason line(Factor factor, int value, @Nullable RiskFactors f, @Nullable PowerItem item) {
    int source = Facts.sourceIndex(factor, f, item);
    Reason[][] table = Objects.requireNonNull(lines.get(factor));
    return value >= 0 && value <= MAX_VALUE
        ? table[value][source]
        : explain(factor, value, weight(factor), Facts.source(factor, f, item));
  }

  private double weight(Factor factor) {
    switch (factor) {
      case IMPORTANCE:
        return wImportance;
      case FREQUENCY:
        return wFrequency;
      case PROBABILITY:
        return wProbability;
      case DISCRETION:
        return wDiscretion;
      case HARM:
        return wHarm;
      default:
        return wCount;
    }
  }

  private static Reason explain(Factor factor, int value, double weight, String[] source) {
    String w = Explainer.num(weight);
    return Reason.of(
        "factor." + factor.code(),
        factor.displayName() + " " + value + "（" + source[0] + "）× 权重 " + w,
        factor.englishName() + " " + value + " (" + source[1] + ") × weight " + w);
  }
}
