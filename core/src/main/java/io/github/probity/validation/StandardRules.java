package io.github.probity.validation;

import java.util.ArrayList;
import java.util.List;

/**
 * The standard rule catalogue, in the order the rules run and so report. Each rule is a {@link
 * StandardRule} of its own; adding one is its class, its entry here and its messages in both
 * bundles. Every rule is linear in the ledger's size: the {@link PointRule}s share one {@link
 * PointScan} per validation; the others make one pass over posts, leaders, departments or power
 * items, with hash lookups. Immutable and thread-safe.
 */
final class StandardRules {
  private StandardRules() {}

  /** Every standard rule, in catalogue order. */
  static final List<StandardRule> ALL =
      List.of(
          new PostHasRiskPoints(),
          new LeaderHasRiskPoints(),
          new DepartmentHasRiskPoints(),
          new GroupHasRiskPoints(),
          new PointHasLevel(),
          new PointHasResponsible(),
          new PointHasMeasure(),
          new PersonalMeasureByOwner(),
          new HighSupervisedByPrincipal(),
          new SupervisorInGroup(),
          new SupervisorIsLeader(),
          new SupervisorNotResponsible(),
          new GroupPointSupervisor(),
          new DecisionMatchesProposal(),
          new DecisionRecorded(),
          new DecisionAtMeeting(),
          new MeetingQuorum(),
          LevelsDecided.overdue(),
          LevelsDecided.pending(),
          new DepartmentSignOff(),
          new MajorMatterMarked(),
          new FinanceMajorMatter(),
          new SeparationMeasure(),
          new IncompatibleDuties(),
          new DuplicateTitles(),
          new BlankText(),
          new PostWithPowersHasRiskPoints(),
          new DepartmentCategories(),
          new MeasureNotOverdue(),
          new MeasureDoneHasEvidence(),
          new MeasureAbandonReason(),
          new MeasureProgressFitsStatus(),
          new EffectivenessReviewer(),
          new EffectivenessReviewOverdue(),
          new ArchiveRule(),
          new ReviewerNotProposer(),
          new ExtraFactorValues());

  /** The rules of {@link #ALL} that the {@link PointScan} runs, in catalogue order. */
  static final List<PointRule> POINT_RULES = pointRules();

  /** Every message key the standard rules use. */
  static final List<String> MESSAGE_KEYS =
      ALL.stream().flatMap(r -> r.messageKeys().stream()).toList();

  private static List<PointRule> pointRules() {
    List<PointRule> out = new ArrayList<>();
    for (StandardRule r : ALL) {
      if (r instanceof PointRule) {
        out.add((PointRule) r);
      }
    }
    return List.copyOf(out);
  }
}
