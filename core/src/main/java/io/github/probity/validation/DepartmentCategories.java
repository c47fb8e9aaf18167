package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Department;
import io.github.probity.model.Ledger;

/**
 * {@code PR-DEPT-002}: the risk points of a department, its own and its posts', cover at least
 * {@value #MIN_CATEGORIES} of the five categories. A department whose points give no category at
 * all (未分类) is not judged. Counts come from the {@link PointScan}. Stateless and thread-safe.
 */
final class DepartmentCategories extends StandardRule {
  static final String ID = "PR-DEPT-002";

  /** The fewest risk categories a department's points should cover. */
  static final int MIN_CATEGORIES = 3;

  DepartmentCategories() {
    super(ID, Severity.WARNING, ID);
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    PointScan scan = PointScan.of(c);
    for (Department d : l.getDepartments()) {
      int n = scan.categoriesOf(d.getId());
      if (n > 0 && n < MIN_CATEGORIES) {
        f.add(
            Paths.department(d.getId()).property("riskPoints"),
            ID,
            d.getId(),
            d.getName(),
            String.valueOf(n),
            String.valueOf(MIN_CATEGORIES));
      }
    }
  }
}
