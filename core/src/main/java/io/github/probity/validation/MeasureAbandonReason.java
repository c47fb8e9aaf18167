package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-MEASURE-005}: an abandoned measure (已废止) says why, in a reason that is not blank once
 * full-width, no-break and zero-width spaces are removed. Stateless and thread-safe.
 */
final class MeasureAbandonReason extends PointRule {
  static final String ID = "PR-MEASURE-005";

  MeasureAbandonReason() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      List<Measure> measures = rp.getMeasures();
      for (int j = 0, n = measures.size(); j < n; j++) {
        Measure m = measures.get(j);
        if (m.getStatus() == MeasureStatus.ABANDONED
            && m.getAbandonReason().map(Texts::isBlank).orElse(true)) {
          out.measure(rp, m, "abandonReason", ID, m.getId(), rp.getId());
        }
      }
    }
  }
}
