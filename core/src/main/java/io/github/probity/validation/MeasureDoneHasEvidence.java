package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-MEASURE-004}: a measure recorded as in place (已落实) has evidence. Stateless and
 * thread-safe.
 */
final class MeasureDoneHasEvidence extends PointRule {
  static final String ID = "PR-MEASURE-004";

  MeasureDoneHasEvidence() {
    super(ID, Severity.WARNING, ID);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      List<Measure> measures = rp.getMeasures();
      for (int j = 0, n = measures.size(); j < n; j++) {
        Measure m = measures.get(j);
        if (m.getStatus() == MeasureStatus.DONE && m.getEvidence().isEmpty()) {
          out.measure(rp, m, "evidence", ID, m.getId(), rp.getId());
        }
      }
    }
  }
}
