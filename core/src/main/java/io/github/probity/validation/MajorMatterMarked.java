package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;

/**
 * {@code PR-POWER-001}: construction (工程建设) and procurement (物品采购) power items are marked 三重一大.
 * Stateless and thread-safe.
 */
final class MajorMatterMarked extends StandardRule {
  static final String ID = "PR-POWER-001";

  MajorMatterMarked() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    for (PowerItem item : l.getPowerItems()) {
      PowerKind k = item.getKind();
      if ((k == PowerKind.CONSTRUCTION || k == PowerKind.PROCUREMENT) && !item.isMajorMatter()) {
        f.add(
            Paths.powerItem(l, item).property("majorMatter"), ID, item.getId(), item.getName(), k);
      }
    }
  }
}
