package io.github.probity.grading;

import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who supervises a risk point day to day, derived from its effective level and the ledger
 * (监督责任按等级落实).
 *
 * <p>Department and post points: 高 → the unit's principal leader (主要领导), 一般 → the department's
 * supervising leader (分管领导), 低 → the department head (科室负责人), or the supervising leader when the
 * head is the point's responsible person (no one supervises what he answers for). Leadership-group
 * and leader points have no department, so their supervision does not follow the level: a leader's
 * points are supervised by the principal leader; the group's points, for which the principal leader
 * answers (第一责任人), by the leader in charge of discipline inspection (纪检组长: a member other than the
 * principal whose role names 纪检); the principal leader's own points by the leadership group
 * collectively. The person is empty when the ledger does not record the person in that role (no
 * escalation, so gaps stay visible). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class SupervisionAssignment {
  SupervisionAssignment() {}

  /** {@return the id of the risk point} */
  public abstract String getRiskPointId();

  /** {@return the level the assignment follows: the point's effective level} */
  public abstract RiskLevel getLevel();

  /** {@return the supervising role} */
  public abstract SupervisorRole getRole();

  /**
   * Returns the person id of the supervisor; empty for the group collectively, or when the ledger
   * does not record who holds the role.
   *
   * @return the supervisor's person id
   */
  public abstract Optional<String> getSupervisor();

  /**
   * Derives the supervision of every graded point of a ledger (points without an effective level
   * are skipped), in ledger order.
   *
   * @param ledger the ledger
   * @return the assignments
   */
  public static List<SupervisionAssignment> derive(Ledger ledger) {
    List<SupervisionAssignment> out = new ArrayList<>();
    for (RiskPoint p : ledger.getRiskPoints()) {
      of(p, ledger).ifPresent(out::add);
    }
    return out;
  }

  /**
   * Derives the supervision of one point from its effective level.
   *
   * @param point the point
   * @param ledger the ledger it belongs to
   * @return the assignment, or empty if the point has no effective level yet
   */
  public static Optional<SupervisionAssignment> of(RiskPoint point, Ledger ledger) {
    return point.effectiveLevel().map(level -> of(point, level, ledger));
  }

  /**
   * Derives the supervision of one point at a given level, e.g. a proposed one.
   *
   * @param point the point
   * @param level the level
   * @param ledger the ledger it belongs to
   * @return the assignment
   */
  public static SupervisionAssignment of(RiskPoint point, RiskLevel level, Ledger ledger) {
    Optional<String> principal = ledger.getLeadershipGroup().principal().map(Leader::getPersonId);
    Builder b = builder();
    b.riskPointId(point.getId()).level(level);
    OwnerScope scope = point.getOwner().getScope();
    if (scope == OwnerScope.LEADER && principal.equals(Optional.of(point.getOwner().getId()))) {
      return b.role(SupervisorRole.LEADERSHIP_GROUP).build();
    }
    if (scope == OwnerScope.LEADER) {
      return b.role(SupervisorRole.PRINCIPAL_LEADER).supervisor(principal).build();
    }
    if (scope == OwnerScope.LEADERSHIP_GROUP) {
      return b.role(SupervisorRole.DISCIPLINE_LEADER).supervisor(discipline(ledger)).build();
    }
    Optional<Department> department = ledger.departmentOf(point.getOwner());
    switch (level) {
      case HIGH:
        return b.role(SupervisorRole.PRINCIPAL_LEADER).supervisor(principal).build();
      case MEDIUM:
        return b.role(SupervisorRole.SUPERVISING_LEADER)
            .supervisor(department.flatMap(Department::getSupervisingLeader))
            .build();
      default:
        Optional<String> head = department.flatMap(Department::getHead);
        if (head.isPresent() && head.equals(point.getResponsible())) {
          return b.role(SupervisorRole.SUPERVISING_LEADER)
              .supervisor(department.flatMap(Department::getSupervisingLeader))
              .build();
        }
        return b.role(SupervisorRole.DEPARTMENT_HEAD).supervisor(head).build();
    }
  }

  /** Returns the non-principal leader whose role names discipline inspection (纪检), if any. */
  private static Optional<String> discipline(Ledger ledger) {
    for (Leader l : ledger.getLeadershipGroup().getLeaders()) {
      if (!l.isPrincipal() && l.getRole().contains("纪检")) {
        return Optional.of(l.getPersonId());
      }
    }
    return Optional.empty();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SupervisionAssignment}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableSupervisionAssignment.Builder {
    Builder() {}
  }
}
