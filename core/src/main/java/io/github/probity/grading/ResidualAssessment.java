package io.github.probity.grading;

import io.github.probity.model.RiskLevel;
import org.immutables.value.Value;

/**
 * The residual level (剩余风险等级) a {@link ResidualLevelPolicy} derived for one risk point: the level
 * the point keeps once its measures are counted, what it was derived from and whether it needs
 * attention.
 *
 * <p>Invariants: ids non-blank; the residual level is never above the point's level. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ResidualAssessment {
  ResidualAssessment() {}

  /** {@return the id of the assessed risk point} */
  public abstract String getRiskPointId();

  /** {@return the point's effective level, the one the residual is derived from} */
  public abstract RiskLevel getLevel();

  /** {@return the residual level} */
  public abstract RiskLevel getResidualLevel();

  /** {@return the state of the measures the residual level follows from} */
  public abstract ResidualBasis getBasis();

  /**
   * Tells whether the point needs attention: a measure was found ineffective and must be adjusted
   * (措施动态调整).
   *
   * @return {@code true} if flagged
   */
  public abstract boolean isFlagged();

  /** {@return the id of the policy that derived it} */
  public abstract String getPolicyId();

  /** {@return the version of the policy that derived it} */
  public abstract String getPolicyVersion();

  @Value.Check
  void check() {
    if (getResidualLevel().rank() > getLevel().rank()) {
      throw new IllegalArgumentException(
          "ResidualAssessment.residualLevel "
              + getResidualLevel()
              + " is above level "
              + getLevel()
              + " for risk point "
              + getRiskPointId());
    }
    for (String[] f :
        new String[][] {
          {"riskPointId", getRiskPointId()},
          {"policyId", getPolicyId()},
          {"policyVersion", getPolicyVersion()}
        }) {
      if (f[1].isBlank()) {
        throw new IllegalArgumentException("ResidualAssessment." + f[0] + " must not be blank");
      }
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResidualAssessment}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableResidualAssessment.Builder {
    Builder() {}
  }
}
