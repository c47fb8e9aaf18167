package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-REF-003}: the leadership group's own points are never supervised by the person who
 * answers for the group — the principal leader, first responsible for its integrity work
 * (党风廉政建设第一责任人). Another member of the group, usually the 纪检组长, supervises them. A point whose
 * supervisor is also its recorded responsible person is left to {@code PR-REF-002}. Needs the
 * principal leader marked, so it is one of {@link RuleSet#NEEDING_STRUCTURE}. Stateless and
 * thread-safe.
 */
final class GroupPointSupervisor extends PointRule {
  static final String ID = "PR-REF-003";

  GroupPointSupervisor() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    String principal = owner.principal();
    if (principal == null || owner.owner().getScope() != OwnerScope.LEADERSHIP_GROUP) {
      return;
    }
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      if (rp.getSupervisor().filter(principal::equals).isPresent()
          && rp.getResponsible().filter(principal::equals).isEmpty()) {
        out.point(rp, "supervisor", ID, rp.getId(), owner.name(principal));
      }
    }
  }
}
