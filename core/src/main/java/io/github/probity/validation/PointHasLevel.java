package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-POINT-001}: every risk point has a level, recorded or decided, or, while still to be
 * graded, grading factors. Stateless and thread-safe.
 */
final class PointHasLevel extends PointRule {
  static final String ID = "PR-POINT-001";

  PointHasLevel() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      if (rp.getLevel().isEmpty() && rp.getDecision().isEmpty() && rp.getFactors().isEmpty()) {
        out.point(rp, "level", ID, rp.getId(), rp.getTitle());
      }
    }
  }
}
