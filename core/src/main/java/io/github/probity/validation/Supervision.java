package io.github.probity.validation;

import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.Optional;

/**
 * Who supervises a risk point at a given level, by the tiers units use with the plan's
 * 根据局党风廉政建设责任制分工， 结合廉政风险点等级划分: 高 by the principal leader, 一般 by the department's supervising
 * leader, 低 by the department head. Points of the leadership group and of leaders have no
 * department: this returns the principal leader for them (the rules only rely on the 高 tier). To be
 * replaced by the grading package's derivation once it exists. Stateless.
 */
final class Supervision {
  private Supervision() {}

  /** Returns the principal leader's person id, if one is marked. */
  static Optional<String> principal(Ledger ledger) {
    return ledger.getLeadershipGroup().principal().map(Leader::getPersonId);
  }

  /** Returns the person id of the supervisor the level requires, or empty if none is recorded. */
  static Optional<String> expected(Ledger ledger, RiskPoint point, RiskLevel level) {
    Optional<String> principal = principal(ledger);
    if (level == RiskLevel.HIGH) {
      return principal;
    }
    Optional<Department> department = ledger.departmentOf(point.getOwner());
    if (department.isEmpty()) {
      return principal;
    }
    return level == RiskLevel.MEDIUM
        ? department.get().getSupervisingLeader()
        : department.get().getHead();
  }
}
