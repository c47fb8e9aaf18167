package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-DECISION-001}: when the leadership meeting decided a point's level, the level proposed
 * to it equals the level the ledger records. Stateless and thread-safe.
 */
final class DecisionMatchesProposal extends PointRule {
  static final String ID = "PR-DECISION-001";

  DecisionMatchesProposal() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      LevelDecision decision = rp.getDecision().orElse(null);
      RiskLevel level = rp.getLevel().orElse(null);
      if (decision != null && level != null && decision.getProposedLevel() != level) {
        out.point(rp, "decision.proposedLevel", ID, rp.getId(), decision.getProposedLevel(), level);
      }
    }
  }
}
