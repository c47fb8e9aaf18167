package io.github.probity.annex;

import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link Ledger} from table rows: the reverse of {@link AnnexTables}. It infers the people
 * (by name), the leaders, departments, posts and power items that the rows name, and gives every
 * entity a generated id in order of first appearance ({@code P0001}, {@code D001}, {@code S0001},
 * {@code PI00001}, {@code RP000001}, measures {@code RP000001-M1}).
 *
 * <p>What a table does not carry gets a documented default: power items are of kind {@link
 * PowerKind#OTHER}, discretion {@link Discretion#LIMITED}, frequency {@link Frequency#OCCASIONAL};
 * measure types are guessed from keywords ({@link #guessMeasureType(String)}); a leader without a
 * role is a {@code 班子成员}; a post without a department goes to {@value #NO_DEPARTMENT}.
 *
 * <p>Not thread-safe: one assembler per table set, used by one thread.
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
  private final Map<String, String> leaderRoles = new LinkedHashMap<>();
  private final Map<String, Department> departments = new LinkedHashMap<>();
  private final Map<String, Post.Builder> posts = new LinkedHashMap<>();
  private final Map<String, String> postIds = new LinkedHashMap<>();
  private final Map<String, PowerItem> powerItems = new LinkedHashMap<>();
  private final List<RiskPoint> riskPoints = new ArrayList<>();

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
    RiskOwner owner = owner(row);
    String rpId = id("RP", riskPoints.size() + 1, 6);
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
    for (String text : row.getMeasures()) {
      b.addMeasures(
          Measure.builder().id(rpId + "-M" + n++).text(text).type(guessMeasureType(text)).build());
    }
    row.getResponsible().ifPresent(name -> b.responsible(person(name)));
    row.getSupervisor().ifPresent(name -> b.supervisor(person(name)));
    b.addAllMonitoringIndicators(row.getMonitoringIndicators());
    riskPoints.add(b.build());
    return this;
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
    LeadershipGroup.Builder group = LeadershipGroup.builder().id(GROUP_ID).name(groupName);
    leaderRoles.forEach(
        (personId, role) ->
            group.addLeaders(Leader.builder().personId(personId).role(role).build()));
    List<Post> builtPosts = new ArrayList<>();
    for (Post.Builder pb : posts.values()) {
      builtPosts.add(pb.build());
    }
    return Ledger.builder()
        .unit(Unit.builder().code(unitCode).name(unitName).build())
        .year(year)
        .addAllPeople(people.values())
        .leadershipGroup(group.build())
        .addAllDepartments(departments.values())
        .addAllPosts(builtPosts)
        .addAllPowerItems(powerItems.values())
        .addAllRiskPoints(riskPoints)
        .build();
  }

  private RiskOwner owner(AnnexRow row) {
    switch (row.getScope()) {
      case LEADERSHIP_GROUP:
        if (!groupNamed) {
          groupName = row.getOwnerName();
          groupNamed = true;
        }
        return RiskOwner.leadershipGroup(GROUP_ID);
      case LEADER:
        String personId = person(row.getOwnerName());
        leaderRoles.putIfAbsent(
            personId, row.getLeaderRole().filter(r -> !r.isBlank()).orElse(DEFAULT_ROLE));
        return RiskOwner.leader(personId);
      case DEPARTMENT:
        return RiskOwner.department(department(row.getOwnerName()));
      default:
        String deptId = department(row.getDepartment().orElse(NO_DEPARTMENT));
        String key = deptId + "\u0000" + row.getOwnerName();
        String postId = postIds.get(key);
        if (postId == null) {
          postId = id("S", postIds.size() + 1, 4);
          postIds.put(key, postId);
          Post.Builder pb = Post.builder().id(postId).name(row.getOwnerName()).department(deptId);
          for (String h : row.getHolders()) {
            pb.addHolders(person(h));
          }
          posts.put(postId, pb);
        }
        return RiskOwner.post(postId);
    }
  }

  private String person(String name) {
    Person p = people.get(name);
    if (p == null) {
      p = Person.builder().id(id("P", people.size() + 1, 4)).name(name).build();
      people.put(name, p);
    }
    return p.getId();
  }

  private String department(String name) {
    Department d = departments.get(name);
    if (d == null) {
      d = Department.builder().id(id("D", departments.size() + 1, 3)).name(name).build();
      departments.put(name, d);
    }
    return d.getId();
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

  private static String id(String prefix, int n, int width) {
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
