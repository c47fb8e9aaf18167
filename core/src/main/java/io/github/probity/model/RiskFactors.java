package io.github.probity.model;

import io.github.probity.internal.LedgerTables;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.Map;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The grading factors of a risk point, each on the scale 1 (很低) · 2 (较低) · 3 (中等) · 4 (较高) · 5
 * (很高).
 *
 * <p>The plan grades from the importance of the power, the frequency of its exercise and the
 * probability of corruption (the number of risk points comes from the ledger); discretion and harm
 * are optional factors some units use; a unit's policy may declare further factors, whose values
 * {@link #getExtra()} carries. Invariant: every present factor is within 1–5. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RiskFactors {
  /** The lowest value of the scale. */
  public static final int MIN = 1;

  /** The highest value of the scale. */
  public static final int MAX = 5;

  RiskFactors() {}

  /**
   * Returns the importance of the power (权力重要程度).
   *
   * @return 1–5
   */
  @Min(MIN)
  @Max(MAX)
  public abstract int getImportance();

  /**
   * Returns how often the power is exercised (行使频率).
   *
   * @return 1–5
   */
  @Min(MIN)
  @Max(MAX)
  public abstract int getFrequency();

  /**
   * Returns the probability of corruption (发生几率).
   *
   * @return 1–5
   */
  @Min(MIN)
  @Max(MAX)
  public abstract int getProbability();

  /**
   * Returns the room for discretion (自由裁量空间), if assessed.
   *
   * @return 1–5, or empty
   */
  public abstract OptionalInt getDiscretion();

  /**
   * Returns the harm should the risk materialise (危害程度), if assessed.
   *
   * @return 1–5, or empty
   */
  public abstract OptionalInt getHarm();

  /**
   * Returns the values of the extra factors a unit's grading policy declares for risk points, by
   * factor code (e.g. {@code PETITIONS}); checked against the declaration by validation, not here.
   *
   * @return the values by factor code; empty when the point has none
   * @since 0.1.0
   */
  public abstract Map<String, FactorValue> getExtra();

  /**
   * The five factors packed as {@link LedgerTables#pack} packs them, computed once at construction
   * so that the ledger's index reads them without allocating.
   */
  @Value.Derived
  @Value.Auxiliary
  int packed() {
    OptionalInt discretion = getDiscretion();
    OptionalInt harm = getHarm();
    return LedgerTables.pack(
        getImportance(),
        getFrequency(),
        getProbability(),
        discretion.isPresent() ? discretion.getAsInt() : 0,
        harm.isPresent() ? harm.getAsInt() : 0);
  }

  @Value.Check
  void check() {
    Checks.range("RiskFactors", "importance", getImportance(), MIN, MAX);
    Checks.range("RiskFactors", "frequency", getFrequency(), MIN, MAX);
    Checks.range("RiskFactors", "probability", getProbability(), MIN, MAX);
    getDiscretion().ifPresent(v -> Checks.range("RiskFactors", "discretion", v, MIN, MAX));
    getHarm().ifPresent(v -> Checks.range("RiskFactors", "harm", v, MIN, MAX));
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RiskFactors}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableRiskFactors.Builder {
    Builder() {}
  }
}
