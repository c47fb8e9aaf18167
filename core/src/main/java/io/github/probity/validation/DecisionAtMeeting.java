package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Meeting;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-DECISION-005}: a level decision bears the date of the recorded meeting it names. A
 * ledger that records no meetings is not judged (each decision stands alone there; the model
 * already checks that a recorded ledger's decisions name recorded meetings). Stateless and
 * thread-safe.
 */
final class DecisionAtMeeting extends PointRule {
  static final String ID = "PR-DECISION-005";

  DecisionAtMeeting() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    if (owner.ledger().getMeetings().isEmpty()) {
      return;
    }
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      LevelDecision decision = rp.getDecision().orElse(null);
      if (decision == null) {
        continue;
      }
      Meeting meeting = owner.ledger().meeting(decision.getMeetingReference()).orElse(null);
      if (meeting != null && !meeting.getDate().equals(decision.getDate())) {
        out.point(
            rp,
            "decision.date",
            ID,
            rp.getId(),
            decision.getDate(),
            meeting.getReference(),
            meeting.getDate());
      }
    }
  }
}
