package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Department;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskOwner;

/**
 * {@code PR-OWNER-002}: every department has department risk points (owned by the department
 * itself). Stateless and thread-safe.
 */
final class DepartmentHasRiskPoints extends StandardRule {
  static final String ID = "PR-OWNER-002";

  DepartmentHasRiskPoints() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    for (Department d : l.getDepartments()) {
      if (l.riskPointsOf(RiskOwner.department(d.getId())).isEmpty()) {
        f.add(Paths.department(d.getId()).property("riskPoints"), ID, d.getId(), d.getName());
      }
    }
  }
}
