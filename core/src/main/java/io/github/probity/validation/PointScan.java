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
import java.util.Optional;
import java.util.Set;

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

  /** The path of the owner whose points are being scanned, built once per owner. */
  private String ownerPath = "";

  static PointScan of(ValidationContext context) {
    return context.memo(PointScan.class, PointScan::new);
  }

  private PointScan(ValidationContext c) {
    Ledger l = c.getLedger();
    LocalDate today = c.today();
    Optional<String> principal = l.getLeadershipGroup().principal().map(Leader::getPersonId);
    Set<String> leaders = new HashSet<>();
    for (Leader leader : l.getLeadershipGroup().getLeaders()) {
      leaders.add(leader.getPersonId());
    }
    for (Map.Entry<RiskOwner, List<RiskPoint>> e : l.riskPointsByOwner().entrySet()) {
      RiskOwner owner = e.getKey();
      List<RiskPoint> points = e.getValue();
      OwnerScope scope = owner.getScope();
      Optional<Post> post = scope == OwnerScope.POST ? l.post(owner.getId()) : Optional.empty();
      Optional<Department> dept = l.departmentOf(owner);
      Optional<String> head = dept.flatMap(Department::getHead);
      List<String> proposers =
          scope == OwnerScope.LEADER
              ? List.of(owner.getId())
              : post.map(Post::getHolders).orElse(List.of());
      boolean personal = scope == OwnerScope.LEADER || scope == OwnerScope.POST;
      boolean ownedByPrincipal =
          scope == OwnerScope.LEADER && principal.map(owner.getId()::equals).orElse(false);
      if (dept.isPresent()) {
        EnumSet<RiskCategory> cats =
            categories.computeIfAbsent(dept.get().getId(), k -> EnumSet.noneOf(RiskCategory.class));
        for (RiskPoint rp : points) {
          cats.add(rp.getCategory());
        }
      }
      ownerPath = Paths.owner(l, owner);
      duplicates(l, points);
      for (RiskPoint rp : points) {
        point(l, rp, today, principal, leaders, head, personal, ownedByPrincipal, proposers, post);
      }
    }
  }

  private void point(
      Ledger l,
      RiskPoint rp,
      LocalDate today,
      Optional<String> principal,
      Set<String> leaders,
      Optional<String> head,
      boolean personal,
      boolean ownedByPrincipal,
      List<String> proposers,
      Optional<Post> post) {
    Optional<LevelDecision> decision = rp.getDecision();
    Optional<RiskLevel> level = rp.getLevel();
    if (level.isEmpty() && decision.isEmpty() && rp.getFactors().isEmpty()) {
      add(POINT_HAS_LEVEL, l, rp, ".level", POINT_HAS_LEVEL, rp.getId(), rp.getTitle());
    }
    Optional<String> supervisor = rp.getSupervisor();
    if (rp.getResponsible().isEmpty()) {
      add(
          POINT_HAS_RESPONSIBLE,
          l,
          rp,
          ".responsible",
          POINT_HAS_RESPONSIBLE,
          rp.getId(),
          rp.getTitle());
    }
    List<Measure> measures = rp.getMeasures();
    if (measures.isEmpty()) {
      add(POINT_HAS_MEASURE, l, rp, ".measures", POINT_HAS_MEASURE, rp.getId(), rp.getTitle());
    }
    boolean high =
        decision.isPresent()
            ? decision.get().getLevel() == RiskLevel.HIGH
            : level.isPresent() && level.get() == RiskLevel.HIGH;
    if (high && !ownedByPrincipal) {
      if (principal.isEmpty()) {
        add(
            HIGH_SUPERVISED_BY_PRINCIPAL,
            l,
            rp,
            ".supervisor",
            HIGH_SUPERVISED_BY_PRINCIPAL + ".noPrincipal",
            rp.getId());
      } else if (supervisor.isEmpty()) {
        add(
            HIGH_SUPERVISED_BY_PRINCIPAL,
            l,
            rp,
            ".supervisor",
            HIGH_SUPERVISED_BY_PRINCIPAL + ".missing",
            rp.getId(),
            name(l, principal.get()));
      } else if (!supervisor.get().equals(principal.get())) {
        add(
            HIGH_SUPERVISED_BY_PRINCIPAL,
            l,
            rp,
            ".supervisor",
            HIGH_SUPERVISED_BY_PRINCIPAL,
            rp.getId(),
            name(l, supervisor.get()),
            name(l, principal.get()));
      }
    }
    if (supervisor.isPresent()) {
      String who = supervisor.get();
      if (rp.getOwner().getScope() == OwnerScope.LEADER && rp.getOwner().getId().equals(who)) {
        add(
            SUPERVISOR_IS_LEADER,
            l,
            rp,
            ".supervisor",
            SUPERVISOR_IS_LEADER + ".self",
            rp.getId(),
            name(l, who));
      } else if (!leaders.contains(who) && !head.map(who::equals).orElse(false)) {
        add(
            SUPERVISOR_IS_LEADER,
            l,
            rp,
            ".supervisor",
            SUPERVISOR_IS_LEADER,
            rp.getId(),
            name(l, who));
      }
    }
    if (decision.isPresent()) {
      LevelDecision d = decision.get();
      if (level.isPresent() && d.getProposedLevel() != level.get()) {
        add(
            DECISION_MATCHES_PROPOSAL,
            l,
            rp,
            ".decision.proposedLevel",
            DECISION_MATCHES_PROPOSAL,
            rp.getId(),
            d.getProposedLevel(),
            level.get());
      }
      if (Texts.isBlank(d.getMeetingReference())) {
        add(DECISION_RECORDED, l, rp, ".decision.meetingReference", DECISION_RECORDED, rp.getId());
      }
      if (d.changesProposal() && d.getRationale().map(Texts::isBlank).orElse(true)) {
        add(
            DECISION_RECORDED,
            l,
            rp,
            ".decision.rationale",
            DECISION_RECORDED + ".rationale",
            rp.getId(),
            d.getProposedLevel(),
            d.getLevel());
      }
    }
    if (Texts.isBlank(rp.getTitle())) {
      add(BLANK_TEXT, l, rp, ".title", BLANK_TEXT + ".title", rp.getId());
    }
    Optional<String> powerItem = rp.getPowerItem();
    for (int i = 0; i < measures.size(); i++) {
      Measure m = measures.get(i);
      if (personal) {
        Optional<String> proposer = m.getProposer();
        if (proposer.isPresent() && !proposers.contains(proposer.get())) {
          boolean leader = rp.getOwner().getScope() == OwnerScope.LEADER;
          addMeasure(
              PERSONAL_MEASURE_BY_OWNER,
              l,
              rp,
              m,
              ".proposer",
              leader ? PERSONAL_MEASURE_BY_OWNER + ".leader" : PERSONAL_MEASURE_BY_OWNER,
              m.getId(),
              rp.getId(),
              name(l, proposer.get()),
              leader
                  ? name(l, rp.getOwner().getId())
                  : post.map(Post::getName).orElse(rp.getOwner().getId()));
        }
      }
      Optional<LocalDate> deadline = m.getDeadline();
      if (deadline.isPresent() && deadline.get().isBefore(today)) {
        addMeasure(
            MEASURE_NOT_OVERDUE,
            l,
            rp,
            m,
            ".deadline",
            MEASURE_NOT_OVERDUE,
            m.getId(),
            rp.getId(),
            deadline.get(),
            today);
      }
      if (Texts.isBlank(m.getText())) {
        addMeasure(BLANK_TEXT, l, rp, m, ".text", BLANK_TEXT, m.getId(), rp.getId());
      }
      if (powerItem.isPresent() && m.getType() == MeasureType.SEPARATION_OF_DUTIES) {
        separated.add(powerItem.get());
      }
    }
  }

  private void duplicates(Ledger l, List<RiskPoint> points) {
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
            duplicate(l, points.get(i), points.get(j));
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
        duplicate(l, rp, first);
      }
    }
  }

  private void duplicate(Ledger l, RiskPoint rp, RiskPoint first) {
    add(
        DUPLICATE_TITLES,
        l,
        rp,
        ".title",
        DUPLICATE_TITLES,
        rp.getId(),
        first.getId(),
        rp.getTitle());
  }

  private void add(
      String rule, Ledger l, RiskPoint rp, String property, String key, Object... args) {
    findings
        .computeIfAbsent(rule, k -> new ArrayList<>())
        .add(new Finding(pointPath(rp) + property, key, args));
  }

  private void addMeasure(
      String rule, Ledger l, RiskPoint rp, Measure m, String property, String key, Object... args) {
    findings
        .computeIfAbsent(rule, k -> new ArrayList<>())
        .add(new Finding(pointPath(rp) + ".measures[" + m.getId() + "]" + property, key, args));
  }

  /** The path of a point of the current owner; equals {@link Paths#riskPoint}. */
  private String pointPath(RiskPoint rp) {
    return ownerPath + ".riskPoints[" + rp.getId() + "]";
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
