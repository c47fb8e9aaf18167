package io.github.probity.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An integrity-risk point (廉政风险点): where, in the exercise of a power or the conduct of a post,
 * corruption or misconduct could happen, how it would show (表现形式), how grave it is and what
 * prevents it.
 *
 * <p>Invariants: the id is non-blank and unique in the ledger; measure ids are unique within the
 * point; a process step is only given together with its power item; a residual level above the
 * effective level carries a rationale. The level is the one recorded or proposed on the table
 * (empty while the point is still to be graded); a {@link LevelDecision} of the leadership meeting
 * overrides it, see {@link #effectiveLevel()}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RiskPoint {
  RiskPoint() {}

  /**
   * Returns the point's stable id, e.g. {@code RP-0042}.
   *
   * @return the id, non-blank
   */
  @NotBlank
  @Size(max = 64)
  public abstract String getId();

  /** {@return who owns the risk: the leadership group, a leader, a department or a post} */
  public abstract RiskOwner getOwner();

  /** {@return the risk category} */
  public abstract RiskCategory getCategory();

  /**
   * Returns the id of the power item in whose exercise the risk lies, if any.
   *
   * @return the power item id
   */
  public abstract Optional<String> getPowerItem();

  /**
   * Returns the id of the process step (within the power item) where the risk lies, if any.
   *
   * @return the process step id
   */
  public abstract Optional<String> getProcessStep();

  /** {@return the point's short title, e.g. 采购需求审核把关不严} */
  @NotBlank
  @Size(max = 200)
  public abstract String getTitle();

  /**
   * Returns how the risk shows (表现形式), if described.
   *
   * @return the manifestation
   */
  public abstract Optional<@Size(min = 1, max = 2000) String> getManifestation();

  /** {@return the grading factors, if assessed} */
  public abstract Optional<@Valid RiskFactors> getFactors();

  /** {@return the risk level recorded for the point, or empty while it is still to be graded} */
  public abstract Optional<RiskLevel> getLevel();

  /** {@return the leadership meeting's decision on the level, if one was taken} */
  public abstract Optional<@Valid LevelDecision> getDecision();

  /**
   * {@return the level that counts: the decided one when a decision exists, otherwise the recorded
   * (proposed) one; empty while the point is still to be graded}
   */
  public Optional<RiskLevel> effectiveLevel() {
    Optional<LevelDecision> decision = getDecision();
    return decision.isPresent() ? Optional.of(decision.get().getLevel()) : getLevel();
  }

  /**
   * {@return the residual level (剩余风险等级): the level expected once the measures are in place, if
   * assessed}
   */
  public abstract Optional<RiskLevel> getResidualLevel();

  /**
   * Returns why the residual level is what it is; required when it exceeds the effective level.
   *
   * @return the rationale
   */
  public abstract Optional<@Size(min = 1, max = 2000) String> getResidualRationale();

  /** {@return the prevention measures, in order} */
  public abstract List<@Valid Measure> getMeasures();

  /**
   * Returns the person id of the person responsible for preventing the risk (责任人), if assigned.
   *
   * @return the responsible person's id
   */
  public abstract Optional<String> getResponsible();

  /**
   * Returns the role responsible when the table names a role rather than a person, e.g. 科室负责人;
   * beside a {@link #getResponsible() responsible person} it is the role in which they answer for
   * the point (e.g. 科长). A text, not an id.
   *
   * @return the responsible role
   */
  public abstract Optional<@Size(min = 1, max = 100) String> getResponsibleRole();

  /**
   * Returns the person id of the leader who supervises the point (责任领导), if assigned.
   *
   * @return the supervisor's person id
   */
  public abstract Optional<String> getSupervisor();

  /**
   * Returns the supervising role when the table names a role rather than a person, e.g. 分管领导;
   * beside a {@link #getSupervisor() supervisor} it is the role in which they supervise (e.g.
   * 分管副局长). A text, not an id.
   *
   * @return the supervising role
   */
  public abstract Optional<@Size(min = 1, max = 100) String> getSupervisorRole();

  /**
   * Returns the monitoring indicators (监测指标) that show whether the risk is rising.
   *
   * @return the indicators, in order
   */
  public abstract List<@NotBlank @Size(max = 500) String> getMonitoringIndicators();

  @Value.Check
  void check() {
    Checks.id("RiskPoint", "id", getId());
    if (getProcessStep().isPresent() && getPowerItem().isEmpty()) {
      throw new IllegalArgumentException(
          "RiskPoint.processStep '"
              + getProcessStep().get()
              + "' needs a powerItem, in risk point "
              + getId());
    }
    if (getResidualLevel().isPresent()
        && effectiveLevel().isPresent()
        && getResidualLevel().get().rank() > effectiveLevel().get().rank()
        && getResidualRationale().filter(r -> !r.isBlank()).isEmpty()) {
      throw new IllegalArgumentException(
          "RiskPoint.residualRationale is required when the residual level "
              + getResidualLevel().get().code()
              + " exceeds the level "
              + effectiveLevel().get().code()
              + ", in risk point "
              + getId());
    }
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Measure m : getMeasures()) {
      if (!seen.add(m.getId())) {
        throw new IllegalArgumentException(
            "RiskPoint.measures has duplicate id '" + m.getId() + "' in risk point " + getId());
      }
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskPoint}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableRiskPoint.Builder {
    Builder() {}
  }
}
