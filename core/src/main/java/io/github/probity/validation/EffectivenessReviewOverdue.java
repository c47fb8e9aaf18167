package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.RiskPoint;
import io.github.probity.warning.ReviewDue;
import io.github.probity.warning.Supervision;
import java.time.LocalDate;

/**
 * {@code PR-MEASURE-008}: no measure in place (已落实) is past the effectiveness review its point's
 * level calls for, today being the validation clock's date in its zone; cadences from {@link
 * ValidationContext#getWarningPolicy()}, schedule from {@link Supervision#effectivenessSchedule}.
 * Stateless and thread-safe.
 */
final class EffectivenessReviewOverdue extends StandardRule {
  static final String ID = "PR-MEASURE-008";

  EffectivenessReviewOverdue() {
    super(ID, Severity.WARNING, ID);
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    LocalDate today = c.today();
    for (ReviewDue r : Supervision.of(l, c.getWarningPolicy()).effectivenessSchedule(today)) {
      if (!r.isOverdue()) {
        continue;
      }
      RiskPoint rp = l.riskPoint(r.getRiskPoint()).orElseThrow();
      String id = r.getMeasure().orElseThrow();
      Measure m =
          rp.getMeasures().stream().filter(x -> x.getId().equals(id)).findFirst().orElseThrow();
      f.add(
          Paths.measure(l, rp, m).property("reviews"),
          ID,
          m.getId(),
          rp.getId(),
          r.getLevel().displayName(),
          r.getDueDate(),
          today);
    }
  }
}
