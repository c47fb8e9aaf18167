package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-MEASURE-006}: progress and status agree — a measure at 100 % is recorded as in place
 * (已落实), and a measure in place is at 100 % ({@code .done}). Stateless and thread-safe.
 */
final class MeasureProgressFitsStatus extends PointRule {
  static final String ID = "PR-MEASURE-006";
  static final String DONE = ID + ".done";

  MeasureProgressFitsStatus() {
    super(ID, Severity.WARNING, ID, DONE);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      List<Measure> measures = rp.getMeasures();
      for (int j = 0, n = measures.size(); j < n; j++) {
        Measure m = measures.get(j);
        boolean done = m.getStatus() == MeasureStatus.DONE;
        int progress = m.getProgress();
        if (progress == 100 && !done) {
          out.measure(rp, m, "progress", ID, m.getId(), rp.getId(), m.getStatus().displayName());
        } else if (done && progress < 100) {
          out.measure(rp, m, "progress", DONE, m.getId(), rp.getId(), progress);
        }
      }
    }
  }
}
