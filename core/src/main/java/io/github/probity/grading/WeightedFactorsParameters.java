package io.github.probity.grading;

import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Parameters of the weighted-factors method: the score is the weighted mean of the factors on the
 * 1–5 scale; {@code score ≥ highFrom} gives 高, {@code score ≥ mediumFrom} gives 一般, otherwise 低.
 *
 * <p>An optional factor (discretion, harm) that is absent leaves both the sum and the total weight,
 * so it neither raises nor lowers the score. The number of risk points of the owner is mapped onto
 * 1–5 by the count bands: each band bound the count reaches adds one. Invariants: weights finite
 * and ≥ 0, a factor missing from the map weighs 0, the core weights (importance, frequency,
 * probability, point count) sum to more than 0; {@code 1 ≤ mediumFrom ≤ highFrom ≤ 5}; exactly four
 * count bands, strictly ascending, each ≥ 2. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class WeightedFactorsParameters implements MethodParameters {
  WeightedFactorsParameters() {}

  @Override
  public GradingMethod getMethod() {
    return GradingMethod.WEIGHTED_FACTORS;
  }

  /** {@return the weight of each factor} */
  public abstract Map<Factor, Double> getWeights();

  /**
   * Returns the weight of each extra factor the policy declares ({@link
   * GradingPolicy#getExtraFactors()}), by factor code. The factor's value is mapped onto 1–5 by
   * {@link ExtraFactor#scaled}; a point without a value for it leaves both the sum and the total
   * weight, as an absent discretion does. A factor missing from the map weighs 0.
   *
   * @return the weights by extra factor code
   * @since 0.1.0
   */
  public abstract Map<String, Double> getExtraWeights();

  /**
   * Returns the score from which a point is 高.
   *
   * @return the threshold, 1–5
   */
  public abstract double getHighFrom();

  /**
   * Returns the score from which a point is 一般.
   *
   * @return the threshold, 1–5, not above {@link #getHighFrom()}
   */
  public abstract double getMediumFrom();

  /**
   * Returns the four point-count bounds that map the number of the owner's risk points onto 2, 3, 4
   * and 5; below the first the count scores 1.
   *
   * @return the bounds, strictly ascending
   */
  public abstract List<Integer> getCountBands();

  /**
   * {@return the weight of a factor, 0 when it is not in the map}
   *
   * @param factor the factor
   */
  public double weight(Factor factor) {
    Double w = getWeights().get(factor);
    return w == null ? 0.0 : w;
  }

  @Value.Check
  void check() {
    for (Map.Entry<Factor, Double> e : getWeights().entrySet()) {
      if (!(e.getValue() >= 0) || e.getValue().isInfinite()) {
        throw new IllegalArgumentException(
            "WeightedFactorsParameters.weights: weight of "
                + e.getKey().code()
                + " must be finite and ≥ 0, was "
                + e.getValue());
      }
    }
    for (Map.Entry<String, Double> e : getExtraWeights().entrySet()) {
      if (!(e.getValue() >= 0) || e.getValue().isInfinite()) {
        throw new IllegalArgumentException(
            "WeightedFactorsParameters.extraWeights: weight of "
                + e.getKey()
                + " must be finite and ≥ 0, was "
                + e.getValue());
      }
    }
    double core =
        weight(Factor.IMPORTANCE)
            + weight(Factor.FREQUENCY)
            + weight(Factor.PROBABILITY)
            + weight(Factor.POINT_COUNT);
    if (!(core > 0)) {
      throw new IllegalArgumentException(
          "WeightedFactorsParameters.weights: importance, frequency, probability and point count"
              + " must not all weigh 0");
    }
    if (!(getMediumFrom() >= 1 && getMediumFrom() <= getHighFrom() && getHighFrom() <= 5)) {
      throw new IllegalArgumentException(
          "WeightedFactorsParameters thresholds must satisfy 1 ≤ mediumFrom ≤ highFrom ≤ 5, were "
              + getMediumFrom()
              + " and "
              + getHighFrom());
    }
    List<Integer> bands = getCountBands();
    boolean ordered = bands.size() == 4 && bands.get(0) >= 2;
    for (int i = 1; ordered && i < bands.size(); i++) {
      ordered = bands.get(i) > bands.get(i - 1);
    }
    if (!ordered) {
      throw new IllegalArgumentException(
          "WeightedFactorsParameters.countBands must be four strictly ascending bounds ≥ 2, were "
              + bands);
    }
  }

  /**
   * {@return the default parameters: weights importance 3, probability 3, frequency 2, point count
   * 2, discretion 1, harm 1; 高 from 3.5, 一般 from 2.5; count bands 2, 3, 5, 7}
   */
  public static WeightedFactorsParameters defaults() {
    return builder()
        .putWeights(Factor.IMPORTANCE, 3.0)
        .putWeights(Factor.PROBABILITY, 3.0)
        .putWeights(Factor.FREQUENCY, 2.0)
        .putWeights(Factor.POINT_COUNT, 2.0)
        .putWeights(Factor.DISCRETION, 1.0)
        .putWeights(Factor.HARM, 1.0)
        .highFrom(3.5)
        .mediumFrom(2.5)
        .addCountBands(2, 3, 5, 7)
        .build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WeightedFactorsParameters}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableWeightedFactorsParameters.Builder {
    Builder() {}
  }
}
