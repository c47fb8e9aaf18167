package io.github.probity.rollup;

import io.github.probity.annex.AnnexKind;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What a roll-up keeps of one unit: its name and code, its risk points by level and category, its
 * posts without points and annexes without rows, its plan's standing, and its overdue measures and
 * open cases by age. About a kilobyte whatever the size of the ledger. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class UnitSummary {
  UnitSummary() {}

  /**
   * Returns where the unit's documents came from, if known.
   *
   * @return the source
   */
  public abstract Optional<String> getSource();

  /**
   * Returns the unit's code, when its ledger was handed in.
   *
   * @return the code
   */
  public abstract Optional<String> getUnitCode();

  /**
   * Returns the unit's name.
   *
   * @return the name
   */
  public abstract String getUnitName();

  /**
   * Returns the ledger's year, when its ledger was handed in.
   *
   * @return the year
   */
  public abstract OptionalInt getYear();

  /**
   * Tells whether the unit's ledger was handed in.
   *
   * @return {@code true} if it was
   */
  public abstract boolean isLedgerGiven();

  /**
   * Returns the unit's risk points by level and category; empty without a ledger.
   *
   * @return the counts
   */
  public abstract LevelCategoryCounts getCounts();

  /**
   * Returns the number of posts in the ledger.
   *
   * @return the posts
   */
  public abstract int getPosts();

  /**
   * Returns the number of posts that have no risk point.
   *
   * @return the posts without points
   */
  public abstract int getPostsWithoutPoints();

  /**
   * Returns the number of measures in the ledger.
   *
   * @return the measures
   */
  public abstract int getMeasures();

  /**
   * Returns the annexes 1–3 that have no row: those whose owners have no risk point; all three
   * without a ledger.
   *
   * @return the annexes without rows
   */
  public abstract Set<AnnexKind> getMissingAnnexes();

  /**
   * Returns the plan's standing, when a plan or its progress was handed in with the ledger.
   *
   * @return the standing
   */
  public abstract Optional<PlanStanding> getPlan();

  /**
   * Returns the measures past their deadline and not in place or abandoned ({@link
   * io.github.probity.model.Measure#statusOn}), by how many days past.
   *
   * @return the overdue measures
   */
  public abstract BandCounts getOverdueMeasures();

  /**
   * Returns the cases not archived or cleared, by how long ago they were opened.
   *
   * @return the open cases
   */
  public abstract BandCounts getOpenCases();

  /**
   * Returns the number of open cases whose step in force is past its reply deadline.
   *
   * @return the overdue cases
   */
  public abstract int getOverdueCases();

  /**
   * Returns the number of risk points.
   *
   * @return the points
   */
  public int riskPoints() {
    return getCounts().total();
  }

  /**
   * Tells whether the unit's plan lags: a phase has ended with tasks open.
   *
   * @return {@code true} if a phase is overdue
   */
  public boolean isLagging() {
    return getPlan().map(PlanStanding::isLagging).orElse(false);
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link UnitSummary}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableUnitSummary.Builder {
    Builder() {}
  }
}
