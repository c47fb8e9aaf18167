package io.github.probity.validation;

import io.github.probity.model.Coded;
import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskOwner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The standard rule catalogue. Every rule is linear in the ledger's size: the rules on single risk
 * points and measures share one {@link PointScan} per validation; the others make one pass over
 * posts, leaders, departments or power items, with hash lookups. Stateless and thread-safe.
 */
final class StandardRules {
  private StandardRules() {}

  static final String POST_HAS_RISK_POINTS = "PR-POST-001";
  static final String POST_WITH_POWERS_HAS_RISK_POINTS = "PR-POST-002";
  static final String LEADER_HAS_RISK_POINTS = "PR-OWNER-001";
  static final String DEPARTMENT_HAS_RISK_POINTS = "PR-OWNER-002";
  static final String GROUP_HAS_RISK_POINTS = "PR-OWNER-003";
  static final String POINT_HAS_LEVEL = "PR-POINT-001";
  static final String POINT_HAS_RESPONSIBLE = "PR-POINT-002";
  static final String POINT_HAS_MEASURE = "PR-MEASURE-001";
  static final String PERSONAL_MEASURE_BY_OWNER = "PR-MEASURE-002";
  static final String MEASURE_NOT_OVERDUE = "PR-MEASURE-003";
  static final String HIGH_SUPERVISED_BY_PRINCIPAL = "PR-SUPERVISOR-001";
  static final String SUPERVISOR_IS_LEADER = "PR-REF-001";
  static final String DECISION_MATCHES_PROPOSAL = "PR-DECISION-001";
  static final String DECISION_RECORDED = "PR-DECISION-002";
  static final String DEPARTMENT_SIGN_OFF = "PR-DEPT-001";
  static final String DEPARTMENT_CATEGORIES = "PR-DEPT-002";
  static final String MAJOR_MATTER_MARKED = "PR-POWER-001";
  static final String FINANCE_MAJOR_MATTER = "PR-POWER-002";
  static final String SEPARATION_MEASURE = "PR-POWER-003";
  static final String INCOMPATIBLE_DUTIES = "PR-SOD-001";
  static final String DUPLICATE_TITLES = "PR-TEXT-001";
  static final String BLANK_TEXT = "PR-TEXT-002";
  static final String ONE_ARCHIVE_PER_POST = ArchiveRule.ID;

  /** The fewest risk categories a department's points should cover. */
  static final int MIN_CATEGORIES = 3;

  /** Every message key the standard rules use. */
  static final List<String> MESSAGE_KEYS =
      List.of(
          POST_HAS_RISK_POINTS,
          POST_WITH_POWERS_HAS_RISK_POINTS,
          LEADER_HAS_RISK_POINTS,
          DEPARTMENT_HAS_RISK_POINTS,
          GROUP_HAS_RISK_POINTS,
          POINT_HAS_LEVEL,
          POINT_HAS_RESPONSIBLE,
          POINT_HAS_MEASURE,
          PERSONAL_MEASURE_BY_OWNER,
          PERSONAL_MEASURE_BY_OWNER + ".leader",
          MEASURE_NOT_OVERDUE,
          HIGH_SUPERVISED_BY_PRINCIPAL,
          HIGH_SUPERVISED_BY_PRINCIPAL + ".missing",
          HIGH_SUPERVISED_BY_PRINCIPAL + ".noPrincipal",
          SUPERVISOR_IS_LEADER,
          SUPERVISOR_IS_LEADER + ".self",
          DECISION_MATCHES_PROPOSAL,
          DECISION_RECORDED,
          DECISION_RECORDED + ".rationale",
          DEPARTMENT_SIGN_OFF,
          DEPARTMENT_SIGN_OFF + ".missing",
          DEPARTMENT_CATEGORIES,
          MAJOR_MATTER_MARKED,
          FINANCE_MAJOR_MATTER,
          SEPARATION_MEASURE,
          INCOMPATIBLE_DUTIES + ".posts",
          INCOMPATIBLE_DUTIES + ".steps",
          DUPLICATE_TITLES,
          BLANK_TEXT,
          BLANK_TEXT + ".title",
          ONE_ARCHIVE_PER_POST,
          ONE_ARCHIVE_PER_POST + ".duplicate",
          ONE_ARCHIVE_PER_POST + ".unknownPost");

  static List<Rule> all() {
    return List.of(
        Rule.of(POST_HAS_RISK_POINTS, Severity.ERROR, StandardRules::postHasRiskPoints),
        Rule.of(LEADER_HAS_RISK_POINTS, Severity.ERROR, StandardRules::leaderHasRiskPoints),
        Rule.of(DEPARTMENT_HAS_RISK_POINTS, Severity.ERROR, StandardRules::departmentHasRiskPoints),
        Rule.of(GROUP_HAS_RISK_POINTS, Severity.ERROR, StandardRules::groupHasRiskPoints),
        Rule.of(POINT_HAS_LEVEL, Severity.ERROR, StandardRules::pointHasLevel),
        Rule.of(POINT_HAS_RESPONSIBLE, Severity.ERROR, StandardRules::pointHasResponsible),
        Rule.of(POINT_HAS_MEASURE, Severity.ERROR, StandardRules::pointHasMeasure),
        Rule.of(PERSONAL_MEASURE_BY_OWNER, Severity.ERROR, StandardRules::personalMeasureByOwner),
        Rule.of(HIGH_SUPERVISED_BY_PRINCIPAL, Severity.ERROR, StandardRules::highSupervised),
        Rule.of(SUPERVISOR_IS_LEADER, Severity.ERROR, StandardRules::supervisorIsLeader),
        Rule.of(DECISION_MATCHES_PROPOSAL, Severity.ERROR, StandardRules::decisionMatches),
        Rule.of(DECISION_RECORDED, Severity.ERROR, StandardRules::decisionRecorded),
        Rule.of(DEPARTMENT_SIGN_OFF, Severity.ERROR, StandardRules::departmentSignOff),
        Rule.of(MAJOR_MATTER_MARKED, Severity.ERROR, StandardRules::majorMatterMarked),
        Rule.of(FINANCE_MAJOR_MATTER, Severity.WARNING, StandardRules::financeMajorMatter),
        Rule.of(SEPARATION_MEASURE, Severity.ERROR, StandardRules::separationMeasure),
        Rule.of(INCOMPATIBLE_DUTIES, Severity.ERROR, IncompatibleDuties::check),
        Rule.of(DUPLICATE_TITLES, Severity.WARNING, StandardRules::duplicateTitles),
        Rule.of(BLANK_TEXT, Severity.ERROR, StandardRules::blankText),
        Rule.of(POST_WITH_POWERS_HAS_RISK_POINTS, Severity.WARNING, StandardRules::postWithPowers),
        Rule.of(DEPARTMENT_CATEGORIES, Severity.WARNING, StandardRules::departmentCategories),
        Rule.of(MEASURE_NOT_OVERDUE, Severity.WARNING, StandardRules::measureNotOverdue),
        Rule.of(ONE_ARCHIVE_PER_POST, Severity.ERROR, ArchiveRule::check));
  }

  static String name(Ledger ledger, String personId) {
    return ledger.person(personId).map(Person::getName).orElse(personId);
  }

  /** The posts that own no risk point, in ledger order; shared by PR-POST-001 and PR-POST-002. */
  static final class BarePosts {
    final List<Post> posts = new ArrayList<>();

    private BarePosts(ValidationContext c) {
      Ledger l = c.getLedger();
      for (Post p : l.getPosts()) {
        if (l.riskPointsOf(RiskOwner.post(p.getId())).isEmpty()) {
          posts.add(p);
        }
      }
    }

    static BarePosts of(ValidationContext c) {
      return c.memo(BarePosts.class, BarePosts::new);
    }
  }

  // 一岗一档 (until archives exist: every post has at least one risk point)
  static void postHasRiskPoints(ValidationContext c, Findings f) {
    for (Post p : BarePosts.of(c).posts) {
      f.add(Paths.post(p) + ".riskPoints", POST_HAS_RISK_POINTS, p.getId(), p.getName());
    }
  }

  static void postWithPowers(ValidationContext c, Findings f) {
    List<Post> bare = BarePosts.of(c).posts;
    if (bare.isEmpty()) {
      return;
    }
    Map<String, Integer> powers = new HashMap<>();
    for (PowerItem item : c.getLedger().getPowerItems()) {
      if (item.getOwner().getScope() == OwnerScope.POST) {
        powers.merge(item.getOwner().getId(), 1, Integer::sum);
      }
    }
    for (Post p : bare) {
      Integer n = powers.get(p.getId());
      if (n != null) {
        f.add(
            Paths.post(p) + ".riskPoints",
            POST_WITH_POWERS_HAS_RISK_POINTS,
            p.getId(),
            p.getName(),
            String.valueOf(n));
      }
    }
  }

  static void leaderHasRiskPoints(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    for (Leader leader : l.getLeadershipGroup().getLeaders()) {
      String id = leader.getPersonId();
      if (l.riskPointsOf(RiskOwner.leader(id)).isEmpty()) {
        f.add(
            Paths.leader(id) + ".riskPoints",
            LEADER_HAS_RISK_POINTS,
            id,
            name(l, id),
            leader.getRole());
      }
    }
  }

  static void departmentHasRiskPoints(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    for (Department d : l.getDepartments()) {
      if (l.riskPointsOf(RiskOwner.department(d.getId())).isEmpty()) {
        f.add(
            Paths.department(d.getId()) + ".riskPoints",
            DEPARTMENT_HAS_RISK_POINTS,
            d.getId(),
            d.getName());
      }
    }
  }

  static void groupHasRiskPoints(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    String id = l.getLeadershipGroup().getId();
    if (l.riskPointsOf(RiskOwner.leadershipGroup(id)).isEmpty()) {
      f.add(
          Paths.leadershipGroup() + ".riskPoints",
          GROUP_HAS_RISK_POINTS,
          id,
          l.getLeadershipGroup().getName());
    }
  }

  static void pointHasLevel(ValidationContext c, Findings f) {
    PointScan.of(c).emit(POINT_HAS_LEVEL, f);
  }

  static void pointHasResponsible(ValidationContext c, Findings f) {
    PointScan.of(c).emit(POINT_HAS_RESPONSIBLE, f);
  }

  static void pointHasMeasure(ValidationContext c, Findings f) {
    PointScan.of(c).emit(POINT_HAS_MEASURE, f);
  }

  // 个人岗位风险由在岗人提出; 领导干部防控措施由领导干部本人制定
  static void personalMeasureByOwner(ValidationContext c, Findings f) {
    PointScan.of(c).emit(PERSONAL_MEASURE_BY_OWNER, f);
  }

  static void measureNotOverdue(ValidationContext c, Findings f) {
    PointScan.of(c).emit(MEASURE_NOT_OVERDUE, f);
  }

  // 结合廉政风险点等级划分，确定日常监控的责任主体: 高 by the principal leader, who never
  // supervises his own points (another member of the group does, see PR-REF-001)
  static void highSupervised(ValidationContext c, Findings f) {
    PointScan.of(c).emit(HIGH_SUPERVISED_BY_PRINCIPAL, f);
  }

  // 责任领导: a member of the leadership group, or for 低 department and post points the
  // department head; never a leader over his own points
  static void supervisorIsLeader(ValidationContext c, Findings f) {
    PointScan.of(c).emit(SUPERVISOR_IS_LEADER, f);
  }

  static void decisionMatches(ValidationContext c, Findings f) {
    PointScan.of(c).emit(DECISION_MATCHES_PROPOSAL, f);
  }

  static void decisionRecorded(ValidationContext c, Findings f) {
    PointScan.of(c).emit(DECISION_RECORDED, f);
  }

  // 科室风险防控措施由分（协）管领导把关
  static void departmentSignOff(ValidationContext c, Findings f) {
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
      String path = Paths.department(d.getId()) + ".supervisingLeader";
      Optional<String> s = d.getSupervisingLeader();
      if (s.isEmpty()) {
        f.add(path, DEPARTMENT_SIGN_OFF + ".missing", d.getId(), d.getName());
        continue;
      }
      boolean supervises = supervised.getOrDefault(s.get(), Set.of()).contains(d.getId());
      if (!supervises) {
        f.add(path, DEPARTMENT_SIGN_OFF, d.getId(), d.getName(), name(l, s.get()));
      }
    }
  }

  static void majorMatterMarked(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    for (PowerItem item : l.getPowerItems()) {
      PowerKind k = item.getKind();
      if ((k == PowerKind.CONSTRUCTION || k == PowerKind.PROCUREMENT) && !item.isMajorMatter()) {
        f.add(
            Paths.powerItem(l, item) + ".majorMatter",
            MAJOR_MATTER_MARKED,
            item.getId(),
            item.getName(),
            k);
      }
    }
  }

  static void financeMajorMatter(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    for (PowerItem item : l.getPowerItems()) {
      if (item.getKind() == PowerKind.FINANCE && !item.isMajorMatter()) {
        f.add(
            Paths.powerItem(l, item) + ".majorMatter",
            FINANCE_MAJOR_MATTER,
            item.getId(),
            item.getName());
      }
    }
  }

  /** Construction and procurement always; finance when marked 三重一大 (large funds). */
  static boolean needsSeparation(PowerItem item) {
    PowerKind k = item.getKind();
    return k == PowerKind.CONSTRUCTION
        || k == PowerKind.PROCUREMENT
        || (k == PowerKind.FINANCE && item.isMajorMatter());
  }

  // 建立完善分权制约措施: 工程建设、物品采购、大额资金使用
  static void separationMeasure(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    PointScan scan = PointScan.of(c);
    for (PowerItem item : l.getPowerItems()) {
      if (needsSeparation(item) && !scan.isSeparated(item.getId())) {
        f.add(
            Paths.powerItem(l, item),
            SEPARATION_MEASURE,
            item.getId(),
            item.getName(),
            item.getKind());
      }
    }
  }

  static void duplicateTitles(ValidationContext c, Findings f) {
    PointScan.of(c).emit(DUPLICATE_TITLES, f);
  }

  static void blankText(ValidationContext c, Findings f) {
    PointScan.of(c).emit(BLANK_TEXT, f);
  }

  static void departmentCategories(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    PointScan scan = PointScan.of(c);
    for (Department d : l.getDepartments()) {
      int n = scan.categoriesOf(d.getId());
      if (n > 0 && n < MIN_CATEGORIES) { // no category given at all (未分类): nothing to judge
        f.add(
            Paths.department(d.getId()) + ".riskPoints",
            DEPARTMENT_CATEGORIES,
            d.getId(),
            d.getName(),
            String.valueOf(n),
            String.valueOf(MIN_CATEGORIES));
      }
    }
  }

  /** Pairs of duties that one person must not hold together; labels name both. */
  enum DutyPair implements Coded {
    APPROVAL_AND_PAYMENT("APPROVAL_AND_PAYMENT", "审批与支付"),
    PURCHASE_AND_ACCEPTANCE("PURCHASE_AND_ACCEPTANCE", "采购与验收");

    private final String code;
    private final String label;

    DutyPair(String code, String label) {
      this.code = code;
      this.label = label;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String displayName() {
      return label;
    }
  }
}
