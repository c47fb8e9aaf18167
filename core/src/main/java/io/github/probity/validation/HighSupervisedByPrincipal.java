package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-SUPERVISOR-001}: a 高 point (its decided level, else its recorded one) is supervised by
 * the principal leader — 结合廉政风险点等级划分，确定日常监控的责任主体. The principal leader's own points are exempt: he
 * never supervises himself ({@link SupervisorIsLeader}); so are the leadership group's, for which
 * he answers ({@link GroupPointSupervisor}). Stateless and thread-safe.
 */
final class HighSupervisedByPrincipal extends PointRule {
  static final String ID = "PR-SUPERVISOR-001";

  HighSupervisedByPrincipal() {
    super(ID, Severity.ERROR, ID, ID + ".missing", ID + ".noPrincipal");
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    if (owner.isOwnedByPrincipal() || owner.owner().getScope() == OwnerScope.LEADERSHIP_GROUP) {
      return;
    }
    String principal = owner.principal();
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      LevelDecision decision = rp.getDecision().orElse(null);
      RiskLevel level = decision != null ? decision.getLevel() : rp.getLevel().orElse(null);
      if (level != RiskLevel.HIGH) {
        continue;
      }
      String supervisor = rp.getSupervisor().orElse(null);
      if (principal == null) {
        out.point(rp, "supervisor", ID + ".noPrincipal", rp.getId());
      } else if (supervisor == null) {
        out.point(rp, "supervisor", ID + ".missing", rp.getId(), owner.name(principal));
      } else if (!supervisor.equals(principal)) {
        out.point(rp, "supervisor", ID, rp.getId(), owner.name(supervisor), owner.name(principal));
      }
    }
  }
}
