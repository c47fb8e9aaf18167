package io.github.probity.rollup;

import io.github.probity.model.Ledger;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PlanProgress;
import io.github.probity.warning.DispositionCase;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What one unit handed in for a roll-up: its ledger, its implementation plan or the plan's measured
 * progress, and its disposition cases — any of them may be missing, but not all, and a unit needs a
 * name: its ledger's, else its plan's, else the source's.
 *
 * <p>Invariant, checked when built: a ledger, a plan, a progress or a source is given. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class UnitSubmission {
  UnitSubmission() {}

  /**
   * Returns where the submission came from, e.g. the unit's directory; shown for a unit without a
   * ledger or plan to name it.
   *
   * @return the source
   */
  public abstract Optional<String> getSource();

  /**
   * Returns the unit's ledger, if handed in.
   *
   * @return the ledger
   */
  public abstract Optional<Ledger> getLedger();

  /**
   * Returns the unit's implementation plan, if handed in; measured on the ledger on the roll-up's
   * day unless a {@linkplain #getProgress() progress} is given.
   *
   * @return the plan
   */
  public abstract Optional<ImplementationPlan> getPlan();

  /**
   * Returns the plan's progress, if already measured (e.g. with review records and archives); it
   * takes the place of the plan.
   *
   * @return the progress
   */
  public abstract Optional<PlanProgress> getProgress();

  /**
   * Returns the unit's disposition cases, in any order.
   *
   * @return the cases
   */
  public abstract List<DispositionCase> getCases();

  /**
   * Returns the unit's name: its ledger's unit, else its plan's, else the source.
   *
   * @return the name
   */
  public String unitName() {
    if (getLedger().isPresent()) {
      return getLedger().get().getUnit().getName();
    }
    if (getProgress().isPresent()) {
      return getProgress().get().getPlan().getUnitName();
    }
    if (getPlan().isPresent()) {
      return getPlan().get().getUnitName();
    }
    return getSource().orElseThrow();
  }

  @Value.Check
  void check() {
    if (getLedger().isEmpty()
        && getPlan().isEmpty()
        && getProgress().isEmpty()
        && getSource().isEmpty()) {
      throw new IllegalArgumentException(
          "UnitSubmission needs a ledger, a plan, a progress or a source to name the unit");
    }
  }

  /**
   * Returns the submission of a ledger alone.
   *
   * @param ledger the ledger
   * @return the submission
   */
  public static UnitSubmission of(Ledger ledger) {
    return builder().ledger(ledger).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnitSubmission}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableUnitSubmission.Builder {
    Builder() {}
  }
}
