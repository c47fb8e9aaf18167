package io.github.probity.testkit;

import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * Seeded, domain-aware generators for every model type, usable from any test framework.
 *
 * <p>Values are plausible, not just valid: names are 姓 + 名, departments are 预算科, 国库科, 政府采购监管科 …,
 * posts end in 岗, and titles, manifestations, measures, duties and monitoring indicators are
 * composed from official phrases that fit the risk category and the kind of power (a procurement
 * risk reads 采购需求审核把关不严 or 与供应商串通, its measure 采购需求实行“双人复核”). Texts come from shared pools, so
 * generating millions of values costs little memory.
 *
 * <p>Methods that take ids use them as given, so that callers can keep references consistent;
 * overloads without ids allocate them per kind ({@code P-0001}, {@code D-0001}, {@code PT-0001},
 * {@code PI-0001}, {@code RP-0001}, {@code M-0001}), unique within this instance. Every value
 * passes its own builder's checks. Dates fall in {@link #YEAR}.
 *
 * <p>Backed by a {@link SplittableRandom}: the same seed and the same sequence of calls give the
 * same values. Not thread-safe; use one instance per thread (or per test).
 *
 * @since 0.1.0
 */
public final class ModelGenerators {

  /** The year of generated dates, meetings and deadlines: {@value}. */
  public static final int YEAR = Pools.YEAR;

  private static final RiskCategory[] CATEGORIES = RiskCategory.five().toArray(new RiskCategory[0]);
  private static final PowerKind[] KINDS = PowerKind.values();
  private static final OwnerScope[] SCOPES = OwnerScope.values();
  private static final Discretion[] DISCRETIONS = Discretion.values();
  private static final Frequency[] FREQUENCIES = Frequency.values();
  private static final MeasureType[] MEASURE_TYPES = MeasureType.values();

  private final SplittableRandom random;
  private final Map<String, Integer> counters = new HashMap<>();

  private ModelGenerators(SplittableRandom random) {
    this.random = random;
  }

  /**
   * Returns generators seeded with the given seed.
   *
   * @param seed the seed; the same seed gives the same sequence of values
   * @return new generators
   */
  public static ModelGenerators seeded(long seed) {
    return new ModelGenerators(new SplittableRandom(seed));
  }

  // ------------------------------------------------------------------ primitives (package)

  /** Returns a uniform int in {@code [min, max]}. */
  int between(int min, int max) {
    return random.nextInt(min, max + 1);
  }

  /** Returns true with the given probability. */
  boolean chance(double probability) {
    return random.nextDouble() < probability;
  }

  <T> T pick(T[] values) {
    return values[random.nextInt(values.length)];
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  private String nextId(String prefix) {
    int n = counters.merge(prefix, 1, Integer::sum);
    return Pools.id(prefix, n, 4);
  }

  // ------------------------------------------------------------------ enums

  /** {@return a risk category, each equally likely} */
  public RiskCategory riskCategory() {
    return pick(CATEGORIES);
  }

  /** {@return a risk level, weighted as in real ledgers: about 20% 高, 45% 一般, 35% 低} */
  public RiskLevel riskLevel() {
    int r = random.nextInt(100);
    return r < 20 ? RiskLevel.HIGH : r < 65 ? RiskLevel.MEDIUM : RiskLevel.LOW;
  }

  /** {@return an owner scope, each equally likely} */
  public OwnerScope ownerScope() {
    return pick(SCOPES);
  }

  /** {@return a kind of power, each equally likely} */
  public PowerKind powerKind() {
    return pick(KINDS);
  }

  /** {@return a discretion, each equally likely} */
  public Discretion discretion() {
    return pick(DISCRETIONS);
  }

  /** {@return a frequency, each equally likely} */
  public Frequency frequency() {
    return pick(FREQUENCIES);
  }

  /** {@return a measure type, each equally likely} */
  public MeasureType measureType() {
    return pick(MEASURE_TYPES);
  }

  // ------------------------------------------------------------------ texts

  /**
   * Returns a person's name: a surname (姓, one or two characters) and a given name (名).
   *
   * @return a name of two to four characters
   */
  public String personName() {
    return pick(Pools.NAMES);
  }

  /** {@return a department name such as 预算科 or 政府采购监管科} */
  public String departmentName() {
    return pick(Pools.DEPARTMENT_NAMES);
  }

  /**
   * {@return a post name for the kind of power, ending in 岗, such as 采购审核岗}
   *
   * @param kind the kind of power the post exercises
   */
  public String postName(PowerKind kind) {
    return pick(Pools.postNames(kind));
  }

  /**
   * {@return a power item name for the kind, such as 政府采购项目审核}
   *
   * @param kind the kind of power
   */
  public String powerItemName(PowerKind kind) {
    return pick(Pools.powerItemNames(kind));
  }

  /**
   * {@return a post duty (岗位职责) for the kind, such as 负责采购需求的审核和报批}
   *
   * @param kind the kind of power
   */
  public String duty(PowerKind kind) {
    return pick(pick(Pools.duties(kind)));
  }

  /**
   * {@return a risk-point title fitting the category and the kind, such as 采购需求审核把关不严}
   *
   * @param category the risk category
   * @param kind the kind of power involved
   */
  public String riskTitle(RiskCategory category, PowerKind kind) {
    return pick(pick(Pools.titles(category, kind)));
  }

  /**
   * {@return a manifestation (表现形式) fitting the category and the kind}
   *
   * @param category the risk category
   * @param kind the kind of power involved
   */
  public String manifestation(RiskCategory category, PowerKind kind) {
    return pick(pick(Pools.manifestations(category, kind)));
  }

  /**
   * {@return a measure text fitting the measure type and the kind, such as 采购需求实行“双人复核”}
   *
   * @param type the measure type
   * @param kind the kind of power involved
   */
  public String measureText(MeasureType type, PowerKind kind) {
    return pick(pick(Pools.measures(type, kind)));
  }

  /**
   * {@return a monitoring indicator (监测指标) for the kind, such as 工程款拨付超时办结件数}
   *
   * @param kind the kind of power involved
   */
  public String monitoringIndicator(PowerKind kind) {
    return pick(pick(Pools.indicators(kind)));
  }

  /** {@return a meeting reference such as 2026年第3次党组会议} */
  public String meetingReference() {
    return pick(Pools.MEETINGS);
  }

  // ------------------------------------------------------------------ entities

  /**
   * {@return a unit: a finance bureau (…财政局) with the body it reports to and an 18-character code}
   */
  public Unit unit() {
    String[] unit = pick(Pools.UNITS);
    StringBuilder code = new StringBuilder("1131");
    for (int i = 0; i < 14; i++) {
      code.append((char) ('0' + random.nextInt(10)));
    }
    return Unit.builder().code(code.toString()).name(unit[0]).parentName(unit[1]).build();
  }

  /** {@return a staff member with an allocated id, a name and a staff title such as 科员} */
  public Person person() {
    return person(nextId("P-"));
  }

  /**
   * {@return a staff member with the given id, a name and a staff title such as 科员}
   *
   * @param id the person id
   */
  public Person person(String id) {
    return person(id, pick(Pools.STAFF_TITLES));
  }

  /**
   * {@return a person with the given id and title and a generated name}
   *
   * @param id the person id
   * @param title the title (职务), e.g. 科长
   */
  public Person person(String id, String title) {
    return Person.builder().id(id).name(personName()).title(title).build();
  }

  /**
   * Returns a leader. The principal's role is 党组书记、局长; others are deputies (副局长, 总会计师). The
   * division of work names the supervised departments.
   *
   * @param personId the leader's person id
   * @param principal whether the leader is the principal leader
   * @param supervised the departments the leader supervises, possibly empty
   * @return a leader supervising exactly the given departments
   */
  public Leader leader(String personId, boolean principal, List<Department> supervised) {
    return leader(
        personId, principal ? Pools.PRINCIPAL_ROLE : pick(Pools.DEPUTY_ROLES), supervised);
  }

  Leader leader(String personId, String role, List<Department> supervised) {
    Leader.Builder b = Leader.builder().personId(personId).role(role).principal(isPrincipal(role));
    StringBuilder work = new StringBuilder();
    if (isPrincipal(role)) {
      work.append("主持全面工作");
    } else if (role.equals(Pools.DISCIPLINE_ROLE)) {
      work.append("负责纪检监察工作");
    } else if (supervised.isEmpty()) {
      work.append("协助局长分管相关工作");
    }
    if (!supervised.isEmpty()) {
      if (work.length() > 0) {
        work.append("，");
      }
      work.append("分管");
      for (int i = 0; i < supervised.size(); i++) {
        if (i < 6) {
          work.append(i > 0 ? "、" : "").append(supervised.get(i).getName());
        }
        b.addSupervisedDepartments(supervised.get(i).getId());
      }
      if (supervised.size() > 6) {
        work.append("等").append(supervised.size()).append("个科室");
      }
      work.append("工作");
    }
    b.divisionOfWork(work.toString());
    return b.build();
  }

  private static boolean isPrincipal(String role) {
    return role.equals(Pools.PRINCIPAL_ROLE);
  }

  /**
   * {@return a leadership group (局领导班子) with id {@code LG} and the given leaders}
   *
   * @param leaders the members, in order of precedence
   */
  public LeadershipGroup leadershipGroup(List<Leader> leaders) {
    return LeadershipGroup.builder().id("LG").name(Pools.GROUP_NAME).addAllLeaders(leaders).build();
  }

  /**
   * {@return a department with an allocated id, a generated name and neither head nor supervising
   * leader}
   */
  public Department department() {
    return Department.builder().id(nextId("D-")).name(departmentName()).build();
  }

  /**
   * {@return a department with the given id, head and supervising leader and a generated name}
   *
   * @param id the department id
   * @param head the person id of the head (科室负责人)
   * @param supervisingLeader the person id of the supervising leader (分管领导)
   */
  public Department department(String id, String head, String supervisingLeader) {
    return Department.builder()
        .id(id)
        .name(departmentName())
        .head(head)
        .supervisingLeader(supervisingLeader)
        .build();
  }

  /**
   * Returns a post with an allocated id, a random kind of power and no holders.
   *
   * @param departmentId the department the post belongs to
   * @return a post with one to three duties
   */
  public Post post(String departmentId) {
    return post(nextId("PT-"), departmentId, powerKind(), List.of());
  }

  /**
   * Returns a post whose name and duties fit the kind of power it exercises.
   *
   * @param id the post id
   * @param departmentId the department the post belongs to
   * @param kind the kind of power the post exercises
   * @param holders the person ids of its holders
   * @return a post with one to three duties
   */
  public Post post(String id, String departmentId, PowerKind kind, List<String> holders) {
    return post(id, postName(kind), departmentId, kind, holders);
  }

  Post post(String id, String name, String departmentId, PowerKind kind, List<String> holders) {
    Post.Builder b = Post.builder().id(id).name(name).department(departmentId).holders(holders);
    String[][] duties = Pools.duties(kind);
    int count = between(1, 3);
    int object = random.nextInt(duties.length);
    int template = random.nextInt(duties[0].length);
    for (int i = 0; i < count; i++) {
      // a different object and template each time, so duties never repeat
      b.addDuties(duties[(object + i) % duties.length][(template + 2 * i) % duties[0].length]);
    }
    return b.build();
  }

  /**
   * {@return a process step named after a typical step of the kind (受理, 审核, 支付 …)}
   *
   * @param id the step id, unique within its power item
   * @param kind the kind of power the step belongs to
   * @param post the id of the post performing it, if any
   */
  public ProcessStep processStep(String id, PowerKind kind, Optional<String> post) {
    return ProcessStep.builder().id(id).name(pick(Pools.stepNames(kind))).post(post).build();
  }

  /**
   * {@return a power item of a random kind with an allocated id, not a major matter, with up to
   * four unassigned process steps}
   *
   * @param owner who holds the power
   */
  public PowerItem powerItem(RiskOwner owner) {
    return powerItem(nextId("PI-"), owner, powerKind(), false, List.of());
  }

  /**
   * Returns a power item whose name and steps fit its kind. A major matter (三重一大) has three to six
   * steps from 提出动议 to 监督检查; other items have zero to four steps of the kind's process. Step ids
   * are {@code S1}, {@code S2} …; when posts are given, every step of a major matter and most other
   * steps are assigned to one of them.
   *
   * @param id the power item id
   * @param owner who holds the power
   * @param kind the kind of power
   * @param majorMatter whether it is a 三重一大 matter
   * @param posts ids of posts that may perform the steps, possibly empty
   * @return a power item
   */
  public PowerItem powerItem(
      String id, RiskOwner owner, PowerKind kind, boolean majorMatter, List<String> posts) {
    return powerItem(id, powerItemName(kind), owner, kind, majorMatter, posts);
  }

  PowerItem powerItem(
      String id,
      String name,
      RiskOwner owner,
      PowerKind kind,
      boolean majorMatter,
      List<String> posts) {
    PowerItem.Builder b =
        PowerItem.builder()
            .id(id)
            .name(name)
            .owner(owner)
            .kind(kind)
            .majorMatter(majorMatter)
            .discretion(majorMatter ? pick(DISCRETIONS, 1) : discretion())
            .frequency(frequency());
    String[] names = majorMatter ? Pools.MAJOR_MATTER_STEPS : Pools.stepNames(kind);
    int count = majorMatter ? between(3, names.length) : between(0, Math.min(4, names.length));
    int first = majorMatter ? 0 : random.nextInt(names.length - count + 1);
    for (int i = 0; i < count; i++) {
      ProcessStep.Builder step = ProcessStep.builder().id(Pools.STEP_IDS[i]).name(names[first + i]);
      if (!posts.isEmpty() && (majorMatter || chance(0.8))) {
        step.post(pick(posts));
      }
      b.addProcessSteps(step.build());
    }
    return b.build();
  }

  private <T> T pick(T[] values, int from) {
    return values[from + random.nextInt(values.length - from)];
  }

  /**
   * Returns grading factors: importance, frequency and probability in 1–5, discretion present about
   * half the time and harm about 40% of the time, also in 1–5.
   *
   * @return factors
   */
  public RiskFactors riskFactors() {
    int importance = between(RiskFactors.MIN, RiskFactors.MAX);
    int frequency = between(RiskFactors.MIN, RiskFactors.MAX);
    int probability = between(RiskFactors.MIN, RiskFactors.MAX);
    int discretion = chance(0.5) ? between(RiskFactors.MIN, RiskFactors.MAX) : 0;
    int harm = chance(0.4) ? between(RiskFactors.MIN, RiskFactors.MAX) : 0;
    return FACTORS[factorIndex(importance, frequency, probability, discretion, harm)];
  }

  /** Every possible factors value, shared; 0 stands for an absent optional factor. */
  private static final RiskFactors[] FACTORS = allFactors();

  private static int factorIndex(int i, int f, int p, int d, int h) {
    return (((((i - 1) * 5 + f - 1) * 5 + p - 1) * 6 + d) * 6) + h;
  }

  private static RiskFactors[] allFactors() {
    RiskFactors[] all = new RiskFactors[5 * 5 * 5 * 6 * 6];
    for (int i = 1; i <= 5; i++) {
      for (int f = 1; f <= 5; f++) {
        for (int p = 1; p <= 5; p++) {
          for (int d = 0; d <= 5; d++) {
            for (int h = 0; h <= 5; h++) {
              RiskFactors.Builder b =
                  RiskFactors.builder().importance(i).frequency(f).probability(p);
              if (d > 0) {
                b.discretion(d);
              }
              if (h > 0) {
                b.harm(h);
              }
              all[factorIndex(i, f, p, d, h)] = b.build();
            }
          }
        }
      }
    }
    return all;
  }

  /**
   * {@return a measure with an allocated id, of a type suiting the category, for a random kind of
   * power, without proposer}
   *
   * @param category the category of the risk it prevents
   */
  public Measure measure(RiskCategory category) {
    return measure(nextId("M-"), category, powerKind(), Optional.empty());
  }

  /**
   * Returns a measure of a type suiting the category (教育引导 for 思想道德, 制度建设 for 制度机制 …, with some of
   * any type) and a text fitting type and kind. About 40% have a quarter-end deadline in {@link
   * #YEAR}.
   *
   * @param id the measure id
   * @param category the category of the risk it prevents
   * @param kind the kind of power involved
   * @param proposer the person id of who proposed it, if any
   * @return a measure
   */
  public Measure measure(
      String id, RiskCategory category, PowerKind kind, Optional<String> proposer) {
    return measure(id, category, kind, random.nextInt(Pools.objects(kind)), proposer, null);
  }

  /** Returns a measure about one business object, with a text other than {@code avoid}. */
  private Measure measure(
      String id,
      RiskCategory category,
      PowerKind kind,
      int object,
      Optional<String> proposer,
      @Nullable List<Measure> avoid) {
    MeasureType type;
    String text;
    int tries = 0;
    do {
      type = chance(0.75) ? pick(Pools.preferredMeasures(category)) : measureType();
      text = pick(Pools.measures(type, kind)[object]);
    } while (avoid != null && repeats(avoid, text) && ++tries < 10);
    Measure.Builder b = Measure.builder().id(id).type(type).text(text).proposer(proposer);
    if (chance(0.4)) {
      b.deadline(pick(Pools.DEADLINES));
    }
    return b.build();
  }

  private static boolean repeats(List<Measure> measures, String text) {
    for (Measure m : measures) {
      if (m.getText().equals(text)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns a leadership meeting's decision on a proposed level: about three in four keep it (some
   * with a rationale), the others raise or lower it by one grade, always with a rationale. The
   * meeting falls between March and July of {@link #YEAR}.
   *
   * @param proposed the level proposed to the meeting
   * @return a decision
   */
  public LevelDecision levelDecision(RiskLevel proposed) {
    return levelDecision(proposed, chance(0.25));
  }

  LevelDecision levelDecision(RiskLevel proposed, boolean change) {
    LevelDecision.Builder b =
        LevelDecision.builder()
            .meetingReference(meetingReference())
            .date(Pools.DAYS[between(59, 211)])
            .proposedLevel(proposed);
    if (change) {
      boolean raise =
          proposed == RiskLevel.LOW || (proposed == RiskLevel.MEDIUM && random.nextBoolean());
      b.level(RiskLevel.ofRank(proposed.rank() + (raise ? 1 : -1)))
          .rationale(pick(raise ? Pools.RAISE_RATIONALES : Pools.LOWER_RATIONALES));
    } else {
      b.level(proposed);
      if (chance(0.3)) {
        b.rationale(pick(Pools.KEEP_RATIONALES));
      }
    }
    return b.build();
  }

  /**
   * {@return a risk point with an allocated id and a random category, for the given owner, without
   * power item, responsible person or supervisor}
   *
   * @param owner the owner
   * @see #riskPoint(String, RiskOwner, RiskCategory, Optional, Optional, Optional)
   */
  public RiskPoint riskPoint(RiskOwner owner) {
    return riskPoint(
        nextId("RP-"), owner, riskCategory(), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /**
   * {@return a risk point whose texts fit its category and the kind of its power item ({@link
   * PowerKind#OTHER} without one)}
   *
   * <p>Always: one to three measures with ids {@code id-M1} … {@code id-M3}, proposed by the
   * responsible person when one is given; a decision only on a point with a level, proposing that
   * level; a residual level only on a point with an effective level, above it only with a
   * rationale; a process step only of the given power item; title, manifestation, measures and
   * indicators about one business object of the kind, and no measure text twice. Usually factors
   * (about 85%) and a level (about 88%, derived from the factors when present); some points are
   * left to be graded (no level). Sometimes a decision (on about 20% of graded points, a quarter of
   * which change the level), a residual level (40% of graded points), monitoring indicators (30%),
   * a manifestation (90%); a process step half the time when the item has steps, preferring steps
   * of the owning post.
   *
   * @param id the risk point id
   * @param owner the owner
   * @param category the category
   * @param powerItem the power item the risk lies in, if any
   * @param responsible the person id of the responsible person (责任人), if any
   * @param supervisor the person id of the supervising leader (责任领导), if any
   */
  public RiskPoint riskPoint(
      String id,
      RiskOwner owner,
      RiskCategory category,
      Optional<PowerItem> powerItem,
      Optional<String> responsible,
      Optional<String> supervisor) {
    return riskPoint(id, owner, category, powerItem, PowerKind.OTHER, responsible, supervisor, 0);
  }

  /** Forces the point to have no level. */
  static final int UNGRADED = 1;

  /** Forces a decision that changes the proposed level. */
  static final int CHANGED_DECISION = 2;

  /** Forces a residual level. */
  static final int RESIDUAL = 4;

  /** Forces monitoring indicators. */
  static final int INDICATORS = 8;

  /** Forces a decision that keeps the proposed level. */
  static final int KEPT_DECISION = 16;

  RiskPoint riskPoint(
      String id,
      RiskOwner owner,
      RiskCategory category,
      Optional<PowerItem> powerItem,
      PowerKind kindWithoutItem,
      Optional<String> responsible,
      Optional<String> supervisor,
      int force) {
    PowerKind kind = powerItem.isPresent() ? powerItem.get().getKind() : kindWithoutItem;
    // one business object throughout: title, manifestation, measures and indicators agree
    int object = random.nextInt(Pools.objects(kind));
    RiskPoint.Builder b =
        RiskPoint.builder()
            .id(id)
            .owner(owner)
            .category(category)
            .title(pick(Pools.titles(category, kind)[object]))
            .responsible(responsible)
            .supervisor(supervisor);
    if (powerItem.isPresent()) {
      PowerItem item = powerItem.get();
      b.powerItem(item.getId());
      List<ProcessStep> steps = item.getProcessSteps();
      if (!steps.isEmpty() && chance(0.5)) {
        b.processStep(step(steps, owner).getId());
      }
    }
    if (chance(0.9)) {
      b.manifestation(pick(Pools.manifestations(category, kind)[object]));
    }
    boolean forcedDecision = (force & (CHANGED_DECISION | KEPT_DECISION)) != 0;
    boolean ungraded = (force & UNGRADED) != 0 || (!forcedDecision && force == 0 && chance(0.12));
    RiskLevel level = null;
    if (chance(0.85) || forcedDecision) {
      RiskFactors factors = riskFactors();
      b.factors(factors);
      if (!ungraded) {
        level = levelOf(factors);
      }
    } else if (!ungraded) {
      level = riskLevel();
    }
    RiskLevel effective = level;
    if (level != null) {
      b.level(level);
      if (forcedDecision || chance(0.2)) {
        boolean change =
            (force & CHANGED_DECISION) != 0 || ((force & KEPT_DECISION) == 0 && chance(0.25));
        LevelDecision decision = levelDecision(level, change);
        b.decision(decision);
        effective = decision.getLevel();
      }
    }
    if (effective != null && ((force & RESIDUAL) != 0 || chance(0.4))) {
      if (chance(0.05) && effective != RiskLevel.HIGH) {
        b.residualLevel(RiskLevel.ofRank(effective.rank() + 1))
            .residualRationale(pick(Pools.RESIDUAL_RATIONALES));
      } else {
        b.residualLevel(RiskLevel.ofRank(between(1, effective.rank())));
      }
    }
    int count = between(1, 3);
    List<Measure> measures = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      measures.add(
          measure(id + Pools.MEASURE_SUFFIXES[i], category, kind, object, responsible, measures));
    }
    b.addAllMeasures(measures);
    if ((force & INDICATORS) != 0 || chance(0.3)) {
      String[] indicators = Pools.indicators(kind)[object];
      int start = random.nextInt(indicators.length);
      b.addMonitoringIndicators(indicators[start]);
      if (random.nextBoolean()) {
        b.addMonitoringIndicators(indicators[(start + 1) % indicators.length]);
      }
    }
    return b.build();
  }

  private ProcessStep step(List<ProcessStep> steps, RiskOwner owner) {
    if (owner.getScope() == OwnerScope.POST) {
      List<ProcessStep> own = new ArrayList<>(2);
      for (ProcessStep s : steps) {
        if (s.getPost().filter(owner.getId()::equals).isPresent()) {
          own.add(s);
        }
      }
      if (!own.isEmpty()) {
        return pick(own);
      }
    }
    return pick(steps);
  }

  /**
   * Grades factors roughly as a unit would: the mean of the present factors, with some noise,
   * mapped to 高 (≥ 3.6), 一般 (≥ 2.6) or 低.
   */
  private RiskLevel levelOf(RiskFactors f) {
    int sum = f.getImportance() + f.getFrequency() + f.getProbability();
    int n = 3;
    if (f.getDiscretion().isPresent()) {
      sum += f.getDiscretion().getAsInt();
      n++;
    }
    if (f.getHarm().isPresent()) {
      sum += f.getHarm().getAsInt();
      n++;
    }
    double mean = (double) sum / n + (random.nextDouble() - 0.5);
    return mean >= 3.6 ? RiskLevel.HIGH : mean >= 2.6 ? RiskLevel.MEDIUM : RiskLevel.LOW;
  }
}
