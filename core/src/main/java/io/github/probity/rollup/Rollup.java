package io.github.probity.rollup;

import io.github.probity.annex.AnnexKind;
import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Post;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.plan.PlanProgress;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.DispositionCase;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The streaming accumulator of a commission's roll-up: units are {@linkplain #add(UnitSubmission)
 * added} one at a time, each is reduced to a {@link UnitSummary} at once, and nothing else of it is
 * kept — a caller that reads one unit, adds it and lets it go rolls up thousands of units in memory
 * that grows only by about a kilobyte a unit. {@link #result()} gives the roll-up so far.
 *
 * <p>Days are counted in the commission's time zone, the zone of the injected {@link Clock}: a
 * measure is overdue from the day after its deadline, a case's age is the days since the day it was
 * opened, and a plan is measured on the clock's day ({@link PlanProgress#measure}). A plan is
 * measured on its unit's ledger only; without a ledger a unit has no plan standing.
 *
 * <pre>{@code
 * Rollup rollup = Rollup.start(Clock.system(ZoneId.of("Asia/Shanghai")));
 * for (Ledger ledger : ledgers) {
 *   rollup.add(ledger);
 * }
 * RollupResult result = rollup.result();
 * }</pre>
 *
 * <p>Not thread-safe: one accumulator is fed by one thread; merge the results of parallel ones by
 * adding their units' summaries to one ({@link #add(UnitSummary)}).
 *
 * @since 0.1.0
 */
public final class Rollup {
  private final Clock clock;
  private final LocalDate today;
  private final Instant now;
  private final List<UnitSummary> units = new ArrayList<>();
  private final List<SourceFinding> findings = new ArrayList<>();
  private final int[] totals = new int[LevelCategoryCounts.size()];
  private final int[] overdueMeasures = new int[AgeBand.values().length];
  private final int[] openCases = new int[AgeBand.values().length];
  private int overdueCases;

  private Rollup(Clock clock) {
    this.clock = clock;
    this.now = clock.instant();
    this.today = LocalDate.ofInstant(now, clock.getZone());
  }

  /**
   * Starts an empty roll-up for the clock's current day; the clock's zone is the commission's.
   *
   * @param clock the clock, in the commission's time zone
   * @return the accumulator
   */
  public static Rollup start(Clock clock) {
    return new Rollup(clock);
  }

  /**
   * Starts an empty roll-up for the clock's current day in a time zone.
   *
   * @param clock the clock
   * @param zone the commission's time zone
   * @return the accumulator
   */
  public static Rollup start(Clock clock, ZoneId zone) {
    return new Rollup(clock.withZone(zone));
  }

  /**
   * Returns the day the roll-up is made for.
   *
   * @return the day, in the commission's zone
   */
  public LocalDate today() {
    return today;
  }

  /**
   * Adds a unit that handed in its ledger alone.
   *
   * @param ledger the ledger
   * @return this accumulator
   */
  public Rollup add(Ledger ledger) {
    return add(UnitSubmission.of(ledger));
  }

  /**
   * Adds a unit: its submission is summarised and let go.
   *
   * @param submission what the unit handed in
   * @return this accumulator
   */
  public Rollup add(UnitSubmission submission) {
    return add(summarise(submission));
  }

  /**
   * Adds a unit already summarised, e.g. by another accumulator for the same day.
   *
   * @param summary the unit's summary
   * @return this accumulator
   */
  public Rollup add(UnitSummary summary) {
    units.add(summary);
    summary.getCounts().addTo(totals);
    summary.getOverdueMeasures().addTo(overdueMeasures);
    summary.getOpenCases().addTo(openCases);
    overdueCases += summary.getOverdueCases();
    return this;
  }

  /**
   * Records a finding about an input, e.g. a file that could not be read.
   *
   * @param source the input, e.g. a file's path relative to the directory read
   * @param finding the finding
   * @return this accumulator
   */
  public Rollup report(String source, Finding finding) {
    findings.add(new SourceFinding(source, finding));
    return this;
  }

  /**
   * Returns how many units were added.
   *
   * @return the number of units
   */
  public int size() {
    return units.size();
  }

  /**
   * Returns the roll-up of the units added so far.
   *
   * @return the result
   */
  public RollupResult result() {
    return RollupResult.builder()
        .date(today)
        .zone(clock.getZone())
        .units(units)
        .findings(findings)
        .totals(LevelCategoryCounts.wrap(totals.clone()))
        .overdueMeasures(BandCounts.wrap(overdueMeasures.clone()))
        .openCases(BandCounts.wrap(openCases.clone()))
        .overdueCases(overdueCases)
        .build();
  }

  /**
   * Summarises one unit as this roll-up would, without adding it.
   *
   * @param submission what the unit handed in
   * @return the summary
   */
  public UnitSummary summarise(UnitSubmission submission) {
    UnitSummary.Builder b =
        UnitSummary.builder()
            .source(submission.getSource())
            .unitName(submission.unitName())
            .ledgerGiven(submission.getLedger().isPresent());
    int[] measureBands = new int[AgeBand.values().length];
    Optional<Ledger> given = submission.getLedger();
    if (given.isPresent()) {
      Ledger ledger = given.get();
      b.unitCode(ledger.getUnit().getCode()).year(ledger.getYear());
      int[] counts = new int[LevelCategoryCounts.size()];
      Set<OwnerScope> scopes = EnumSet.noneOf(OwnerScope.class);
      Set<String> postsWithPoints = new HashSet<>();
      int measures = 0;
      for (RiskPoint p : ledger.getRiskPoints()) {
        counts[LevelCategoryCounts.index(p.effectiveLevel(), p.getCategory())]++;
        RiskOwner owner = p.getOwner();
        scopes.add(owner.getScope());
        if (owner.getScope() == OwnerScope.POST) {
          postsWithPoints.add(owner.getId());
        }
        for (Measure m : p.getMeasures()) {
          measures++;
          if (m.statusOn(today) == MeasureStatus.OVERDUE) {
            LocalDate deadline = m.getDeadline().orElseThrow();
            measureBands[AgeBand.of(ChronoUnit.DAYS.between(deadline, today)).ordinal()]++;
          }
        }
      }
      int postsWithout = 0;
      for (Post post : ledger.getPosts()) {
        postsWithout += postsWithPoints.contains(post.getId()) ? 0 : 1;
      }
      b.counts(LevelCategoryCounts.wrap(counts))
          .posts(ledger.getPosts().size())
          .postsWithoutPoints(postsWithout)
          .measures(measures);
      for (AnnexKind kind : ANNEXES) {
        if (kind.scopes().stream().noneMatch(scopes::contains)) {
          b.addMissingAnnexes(kind);
        }
      }
      Optional<PlanProgress> progress = submission.getProgress();
      if (progress.isEmpty() && submission.getPlan().isPresent()) {
        progress = Optional.of(PlanProgress.measure(submission.getPlan().get(), ledger, clock));
      }
      progress.ifPresent(p -> b.plan(PlanStanding.of(p)));
    } else {
      b.counts(LevelCategoryCounts.empty())
          .posts(0)
          .postsWithoutPoints(0)
          .measures(0)
          .addMissingAnnexes(ANNEXES.toArray(new AnnexKind[0]));
      submission.getProgress().ifPresent(p -> b.plan(PlanStanding.of(p)));
    }
    int[] caseBands = new int[AgeBand.values().length];
    int late = 0;
    for (DispositionCase c : submission.getCases()) {
      if (c.getState() == CaseState.ARCHIVED || c.getState() == CaseState.CLEARED) {
        continue;
      }
      LocalDate opened = LocalDate.ofInstant(c.getHistory().get(0).getTime(), clock.getZone());
      caseBands[AgeBand.of(ChronoUnit.DAYS.between(opened, today)).ordinal()]++;
      late += c.isOverdue(now) ? 1 : 0;
    }
    return b.overdueMeasures(BandCounts.wrap(measureBands))
        .openCases(BandCounts.wrap(caseBands))
        .overdueCases(late)
        .build();
  }

  private static final List<AnnexKind> ANNEXES =
      List.of(AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL);
}
