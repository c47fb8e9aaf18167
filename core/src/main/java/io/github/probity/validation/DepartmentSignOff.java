package io.github.probity.validation;

import io.github.probity.finding.Location.ModelPath;
import io.github.probity.finding.Severity;
import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskOwner;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code PR-DEPT-001}: a department with department risk points has a supervising leader who is a
 * leader supervising it — 科室风险防控措施由分（协）管领导把关. Stateless and thread-safe.
 */
final class DepartmentSignOff extends StandardRule {
  static final String ID = "PR-DEPT-001";

  DepartmentSignOff() {
    super(ID, Severity.ERROR, ID, ID + ".missing");
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    // leader -> supervised departments, as sets: a leader may supervise thousands
    Map<String, Set<String>> supervised = new HashMap<>();
    for (Leader leader : l.getLeadershipGroup().getLeaders()) {
      supervised.putIfAbsent(
          leader.getPersonId(), new HashSet<>(leader.getSupervisedDepartments()));
    }
    for (Department d : l.getDepartments()) {
      if (l.riskPointsOf(RiskOwner.department(d.getId())).isEmpty()) {
        continue;
      }
      ModelPath path = Paths.department(d.getId()).property("supervisingLeader");
      Optional<String> s = d.getSupervisingLeader();
      if (s.isEmpty()) {
        f.add(path, ID + ".missing", d.getId(), d.getName());
        continue;
      }
      boolean supervises = supervised.getOrDefault(s.get(), Set.of()).contains(d.getId());
      if (!supervises) {
        f.add(path, ID, d.getId(), d.getName(), name(l, s.get()));
      }
    }
  }
}
