package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-REF-002}: a point's supervisor (责任领导) is not its responsible person (责任人) — who
 * supervises the prevention must be another than who answers for it (确定日常监控的责任主体). A point missing
 * either is not judged. Stateless and thread-safe.
 */
final class SupervisorNotResponsible extends PointRule {
  static final String ID = "PR-REF-002";

  SupervisorNotResponsible() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      String supervisor = rp.getSupervisor().orElse(null);
      if (supervisor != null && rp.getResponsible().filter(supervisor::equals).isPresent()) {
        out.point(rp, "supervisor", ID, rp.getId(), owner.name(supervisor));
      }
    }
  }
}
