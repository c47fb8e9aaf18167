package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.RiskPoint;
import java.time.LocalDate;
import java.util.List;

/**
 * {@code PR-MEASURE-003}: no measure's deadline has passed, today being the validation clock's date
 * in its zone; a measure in place (已落实) or abandoned (已废止) is not overdue ({@link
 * Measure#statusOn}). Stateless and thread-safe.
 */
final class MeasureNotOverdue extends PointRule {
  static final String ID = "PR-MEASURE-003";

  MeasureNotOverdue() {
    super(ID, Severity.WARNING, ID);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    LocalDate today = owner.today();
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      List<Measure> measures = rp.getMeasures();
      for (int j = 0, n = measures.size(); j < n; j++) {
        Measure m = measures.get(j);
        if (m.statusOn(today) == MeasureStatus.OVERDUE) {
          LocalDate deadline = m.getDeadline().orElseThrow();
          out.measure(rp, m, "deadline", ID, m.getId(), rp.getId(), deadline, today);
        }
      }
    }
  }
}
