package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-SUPERVISOR-002}: the supervisor (责任领导) of a 高 or 一般 point (its effective level) is a
 * member of the leadership group; only a 低 point may be supervised by its department's head. Needs
 * the whole leadership group, so it is one of {@link RuleSet#NEEDING_STRUCTURE}. Stateless and
 * thread-safe.
 */
final class SupervisorInGroup extends PointRule {
  static final String ID = "PR-SUPERVISOR-002";

  SupervisorInGroup() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      String supervisor = rp.getSupervisor().orElse(null);
      if (supervisor == null || owner.isGroupMember(supervisor)) {
        continue;
      }
      RiskLevel level = rp.effectiveLevel().orElse(RiskLevel.LOW);
      if (level == RiskLevel.HIGH || level == RiskLevel.MEDIUM) {
        out.point(rp, "supervisor", ID, rp.getId(), level, owner.name(supervisor));
      }
    }
  }
}
