package io.github.probity.grading;

import io.github.probity.model.OwnerScope;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskLevel;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A floor or ceiling on the level that applies to any method when its condition holds, e.g. "三重一大
 * powers at least 一般" or "misconduct on the post before forces 高".
 *
 * <p>Ceilings are applied first, floors last, so that when rules conflict a floor wins: a policy
 * never understates a risk a floor names. Invariants: at least one of floor and ceiling is given; a
 * floor is not above a ceiling; {@link OverrideCondition#POWER_KIND} needs power kinds, {@link
 * OverrideCondition#OWNER_SCOPE} needs scopes and no other condition takes either. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class OverrideRule {
  OverrideRule() {}

  /** {@return the condition under which the rule applies} */
  public abstract OverrideCondition getCondition();

  /**
   * Returns the power kinds for {@link OverrideCondition#POWER_KIND}.
   *
   * @return the kinds; empty for other conditions
   */
  public abstract Set<PowerKind> getPowerKinds();

  /**
   * Returns the owner scopes for {@link OverrideCondition#OWNER_SCOPE}.
   *
   * @return the scopes; empty for other conditions
   */
  public abstract Set<OwnerScope> getScopes();

  /**
   * Returns the lowest level a matching point may get.
   *
   * @return the floor, or empty
   */
  public abstract Optional<RiskLevel> getFloor();

  /**
   * Returns the highest level a matching point may get.
   *
   * @return the ceiling, or empty
   */
  public abstract Optional<RiskLevel> getCeiling();

  @Value.Check
  void check() {
    if (getFloor().isEmpty() && getCeiling().isEmpty()) {
      throw new IllegalArgumentException(
          "OverrideRule on " + getCondition().code() + " needs a floor or a ceiling");
    }
    if (getFloor().isPresent()
        && getCeiling().isPresent()
        && getFloor().get().rank() > getCeiling().get().rank()) {
      throw new IllegalArgumentException(
          "OverrideRule on "
              + getCondition().code()
              + ": floor "
              + getFloor().get().code()
              + " is above ceiling "
              + getCeiling().get().code());
    }
    boolean kinds = getCondition() == OverrideCondition.POWER_KIND;
    boolean scopes = getCondition() == OverrideCondition.OWNER_SCOPE;
    if (kinds == getPowerKinds().isEmpty() || scopes == getScopes().isEmpty()) {
      throw new IllegalArgumentException(
          "OverrideRule on "
              + getCondition().code()
              + ": power kinds are required for POWER_KIND only, scopes for OWNER_SCOPE only");
    }
  }

  /**
   * Returns a rule that raises matching points to at least the given level.
   *
   * @param condition the condition
   * @param floor the lowest level
   * @return the rule
   */
  public static OverrideRule floor(OverrideCondition condition, RiskLevel floor) {
    return builder().condition(condition).floor(floor).build();
  }

  /**
   * Returns a rule that lowers matching points to at most the given level.
   *
   * @param condition the condition
   * @param ceiling the highest level
   * @return the rule
   */
  public static OverrideRule ceiling(OverrideCondition condition, RiskLevel ceiling) {
    return builder().condition(condition).ceiling(ceiling).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link OverrideRule}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableOverrideRule.Builder {
    Builder() {}
  }
}
