package io.github.probity.rollup;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.immutables.value.Value;

/**
 * A commission's roll-up on one day: every unit's summary in the order added, the totals over all
 * units, and the findings about inputs that could not be taken. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RollupResult {
  RollupResult() {}

  /**
   * Returns the day the roll-up was made for, in the commission's time zone.
   *
   * @return the day
   */
  public abstract LocalDate getDate();

  /**
   * Returns the commission's time zone, in which days are counted.
   *
   * @return the zone
   */
  public abstract ZoneId getZone();

  /**
   * Returns the units' summaries, in the order they were added.
   *
   * @return the units
   */
  public abstract List<UnitSummary> getUnits();

  /**
   * Returns the findings about inputs, in the order reported.
   *
   * @return the findings
   */
  public abstract List<SourceFinding> getFindings();

  /**
   * Returns the risk points of all units by level and category.
   *
   * @return the totals
   */
  public abstract LevelCategoryCounts getTotals();

  /**
   * Returns the overdue measures of all units, by days past the deadline.
   *
   * @return the overdue measures
   */
  public abstract BandCounts getOverdueMeasures();

  /**
   * Returns the open cases of all units, by age.
   *
   * @return the open cases
   */
  public abstract BandCounts getOpenCases();

  /**
   * Returns the open cases of all units whose step is past its reply deadline.
   *
   * @return the overdue cases
   */
  public abstract int getOverdueCases();

  /**
   * Returns the units whose ledger was not handed in.
   *
   * @return the units, in order
   */
  public List<UnitSummary> withoutLedger() {
    return filter(u -> !u.isLedgerGiven());
  }

  /**
   * Returns the units whose ledger has no risk point.
   *
   * @return the units, in order
   */
  public List<UnitSummary> withoutPoints() {
    return filter(u -> u.isLedgerGiven() && u.riskPoints() == 0);
  }

  /**
   * Returns the units with a ledger one of whose annexes 1–3 has no row.
   *
   * @return the units, in order
   */
  public List<UnitSummary> withMissingAnnexes() {
    return filter(u -> u.isLedgerGiven() && !u.getMissingAnnexes().isEmpty());
  }

  /**
   * Returns the units with a ledger but no plan.
   *
   * @return the units, in order
   */
  public List<UnitSummary> withoutPlan() {
    return filter(u -> u.isLedgerGiven() && u.getPlan().isEmpty());
  }

  /**
   * Returns the units whose plan lags, the most overdue first (then in order added).
   *
   * @return the lagging units
   */
  public List<UnitSummary> lagging() {
    List<UnitSummary> out = filter(UnitSummary::isLagging);
    out.sort(
        Comparator.comparingLong(
                (UnitSummary u) -> u.getPlan().map(PlanStanding::daysOverdue).orElse(0L))
            .reversed());
    return out;
  }

  private List<UnitSummary> filter(Predicate<UnitSummary> test) {
    List<UnitSummary> out = new ArrayList<>();
    for (UnitSummary u : getUnits()) {
      if (test.test(u)) {
        out.add(u);
      }
    }
    return out;
  }

  /**
   * Returns the number of risk points of all units.
   *
   * @return the points
   */
  public int riskPoints() {
    return getTotals().total();
  }

  /**
   * Returns a new builder; {@link Rollup} makes results, a builder serves tests and storage.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RollupResult}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableRollupResult.Builder {
    Builder() {}
  }
}
