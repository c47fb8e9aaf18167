package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-DECISION-002}: a level decision's meeting reference, and its rationale when it changes
 * the proposed level, are not blank once spaces of every width are removed (the model trims only
 * ordinary white space). Stateless and thread-safe.
 */
final class DecisionRecorded extends PointRule {
  static final String ID = "PR-DECISION-002";

  DecisionRecorded() {
    super(ID, Severity.ERROR, ID, ID + ".rationale");
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      LevelDecision decision = rp.getDecision().orElse(null);
      if (decision == null) {
        continue;
      }
      if (Texts.isBlank(decision.getMeetingReference())) {
        out.point(rp, "decision.meetingReference", ID, rp.getId());
      }
      if (decision.changesProposal() && decision.getRationale().map(Texts::isBlank).orElse(true)) {
        out.point(
            rp,
            "decision.rationale",
            ID + ".rationale",
            rp.getId(),
            decision.getProposedLevel(),
            decision.getLevel());
      }
    }
  }
}
