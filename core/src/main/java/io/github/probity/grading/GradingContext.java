package io.github.probity.grading;

import io.github.probity.model.Ledger;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a grader may look at besides the risk point: the ledger (and through it the number of risk
 * points of the same owner and the point's power item), an injected {@link Clock}, and facts the
 * model does not record, given explicitly by the unit.
 *
 * <p>Explicit facts: the owners on which misconduct has happened before (for the count rule's
 * override and the criteria count), and, per risk point id, the criteria the unit assessed as
 * holding (which then replace the derived ones). The point graded is normally one of the ledger's;
 * a point outside it is counted as one more point of its owner.
 *
 * <p>Grading a whole ledger with {@link RiskGrader#levels} resolves every point's owner count and
 * power item once and keeps the result with the context, so reuse one context for repeated bulk
 * grading of the same ledger. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class GradingContext {
  /** How many of the owner's points are compared by identity before looking the point up by id. */
  private static final int SCAN_LIMIT = 16;

  GradingContext() {}

  /** {@return the ledger the graded points belong to} */
  public abstract Ledger getLedger();

  /**
   * Returns the clock graders must use for any notion of "now"; the built-ins read no time.
   *
   * @return the clock; {@link Clock#systemUTC()} by default
   */
  @Value.Default
  @Value.Auxiliary
  public Clock getClock() {
    return Clock.systemUTC();
  }

  /** {@return the owners (usually posts) on which misconduct has happened before (曾发生违纪违法问题)} */
  public abstract Set<RiskOwner> getMisconductOwners();

  /**
   * Returns, per risk point id, the criteria the unit assessed as holding; a point listed here is
   * graded on exactly these criteria by the criteria-count method.
   *
   * @return the assessed criteria by risk point id
   */
  public abstract Map<String, Set<Criterion>> getCriteria();

  /**
   * The ledger's points resolved for bulk grading (see {@link RiskGrader#levels}): computed on
   * first use, at most once, and kept with the context.
   */
  @Value.Lazy
  Resolved resolved() {
    return Resolved.of(this);
  }

  /**
   * Returns the number of risk points of the point's owner: those in the ledger, plus the point
   * itself if the ledger does not hold it under that owner.
   *
   * @param point the point
   * @return the count, ≥ 1
   */
  public int ownerPointCount(RiskPoint point) {
    Ledger ledger = getLedger();
    List<RiskPoint> owned = ledger.riskPointsOf(point.getOwner());
    int n = owned.size();
    // Fast path: the point itself is in its owner's (usually short) list.
    for (int i = 0, end = Math.min(n, SCAN_LIMIT); i < end; i++) {
      if (owned.get(i) == point) {
        return n;
      }
    }
    Optional<RiskPoint> known = ledger.riskPoint(point.getId());
    if (known.isPresent()
        && (known.get() == point || known.get().getOwner().equals(point.getOwner()))) {
      return n;
    }
    return n + 1;
  }

  /**
   * {@return the power item the point lies in, if it names one the ledger holds}
   *
   * @param point the point
   */
  public Optional<PowerItem> powerItem(RiskPoint point) {
    Optional<String> id = point.getPowerItem();
    return id.isPresent() ? getLedger().powerItem(id.get()) : Optional.empty();
  }

  /**
   * Returns the point's value of an extra factor: from the point's factors ({@link
   * io.github.probity.model.RiskFactors#getExtra()}) for a {@link ExtraFactor.Scope#POINT} factor,
   * from the ledger's owner values ({@link Ledger#getOwnerFactors()}) for an {@link
   * ExtraFactor.Scope#OWNER} one. The value is returned as recorded, whether or not it fits the
   * declaration.
   *
   * @param point the point
   * @param factor the declared factor
   * @return the value, or empty if none is recorded
   * @since 0.1.0
   */
  public Optional<io.github.probity.model.FactorValue> extraValue(
      RiskPoint point, ExtraFactor factor) {
    return Optional.ofNullable(
        Extras.value(factor, point, point.getFactors().orElse(null), getLedger()));
  }

  /**
   * Tells whether misconduct has happened before on the point's owner.
   *
   * @param point the point
   * @return {@code true} if the owner is among {@link #getMisconductOwners()}
   */
  public boolean hasPriorMisconduct(RiskPoint point) {
    Set<RiskOwner> owners = getMisconductOwners();
    return !owners.isEmpty() && owners.contains(point.getOwner());
  }

  /**
   * Returns a context over a ledger with no explicit facts and the system clock.
   *
   * @param ledger the ledger
   * @return the context
   */
  public static GradingContext of(Ledger ledger) {
    return builder().ledger(ledger).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link GradingContext}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableGradingContext.Builder {
    Builder() {}
  }
}
