package io.github.probity.validation;

import static io.github.probity.validation.StandardRules.BLANK_TEXT;
import static io.github.probity.validation.StandardRules.DECISION_MATCHES_PROPOSAL;
import static io.github.probity.validation.StandardRules.DECISION_RECORDED;
import static io.github.probity.validation.StandardRules.DUPLICATE_TITLES;
import static io.github.probity.validation.StandardRules.HIGH_SUPERVISED_BY_PRINCIPAL;
import static io.github.probity.validation.StandardRules.MEASURE_NOT_OVERDUE;
import static io.github.probity.validation.StandardRules.PERSONAL_MEASURE_BY_OWNER;
import static io.github.probity.validation.StandardRules.POINT_HAS_LEVEL;
import static io.github.probity.validation.StandardRules.POINT_HAS_MEASURE;
import static io.github.probity.validation.StandardRules.POINT_HAS_RESPONSIBLE;
import static io.github.probity.validation.StandardRules.SUPERVISOR_IS_LEADER;
import static io.github.probity.validation.StandardRules.name;

import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Post;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a ledger's risk points and measures, shared by the standard rules that look at
 * single points: the ledger is large and memory-bound, so reading each point once instead of once
 * per rule is what keeps validation at millions of points per second. It records each rule's
 * findings, in order of owners (first appearance in the ledger) and then of points, plus the
 * aggregates that other rules need (power items with a separation-of-duties measure, categories per
 * department). Built once per {@link ValidationContext}; immutable afterwards.
 */
final class PointScan {
  /** One finding waiting for its rule. */
  record Finding(String path, String key, Object[] args) {}

  /** Groups of points per owner up to this size are checked for duplicates pairwise. */
  private static final int SMALL_GROUP = 8;

  private final Map<String, List<Finding>> findings = new HashMap<>();
  private final Set<String> separated = new HashSet<>();
  private final Map<String, EnumSet<RiskCategory>> categories = new HashMap<>();
  private final Ledger ledger;

  /** The path of the owner being scanned, built on its first finding: most owners have none. */
  private @Nullable String ownerPath;

  static PointScan of(ValidationContext context) {
    return context.memo(PointScan.class, PointScan::new);
  }

  private PointScan(ValidationContext c) {
    Ledger l = c.getLedger();
    ledger = l;
    LocalDate today = c.today();
    String principal = l.getLeadershipGroup().principal().map(Leader::getPersonId).orElse(null);
    Set<String> leaders = new HashSet<>();
    for (Leader leader : l.getLeadershipGroup().getLeaders()) {
      leaders.add(leader.getPersonId());
    }
    String lastDepartment = null;
    EnumSet<RiskCategory> cats = EnumSet.noneOf(RiskCategory.class);
    for (Map.Entry<RiskOwner, List<RiskPoint>> e : l.riskPointsByOwner().entrySet()) {
      RiskOwner o = e.getKey();
      List<RiskPoint> points = e.getValue();
      OwnerScope scope = o.getScope();
      Post post = scope == OwnerScope.POST ? l.post(o.getId()).orElse(null) : null;
      Department dept =
          scope == OwnerScope.DEPARTMENT
              ? l.department(o.getId()).orElse(null)
              : post != null ? l.department(post.getDepartment()).orElse(null) : null;
      String head = dept == null ? null : dept.getHead().orElse(null);
      List<String> proposers =
          scope == OwnerScope.LEADER
              ? List.of(o.getId())
              : post != null ? post.getHolders() : List.of();
      boolean personal = scope == OwnerScope.LEADER || scope == OwnerScope.POST;
      boolean ownedByPrincipal = scope == OwnerScope.LEADER && o.getId().equals(principal);
      if (dept != null) {
        // a department's posts follow one another: look its set up once per run of owners
        if (!dept.getId().equals(lastDepartment)) {
          lastDepartment = dept.getId();
          cats = categories.computeIfAbsent(dept.getId(), k -> EnumSet.noneOf(RiskCategory.class));
        }
        for (RiskPoint rp : points) {
          if (rp.getCategory().isSpecified()) {
            cats.add(rp.getCategory());
          }
        }
      }
      ownerPath = null;
      duplicates(points);
      for (RiskPoint rp : points) {
        point(l, rp, today, principal, leaders, head, personal, ownedByPrincipal, proposers, post);
      }
    }
  }

  private void point(
      Ledger l,
      RiskPoint rp,
      LocalDate today,
      @Nullable String principal,
      Set<String> leaders,
      @Nullable String head,
      boolean personal,
      boolean ownedByPrincipal,
      List<String> proposers,
      @Nullable Post post) {
    RiskOwner owner = rp.getOwner();
    LevelDecision decision = rp.getDecision().orElse(null);
    RiskLevel level = rp.getLevel().orElse(null);
    if (level == null && decision == null && rp.getFactors().isEmpty()) {
      add(POINT_HAS_LEVEL, rp, ".level", POINT_HAS_LEVEL, rp.getId(), rp.getTitle());
    }
    String supervisor = rp.getSupervisor().orElse(null);
    // a role (科室负责人) is responsible too: tables often name the post, not the person
    if (rp.getResponsible().isEmpty() && rp.getResponsibleRole().isEmpty()) {
      add(
          POINT_HAS_RESPONSIBLE,
          rp,
          ".responsible",
          POINT_HAS_RESPONSIBLE,
          rp.getId(),
          rp.getTitle());
    }
    List<Measure> measures = rp.getMeasures();
    if (measures.isEmpty()) {
      add(POINT_HAS_MEASURE, rp, ".measures", POINT_HAS_MEASURE, rp.getId(), rp.getTitle());
    }
    boolean high = (decision != null ? decision.getLevel() : level) == RiskLevel.HIGH;
    if (high && !ownedByPrincipal) {
      if (principal == null) {
        add(
            HIGH_SUPERVISED_BY_PRINCIPAL,
            rp,
            ".supervisor",
            HIGH_SUPERVISED_BY_PRINCIPAL + ".noPrincipal",
            rp.getId());
      } else if (supervisor == null) {
        add(
            HIGH_SUPERVISED_BY_PRINCIPAL,
            rp,
            ".supervisor",
            HIGH_SUPERVISED_BY_PRINCIPAL + ".missing",
            rp.getId(),
            name(l, principal));
      } else if (!supervisor.equals(principal)) {
        add(
            HIGH_SUPERVISED_BY_PRINCIPAL,
            rp,
            ".supervisor",
            HIGH_SUPERVISED_BY_PRINCIPAL,
            rp.getId(),
            name(l, supervisor),
            name(l, principal));
      }
    }
    if (supervisor != null) {
      if (owner.getScope() == OwnerScope.LEADER && owner.getId().equals(supervisor)) {
        add(
            SUPERVISOR_IS_LEADER,
            rp,
            ".supervisor",
            SUPERVISOR_IS_LEADER + ".self",
            rp.getId(),
            name(l, supervisor));
      } else if (!leaders.contains(supervisor) && !supervisor.equals(head)) {
        add(
            SUPERVISOR_IS_LEADER,
            rp,
            ".supervisor",
            SUPERVISOR_IS_LEADER,
            rp.getId(),
            name(l, supervisor));
      }
    }
    if (decision != null) {
      if (level != null && decision.getProposedLevel() != level) {
        add(
            DECISION_MATCHES_PROPOSAL,
            rp,
            ".decision.proposedLevel",
            DECISION_MATCHES_PROPOSAL,
            rp.getId(),
            decision.getProposedLevel(),
            level);
      }
      if (Texts.isBlank(decision.getMeetingReference())) {
        add(DECISION_RECORDED, rp, ".decision.meetingReference", DECISION_RECORDED, rp.getId());
      }
      if (decision.changesProposal() && decision.getRationale().map(Texts::isBlank).orElse(true)) {
        add(
            DECISION_RECORDED,
            rp,
            ".decision.rationale",
            DECISION_RECORDED + ".rationale",
            rp.getId(),
            decision.getProposedLevel(),
            decision.getLevel());
      }
    }
    if (Texts.isBlank(rp.getTitle())) {
      add(BLANK_TEXT, rp, ".title", BLANK_TEXT + ".title", rp.getId());
    }
    String powerItem = rp.getPowerItem().orElse(null);
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (personal) {
        String proposer = m.getProposer().orElse(null);
        if (proposer != null && !proposers.contains(proposer)) {
          boolean leader = owner.getScope() == OwnerScope.LEADER;
          addMeasure(
              PERSONAL_MEASURE_BY_OWNER,
              rp,
              m,
              ".proposer",
              leader ? PERSONAL_MEASURE_BY_OWNER + ".leader" : PERSONAL_MEASURE_BY_OWNER,
              m.getId(),
              rp.getId(),
              name(l, proposer),
              leader ? name(l, owner.getId()) : post != null ? post.getName() : owner.getId());
        }
      }
      LocalDate deadline = m.getDeadline().orElse(null);
      if (deadline != null && deadline.isBefore(today)) {
        addMeasure(
            MEASURE_NOT_OVERDUE,
            rp,
            m,
            ".deadline",
            MEASURE_NOT_OVERDUE,
            m.getId(),
            rp.getId(),
            deadline,
            today);
      }
      if (Texts.isBlank(m.getText())) {
        addMeasure(BLANK_TEXT, rp, m, ".text", BLANK_TEXT, m.getId(), rp.getId());
      }
      if (powerItem != null && m.getType() == MeasureType.SEPARATION_OF_DUTIES) {
        separated.add(powerItem);
      }
    }
  }

  private void duplicates(List<RiskPoint> points) {
    int n = points.size();
    if (n < 2) {
      return;
    }
    if (n <= SMALL_GROUP) {
      String[] keys = new String[n];
      for (int i = 0; i < n; i++) {
        keys[i] = Texts.comparable(points.get(i).getTitle());
        for (int j = 0; j < i; j++) {
          if (keys[i].equals(keys[j])) {
            duplicate(points.get(i), points.get(j));
            break;
          }
        }
      }
      return;
    }
    Map<String, RiskPoint> seen = new HashMap<>(n * 4 / 3 + 1);
    for (RiskPoint rp : points) {
      RiskPoint first = seen.putIfAbsent(Texts.comparable(rp.getTitle()), rp);
      if (first != null) {
        duplicate(rp, first);
      }
    }
  }

  private void duplicate(RiskPoint rp, RiskPoint first) {
    add(DUPLICATE_TITLES, rp, ".title", DUPLICATE_TITLES, rp.getId(), first.getId(), rp.getTitle());
  }

  private void add(String rule, RiskPoint rp, String property, String key, Object... args) {
    findings
        .computeIfAbsent(rule, k -> new ArrayList<>())
        .add(new Finding(pointPath(rp) + property, key, args));
  }

  private void addMeasure(
      String rule, RiskPoint rp, Measure m, String property, String key, Object... args) {
    findings
        .computeIfAbsent(rule, k -> new ArrayList<>())
        .add(new Finding(pointPath(rp) + ".measures[" + m.getId() + "]" + property, key, args));
  }

  /** The path of a point of the current owner; equals {@link Paths#riskPoint}. */
  private String pointPath(RiskPoint rp) {
    String path = ownerPath;
    if (path == null) {
      path = Paths.owner(ledger, rp.getOwner());
      ownerPath = path;
    }
    return path + ".riskPoints[" + rp.getId() + "]";
  }

  /** Reports the findings of one rule. */
  void emit(String rule, Findings out) {
    for (Finding f : findings.getOrDefault(rule, List.of())) {
      out.add(f.path(), f.key(), f.args());
    }
  }

  /** Tells whether a risk point on the power item has a separation-of-duties measure. */
  boolean isSeparated(String powerItemId) {
    return separated.contains(powerItemId);
  }

  /** Returns how many categories the department's and its posts' points cover. */
  int categoriesOf(String departmentId) {
    EnumSet<RiskCategory> c = categories.get(departmentId);
    return c == null ? 0 : c.size();
  }
}
