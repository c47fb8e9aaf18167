package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-MEASURE-001}: every risk point has at least one prevention measure. Stateless and
 * thread-safe.
 */
final class PointHasMeasure extends PointRule {
  static final String ID = "PR-MEASURE-001";

  PointHasMeasure() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      if (rp.getMeasures().isEmpty()) {
        out.point(rp, "measures", ID, rp.getId(), rp.getTitle());
      }
    }
  }
}
