package io.github.probity;

import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.Unit;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Map;

/**
 * The small unit that core's tests share: 示例区财政局 (SL-CZJ) in 2026, its people, a leadership group
 * of a principal leader and a deputy, and the department the deputy supervises. Each test package
 * builds its ledger from here and adds the posts, power items and risk points it needs.
 *
 * <p>People: P1 王建国 (党组书记、局长, principal leader), P2 李文华 (副局长, supervises D1), P3 赵敏 (科长, head of
 * D1), P4 钱进 and P5 孙丽 (科员), P9 周纪 (纪检组长). Department D1 is 政府采购监管科; post POST-1, 采购审核岗, belongs to
 * it.
 */
public final class TestLedgers {
  /** The unit's time zone. */
  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  /** The leadership group's id. */
  public static final String GROUP = "LG";

  /** The department's id. */
  public static final String DEPARTMENT = "D1";

  /** Every person's name and title, by id. */
  private static final Map<String, String[]> PEOPLE =
      Map.of(
          "P1", new String[] {"王建国", "局长"},
          "P2", new String[] {"李文华", "副局长"},
          "P3", new String[] {"赵敏", "科长"},
          "P4", new String[] {"钱进", "科员"},
          "P5", new String[] {"孙丽", "科员"},
          "P9", new String[] {"周纪", "纪检组长"});

  private TestLedgers() {}

  /**
   * Returns a ledger builder for the unit in 2026 with the given people, the leadership group of
   * {@link #group} and department D1; the caller adds posts, power items and risk points.
   *
   * @param people the ids of the people to add, in order
   * @return the builder
   */
  public static Ledger.Builder ledger(String... people) {
    Ledger.Builder b =
        Ledger.builder()
            .unit(unit())
            .year(2026)
            .leadershipGroup(group())
            .addDepartments(department());
    for (String id : people) {
      b.addPeople(person(id));
    }
    return b;
  }

  /**
   * Returns the unit: 示例区财政局, code SL-CZJ.
   *
   * @return the unit
   */
  public static Unit unit() {
    return Unit.builder().code("SL-CZJ").name("示例区财政局").build();
  }

  /**
   * Returns one of the people, with name and title.
   *
   * @param id P1 to P5 or P9
   * @return the person
   * @throws IllegalArgumentException if there is no such person
   */
  public static Person person(String id) {
    String[] p = PEOPLE.get(id);
    if (p == null) {
      throw new IllegalArgumentException("no test person " + id + "; there are " + PEOPLE.keySet());
    }
    return Person.builder().id(id).name(p[0]).title(p[1]).build();
  }

  /**
   * Returns the leadership group 局领导班子: P1 the principal leader, P2 the deputy supervising D1, then
   * the given leaders.
   *
   * @param more further leaders, e.g. {@code leader("P9", "纪检组长")}
   * @return the group
   */
  public static LeadershipGroup group(Leader... more) {
    return LeadershipGroup.builder()
        .id(GROUP)
        .name("局领导班子")
        .addLeaders(
            Leader.builder().personId("P1").role("党组书记、局长").principal(true).build(),
            Leader.builder()
                .personId("P2")
                .role("副局长")
                .addSupervisedDepartments(DEPARTMENT)
                .build())
        .addLeaders(more)
        .build();
  }

  /**
   * Returns a leader who supervises no department.
   *
   * @param personId the person
   * @param role the role, e.g. 纪检组长
   * @return the leader
   */
  public static Leader leader(String personId, String role) {
    return Leader.builder().personId(personId).role(role).build();
  }

  /**
   * Returns department D1 政府采购监管科, headed by P3 and supervised by P2.
   *
   * @return the department
   */
  public static Department department() {
    return Department.builder()
        .id(DEPARTMENT)
        .name("政府采购监管科")
        .head("P3")
        .supervisingLeader("P2")
        .build();
  }

  /**
   * Returns post POST-1, 采购审核岗 in D1.
   *
   * @param holder who holds it
   * @param duties its duties
   * @return the post
   */
  public static Post procurementPost(String holder, String... duties) {
    return Post.builder()
        .id("POST-1")
        .name("采购审核岗")
        .department(DEPARTMENT)
        .addHolders(holder)
        .addDuties(duties)
        .build();
  }

  /**
   * Returns a clock fixed at a local time in the unit's zone.
   *
   * @param time the local date and time
   * @return the clock
   */
  public static Clock clockAt(LocalDateTime time) {
    return Clock.fixed(time.atZone(ZONE).toInstant(), ZONE);
  }
}
