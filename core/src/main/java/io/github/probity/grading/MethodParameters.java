package io.github.probity.grading;

/**
 * The parameters of one built-in grading method, as plain data. The set is closed: one type per
 * {@link GradingMethod}. Implementations are immutable and thread-safe.
 *
 * @since 0.1.0
 */
public sealed interface MethodParameters
    permits WeightedFactorsParameters,
        CountRuleParameters,
        CriteriaCountParameters,
        PowerTypeParameters,
        MatrixParameters {

  /** {@return the method these parameters are for} */
  GradingMethod getMethod();
}
