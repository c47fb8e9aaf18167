package io.github.probity.grading;

import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskLevel;
import java.util.EnumMap;
import java.util.Map;
import org.immutables.value.Value;

/**
 * Parameters of the power-type method: a level for every {@link PowerKind}, a floor for 三重一大
 * powers, and the level of points that involve no power item (posts that hold little of people,
 * money or goods).
 *
 * <p>Invariant: every power kind has a level. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class PowerTypeParameters implements MethodParameters {
  PowerTypeParameters() {}

  @Override
  public GradingMethod getMethod() {
    return GradingMethod.POWER_TYPE;
  }

  /**
   * Returns the level of each power kind.
   *
   * @return the levels, one per kind
   */
  public abstract Map<PowerKind, RiskLevel> getLevels();

  /**
   * Returns the lowest level of a power that is a 三重一大 matter.
   *
   * @return the floor
   */
  public abstract RiskLevel getMajorMatterLevel();

  /** {@return the level of a point that involves no power item} */
  public abstract RiskLevel getNoPowerLevel();

  @Value.Check
  void check() {
    for (PowerKind k : PowerKind.values()) {
      if (!getLevels().containsKey(k)) {
        throw new IllegalArgumentException(
            "PowerTypeParameters.levels has no level for power kind " + k.code());
      }
    }
  }

  /**
   * {@return the levels seen in practice: personnel, finance, procurement, construction, approval
   * and enforcement 高; supervision (routine confirmation and inspection) 一般; other 低; 三重一大 at least
   * 高; no power item 低}
   */
  public static PowerTypeParameters defaults() {
    Map<PowerKind, RiskLevel> levels = new EnumMap<>(PowerKind.class);
    for (PowerKind k : PowerKind.values()) {
      levels.put(k, RiskLevel.HIGH);
    }
    levels.put(PowerKind.SUPERVISION, RiskLevel.MEDIUM);
    levels.put(PowerKind.OTHER, RiskLevel.LOW);
    return builder()
        .putAllLevels(levels)
        .majorMatterLevel(RiskLevel.HIGH)
        .noPowerLevel(RiskLevel.LOW)
        .build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link PowerTypeParameters}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePowerTypeParameters.Builder {
    Builder() {}
  }
}
