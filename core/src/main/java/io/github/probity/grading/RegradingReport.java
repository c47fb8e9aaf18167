package io.github.probity.grading;

import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What re-grading a ledger under a (new version of a) policy changes: every point whose proposed
 * level changes, old → new with the new grade's explanation, and every leadership-meeting decision
 * that no longer matches and needs a new meeting.
 *
 * <p>The previous level of a point is its recorded level, or, when none is recorded, the level
 * proposed to its meeting. A decision no longer matches when the new level differs from the level
 * proposed to the meeting: the meeting decided on a proposal that no longer stands, even where its
 * decided level happens to equal the new one ({@link StaleDecision#decidedLevelAgrees()}). The
 * ledger itself is not changed. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RegradingReport {
  RegradingReport() {}

  /** {@return the id of the grader (policy) used} */
  public abstract String getGraderId();

  /**
   * Returns how many points were graded.
   *
   * @return the number of points
   */
  public abstract int getGradedCount();

  /** {@return the points whose level changes, in ledger order} */
  public abstract List<RegradedPoint> getChanges();

  /** {@return the decisions that no longer match, in ledger order} */
  public abstract List<StaleDecision> getStaleDecisions();

  /**
   * Tells whether re-grading changes nothing.
   *
   * @return {@code true} if no level changes and no decision is stale
   */
  public boolean isUnchanged() {
    return getChanges().isEmpty() && getStaleDecisions().isEmpty();
  }

  /**
   * Re-grades every point of the context's ledger with the given grader.
   *
   * @param grader the grader of the new policy
   * @param context the context, whose ledger is re-graded
   * @return the report
   */
  public static RegradingReport regrade(RiskGrader grader, GradingContext context) {
    Ledger ledger = context.getLedger();
    Builder report = builder();
    report.graderId(grader.id()).gradedCount(ledger.getRiskPoints().size());
    List<RiskPoint> points = ledger.getRiskPoints();
    List<RiskLevel> levels = grader.levels(context);
    for (int i = 0; i < points.size(); i++) {
      RiskPoint point = points.get(i);
      RiskLevel level = levels.get(i);
      Optional<LevelDecision> decision = point.getDecision();
      Optional<RiskLevel> previous =
          point.getLevel().isPresent()
              ? point.getLevel()
              : decision.map(LevelDecision::getProposedLevel);
      if (previous.isEmpty() || previous.get() != level) {
        report.addChanges(
            RegradedPoint.builder()
                .riskPointId(point.getId())
                .previousLevel(previous)
                .newGrade(grader.grade(point, context))
                .build());
      }
      if (decision.isPresent() && decision.get().getProposedLevel() != level) {
        report.addStaleDecisions(
            StaleDecision.builder()
                .riskPointId(point.getId())
                .decision(decision.get())
                .newLevel(level)
                .build());
      }
    }
    return report.build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegradingReport}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableRegradingReport.Builder {
    Builder() {}
  }
}
