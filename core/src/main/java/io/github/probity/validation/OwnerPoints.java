package io.github.probity.validation;

import io.github.probity.finding.Location.ModelPath;
import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Post;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The owner a {@link PointScan} is at, its risk points, and what the {@link PointRule}s need to
 * know about it and the ledger, looked up once per owner rather than once per rule and point. A
 * cursor: the scan moves it from owner to owner, so a rule must not keep it beyond {@link
 * PointRule#scan}. Not thread-safe; each scan has its own.
 */
final class OwnerPoints {
  private final Ledger ledger;
  private final LocalDate today;
  private final @Nullable String principal;
  private final Set<String> leaders = new HashSet<>();

  private RiskOwner owner;
  private List<RiskPoint> points = List.of();
  private @Nullable Post post;
  private @Nullable Department department;
  private @Nullable String head;
  private List<String> proposers = List.of();

  /** The path of the current owner, built on its first finding: most owners have none. */
  private @Nullable ModelPath path;

  OwnerPoints(Ledger ledger, LocalDate today) {
    this.ledger = ledger;
    this.today = today;
    principal = ledger.getLeadershipGroup().principal().map(Leader::getPersonId).orElse(null);
    for (Leader leader : ledger.getLeadershipGroup().getLeaders()) {
      leaders.add(leader.getPersonId());
    }
    owner = RiskOwner.leadershipGroup(ledger.getLeadershipGroup().getId());
  }

  /** Moves to the next owner and its points, in ledger order. */
  void moveTo(RiskOwner next, List<RiskPoint> nextPoints) {
    owner = next;
    points = nextPoints;
    path = null;
    OwnerScope scope = next.getScope();
    post = scope == OwnerScope.POST ? ledger.post(next.getId()).orElse(null) : null;
    Post p = post;
    department =
        scope == OwnerScope.DEPARTMENT
            ? ledger.department(next.getId()).orElse(null)
            : p != null ? ledger.department(p.getDepartment()).orElse(null) : null;
    Department d = department;
    head = d == null ? null : d.getHead().orElse(null);
    proposers =
        scope == OwnerScope.LEADER ? List.of(next.getId()) : p != null ? p.getHolders() : List.of();
  }

  /** Returns the ledger. */
  Ledger ledger() {
    return ledger;
  }

  /** Returns today's date, from the validation's clock. */
  LocalDate today() {
    return today;
  }

  /** Returns the owner. */
  RiskOwner owner() {
    return owner;
  }

  /** Returns the owner's risk points, in ledger order; never empty. */
  List<RiskPoint> points() {
    return points;
  }

  /** Tells whether the owner is a leader. */
  boolean isLeader() {
    return owner.getScope() == OwnerScope.LEADER;
  }

  /** Tells whether the owner's risks are personal: a leader's or a post's. */
  boolean isPersonal() {
    OwnerScope scope = owner.getScope();
    return scope == OwnerScope.LEADER || scope == OwnerScope.POST;
  }

  /** Returns the owner's post, if the owner is a post the ledger has. */
  @Nullable Post post() {
    return post;
  }

  /** Returns the owner's department, or the department of the owner's post. */
  @Nullable Department department() {
    return department;
  }

  /** Returns the head of {@link #department()}, if it has one. */
  @Nullable String head() {
    return head;
  }

  /** Returns who may propose the owner's personal measures: the leader, or the post's holders. */
  List<String> proposers() {
    return proposers;
  }

  /** Returns the principal leader's person id, if the leadership group marks one. */
  @Nullable String principal() {
    return principal;
  }

  /** Tells whether the owner is the principal leader. */
  boolean isOwnedByPrincipal() {
    return owner.getScope() == OwnerScope.LEADER && owner.getId().equals(principal);
  }

  /** Tells whether a person is a member of the leadership group. */
  boolean isGroupMember(String personId) {
    return leaders.contains(personId);
  }

  /** Returns a person's name for a message, or the id if the ledger has no such person. */
  String name(String personId) {
    return StandardRule.name(ledger, personId);
  }

  /** The path of a point of the current owner; equals {@link Paths#riskPoint}. */
  ModelPath pointPath(RiskPoint rp) {
    ModelPath p = path;
    if (p == null) {
      p = Paths.owner(ledger, owner);
      path = p;
    }
    return p.element("riskPoints", rp.getId());
  }
}
