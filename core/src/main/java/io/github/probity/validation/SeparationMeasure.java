package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;

/**
 * {@code PR-POWER-003}: a power item that needs checks and balances has a separation-of-duties
 * measure on a risk point that names it — 建立完善分权制约措施: 工程建设、物品采购、大额资金使用. Which items have one comes
 * from the {@link PointScan}. Stateless and thread-safe.
 */
final class SeparationMeasure extends StandardRule {
  static final String ID = "PR-POWER-003";

  SeparationMeasure() {
    super(ID, Severity.ERROR, ID);
  }

  /** Construction and procurement always; finance when marked 三重一大 (large funds). */
  static boolean needsSeparation(PowerItem item) {
    PowerKind k = item.getKind();
    return k == PowerKind.CONSTRUCTION
        || k == PowerKind.PROCUREMENT
        || (k == PowerKind.FINANCE && item.isMajorMatter());
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    PointScan scan = PointScan.of(c);
    for (PowerItem item : l.getPowerItems()) {
      if (needsSeparation(item) && !scan.isSeparated(item.getId())) {
        f.add(Paths.powerItem(l, item), ID, item.getId(), item.getName(), item.getKind());
      }
    }
  }
}
