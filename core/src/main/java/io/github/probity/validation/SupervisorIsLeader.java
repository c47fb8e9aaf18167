package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-REF-001}: a point's supervisor (责任领导) is a member of the leadership group or, for a
 * department or post point, the head of its department; a leader never supervises his own points.
 * Stateless and thread-safe.
 */
final class SupervisorIsLeader extends PointRule {
  static final String ID = "PR-REF-001";

  SupervisorIsLeader() {
    super(ID, Severity.ERROR, ID, ID + ".self");
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    String self = owner.isLeader() ? owner.owner().getId() : null;
    String head = owner.head();
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      String supervisor = rp.getSupervisor().orElse(null);
      if (supervisor == null) {
        continue;
      }
      if (supervisor.equals(self)) {
        out.point(rp, "supervisor", ID + ".self", rp.getId(), owner.name(supervisor));
      } else if (!owner.isGroupMember(supervisor) && !supervisor.equals(head)) {
        out.point(rp, "supervisor", ID, rp.getId(), owner.name(supervisor));
      }
    }
  }
}
