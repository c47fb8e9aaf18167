package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-POINT-002}: every risk point has a responsible person (责任人), or at least a responsible
 * role: tables often name the post (科室负责人), not the person. Stateless and thread-safe.
 */
final class PointHasResponsible extends PointRule {
  static final String ID = "PR-POINT-002";

  PointHasResponsible() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      if (rp.getResponsible().isEmpty() && rp.getResponsibleRole().isEmpty()) {
        out.point(rp, "responsible", ID, rp.getId(), rp.getTitle());
      }
    }
  }
}
