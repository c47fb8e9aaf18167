package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskOwner;

/**
 * {@code PR-OWNER-001}: every member of the leadership group has personal risk points. Stateless
 * and thread-safe.
 */
final class LeaderHasRiskPoints extends StandardRule {
  static final String ID = "PR-OWNER-001";

  LeaderHasRiskPoints() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    for (Leader leader : l.getLeadershipGroup().getLeaders()) {
      String id = leader.getPersonId();
      if (l.riskPointsOf(RiskOwner.leader(id)).isEmpty()) {
        f.add(Paths.leader(id).property("riskPoints"), ID, id, name(l, id), leader.getRole());
      }
    }
  }
}
