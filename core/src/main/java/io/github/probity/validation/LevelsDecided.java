package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PlanPhase;
import io.github.probity.plan.PlanTask;
import io.github.probity.plan.ProgressIndicator;
import java.time.LocalDate;
import java.util.Optional;

/**
 * {@code PR-DECISION-003} and {@code PR-DECISION-004}: every point's level is decided collectively
 * by the leadership meeting (召开领导班子会议，集体研究…确定) before the annexes are filed. Dated by the plan's
 * grading phase — the phase whose task measures {@link ProgressIndicator#POINTS_DECIDED} (评定风险等级,
 * phase 3 of the reference plan): before it starts nothing is reported; while it runs an undecided
 * point is a warning ({@code PR-DECISION-004}); after it ends an error ({@code PR-DECISION-003}).
 * The plan is {@link ValidationContext#getPlan()}; no plan, or one without such a phase, leaves
 * both rules silent. A table does not record decisions, so both are among {@link
 * RuleSet#NEEDING_STRUCTURE}. Stateless and thread-safe.
 */
final class LevelsDecided extends StandardRule {
  static final String OVERDUE_ID = "PR-DECISION-003";
  static final String PENDING_ID = "PR-DECISION-004";

  private final boolean overdue;

  private LevelsDecided(String id, Severity severity, boolean overdue) {
    super(id, severity, id);
    this.overdue = overdue;
  }

  /** The error once the grading phase has ended. */
  static LevelsDecided overdue() {
    return new LevelsDecided(OVERDUE_ID, Severity.ERROR, true);
  }

  /** The warning while the grading phase runs. */
  static LevelsDecided pending() {
    return new LevelsDecided(PENDING_ID, Severity.WARNING, false);
  }

  @Override
  public void check(ValidationContext context, Findings findings) {
    PlanPhase phase = context.getPlan().flatMap(LevelsDecided::gradingPhase).orElse(null);
    if (phase == null) {
      return;
    }
    LocalDate today = context.today();
    boolean ended = today.isAfter(phase.getEnd());
    boolean running = !ended && !today.isBefore(phase.getStart());
    if (overdue ? !ended : !running) {
      return;
    }
    Ledger ledger = context.getLedger();
    for (RiskPoint rp : ledger.getRiskPoints()) {
      if (rp.getDecision().isEmpty()) {
        findings.add(
            Paths.riskPoint(ledger, rp).property("decision"),
            id(),
            rp.getId(),
            rp.getTitle(),
            phase.getName(),
            phase.getEnd());
      }
    }
  }

  /** Returns the phase with the task that measures decided points. */
  static Optional<PlanPhase> gradingPhase(ImplementationPlan plan) {
    for (PlanPhase phase : plan.getPhases()) {
      for (PlanTask task : phase.getTasks()) {
        if (task.getIndicators().contains(ProgressIndicator.POINTS_DECIDED)) {
          return Optional.of(phase);
        }
      }
    }
    return Optional.empty();
  }
}
