package io.github.probity.testkit;

import io.github.probity.grading.ExtraFactor;
import io.github.probity.model.Department;
import io.github.probity.model.Effectiveness;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Evidence;
import io.github.probity.model.FactorValue;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.Meeting;
import io.github.probity.model.MeetingKind;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * Generates whole ledgers: small, varied and internally consistent, or of an exact size for load
 * tests, from a seed.
 *
 * <p>Invariants of every generated ledger (property tests may rely on them):
 *
 * <ul>
 *   <li>It builds: ids are unique per kind (measure ids across the ledger) and every reference
 *       resolves. The same seed (and size) gives an {@linkplain Ledger#equals equal} ledger.
 *   <li>The year is {@value ModelGenerators#YEAR}. The unit is a finance bureau (…财政局).
 *   <li>The leadership group has id {@code LG} and 3–7 leaders, all distinct people; the first is
 *       the only principal (党组书记、局长). With four or more leaders the last is the 纪检组长.
 *   <li>At least two departments; at most ten when there are at most 300 risk points. Every
 *       department has a head, who is not a leader, and a supervising leader, who is a
 *       non-principal leader; a department is in a leader's supervised departments exactly when
 *       that leader is its supervising leader.
 *   <li>Every post has one or two holders, one to three duties, and at least one risk point; there
 *       is at least one post whenever there is a risk point. Every post holds exactly one power
 *       item of its own.
 *   <li>Power items: every owner (group, leader, department, post) holds at least one; the group's
 *       are all 三重一大 (major matters); every step of a major matter is assigned to a post when the
 *       ledger has posts.
 *   <li>Risk points: exactly as many as asked, with ids {@code RP-0001} … in order, grouped by
 *       owner: group, leaders, departments, posts. Each has one to three measures with ids {@code
 *       <point id>-M1} …; a power item, if any, held by the point's own owner; a process step only
 *       of that item. The responsible person, if any, is the principal for the group, the leader
 *       for a leader, the head for a department and a holder for a post; the supervisor, if any, is
 *       by level as {@code SupervisionAssignment} derives it: the principal for leader points (for
 *       the principal's own points, the last leader), the last leader for the group's points; for
 *       department and post points the principal for 高, the supervising leader for 一般 or no level,
 *       the head for 低 unless the head is the responsible person (then the supervising leader); a
 *       measure's proposer, if any, is the responsible person. A decision only on a point with a
 *       level, proposing that level, with a rationale whenever it changes it. A residual level only
 *       on a point with an effective level, above it only with a residual rationale.
 *   <li>About three ledgers in four record their meetings: one per meeting reference the decisions
 *       name, of the kind its reference names, attended by the leaders (each absent one time in
 *       ten); about one in sixty decisions then bears another date than its meeting's (a defect
 *       PR-DECISION-005 finds). The others record none, as ledgers written before meetings were
 *       recorded.
 *   <li>With at least 4 risk points every owner scope appears; with at least 5 every category; with
 *       at least 20 also every kind of power, and at least one point each that is ungraded (no
 *       level), has a decision changing its level, has a decision keeping it, has a residual level
 *       and has monitoring indicators.
 * </ul>
 *
 * <p>Like a ledger ready to be filed, a generated one has few defects, but some of each kind so
 * that every standard rule has something to find: titles are distinct within an owner (a repeated
 * title is numbered, e.g. 采购需求审核把关不严（二）, except about one repeat in a hundred); measure deadlines
 * (on about 40% of measures) are quarter ends from June on, except one in forty at the end of
 * March.
 *
 * <p>Most points (about 85%) have factors and about 88% a level; about 98% have a responsible
 * person and a supervisor; a point's texts (title, manifestation, measures, indicators) speak of
 * one business object of its power's kind. Texts are drawn from shared pools: a ledger of a million
 * points fits in a 1 GB heap. Thread-safe: every call uses its own random source.
 *
 * @since 0.1.0
 */
public final class LedgerGenerator {
  private LedgerGenerator() {}

  /**
   * Generates a small, varied ledger of 10 to 300 risk points (most under 150). It equals {@code
   * generate(seed, n)} for the size {@code n} that the seed selects.
   *
   * @param seed the seed
   * @return the ledger
   */
  public static Ledger generate(long seed) {
    return generate(seed, sizeFor(seed));
  }

  /**
   * Generates a ledger with exactly the given number of risk points; departments, posts and people
   * scale with it (about four points per post). A million points take a few seconds.
   *
   * @param seed the seed
   * @param riskPoints the number of risk points, at least 0
   * @return the ledger
   * @throws IllegalArgumentException if {@code riskPoints} is negative
   */
  public static Ledger generate(long seed, int riskPoints) {
    if (riskPoints < 0) {
      throw new IllegalArgumentException("riskPoints must be at least 0, was " + riskPoints);
    }
    return new Run(seed, riskPoints).ledger();
  }

  /**
   * Returns three sample extra factor declarations, as a unit's policy might declare them: {@code
   * APPRAISAL} (民主评议得分, per owner, 0–100, a higher score a lower risk), {@code PETITIONS} (信访件数,
   * per point, whole numbers 0–20) and {@code EXPOSURE} (对外接触程度, per point, coded LOW / MID /
   * HIGH).
   *
   * @return the declarations
   * @since 0.1.0
   */
  public static List<ExtraFactor> sampleExtraFactors() {
    return List.of(
        ExtraFactor.builder()
            .code("APPRAISAL")
            .label("民主评议得分")
            .scope(ExtraFactor.Scope.OWNER)
            .min(0)
            .max(100)
            .inverse(true)
            .build(),
        ExtraFactor.builder()
            .code("PETITIONS")
            .label("信访件数")
            .scope(ExtraFactor.Scope.POINT)
            .min(0)
            .max(20)
            .integer(true)
            .build(),
        ExtraFactor.builder()
            .code("EXPOSURE")
            .label("对外接触程度")
            .scope(ExtraFactor.Scope.POINT)
            .putCodes("LOW", "少")
            .putCodes("MID", "一般")
            .putCodes("HIGH", "频繁")
            .build());
  }

  /**
   * Returns the ledger with values for the given extra factors: about three in four assessed points
   * get a value for each point factor, about three in four owners with points a value for each
   * owner factor; the rest are left without, so that graders meet missing values. Every value fits
   * its declaration (a number in range, whole where required; a declared code), so {@code
   * PR-FACTOR-001} finds nothing. Deterministic in the seed.
   *
   * @param ledger the ledger
   * @param factors the declarations, e.g. {@link #sampleExtraFactors()} or a policy's
   * @param seed the seed
   * @return the ledger with values
   * @since 0.1.0
   */
  public static Ledger withExtraFactors(Ledger ledger, List<ExtraFactor> factors, long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x5DEECE66DL);
    List<RiskPoint> points = new ArrayList<>(ledger.getRiskPoints().size());
    for (RiskPoint p : ledger.getRiskPoints()) {
      RiskFactors f = p.getFactors().orElse(null);
      if (f == null) {
        points.add(p);
        continue;
      }
      RiskFactors.Builder b = RiskFactors.builder().from(f);
      boolean any = false;
      for (ExtraFactor x : factors) {
        if (x.getScope() == ExtraFactor.Scope.POINT && r.nextInt(4) > 0) {
          b.putExtra(x.getCode(), valueOf(x, r));
          any = true;
        }
      }
      points.add(any ? RiskPoint.builder().from(p).factors(b.build()).build() : p);
    }
    Ledger.Builder out = Ledger.builder().from(ledger).riskPoints(points);
    for (RiskOwner owner : ledger.riskPointsByOwner().keySet()) {
      Map<String, FactorValue> values = new java.util.LinkedHashMap<>();
      for (ExtraFactor x : factors) {
        if (x.getScope() == ExtraFactor.Scope.OWNER && r.nextInt(4) > 0) {
          values.put(x.getCode(), valueOf(x, r));
        }
      }
      if (!values.isEmpty()) {
        out.putOwnerFactors(owner, values);
      }
    }
    return out.build();
  }

  /**
   * Returns the ledger with its measures in motion (措施动态管理), as a unit's ledger looks some months
   * into the year; {@link #generate} leaves every measure 未开始 at 0 %, so that existing seeds keep
   * their output, and this adds the motion only when asked. Of the measures, about 30% stay 未开始;
   * about 25% are 推进中 at 10–90 %; about 40% are 已落实 at 100 % with one or two pieces of evidence (a
   * file with its SHA-256, or an archive number) filed by the proposer or the responsible person,
   * and zero to two effectiveness reviews by the point's supervisor (mostly 有效, some 基本有效, about
   * one in eight 无效); about 5% are 已废止 with a reason. Like {@link #generate}, it plants a few
   * defects so that every rule on measures has something to find: about one measure in forty is 已落实
   * without evidence, one in fifty has progress that does not fit its status, one in sixty is
   * abandoned without a reason, one in eighty reviews is made by the measure's proposer. Dates lie
   * in the ledger's year. Deterministic in the seed.
   *
   * @param ledger the ledger, e.g. from {@link #generate(long)}
   * @param seed the seed
   * @return the ledger with the same measures, some in motion
   * @since 0.1.0
   */
  public static Ledger withMeasuresInMotion(Ledger ledger, long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x2545F4914F6CDD1DL);
    int year = ledger.getYear();
    List<RiskPoint> points = new ArrayList<>(ledger.getRiskPoints().size());
    for (RiskPoint p : ledger.getRiskPoints()) {
      if (p.getMeasures().isEmpty()) {
        points.add(p);
        continue;
      }
      List<Measure> measures = new ArrayList<>(p.getMeasures().size());
      for (Measure m : p.getMeasures()) {
        measures.add(inMotion(p, m, year, r));
      }
      points.add(RiskPoint.builder().from(p).measures(measures).build());
    }
    return Ledger.builder().from(ledger).riskPoints(points).build();
  }

  private static final String[] ABANDON_REASONS = {
    "岗位撤并，措施并入新岗位职责", "改由信息系统硬控制，人工措施不再执行", "上级制度调整，原措施失去依据"
  };

  private static final String[] REVIEW_NOTES = {
    "执行到位，留痕完整", "抽查记录不全，需按月归档", "流于形式，需重新制定措施", "建议纳入年度考核"
  };

  private static Measure inMotion(RiskPoint p, Measure m, int year, SplittableRandom r) {
    int roll = r.nextInt(100);
    if (roll < 30) {
      return m;
    }
    Measure.Builder b = Measure.builder().from(m);
    if (roll < 55) {
      b.status(MeasureStatus.IN_PROGRESS).progress(10 * r.nextInt(1, 10));
    } else if (roll < 95) {
      b.status(MeasureStatus.DONE).progress(100);
      String filer = m.getProposer().or(p::getResponsible).orElse("P-00001");
      if (r.nextInt(40) > 0) {
        for (int i = r.nextInt(1, 3); i > 0; i--) {
          b.addEvidence(evidence(filer, year, r));
        }
      }
      Optional<String> supervisor = p.getSupervisor();
      if (supervisor.isPresent()) {
        int month = r.nextInt(3, 7);
        for (int i = r.nextInt(3); i > 0; i--) {
          String reviewer =
              r.nextInt(80) == 0 && m.getProposer().isPresent()
                  ? m.getProposer().get()
                  : supervisor.get();
          int v = r.nextInt(8);
          EffectivenessReview.Builder review =
              EffectivenessReview.builder()
                  .date(java.time.LocalDate.of(year, month, r.nextInt(1, 29)))
                  .reviewer(reviewer)
                  .verdict(
                      v == 0
                          ? Effectiveness.INEFFECTIVE
                          : v < 3 ? Effectiveness.BASICALLY_EFFECTIVE : Effectiveness.EFFECTIVE);
          if (r.nextBoolean()) {
            review.note(REVIEW_NOTES[r.nextInt(REVIEW_NOTES.length)]);
          }
          b.addReviews(review.build());
          month += 3;
          if (month > 12) {
            break;
          }
        }
      }
    } else {
      b.status(MeasureStatus.ABANDONED).progress(10 * r.nextInt(0, 10));
      if (r.nextInt(60) > 0) {
        b.abandonReason(ABANDON_REASONS[r.nextInt(ABANDON_REASONS.length)]);
      }
    }
    if (r.nextInt(50) == 0) {
      // progress that does not fit the status: 100 % but not done, or done short of 100 %
      b.progress(roll < 95 && roll >= 55 ? 80 : 100);
    }
    return b.build();
  }

  private static Evidence evidence(String by, int year, SplittableRandom r) {
    java.time.LocalDate date = java.time.LocalDate.of(year, r.nextInt(1, 7), r.nextInt(1, 29));
    Evidence.Builder e = Evidence.builder().date(date).by(by);
    if (r.nextInt(3) > 0) {
      StringBuilder hex = new StringBuilder(64);
      for (int i = 0; i < 64; i++) {
        hex.append(Character.forDigit(r.nextInt(16), 16));
      }
      e.reference("落实佐证-" + date + "-" + r.nextInt(1000) + ".pdf").sha256(hex.toString());
    } else {
      e.reference("档〔" + year + "〕" + r.nextInt(1, 200) + "号");
    }
    return e.build();
  }

  private static FactorValue valueOf(ExtraFactor x, SplittableRandom r) {
    if (x.isCoded()) {
      List<String> codes = new ArrayList<>(x.getCodes().keySet());
      return FactorValue.ofCode(codes.get(r.nextInt(codes.size())));
    }
    double min = x.getMin().orElse(0);
    double max = x.getMax().orElse(1);
    if (x.isInteger()) {
      long lo = (long) Math.ceil(min);
      long hi = Math.max(lo, (long) Math.floor(max));
      return FactorValue.of(lo + r.nextLong(hi - lo + 1));
    }
    // One decimal place, as appraisal scores are written.
    double v = Math.round((min + r.nextDouble() * (max - min)) * 10) / 10.0;
    return FactorValue.of(Math.max(min, Math.min(max, v)));
  }

  /** The number of risk points {@link #generate(long)} uses for a seed. */
  static int sizeFor(long seed) {
    SplittableRandom r = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
    int band = r.nextInt(100);
    return band < 50 ? r.nextInt(10, 61) : band < 85 ? r.nextInt(61, 151) : r.nextInt(151, 301);
  }

  /** One generation: all mutable state lives here. */
  private static final class Run {
    private static final RiskCategory[] CATEGORIES =
        RiskCategory.five().toArray(new RiskCategory[0]);
    private static final PowerKind[] KINDS = PowerKind.values();

    // category weights per scope, in the order of RiskCategory.values()
    private static final int[][] CATEGORY_WEIGHTS = {
      {25, 30, 20, 15, 10}, // group
      {25, 10, 30, 10, 25}, // leader
      {10, 30, 15, 30, 15}, // department
      {10, 10, 30, 30, 20} // post
    };

    /** The share of repeated titles within an owner kept as they are: a deliberate defect. */
    private static final double KEPT_DUPLICATE_TITLES = 0.01;

    private final ModelGenerators g;

    /** A stream of its own for deliberate defects, so the main stream draws as before. */
    private final SplittableRandom defects;

    /** The titles of the current owner's points so far, with how often each was drawn. */
    private Map<String, Integer> ownerTitles = new HashMap<>();

    private final int n;
    private final long seed;

    private final List<Person> people = new ArrayList<>();
    private final int personWidth;
    private final int nGroup;
    private final int nLeader;
    private final int nDept;
    private final int nPost;
    private final int postCount;
    private final int deptCount;

    private String[] leaderIds = new String[0];
    private String principal = "";
    private Department[] departments = new Department[0];
    private PowerKind[][] deptKinds = new PowerKind[0][];
    private Post[] posts = new Post[0];
    private PowerKind[] postKinds = new PowerKind[0];
    private List<List<String>> deptPostIds = new ArrayList<>();
    private final List<ItemSpec> itemSpecs = new ArrayList<>();
    private final Map<RiskOwner, List<PowerItem>> itemsByOwner = new HashMap<>();

    Run(long seed, int n) {
      this.g = ModelGenerators.seeded(seed);
      this.defects = new SplittableRandom(seed ^ 0x5DEECE66DL);
      this.n = n;
      this.seed = seed;
      if (n >= 4) {
        int group = Math.max(1, (int) Math.round(n * (0.03 + 0.04 * uniform())));
        int leader = Math.max(1, (int) Math.round(n * (0.07 + 0.06 * uniform())));
        int dept = Math.max(1, (int) Math.round(n * (0.15 + 0.13 * uniform())));
        nGroup = group;
        nLeader = leader;
        nDept = dept;
      } else {
        nGroup = 0;
        nLeader = n >= 3 ? 1 : 0;
        nDept = n >= 2 ? 1 : 0;
      }
      nPost = n - nGroup - nLeader - nDept;
      postCount =
          nPost == 0
              ? 0
              : Math.max(1, Math.min(nPost, (int) Math.round(nPost / (3.0 + 2.0 * uniform()))));
      int depts;
      if (n <= 300) {
        depts = (int) Math.ceil(postCount / (2.0 + 4.0 * uniform()));
        depts = Math.max(2, Math.min(10, Math.min(depts, Math.max(2, postCount))));
      } else {
        depts = Math.max(10, (int) Math.ceil(postCount / (5.0 + 4.0 * uniform())));
      }
      deptCount = depts;
      personWidth = Math.max(4, digits(7 + deptCount + 2L * postCount));
    }

    private double uniform() {
      return g.between(0, 1_000_000) / 1_000_000.0;
    }

    Ledger ledger() {
      Ledger.Builder b = Ledger.builder().unit(g.unit()).year(ModelGenerators.YEAR);
      LeadershipGroup group = leadership();
      b.addAllDepartments(Arrays.asList(departments));
      postsAndHolders();
      b.addAllPosts(Arrays.asList(posts));
      List<PowerItem> items = powerItems();
      b.leadershipGroup(group).addAllPowerItems(items);
      List<RiskPoint> points = riskPoints();
      SplittableRandom m = new SplittableRandom(seed ^ 0x4D45455449L);
      if (m.nextInt(4) != 0) {
        points = recordMeetings(b, points, m);
      }
      b.addAllRiskPoints(points);
      b.addAllPeople(people);
      return b.build();
    }

    // ---------------------------------------------------------------- meetings

    /**
     * Records the meetings the decisions name, one per reference, dated by its first decision; the
     * other decisions naming it take its date, except about one in sixty (a deliberate defect, for
     * PR-DECISION-005). The leaders attend, each absent one time in ten; about one meeting in three
     * has the stationed discipline commissioner sitting in, one in ten notes a dissent.
     */
    private List<RiskPoint> recordMeetings(
        Ledger.Builder b, List<RiskPoint> points, SplittableRandom m) {
      Map<String, Meeting> meetings = new java.util.LinkedHashMap<>();
      List<RiskPoint> out = new ArrayList<>(points.size());
      for (RiskPoint rp : points) {
        LevelDecision d = rp.getDecision().orElse(null);
        if (d == null) {
          out.add(rp);
          continue;
        }
        Meeting meeting = meetings.get(d.getMeetingReference());
        if (meeting == null) {
          meeting = meeting(d, m);
          meetings.put(meeting.getReference(), meeting);
        }
        if (d.getDate().equals(meeting.getDate()) || m.nextInt(60) == 0) {
          out.add(rp);
        } else {
          out.add(
              RiskPoint.builder()
                  .from(rp)
                  .decision(LevelDecision.builder().from(d).date(meeting.getDate()).build())
                  .build());
        }
      }
      b.addAllMeetings(meetings.values());
      return out;
    }

    private Meeting meeting(LevelDecision first, SplittableRandom m) {
      Meeting.Builder mb =
          Meeting.builder()
              .reference(first.getMeetingReference())
              .date(first.getDate())
              .kind(MeetingKind.ofReference(first.getMeetingReference()));
      // about one leader in ten is absent, never so many that the meeting lacks its quorum
      int absent = 0;
      for (String leader : leaderIds) {
        if (m.nextInt(10) != 0 || (absent + 1) * 2 >= leaderIds.length) {
          mb.addAttendees(leader);
        } else {
          absent++;
        }
      }
      if (m.nextInt(3) == 0) {
        mb.addOtherAttendees(Pools.SITTING_IN);
      }
      if (m.nextInt(10) == 0) {
        mb.dissent(Pools.DISSENTS[m.nextInt(Pools.DISSENTS.length)]);
      }
      return mb.build();
    }

    // ---------------------------------------------------------------- organisation

    private String newPerson(String title) {
      String id = Pools.id("P-", people.size() + 1, personWidth);
      people.add(g.person(id, title));
      return id;
    }

    private LeadershipGroup leadership() {
      int leaders = g.between(3, 7);
      leaderIds = new String[leaders];
      String[] roles = new String[leaders];
      for (int i = 0; i < leaders; i++) {
        String role;
        String title;
        if (i == 0) {
          role = Pools.PRINCIPAL_ROLE;
          title = Pools.PRINCIPAL_TITLE;
        } else if (leaders >= 4 && i == leaders - 1) {
          role = Pools.DISCIPLINE_ROLE;
          title = Pools.DISCIPLINE_TITLE;
        } else {
          int r = g.between(0, Pools.DEPUTY_ROLES.length - 1);
          role = Pools.DEPUTY_ROLES[r];
          title = Pools.DEPUTY_TITLES[r];
        }
        roles[i] = role;
        leaderIds[i] = newPerson(title);
      }
      principal = leaderIds[0];

      // departments and their supervising leaders: round robin over the deputies
      int deputies = leaders >= 4 ? leaders - 2 : leaders - 1;
      int offset = g.between(0, deputies - 1);
      int[] order = shuffled(Pools.DEPARTMENT_NAMES.length);
      departments = new Department[deptCount];
      deptKinds = new PowerKind[deptCount][];
      List<List<Department>> supervised = new ArrayList<>();
      for (int i = 0; i < leaders; i++) {
        supervised.add(new ArrayList<>());
      }
      int deptWidth = Math.max(2, digits(deptCount));
      for (int i = 0; i < deptCount; i++) {
        int pool = order[i % order.length];
        int round = i / order.length;
        String base = Pools.DEPARTMENT_NAMES[pool];
        String name = round == 0 ? base : "第" + Pools.numeral(round + 1) + "分局" + base;
        int leader = 1 + (offset + i) % deputies;
        String head = newPerson(base.endsWith("科") ? "科长" : "主任");
        Department d =
            Department.builder()
                .id(Pools.id("D-", i + 1, deptWidth))
                .name(name)
                .head(head)
                .supervisingLeader(leaderIds[leader])
                .build();
        departments[i] = d;
        deptKinds[i] = Pools.DEPARTMENT_KINDS[pool];
        supervised.get(leader).add(d);
      }
      List<Leader> leaderList = new ArrayList<>(leaders);
      for (int i = 0; i < leaders; i++) {
        leaderList.add(g.leader(leaderIds[i], roles[i], supervised.get(i)));
      }
      return g.leadershipGroup(leaderList);
    }

    private void postsAndHolders() {
      // every department gets a post first (when there are enough), the rest at random
      int[] perDept = new int[deptCount];
      for (int i = 0; i < postCount; i++) {
        perDept[i < deptCount ? i : g.between(0, deptCount - 1)]++;
      }
      posts = new Post[postCount];
      postKinds = new PowerKind[postCount];
      deptPostIds = new ArrayList<>(deptCount);
      int width = Math.max(4, digits(postCount));
      int p = 0;
      for (int d = 0; d < deptCount; d++) {
        Department dept = departments[d];
        List<String> ids = new ArrayList<>(perDept[d]);
        Map<String, Integer> names = new HashMap<>();
        for (int k = 0; k < perDept[d]; k++) {
          PowerKind kind = g.pick(deptKinds[d]);
          String name = g.postName(kind);
          int seen = names.merge(name, 1, Integer::sum);
          if (seen > 1) {
            name = name.substring(0, name.length() - 1) + Pools.numeral(seen) + "岗";
          }
          String id = Pools.id("PT-", p + 1, width);
          List<String> holders = new ArrayList<>(2);
          holders.add(newPerson(g.pick(Pools.STAFF_TITLES)));
          if (g.chance(0.3)) {
            holders.add(g.chance(0.2) ? dept.getHead().orElseThrow() : newPerson("科员"));
          }
          posts[p] = g.post(id, name, dept.getId(), kind, holders);
          postKinds[p] = kind;
          ids.add(id);
          p++;
        }
        deptPostIds.add(ids);
      }
    }

    // ---------------------------------------------------------------- power items

    /** A power item before it is built, so that kinds can be adjusted for coverage. */
    private static final class ItemSpec {
      final RiskOwner owner;
      PowerKind kind;
      final boolean major;
      final String name;
      final List<String> stepPosts;
      final boolean adjustable;

      ItemSpec(
          RiskOwner owner,
          PowerKind kind,
          boolean major,
          String name,
          List<String> stepPosts,
          boolean adjustable) {
        this.owner = owner;
        this.kind = kind;
        this.major = major;
        this.name = name;
        this.stepPosts = stepPosts;
        this.adjustable = adjustable;
      }
    }

    private List<PowerItem> powerItems() {
      List<String> allPosts = new ArrayList<>(postCount);
      for (Post post : posts) {
        allPosts.add(post.getId());
      }
      RiskOwner groupOwner = RiskOwner.leadershipGroup("LG");
      int[] majors = shuffled(Pools.MAJOR_MATTERS.length);
      int groupItems = g.between(1, Pools.MAJOR_MATTERS.length);
      for (int i = 0; i < groupItems; i++) {
        int m = majors[i];
        itemSpecs.add(
            new ItemSpec(
                groupOwner,
                Pools.MAJOR_MATTER_KINDS[m],
                true,
                Pools.MAJOR_MATTERS[m],
                allPosts,
                false));
      }
      for (int i = 0; i < leaderIds.length; i++) {
        List<String> stepPosts = new ArrayList<>();
        List<PowerKind> kinds = new ArrayList<>();
        for (int d = 0; d < deptCount; d++) {
          if (departments[d].getSupervisingLeader().orElseThrow().equals(leaderIds[i])) {
            stepPosts.addAll(deptPostIds.get(d));
            kinds.addAll(Arrays.asList(deptKinds[d]));
          }
        }
        PowerKind kind =
            kinds.isEmpty()
                ? (i == 0 ? PowerKind.PERSONNEL : PowerKind.SUPERVISION)
                : g.pick(kinds);
        boolean major = g.chance(0.2);
        itemSpecs.add(
            new ItemSpec(RiskOwner.leader(leaderIds[i]), kind, major, "", stepPosts, true));
      }
      for (int d = 0; d < deptCount; d++) {
        int count = g.between(1, 2);
        for (int k = 0; k < count; k++) {
          PowerKind kind = g.pick(deptKinds[d]);
          addDepartmentItem(d, kind);
        }
      }
      if (n >= 20) {
        // enough adjustable items that every kind can be covered
        int d = 0;
        while (itemSpecs.size() - groupItems < KINDS.length) {
          addDepartmentItem(d++ % deptCount, PowerKind.OTHER);
        }
      }
      for (int p = 0; p < postCount; p++) {
        Post post = posts[p];
        int d = deptIndex(post.getDepartment());
        itemSpecs.add(
            new ItemSpec(
                RiskOwner.post(post.getId()),
                postKinds[p],
                false,
                g.powerItemName(postKinds[p]),
                deptPostIds.get(d),
                false));
      }
      if (n >= 20) {
        coverKinds();
      }
      int width = Math.max(4, digits(itemSpecs.size()));
      List<PowerItem> items = new ArrayList<>(itemSpecs.size());
      for (int i = 0; i < itemSpecs.size(); i++) {
        ItemSpec s = itemSpecs.get(i);
        String name = s.adjustable ? g.powerItemName(s.kind) : s.name;
        List<String> stepPosts = s.major && s.stepPosts.isEmpty() ? allPosts : s.stepPosts;
        PowerItem item =
            g.powerItem(Pools.id("PI-", i + 1, width), name, s.owner, s.kind, s.major, stepPosts);
        items.add(item);
        itemsByOwner.computeIfAbsent(s.owner, k -> new ArrayList<>(2)).add(item);
      }
      return items;
    }

    private void addDepartmentItem(int d, PowerKind kind) {
      boolean major =
          (kind == PowerKind.PROCUREMENT
                  || kind == PowerKind.CONSTRUCTION
                  || kind == PowerKind.FINANCE)
              && g.chance(0.3);
      itemSpecs.add(
          new ItemSpec(
              RiskOwner.department(departments[d].getId()),
              kind,
              major,
              "",
              deptPostIds.get(d),
              true));
    }

    private int deptIndex(String id) {
      // department ids are D-01 … in order
      return Integer.parseInt(id.substring(2)) - 1;
    }

    /** Makes every kind of power appear by re-kinding leader and department items. */
    private void coverKinds() {
      Map<PowerKind, Integer> counts = new EnumMap<>(PowerKind.class);
      for (ItemSpec s : itemSpecs) {
        counts.merge(s.kind, 1, Integer::sum);
      }
      for (PowerKind kind : KINDS) {
        if (counts.containsKey(kind)) {
          continue;
        }
        int start = g.between(0, itemSpecs.size() - 1);
        for (int j = 0; j < itemSpecs.size(); j++) {
          ItemSpec s = itemSpecs.get((start + j) % itemSpecs.size());
          if (s.adjustable && counts.getOrDefault(s.kind, 0) > 1) {
            counts.merge(s.kind, -1, Integer::sum);
            s.kind = kind;
            counts.put(kind, 1);
            break;
          }
        }
      }
    }

    // ---------------------------------------------------------------- risk points

    private List<RiskPoint> riskPoints() {
      byte[] categories = categories();
      Map<Integer, Integer> forced = forcedFeatures();
      List<RiskPoint> points = new ArrayList<>(n);
      int width = Math.max(4, digits(n));
      RiskOwner groupOwner = RiskOwner.leadershipGroup("LG");
      int index = 0;
      ownerTitles = new HashMap<>();
      // The principal answers for the group, so the last leader (the 纪检组长) supervises its points.
      String groupSupervisor = leaderIds[leaderIds.length - 1];
      for (int i = 0; i < nGroup; i++, index++) {
        points.add(
            point(index, width, categories, forced, groupOwner, principal, groupSupervisor, ""));
      }
      int[] perLeader = spread(nLeader, leaderIds.length);
      for (int l = 0; l < leaderIds.length; l++) {
        RiskOwner owner = RiskOwner.leader(leaderIds[l]);
        // No leader supervises his own points: the principal's go to the last leader.
        String supervisor = l == 0 ? leaderIds[leaderIds.length - 1] : principal;
        ownerTitles = new HashMap<>();
        for (int k = 0; k < perLeader[l]; k++, index++) {
          points.add(point(index, width, categories, forced, owner, leaderIds[l], supervisor, ""));
        }
      }
      int[] perDept = spread(nDept, deptCount);
      for (int d = 0; d < deptCount; d++) {
        Department dept = departments[d];
        RiskOwner owner = RiskOwner.department(dept.getId());
        String head = dept.getHead().orElseThrow();
        String leader = dept.getSupervisingLeader().orElseThrow();
        ownerTitles = new HashMap<>();
        for (int k = 0; k < perDept[d]; k++, index++) {
          points.add(point(index, width, categories, forced, owner, head, leader, head));
        }
      }
      int[] perPost = spread(nPost, postCount);
      for (int p = 0; p < postCount; p++) {
        Post post = posts[p];
        RiskOwner owner = RiskOwner.post(post.getId());
        Department dept = departments[deptIndex(post.getDepartment())];
        String leader = dept.getSupervisingLeader().orElseThrow();
        String head = dept.getHead().orElseThrow();
        ownerTitles = new HashMap<>();
        for (int k = 0; k < perPost[p]; k++, index++) {
          String holder = post.getHolders().get(g.between(0, post.getHolders().size() - 1));
          points.add(point(index, width, categories, forced, owner, holder, leader, head));
        }
      }
      return points;
    }

    private RiskPoint point(
        int index,
        int width,
        byte[] categories,
        Map<Integer, Integer> forced,
        RiskOwner owner,
        String responsible,
        String supervisor,
        String head) {
      RiskCategory category = CATEGORIES[categories[index]];
      Optional<PowerItem> item = Optional.empty();
      List<PowerItem> items = itemsByOwner.get(owner);
      if (items == null) {
        throw new IllegalStateException("every owner holds a power item, but not " + owner);
      }
      if (g.chance(category == RiskCategory.IDEOLOGY ? 0.3 : 0.8)) {
        item = Optional.of(g.pick(items));
      }
      RiskPoint point =
          g.riskPoint(
              Pools.id("RP-", index + 1, width),
              owner,
              category,
              item,
              items.get(0).getKind(),
              g.chance(0.98) ? Optional.of(responsible) : Optional.empty(),
              g.chance(0.98) ? Optional.of(supervisor) : Optional.empty(),
              forced.getOrDefault(index, 0));
      point = distinctTitle(point);
      return head.isEmpty() ? point : byLevel(point, head);
    }

    /**
     * Numbers a title the owner already has, e.g. 采购需求审核把关不严（二）, as a unit does for two risks of
     * one kind; a few repeats stay as drawn.
     */
    private RiskPoint distinctTitle(RiskPoint point) {
      String title = point.getTitle();
      int seen = ownerTitles.merge(title, 1, Integer::sum);
      if (seen == 1 || defects.nextDouble() < KEPT_DUPLICATE_TITLES) {
        return point;
      }
      String numbered = title + "（" + Pools.numeral(seen) + "）";
      while (ownerTitles.containsKey(numbered)) {
        numbered = numbered + "（" + Pools.numeral(seen) + "）";
      }
      ownerTitles.put(numbered, 1);
      return RiskPoint.builder().from(point).title(numbered).build();
    }

    /**
     * Department and post points are supervised by level, as the grading package derives it: 高 by
     * the principal leader, 一般 by the supervising leader (as drawn), 低 by the department head
     * unless the head answers for the point (a department's own), then by the supervising leader.
     */
    private RiskPoint byLevel(RiskPoint point, String head) {
      Optional<RiskLevel> level = point.effectiveLevel();
      if (point.getSupervisor().isEmpty() || level.isEmpty() || level.get() == RiskLevel.MEDIUM) {
        return point;
      }
      if (level.get() == RiskLevel.LOW && point.getResponsible().equals(Optional.of(head))) {
        return point;
      }
      String supervisor = level.get() == RiskLevel.HIGH ? principal : head;
      return RiskPoint.builder().from(point).supervisor(supervisor).build();
    }

    /** Draws each point's category by its scope's weights, then makes every category appear. */
    private byte[] categories() {
      byte[] categories = new byte[n];
      int[] counts = new int[CATEGORIES.length];
      int[] scopeEnds = {nGroup, nGroup + nLeader, nGroup + nLeader + nDept, n};
      int scope = 0;
      for (int i = 0; i < n; i++) {
        while (i >= scopeEnds[scope]) {
          scope++;
        }
        int[] weights = CATEGORY_WEIGHTS[scope];
        int r = g.between(0, 99);
        int c = 0;
        while (r >= weights[c]) {
          r -= weights[c];
          c++;
        }
        categories[i] = (byte) c;
        counts[c]++;
      }
      if (n >= CATEGORIES.length) {
        for (int c = 0; c < CATEGORIES.length; c++) {
          while (counts[c] == 0) {
            int i = g.between(0, n - 1);
            if (counts[categories[i]] > 1) {
              counts[categories[i]]--;
              categories[i] = (byte) c;
              counts[c]++;
            }
          }
        }
      }
      return categories;
    }

    /** With 20 or more points, picks distinct points that must show each rarer feature. */
    private Map<Integer, Integer> forcedFeatures() {
      Map<Integer, Integer> forced = new HashMap<>();
      if (n < 20) {
        return forced;
      }
      int[] features = {
        ModelGenerators.UNGRADED,
        ModelGenerators.CHANGED_DECISION,
        ModelGenerators.KEPT_DECISION,
        ModelGenerators.RESIDUAL,
        ModelGenerators.INDICATORS
      };
      for (int feature : features) {
        int i;
        do {
          i = g.between(0, n - 1);
        } while (forced.containsKey(i));
        forced.put(i, feature);
      }
      return forced;
    }

    /**
     * Spreads {@code total} over {@code owners}: one each first (while enough), the rest at random.
     */
    private int[] spread(int total, int owners) {
      int[] counts = new int[owners];
      for (int i = 0; i < total; i++) {
        counts[i < owners ? i : g.between(0, owners - 1)]++;
      }
      return counts;
    }

    private int[] shuffled(int size) {
      int[] a = new int[size];
      for (int i = 0; i < size; i++) {
        a[i] = i;
      }
      for (int i = size - 1; i > 0; i--) {
        int j = g.between(0, i);
        int t = a[i];
        a[i] = a[j];
        a[j] = t;
      }
      return a;
    }

    private static int digits(long value) {
      return Long.toString(value).length();
    }
  }
}
