package io.github.probity.testkit;

import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Meeting;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.ProcessStep;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Collects the sample unit's people, structure, powers and risk points as {@link SampleUnit}
 * declares them, and derives what the mechanism fixes by rule: ids, proposers, responsible people,
 * supervisors, grading factors, deadlines and residual levels. It checks the sample's own rules
 * while building (unique titles per owner, separated incompatible steps, separation-of-duties
 * measures on 三重一大 money powers) so that an edit to the data fails at once. Not thread-safe; used
 * once.
 */
final class SampleAssembly {
  /** Power kinds whose risk points need a separation-of-duties measure. */
  static final Set<PowerKind> MONEY_KINDS =
      EnumSet.of(PowerKind.PROCUREMENT, PowerKind.CONSTRUCTION, PowerKind.FINANCE);

  private static final LocalDate[] DEADLINES = {
    LocalDate.of(2026, 7, 31),
    LocalDate.of(2026, 8, 31),
    LocalDate.of(2026, 9, 30),
    LocalDate.of(2026, 10, 31),
    LocalDate.of(2026, 12, 31)
  };

  private static final String[] STAFF_TITLES = {"一级主任科员", "四级主任科员", "一级科员", "二级主任科员"};

  private final Map<String, Person> people = new LinkedHashMap<>();
  private final List<Leader> leaders = new ArrayList<>();
  private final Map<String, Department> departments = new LinkedHashMap<>();
  private final Map<String, Post> posts = new LinkedHashMap<>();
  private final Map<String, PowerItem> powerItems = new LinkedHashMap<>();
  private final List<PointDraft> drafts = new ArrayList<>();
  private Optional<LevelDecision> meeting = Optional.empty();
  private final List<Meeting> meetings = new ArrayList<>();
  private int staffTitle;

  /** A process step as declared: its name and, if assigned, the post that performs it. */
  record Step(String name, Optional<String> post) {}

  /** Returns a step performed by no post (a leader or a meeting decides it). */
  static Step step(String name) {
    return new Step(name, Optional.empty());
  }

  /** Returns a step performed by the given post. */
  static Step step(String name, String post) {
    return new Step(name, Optional.of(post));
  }

  /** Declares a person and returns the id. */
  String person(String id, String name, String title) {
    Person p = Person.builder().id(id).name(name).title(title).build();
    if (people.putIfAbsent(id, p) != null) {
      throw new IllegalStateException("duplicate person " + id);
    }
    return id;
  }

  /** Declares a leader, who is also a person. */
  void leader(
      String personId,
      String name,
      String role,
      boolean principal,
      String divisionOfWork,
      String... supervised) {
    person(personId, name, role);
    leaders.add(
        Leader.builder()
            .personId(personId)
            .role(role)
            .principal(principal)
            .divisionOfWork(divisionOfWork)
            .addSupervisedDepartments(supervised)
            .build());
  }

  /** Declares a department with its head (a new person) and supervising leader. */
  void department(
      String id, String name, String headName, String headTitle, String supervisingLeader) {
    String head = person("P-" + id, headName, headTitle);
    departments.put(
        id,
        Department.builder()
            .id(id)
            .name(name)
            .head(head)
            .supervisingLeader(supervisingLeader)
            .build());
  }

  /**
   * Declares a post of a department; {@code holders} names its holders, separated by 、, each a new
   * person. Returns the post as a risk owner.
   */
  RiskOwner post(String id, String name, String holders, String... duties) {
    String department = id.substring(0, id.indexOf('-'));
    if (!departments.containsKey(department)) {
      throw new IllegalStateException("post " + id + " before its department");
    }
    Post.Builder post = Post.builder().id(id).name(name).department(department).addDuties(duties);
    String[] names = holders.split("、");
    for (int i = 0; i < names.length; i++) {
      String title = STAFF_TITLES[staffTitle++ % STAFF_TITLES.length];
      post.addHolders(person("P-" + id + "-" + (i + 1), names[i], title));
    }
    posts.put(id, post.build());
    return RiskOwner.post(id);
  }

  /** Returns the position of a post among the posts declared so far, from 0. */
  int ordinal(RiskOwner post) {
    return new ArrayList<>(posts.keySet()).indexOf(post.getId());
  }

  /** Declares a power item; process-step ids are S1, S2, … in order. */
  void power(
      String id,
      String name,
      RiskOwner owner,
      PowerKind kind,
      Discretion discretion,
      Frequency frequency,
      boolean majorMatter,
      Step... steps) {
    PowerItem.Builder item =
        PowerItem.builder()
            .id(id)
            .name(name)
            .owner(owner)
            .kind(kind)
            .discretion(discretion)
            .frequency(frequency)
            .majorMatter(majorMatter);
    for (int i = 0; i < steps.length; i++) {
      item.addProcessSteps(
          ProcessStep.builder()
              .id("S" + (i + 1))
              .name(steps[i].name())
              .post(steps[i].post())
              .build());
    }
    powerItems.put(id, item.build());
  }

  /** Starts a risk point; category and level are given as the tables write them (e.g. 业务流程, 高). */
  PointDraft point(
      RiskOwner owner, String category, String level, String title, String manifestation) {
    PointDraft draft =
        new PointDraft(
            owner, RiskCategory.parse(category), RiskLevel.parse(level), title, manifestation);
    drafts.add(draft);
    return draft;
  }

  /** A risk point being declared. */
  static final class PointDraft {
    final RiskOwner owner;
    final RiskCategory category;
    final RiskLevel level;
    final String title;
    final String manifestation;
    Optional<String> powerItem = Optional.empty();
    Optional<String> stepName = Optional.empty();
    final List<String> measures = new ArrayList<>();
    final List<String> indicators = new ArrayList<>();
    Optional<LevelDecision> decision = Optional.empty();

    PointDraft(
        RiskOwner owner,
        RiskCategory category,
        RiskLevel level,
        String title,
        String manifestation) {
      this.owner = owner;
      this.category = category;
      this.level = level;
      this.title = title;
      this.manifestation = manifestation;
    }

    /** The power item the risk lies in. */
    PointDraft on(String powerItemId) {
      this.powerItem = Optional.of(powerItemId);
      return this;
    }

    /** The power item and the step (by name) the risk lies in. */
    PointDraft on(String powerItemId, String step) {
      this.powerItem = Optional.of(powerItemId);
      this.stepName = Optional.of(step);
      return this;
    }

    /** Measures, each written {@code 类型：内容} with a {@link MeasureType} label or synonym. */
    PointDraft measures(String... specs) {
      measures.addAll(Arrays.asList(specs));
      return this;
    }

    /** A monitoring indicator (监测指标). */
    PointDraft watch(String indicator) {
      indicators.add(indicator);
      return this;
    }

    /** The leadership meeting's decision; a rationale is needed when the level changes. */
    PointDraft decided(String meeting, LocalDate date, String decidedLevel, String rationale) {
      RiskLevel decided = RiskLevel.parse(decidedLevel);
      LevelDecision.Builder d =
          LevelDecision.builder()
              .meetingReference(meeting)
              .date(date)
              .proposedLevel(level)
              .level(decided);
      if (!rationale.isEmpty()) {
        d.rationale(rationale);
      }
      this.decision = Optional.of(d.build());
      return this;
    }
  }

  /** The leadership meeting that decides, as proposed, every level no other meeting changed. */
  void meeting(String reference, LocalDate date) {
    meeting =
        Optional.of(
            LevelDecision.builder()
                .meetingReference(reference)
                .date(date)
                .proposedLevel(RiskLevel.LOW)
                .level(RiskLevel.LOW)
                .build());
  }

  /** Records a meeting held: once on the ledger, named by the decisions it took. */
  void record(Meeting held) {
    meetings.add(held);
  }

  private LevelDecision keeping(RiskLevel level) {
    LevelDecision m = meeting.orElseThrow(() -> new IllegalStateException("no meeting"));
    return LevelDecision.builder().from(m).proposedLevel(level).level(level).build();
  }

  /** Builds the ledger, deriving the rule-bound fields and checking the sample's own rules. */
  Ledger build(Unit unit, int year, String groupId, String groupName) {
    Leader principal = leaders.stream().filter(Leader::isPrincipal).findFirst().orElseThrow();
    Leader discipline =
        leaders.stream().filter(l -> l.getRole().contains("纪检组长")).findFirst().orElseThrow();
    checkSeparation();
    List<RiskPoint> points = new ArrayList<>();
    Map<RiskOwner, Set<String>> titles = new LinkedHashMap<>();
    int deadline = 0;
    for (int i = 0; i < drafts.size(); i++) {
      PointDraft d = drafts.get(i);
      String id = String.format(java.util.Locale.ROOT, "RP-%03d", i + 1);
      if (!titles.computeIfAbsent(d.owner, k -> new HashSet<>()).add(d.title)) {
        throw new IllegalStateException("duplicate title " + d.title + " of " + d.owner);
      }
      Optional<LevelDecision> decision =
          d.decision.isPresent() ? d.decision : Optional.of(keeping(d.level));
      RiskLevel effective = decision.get().getLevel();
      String responsible = responsible(d.owner, principal);
      RiskPoint.Builder rp =
          RiskPoint.builder()
              .id(id)
              .owner(d.owner)
              .category(d.category)
              .title(d.title)
              .manifestation(d.manifestation)
              .level(d.level)
              .decision(decision)
              .responsible(responsible)
              .supervisor(supervisor(d.owner, effective, responsible, principal, discipline))
              .addAllMonitoringIndicators(d.indicators);
      Optional<PowerItem> item = d.powerItem.map(this::powerItem);
      if (item.isPresent()) {
        rp.powerItem(item.get().getId());
        if (d.stepName.isPresent()) {
          rp.processStep(stepId(item.get(), d.stepName.get()));
        }
      }
      rp.factors(factors(d.level, item));
      if (effective == RiskLevel.HIGH) {
        rp.residualLevel(RiskLevel.MEDIUM);
      }
      if (d.measures.isEmpty()) {
        throw new IllegalStateException("no measure for " + d.title);
      }
      boolean separated = false;
      for (int m = 0; m < d.measures.size(); m++) {
        String spec = d.measures.get(m);
        int colon = spec.indexOf('：');
        MeasureType type = MeasureType.parse(spec.substring(0, colon));
        separated |= type == MeasureType.SEPARATION_OF_DUTIES;
        Measure.Builder measure =
            Measure.builder()
                .id(id + "-M" + (m + 1))
                .text(spec.substring(colon + 1))
                .type(type)
                .proposer(responsible);
        if (type == MeasureType.INSTITUTIONAL
            || type == MeasureType.TECHNOLOGY
            || type == MeasureType.PROCESS) {
          measure.deadline(DEADLINES[deadline++ % DEADLINES.length]);
        }
        rp.addMeasures(measure.build());
      }
      if (item.isPresent() && MONEY_KINDS.contains(item.get().getKind()) && !separated) {
        throw new IllegalStateException("no separation-of-duties measure for " + d.title);
      }
      points.add(rp.build());
    }
    return Ledger.builder()
        .unit(unit)
        .year(year)
        .addAllPeople(people.values())
        .leadershipGroup(
            LeadershipGroup.builder().id(groupId).name(groupName).addAllLeaders(leaders).build())
        .addAllDepartments(departments.values())
        .addAllPosts(posts.values())
        .addAllPowerItems(powerItems.values())
        .addAllMeetings(meetings)
        .addAllRiskPoints(points)
        .build();
  }

  private PowerItem powerItem(String id) {
    PowerItem item = powerItems.get(id);
    if (item == null) {
      throw new IllegalStateException("unknown power item " + id);
    }
    return item;
  }

  private static String stepId(PowerItem item, String name) {
    return item.getProcessSteps().stream()
        .filter(s -> s.getName().equals(name))
        .map(ProcessStep::getId)
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("no step " + name + " in " + item.getId()));
  }

  private String responsible(RiskOwner owner, Leader principal) {
    switch (owner.getScope()) {
      case POST:
        return post(owner.getId()).getHolders().get(0);
      case DEPARTMENT:
        return department(owner.getId()).getHead().orElseThrow();
      case LEADER:
        return owner.getId();
      default:
        return principal.getPersonId();
    }
  }

  private String supervisor(
      RiskOwner owner, RiskLevel level, String responsible, Leader principal, Leader discipline) {
    if (owner.getScope() == OwnerScope.POST || owner.getScope() == OwnerScope.DEPARTMENT) {
      String deptId =
          owner.getScope() == OwnerScope.POST ? post(owner.getId()).getDepartment() : owner.getId();
      Department dept = department(deptId);
      String head = dept.getHead().orElseThrow();
      if (level == RiskLevel.HIGH) {
        return principal.getPersonId();
      }
      if (level == RiskLevel.LOW && !head.equals(responsible)) {
        return head;
      }
      return dept.getSupervisingLeader().orElseThrow();
    }
    if (owner.getScope() == OwnerScope.LEADERSHIP_GROUP) {
      return discipline.getPersonId();
    }
    String chosen = level == RiskLevel.LOW ? discipline.getPersonId() : principal.getPersonId();
    if (owner.getScope() == OwnerScope.LEADER && chosen.equals(owner.getId())) {
      chosen =
          chosen.equals(principal.getPersonId())
              ? discipline.getPersonId()
              : principal.getPersonId();
    }
    return chosen;
  }

  private static RiskFactors factors(RiskLevel level, Optional<PowerItem> item) {
    int base = level.rank() + 1;
    RiskFactors.Builder f =
        RiskFactors.builder()
            .importance(item.filter(PowerItem::isMajorMatter).isPresent() ? 5 : base)
            .frequency(item.map(i -> frequency(i.getFrequency())).orElse(Math.max(1, base - 1)))
            .probability(base)
            .harm(Math.min(RiskFactors.MAX, base + (level == RiskLevel.HIGH ? 1 : 0)));
    item.ifPresent(i -> f.discretion(discretion(i.getDiscretion())));
    return f.build();
  }

  private static int frequency(Frequency frequency) {
    switch (frequency) {
      case DAILY:
        return 5;
      case WEEKLY:
        return 4;
      case MONTHLY:
        return 3;
      case QUARTERLY:
        return 2;
      default:
        return 1;
    }
  }

  private static int discretion(Discretion discretion) {
    switch (discretion) {
      case NONE:
        return 1;
      case LIMITED:
        return 2;
      case CONSIDERABLE:
        return 4;
      default:
        return 5;
    }
  }

  /**
   * Checks that no person holds both an approval and a payment step, or both a purchase and an
   * acceptance step, of one power.
   */
  private void checkSeparation() {
    for (PowerItem item : powerItems.values()) {
      for (ProcessStep a : item.getProcessSteps()) {
        for (ProcessStep b : item.getProcessSteps()) {
          if (incompatible(a.getName(), b.getName()) && !disjoint(holders(a), holders(b))) {
            throw new IllegalStateException(
                "one person holds " + a.getName() + " and " + b.getName() + " of " + item.getId());
          }
        }
      }
    }
  }

  /**
   * Tells whether two steps must not be held by one person: approval (审批, 审定) and payment (支付, 拨付),
   * or purchase (采购) and acceptance (验收).
   */
  static boolean incompatible(String a, String b) {
    return (approval(a) && payment(b)) || (a.contains("采购") && b.contains("验收"));
  }

  private static boolean approval(String step) {
    return step.contains("审批") || step.contains("审定");
  }

  private Post post(String id) {
    Post post = posts.get(id);
    if (post == null) {
      throw new IllegalStateException("no post " + id);
    }
    return post;
  }

  private Department department(String id) {
    Department department = departments.get(id);
    if (department == null) {
      throw new IllegalStateException("no department " + id);
    }
    return department;
  }

  private static boolean payment(String step) {
    return step.contains("支付") || step.contains("拨付");
  }

  private Set<String> holders(ProcessStep step) {
    return step.getPost().map(p -> Set.copyOf(post(p).getHolders())).orElse(Set.of());
  }

  private static boolean disjoint(Set<String> a, Set<String> b) {
    return a.stream().noneMatch(b::contains);
  }
}
