package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskOwner;

/** {@code PR-OWNER-003}: the leadership group has group risk points. Stateless and thread-safe. */
final class GroupHasRiskPoints extends StandardRule {
  static final String ID = "PR-OWNER-003";

  GroupHasRiskPoints() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    String id = l.getLeadershipGroup().getId();
    if (l.riskPointsOf(RiskOwner.leadershipGroup(id)).isEmpty()) {
      f.add(
          Paths.leadershipGroup().property("riskPoints"), ID, id, l.getLeadershipGroup().getName());
    }
  }
}
