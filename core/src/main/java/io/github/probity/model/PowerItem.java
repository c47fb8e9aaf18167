package io.github.probity.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.immutables.value.Value;

/**
 * A power item (职权事项): one power the unit exercises, inventoried from its 三定 plan when it takes
 * stock of its powers (摸清权力底数).
 *
 * <p>Invariants: the id is non-blank; process-step ids are unique within the item. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PowerItem {
  PowerItem() {}

  /**
   * Returns the power item's stable id.
   *
   * @return the id, non-blank
   */
  @NotBlank
  @Size(max = 64)
  public abstract String getId();

  /** {@return the power's name, e.g. 政府采购项目审核} */
  @NotBlank
  @Size(max = 200)
  public abstract String getName();

  /**
   * Returns who holds and exercises the power: a leader, a department or a post.
   *
   * @return the holder
   */
  public abstract RiskOwner getOwner();

  /** {@return the kind of power} */
  public abstract PowerKind getKind();

  /** {@return how much discretion the power leaves} */
  public abstract Discretion getDiscretion();

  /** {@return how often the power is exercised} */
  public abstract Frequency getFrequency();

  /**
   * Tells whether the power falls under 三重一大 (major decisions, important appointments, major
   * projects, large funds), which requires a collective decision.
   *
   * @return {@code true} if it is a major matter; {@code false} by default
   */
  @Value.Default
  public boolean isMajorMatter() {
    return false;
  }

  /** {@return the steps by which the power is exercised, in order} */
  public abstract List<@Valid ProcessStep> getProcessSteps();

  @Value.Check
  void check() {
    Checks.id("PowerItem", "id", getId());
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (ProcessStep step : getProcessSteps()) {
      if (!seen.add(step.getId())) {
        throw new IllegalArgumentException(
            "PowerItem.processSteps has duplicate id '" + step.getId() + "' in " + getId());
      }
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PowerItem}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePowerItem.Builder {
    Builder() {}
  }
}
