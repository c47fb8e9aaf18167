package io.github.probity.annex;

import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Builds a {@link Ledger} from table rows: the reverse of {@link AnnexTables}. It infers the
 * people, the leaders, departments, posts and power items that the rows name, and gives every
 * entity a generated id in order of first appearance ({@code P0001}, {@code D001}, {@code S0001},
 * {@code PI00001}, {@code RP000001}, measures {@code RP000001-M1}), so that the same rows always
 * give the same ids; a row that carries its point's id ({@link AnnexRow#getPointId()}, the hidden
 * id column of Probity's workbooks) keeps it, unless an earlier row took it.
 *
 * <p><b>People.</b> A person is identified by {@link AnnexPeople#identityKey(String)} of their
 * name, so {@code 王　芳}, {@code 王 芳} and {@code 王芳} are one person; the person shows the first
 * spelling seen as {@link AnnexPeople#displayName(String)} gives it ({@code 王芳}: padding is not
 * part of a name). Responsibility columns are read with {@link
 * AnnexPeople#responsibility(AnnexRow)}: a name becomes a person and the point's {@link
 * RiskPoint#getResponsible() responsible} or {@link RiskPoint#getSupervisor() supervisor}; a role
 * ({@code 科室负责人}, {@code 分管领导}) never becomes a person and goes to {@link
 * RiskPoint#getResponsibleRole()} or {@link RiskPoint#getSupervisorRole()}.
 *
 * <p><b>Leaders.</b> A leader with a name is identified by (identity key of the name, {@link
 * AnnexRow#getOwnerKey() owner key}); the first leader of a name is the person of that name that
 * other columns refer to, a second leader of the same name with another key is another person. A
 * leader known only by a role ({@code 副局长}, the owner name being a role as {@link
 * AnnexPeople#isRole(String)} tells) is identified by position: by (role, owner key) when the row
 * has a key, otherwise by its run of adjacent rows — tables keep an owner's rows together, so a
 * role-only leader whose rows resume after another owner's rows is another leader with the same
 * role. Such a leader's person has the role as both name and {@link Person#getTitle() title} (the
 * table gives no name; the role is what the unit calls them); other columns never refer to it. The
 * first leader, in order of appearance, whose role {@link AnnexPeople#isPrincipalRole(String)} is
 * marked {@link Leader#isPrincipal() principal}; a leader without a role is a {@code 班子成员}.
 *
 * <p><b>Departments.</b> A department's {@link Department#getHead() head} is set when the rows of
 * the department and of its posts name exactly one person in a head's role (负责人, 科长, 主任 …, also
 * after 科室, 部门 or the department's name, e.g. {@code 李华（科室负责人）}); its {@link
 * Department#getSupervisingLeader() supervising leader} when the named supervisors of its rows and
 * its posts' rows that are not graded 高 (those the principal leader supervises) include exactly one
 * leader; that leader then lists the department among those it {@link
 * Leader#getSupervisedDepartments() supervises}. Otherwise both stay unset.
 *
 * <p>What a table does not carry gets a documented default: power items are of kind {@link
 * PowerKind#OTHER}, discretion {@link Discretion#LIMITED}, frequency {@link Frequency#OCCASIONAL};
 * measure types are guessed from keywords ({@link #guessMeasureType(String)}); a row's {@linkplain
 * AnnexRow#getMeasureStates() measure states} give the measures of their numbers their status,
 * progress and a review (dated ones only, by the named reviewer or else the supervisor), and its
 * residual level is the point's unless it exceeds the level; a post without a department goes to
 * {@value #NO_DEPARTMENT}. Departments and posts are identified by their exact name (and owner
 * key); a post also by its holders: rows of one post name in one department that name other holders
 * (two 会计 of 财务科, held by 王五 and by 赵六) are another post, a row that names no holders is the post
 * of the row before it of that name, and holders named on a post first seen without any become its
 * holders.
 *
 * <p><b>Per-person tables.</b> Annex 3 prints a post's points once per holder ({@link
 * AnnexTables}). A row of a post (same department, name and owner key) that says exactly what an
 * earlier row of that post said — the same title, category, level, measures, people and every other
 * cell but the holders — and names only holders that earlier row's point was not yet printed for,
 * is that point again: its holders join the post and no point is added. Rows that carry point ids
 * are copies only when the ids are equal. So a post held by 王五 and 赵六 printed as two blocks reads
 * back as one post with two holders and each point once; two posts of one name whose points read
 * the same word for word (a case a table cannot tell from one post of two holders) read back as one
 * post. A copy that differs in any cell is its own point (of a post of its holders), so nothing a
 * row says is lost.
 *
 * <p>Not thread-safe: one assembler per table set, used by one thread.
 *
 * @since 0.1.0
 */
public final class AnnexAssembler {
  /** The department name given to posts whose row names no department. */
  public static final String NO_DEPARTMENT = "（未填科室）";

  private static final String GROUP_ID = "LG";
  private static final String DEFAULT_ROLE = "班子成员";

  private final String unitName;
  private final String unitCode;
  private final int year;
  private String groupName = "领导班子";
  private boolean groupNamed;
  private final Map<String, Person> people = new LinkedHashMap<>();
  private final Map<String, String> personByName = new HashMap<>();
  private final Map<String, String> leaderByKey = new HashMap<>();
  private final Set<String> leaderNames = new HashSet<>();
  private final Map<String, String> leaderRoles = new LinkedHashMap<>();
  private @Nullable String runKey;
  private @Nullable String runPersonId;
  private boolean runContinues;
  private final Map<String, String> departmentIds = new HashMap<>();
  private final Map<String, Department> departments = new LinkedHashMap<>();
  private final Map<String, Set<String>> headCandidates = new HashMap<>();
  private final Map<String, Set<String>> supervisorCandidates = new HashMap<>();
  private final Map<String, Post.Builder> posts = new LinkedHashMap<>();
  private final Map<String, List<String>> postsOfKey = new HashMap<>();
  private final Map<String, String> lastPostOfKey = new HashMap<>();
  private final Map<String, Set<String>> postHolders = new HashMap<>();
  private final Map<String, String> postDepartments = new HashMap<>();
  private final Map<String, PowerItem> powerItems = new LinkedHashMap<>();
  private final List<RiskPoint> riskPoints = new ArrayList<>();
  private final Set<String> pointIds = new HashSet<>();
  private final Map<String, List<Printed>> printed = new HashMap<>();

  /**
   * The post that holders who joined a post as copies of its rows hold, by post key and holders.
   */
  private final Map<String, String> postOfHolders = new HashMap<>();

  private AnnexAssembler(String unitName, String unitCode, int year) {
    this.unitName = unitName;
    this.unitCode = unitCode;
    this.year = year;
  }

  /**
   * Starts a ledger for a unit and year.
   *
   * @param unitName the unit's name, non-blank
   * @param unitCode the unit's code, non-blank
   * @param year the year the ledger covers
   * @return a new assembler
   */
  public static AnnexAssembler create(String unitName, String unitCode, int year) {
    return new AnnexAssembler(unitName, unitCode, year);
  }

  /**
   * Adds one row: its owner and the entities it names are created on first sight.
   *
   * @param row the row
   * @return this assembler
   */
  public AnnexAssembler add(AnnexRow row) {
    if (HolderCopies.mayRepeat(row) && addedAsCopy(row)) {
      runKey = null;
      return this;
    }
    runContinues = false;
    RiskOwner owner = owner(row);
    if (!runContinues) {
      runKey = null;
    }
    String rpId = row.getPointId().filter(pointIds::add).orElseGet(this::newPointId);
    RiskPoint.Builder b =
        RiskPoint.builder()
            .id(rpId)
            .owner(owner)
            .category(row.getCategory())
            .title(row.getTitle())
            .manifestation(row.getManifestation())
            .level(row.getLevel());
    row.getPowerItem().ifPresent(name -> b.powerItem(powerItem(owner, name)));
    int n = 1;
    List<Measure> measures = new ArrayList<>();
    for (String text : row.getMeasures()) {
      measures.add(
          Measure.builder().id(rpId + "-M" + n++).text(text).type(guessMeasureType(text)).build());
    }
    responsibility(b, owner, row);
    b.measures(
        MeasureStates.apply(
            measures,
            row.getMeasureStates(),
            List.of(),
            this::person,
            AnnexPeople.responsibility(row).getSupervisorName().map(this::person)));
    MeasureStates.residual(row.getResidualLevel(), Optional.empty(), row.getLevel())
        .ifPresent(r -> b.residualLevel(r));
    b.addAllMonitoringIndicators(row.getMonitoringIndicators());
    riskPoints.add(b.build());
    if (HolderCopies.mayRepeat(row)) {
      printed
          .computeIfAbsent(postKey(row), k -> new ArrayList<>())
          .add(new Printed(owner.getId(), row));
    }
    return this;
  }

  /** A post's point as a row printed it, and the holders it was printed for so far. */
  private static final class Printed {
    final String postId;
    final AnnexRow content;
    final Optional<String> pointId;
    final Set<String> holders;

    Printed(String postId, AnnexRow row) {
      this.postId = postId;
      this.content = HolderCopies.content(row);
      this.pointId = row.getPointId();
      this.holders = HolderCopies.holderKeys(row);
    }
  }

  /**
   * Takes a row as a copy of a point printed for other holders of its post, if it is one: the
   * holders join the post and the point.
   */
  private boolean addedAsCopy(AnnexRow row) {
    List<Printed> same = printed.get(postKey(row));
    if (same == null) {
      return false;
    }
    AnnexRow content = HolderCopies.content(row);
    Set<String> holders = HolderCopies.holderKeys(row);
    for (Printed p : same) {
      if (p.content.equals(content)
          && HolderCopies.disjoint(holders, p.holders)
          && (p.pointId.isEmpty()
              || row.getPointId().isEmpty()
              || p.pointId.equals(row.getPointId()))) {
        p.holders.addAll(holders);
        joinHolders(p.postId, row, holders);
        return true;
      }
    }
    return false;
  }

  /** A post row's department, name and owner key, as text. */
  private static String postKey(AnnexRow row) {
    return row.getDepartment().orElse(NO_DEPARTMENT)
        + "\u0000"
        + row.getOwnerName()
        + "\u0000"
        + row.getOwnerKey().orElse("");
  }

  /** Adds a copy's holders to its post; the post is then also the post of those holders alone. */
  private void joinHolders(String postId, AnnexRow row, Set<String> keys) {
    Post.Builder pb = posts.get(postId);
    if (pb == null) {
      return;
    }
    Set<String> had = postHolders.computeIfAbsent(postId, k -> new LinkedHashSet<>());
    for (String h : row.getHolders()) {
      if (had.add(AnnexPeople.identityKey(h))) {
        pb.addHolders(person(h));
      }
    }
    String deptId = departmentIds.get(row.getDepartment().orElse(NO_DEPARTMENT) + "\u0000");
    String key = deptId + "\u0000" + row.getOwnerName() + "\u0000" + row.getOwnerKey().orElse("");
    postOfHolders.put(key + "\u0000" + sortedKeys(keys), postId);
    lastPostOfKey.put(key, postId);
  }

  private static String sortedKeys(Set<String> keys) {
    List<String> sorted = new ArrayList<>(keys);
    java.util.Collections.sort(sorted);
    return String.join("\u0000", sorted);
  }

  /** The next generated point id that no row has taken. */
  private String newPointId() {
    int n = riskPoints.size() + 1;
    String id = id("RP", n, 6);
    while (!pointIds.add(id)) {
      id = id("RP", ++n, 6);
    }
    return id;
  }

  /**
   * Adds rows in order.
   *
   * @param rows the rows
   * @return this assembler
   */
  public AnnexAssembler addAll(Iterable<AnnexRow> rows) {
    for (AnnexRow r : rows) {
      add(r);
    }
    return this;
  }

  /**
   * Returns the number of risk points added so far.
   *
   * @return the count
   */
  public int size() {
    return riskPoints.size();
  }

  /**
   * Builds the ledger from the rows added so far.
   *
   * @return the ledger
   */
  public Ledger build() {
    List<Department> builtDepartments = new ArrayList<>();
    Map<String, List<String>> supervised = new HashMap<>();
    for (Department d : departments.values()) {
      builtDepartments.add(department(d, supervised));
    }
    LeadershipGroup.Builder group = LeadershipGroup.builder().id(GROUP_ID).name(groupName);
    String principal = principal();
    leaderRoles.forEach(
        (personId, role) ->
            group.addLeaders(
                Leader.builder()
                    .personId(personId)
                    .role(role)
                    .principal(personId.equals(principal))
                    .addAllSupervisedDepartments(supervised.getOrDefault(personId, List.of()))
                    .build()));
    List<Post> builtPosts = new ArrayList<>();
    for (Post.Builder pb : posts.values()) {
      builtPosts.add(pb.build());
    }
    return Ledger.builder()
        .unit(Unit.builder().code(unitCode).name(unitName).build())
        .year(year)
        .addAllPeople(people.values())
        .leadershipGroup(group.build())
        .addAllDepartments(builtDepartments)
        .addAllPosts(builtPosts)
        .addAllPowerItems(powerItems.values())
        .addAllRiskPoints(riskPoints)
        .build();
  }

  /** The person id of the first leader whose role is a principal's, or the empty string. */
  private String principal() {
    for (Map.Entry<String, String> e : leaderRoles.entrySet()) {
      if (AnnexPeople.isPrincipalRole(e.getValue())) {
        return e.getKey();
      }
    }
    return "";
  }

  /** The department with its head and supervising leader where the rows name exactly one. */
  private Department department(Department d, Map<String, List<String>> supervised) {
    Department.Builder b = Department.builder().from(d);
    Set<String> heads = headCandidates.getOrDefault(d.getId(), Set.of());
    if (heads.size() == 1) {
      b.head(heads.iterator().next());
    }
    List<String> leaders = new ArrayList<>();
    for (String s : supervisorCandidates.getOrDefault(d.getId(), Set.of())) {
      if (leaderRoles.containsKey(s)) {
        leaders.add(s);
      }
    }
    if (leaders.size() == 1) {
      b.supervisingLeader(leaders.get(0));
      supervised.computeIfAbsent(leaders.get(0), k -> new ArrayList<>()).add(d.getId());
    }
    return b.build();
  }

  private void responsibility(RiskPoint.Builder b, RiskOwner owner, AnnexRow row) {
    Responsibility who = AnnexPeople.responsibility(row);
    String responsible = who.getResponsibleName().map(this::person).orElse(null);
    String supervisor = who.getSupervisorName().map(this::person).orElse(null);
    b.responsible(Optional.ofNullable(responsible))
        .responsibleRole(who.getResponsibleRole())
        .supervisor(Optional.ofNullable(supervisor))
        .supervisorRole(who.getSupervisorRole());
    String deptId = departmentOf(owner);
    if (deptId == null) {
      return;
    }
    String deptName = departmentName(deptId);
    if (responsible != null && isHead(who.getResponsibleRole(), deptName)) {
      candidates(headCandidates, deptId).add(responsible);
    }
    if (supervisor != null && isHead(who.getSupervisorRole(), deptName)) {
      candidates(headCandidates, deptId).add(supervisor);
    }
    if (supervisor != null && row.getLevel().filter(l -> l == RiskLevel.HIGH).isEmpty()) {
      candidates(supervisorCandidates, deptId).add(supervisor);
    }
  }

  private static boolean isHead(Optional<String> role, String department) {
    return role.filter(r -> AnnexPeople.isHeadRole(r, department)).isPresent();
  }

  private static Set<String> candidates(Map<String, Set<String>> map, String deptId) {
    return map.computeIfAbsent(deptId, k -> new LinkedHashSet<>());
  }

  /** The id of a department or post owner's department, unless it is {@value #NO_DEPARTMENT}. */
  private @Nullable String departmentOf(RiskOwner owner) {
    String id =
        owner.getScope() == OwnerScope.DEPARTMENT
            ? owner.getId()
            : owner.getScope() == OwnerScope.POST ? postDepartments.get(owner.getId()) : null;
    return id == null || departmentName(id).equals(NO_DEPARTMENT) ? null : id;
  }

  private String departmentName(String id) {
    Department d = departments.get(id);
    return d == null ? "" : d.getName();
  }

  private RiskOwner owner(AnnexRow row) {
    String key = row.getOwnerKey().orElse("");
    switch (row.getScope()) {
      case LEADERSHIP_GROUP:
        if (!groupNamed) {
          groupName = row.getOwnerName();
          groupNamed = true;
        }
        return RiskOwner.leadershipGroup(GROUP_ID);
      case LEADER:
        return RiskOwner.leader(leader(row, key));
      case DEPARTMENT:
        return RiskOwner.department(department(row.getOwnerName(), key));
      default:
        return RiskOwner.post(post(row, key));
    }
  }

  private String leader(AnnexRow row, String ownerKey) {
    String name = row.getOwnerName();
    Optional<String> given = row.getLeaderRole().filter(r -> !r.isBlank());
    String personId;
    String role;
    if (AnnexPeople.isRole(name)) {
      role = given.orElse(AnnexPeople.displayName(name));
      personId = roleOnlyLeader(AnnexPeople.identityKey(name), ownerKey, name, role);
    } else {
      role = given.orElse(DEFAULT_ROLE);
      personId = namedLeader(name, ownerKey);
    }
    leaderRoles.putIfAbsent(personId, role);
    return personId;
  }

  private String namedLeader(String name, String ownerKey) {
    String nameKey = AnnexPeople.identityKey(name);
    String key = "N\u0000" + nameKey + "\u0000" + ownerKey;
    String id = leaderByKey.get(key);
    if (id == null) {
      id = leaderNames.add(nameKey) ? person(name) : newPerson(name, Optional.empty());
      leaderByKey.put(key, id);
    }
    return id;
  }

  private String roleOnlyLeader(String nameKey, String ownerKey, String name, String role) {
    if (!ownerKey.isEmpty()) {
      String key = "R\u0000" + nameKey + "\u0000" + ownerKey;
      String id = leaderByKey.get(key);
      if (id == null) {
        id = newPerson(name, Optional.of(role));
        leaderByKey.put(key, id);
      }
      return id;
    }
    String run = "R\u0000" + nameKey;
    if (!run.equals(runKey) || runPersonId == null) {
      runKey = run;
      runPersonId = newPerson(name, Optional.of(role));
    }
    runContinues = true;
    return runPersonId;
  }

  private String department(String name, String ownerKey) {
    String key = name + "\u0000" + ownerKey;
    String id = departmentIds.get(key);
    if (id == null) {
      id = id("D", departments.size() + 1, 3);
      departmentIds.put(key, id);
      departments.put(id, Department.builder().id(id).name(name).build());
    }
    return id;
  }

  private String post(AnnexRow row, String ownerKey) {
    String deptId = department(row.getDepartment().orElse(NO_DEPARTMENT), "");
    String key = deptId + "\u0000" + row.getOwnerName() + "\u0000" + ownerKey;
    List<String> ofKey = postsOfKey.computeIfAbsent(key, k -> new ArrayList<>());
    Set<String> holders = holderKeys(row);
    String postId = null;
    if (holders.isEmpty()) {
      postId = lastPostOfKey.get(key); // no holders named: the post of the rows before
    } else {
      for (String id : ofKey) {
        if (postHolders.getOrDefault(id, Set.of()).equals(holders)) {
          postId = id;
        }
      }
      if (postId == null) {
        postId = postOfHolders.get(key + "\u0000" + sortedKeys(holders));
      }
      for (int i = 0; postId == null && i < ofKey.size(); i++) {
        if (postHolders.getOrDefault(ofKey.get(i), Set.of()).isEmpty()) {
          postId = ofKey.get(i); // a post first seen without holders: these are its holders
          addHolders(postId, row, holders);
        }
      }
    }
    if (postId == null) {
      postId = id("S", posts.size() + 1, 4);
      ofKey.add(postId);
      postDepartments.put(postId, deptId);
      posts.put(postId, Post.builder().id(postId).name(row.getOwnerName()).department(deptId));
      addHolders(postId, row, holders);
    }
    lastPostOfKey.put(key, postId);
    if (!holders.isEmpty()) {
      postOfHolders.putIfAbsent(key + "\u0000" + sortedKeys(holders), postId);
    }
    return postId;
  }

  /** The identity keys of a row's holders. */
  private static Set<String> holderKeys(AnnexRow row) {
    Set<String> keys = new HashSet<>();
    for (String h : row.getHolders()) {
      keys.add(AnnexPeople.identityKey(h));
    }
    return keys;
  }

  private void addHolders(String postId, AnnexRow row, Set<String> keys) {
    Post.Builder pb = posts.get(postId);
    if (pb == null || keys.isEmpty()) {
      return;
    }
    Set<String> holders = new LinkedHashSet<>();
    for (String h : row.getHolders()) {
      holders.add(person(h));
    }
    pb.addAllHolders(holders);
    postHolders.put(postId, new LinkedHashSet<>(keys));
  }

  /** The person of a name: found by its identity key, created on first sight. */
  private String person(String name) {
    String key = AnnexPeople.identityKey(name);
    String id = personByName.get(key);
    if (id == null) {
      id = newPerson(name, Optional.empty());
      personByName.put(key, id);
    }
    return id;
  }

  private String newPerson(String name, Optional<String> title) {
    String id = id("P", people.size() + 1, 4);
    people.put(
        id, Person.builder().id(id).name(AnnexPeople.displayName(name)).title(title).build());
    return id;
  }

  private String powerItem(RiskOwner owner, String name) {
    String key = owner + "\u0000" + name;
    PowerItem item = powerItems.get(key);
    if (item == null) {
      item =
          PowerItem.builder()
              .id(id("PI", powerItems.size() + 1, 5))
              .name(name)
              .owner(owner)
              .kind(PowerKind.OTHER)
              .discretion(Discretion.LIMITED)
              .frequency(Frequency.OCCASIONAL)
              .build();
      powerItems.put(key, item);
    }
    return item.getId();
  }

  /**
   * Guesses a measure's type from its wording: separation (分离, 分权, 双人, 轮岗, 回避), technology (系统,
   * 信息化, 网上, 电子), education (教育, 学习, 培训, 谈话), process (流程, 程序, 环节, 时限), institutional (制度, 规定, 办法),
   * otherwise supervision.
   *
   * @param text the measure's text
   * @return the guessed type
   */
  public static MeasureType guessMeasureType(String text) {
    if (containsAny(text, "分离", "分权", "双人", "轮岗", "回避", "制衡")) {
      return MeasureType.SEPARATION_OF_DUTIES;
    }
    if (containsAny(text, "系统", "信息化", "网上", "电子", "平台", "科技")) {
      return MeasureType.TECHNOLOGY;
    }
    if (containsAny(text, "教育", "学习", "培训", "谈话", "警示")) {
      return MeasureType.EDUCATION;
    }
    if (containsAny(text, "流程", "程序", "环节", "时限")) {
      return MeasureType.PROCESS;
    }
    if (containsAny(text, "制度", "规定", "办法", "细则")) {
      return MeasureType.INSTITUTIONAL;
    }
    return MeasureType.SUPERVISION;
  }

  /**
   * An id of a prefix and a number padded with zeros to a width: {@code id("RP", 7, 6)} is
   * RP000007.
   */
  static String id(String prefix, int n, int width) {
    String digits = Integer.toString(n);
    StringBuilder sb = new StringBuilder(prefix.length() + Math.max(width, digits.length()));
    sb.append(prefix);
    for (int i = digits.length(); i < width; i++) {
      sb.append('0');
    }
    return sb.append(digits).toString();
  }

  private static boolean containsAny(String text, String... words) {
    for (String w : words) {
      if (text.contains(w)) {
        return true;
      }
    }
    return false;
  }
}
