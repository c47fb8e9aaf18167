package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;

/**
 * {@code PR-POWER-002}: finance power items are marked 三重一大 — a warning, because the model does not
 * record amounts and only large funds (大额资金使用) must be. Stateless and thread-safe.
 */
final class FinanceMajorMatter extends StandardRule {
  static final String ID = "PR-POWER-002";

  FinanceMajorMatter() {
    super(ID, Severity.WARNING, ID);
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    for (PowerItem item : l.getPowerItems()) {
      if (item.getKind() == PowerKind.FINANCE && !item.isMajorMatter()) {
        f.add(Paths.powerItem(l, item).property("majorMatter"), ID, item.getId(), item.getName());
      }
    }
  }
}
