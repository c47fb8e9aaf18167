package io.github.probity.grading;

import io.github.probity.model.RiskLevel;
import java.util.List;
import org.immutables.value.Value;

/**
 * A grading method's parameters as versioned data: an id, a version, the method parameters and the
 * override rules that apply on top of the method. Plain data with no behaviour, so that it can be
 * stored and loaded (for instance as JSON) and compared between versions; {@link
 * RiskGrader#of(GradingPolicy)} turns it into a grader.
 *
 * <p>Invariants, checked on construction: id and version non-blank without surrounding spaces; the
 * parameters are valid for their method (weights ≥ 0, thresholds ordered, matrix complete); the
 * overrides are valid. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GradingPolicy {
  /** Id of the built-in weighted-factors policy. */
  public static final String WEIGHTED_FACTORS_ID = "weighted-factors";

  /** Id of the built-in count-rule policy. */
  public static final String COUNT_RULE_ID = "count-rule";

  /** Id of the built-in criteria-count policy. */
  public static final String CRITERIA_COUNT_ID = "criteria-count";

  /** Id of the built-in power-type policy. */
  public static final String POWER_TYPE_ID = "power-type";

  /** Id of the built-in likelihood × severity matrix policy. */
  public static final String MATRIX_ID = "matrix";

  /** Version of the built-in policies. */
  public static final String BUILT_IN_VERSION = "1";

  GradingPolicy() {}

  /**
   * {@return the policy's id, e.g. {@code weighted-factors}; a unit's own policies take their own}
   */
  public abstract String getId();

  /** {@return the policy's version, e.g. {@code 2026.1}; a grade records it} */
  public abstract String getVersion();

  /** {@return the method's parameters} */
  public abstract MethodParameters getParameters();

  /**
   * Returns the floors and ceilings applied after the method, in order.
   *
   * @return the override rules
   */
  public abstract List<OverrideRule> getOverrides();

  /**
   * Returns the unit's own factors this policy declares beyond the built-in {@link Factor}s (e.g. a
   * 民主评议 score); their values are carried by the model and checked against these declarations by
   * validation. The weighted and matrix methods can use them.
   *
   * @return the declarations, in order, codes unique
   * @since 0.1.0
   */
  public abstract List<ExtraFactor> getExtraFactors();

  /**
   * Returns the declared extra factor with a code.
   *
   * @param code the code
   * @return the declaration, or empty
   * @since 0.1.0
   */
  public java.util.Optional<ExtraFactor> extraFactor(String code) {
    for (ExtraFactor x : getExtraFactors()) {
      if (x.getCode().equals(code)) {
        return java.util.Optional.of(x);
      }
    }
    return java.util.Optional.empty();
  }

  /** {@return the method, as given by the parameters} */
  public GradingMethod method() {
    return getParameters().getMethod();
  }

  /**
   * Tells whether a grader of this policy is monotone in the factors: raising any factor of a point
   * never lowers its level. True unless the matrix is not monotone or a ceiling rests on a
   * condition that reads factors.
   *
   * @return {@code true} if monotone
   */
  public boolean isMonotone() {
    MethodParameters p = getParameters();
    if (p instanceof MatrixParameters && !((MatrixParameters) p).isMonotone()) {
      return false;
    }
    for (OverrideRule r : getOverrides()) {
      if (r.getCeiling().isPresent() && r.getCondition().readsFactors()) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    java.util.Set<String> codes = new java.util.HashSet<>();
    for (ExtraFactor x : getExtraFactors()) {
      if (!codes.add(x.getCode())) {
        throw new IllegalArgumentException(
            "GradingPolicy.extraFactors: code " + x.getCode() + " is declared twice");
      }
    }
    List<String> used = new java.util.ArrayList<>();
    MethodParameters p = getParameters();
    if (p instanceof WeightedFactorsParameters) {
      used.addAll(((WeightedFactorsParameters) p).getExtraWeights().keySet());
    } else if (p instanceof MatrixParameters) {
      used.addAll(((MatrixParameters) p).getLikelihoodExtras());
      used.addAll(((MatrixParameters) p).getSeverityExtras());
    }
    for (String u : used) {
      if (!codes.contains(u)) {
        throw new IllegalArgumentException(
            "GradingPolicy.parameters use extra factor "
                + u
                + ", which extraFactors do not declare");
      }
    }
    for (String[] f : new String[][] {{"id", getId()}, {"version", getVersion()}}) {
      if (f[1].isBlank() || !f[1].equals(f[1].strip())) {
        throw new IllegalArgumentException(
            "GradingPolicy."
                + f[0]
                + " must be non-blank without surrounding spaces, was '"
                + f[1]
                + "'");
      }
    }
  }

  /**
   * Returns the policy as plain data — maps with string keys, lists, strings and numbers, enum
   * values as codes — in the shape {@code {id, version, method, parameters, overrides}} that a JSON
   * or YAML mapper writes as is.
   *
   * @return a new mutable map, in field order
   */
  public java.util.Map<String, Object> toData() {
    return PolicyData.toData(this);
  }

  /**
   * Reads a policy from the plain data {@link #toData()} produces; numbers may be of any {@link
   * Number} type and enum values may be codes or Chinese labels.
   *
   * @param data the data
   * @return the policy, validated
   * @throws IllegalArgumentException if a field is missing or of the wrong type (the message names
   *     its path), or the policy is invalid
   */
  public static GradingPolicy fromData(java.util.Map<String, ?> data) {
    return PolicyData.fromData(data);
  }

  /**
   * Returns the standard policy (the default): weighted factors with {@link
   * WeightedFactorsParameters#defaults()}, and 三重一大 powers at least 一般.
   *
   * @return the policy
   */
  public static GradingPolicy standard() {
    return builtIn(WEIGHTED_FACTORS_ID, WeightedFactorsParameters.defaults())
        .addOverrides(OverrideRule.floor(OverrideCondition.MAJOR_MATTER, RiskLevel.MEDIUM))
        .build();
  }

  /**
   * Returns the count rule seen in practice: 1–2 points 低, 3–4 一般, ≥ 5 高, and 高 outright for major
   * influence on outcomes, unlimited discretion or misconduct on the post before.
   *
   * @return the policy
   */
  public static GradingPolicy countRule() {
    return builtIn(COUNT_RULE_ID, CountRuleParameters.defaults())
        .addOverrides(
            OverrideRule.floor(OverrideCondition.MAJOR_INFLUENCE, RiskLevel.HIGH),
            OverrideRule.floor(OverrideCondition.UNLIMITED_DISCRETION, RiskLevel.HIGH),
            OverrideRule.floor(OverrideCondition.PRIOR_MISCONDUCT, RiskLevel.HIGH))
        .build();
  }

  /**
   * Returns the criteria count seen in practice: ≥ 3 criteria 高, 2 一般, ≤ 1 低.
   *
   * @return the policy
   */
  public static GradingPolicy criteriaCount() {
    return builtIn(CRITERIA_COUNT_ID, CriteriaCountParameters.defaults()).build();
  }

  /**
   * Returns the power-type method with {@link PowerTypeParameters#defaults()}.
   *
   * @return the policy
   */
  public static GradingPolicy powerType() {
    return builtIn(POWER_TYPE_ID, PowerTypeParameters.defaults()).build();
  }

  /**
   * Returns the 4 × 3 likelihood × severity matrix of {@link MatrixParameters#defaults()}.
   *
   * @return the policy
   */
  public static GradingPolicy matrix() {
    return builtIn(MATRIX_ID, MatrixParameters.defaults()).build();
  }

  /**
   * Returns the five built-in policies, in the order of {@link GradingMethod}.
   *
   * @return the policies
   */
  public static List<GradingPolicy> builtIns() {
    return List.of(standard(), countRule(), criteriaCount(), powerType(), matrix());
  }

  private static Builder builtIn(String id, MethodParameters parameters) {
    Builder b = builder();
    b.id(id).version(BUILT_IN_VERSION).parameters(parameters);
    return b;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GradingPolicy}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableGradingPolicy.Builder {
    Builder() {}
  }
}
