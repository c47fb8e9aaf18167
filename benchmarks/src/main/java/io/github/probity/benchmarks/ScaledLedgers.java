package io.github.probity.benchmarks;

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
import io.github.probity.model.ProcessStep;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Seeded ledgers of any size for benchmarks: departments of five posts with about a hundred risk
 * points each, two measures a point, power items with process steps, and a small share of the
 * mistakes the rules look for, so that the rules also build violations.
 */
final class ScaledLedgers {
  private ScaledLedgers() {}

  private static final int POINTS_PER_DEPARTMENT = 100;
  private static final int POSTS = 5;
  private static final int LEADERS = 5;
  private static final PowerKind[] KINDS = {
    PowerKind.APPROVAL, PowerKind.PROCUREMENT, PowerKind.FINANCE, PowerKind.SUPERVISION
  };
  private static final String[] STEPS = {"受理", "审核", "审批", "支付", "采购", "验收"};

  static Ledger generate(long seed, int riskPoints) {
    Random r = new Random(seed);
    int departments = Math.max(1, riskPoints / POINTS_PER_DEPARTMENT);
    List<Person> people = new ArrayList<>();
    List<Department> depts = new ArrayList<>(departments);
    List<Post> posts = new ArrayList<>(departments * POSTS);
    List<PowerItem> items = new ArrayList<>(departments * POSTS);
    List<RiskPoint> points = new ArrayList<>(riskPoints);
    LeadershipGroup.Builder group = LeadershipGroup.builder().id("LG").name("局领导班子");
    List<Leader.Builder> leaders = new ArrayList<>();
    for (int i = 0; i < LEADERS; i++) {
      people.add(Person.builder().id("L" + i).name("领导" + i).build());
      leaders.add(Leader.builder().personId("L" + i).role(i == 0 ? "局长" : "副局长").principal(i == 0));
    }
    for (int d = 0; d < departments; d++) {
      String dept = "D" + d;
      String head = dept + "-H";
      String leader = "L" + (1 + d % (LEADERS - 1));
      leaders.get(1 + d % (LEADERS - 1)).addSupervisedDepartments(dept);
      people.add(Person.builder().id(head).name("科长" + d).build());
      depts.add(
          Department.builder()
              .id(dept)
              .name("科室" + d)
              .head(head)
              .supervisingLeader(leader)
              .build());
      for (int p = 0; p < POSTS; p++) {
        String post = dept + "-P" + p;
        String holder = post + "-S";
        people.add(Person.builder().id(holder).name("科员" + d + "-" + p).build());
        posts.add(
            Post.builder()
                .id(post)
                .name(STEPS[(d + p) % STEPS.length] + "岗")
                .department(dept)
                .addHolders(holder)
                .addDuties("负责" + STEPS[(d + p) % STEPS.length])
                .build());
        PowerKind kind = KINDS[(d + p) % KINDS.length];
        items.add(
            PowerItem.builder()
                .id(post + "-I")
                .name(kind.displayName() + "事项")
                .owner(RiskOwner.post(post))
                .kind(kind)
                .discretion(Discretion.values()[p % Discretion.values().length])
                .frequency(Frequency.values()[p % Frequency.values().length])
                .majorMatter(r.nextInt(50) > 0)
                .addProcessSteps(
                    ProcessStep.builder().id("S1").name(STEPS[p % STEPS.length]).post(post).build(),
                    ProcessStep.builder()
                        .id("S2")
                        .name(STEPS[(p + 1) % STEPS.length])
                        .post(dept + "-P" + ((p + 1) % POSTS))
                        .build())
                .build());
      }
    }
    int n = 0;
    while (n < riskPoints) {
      int slot = n % POINTS_PER_DEPARTMENT;
      int d = (n / POINTS_PER_DEPARTMENT) % departments;
      String dept = "D" + d;
      RiskOwner owner;
      if (n < LEADERS) {
        owner = RiskOwner.leader("L" + n);
      } else if (n == LEADERS) {
        owner = RiskOwner.leadershipGroup("LG");
      } else if (slot < 10) {
        owner = RiskOwner.department(dept);
      } else {
        owner = RiskOwner.post(dept + "-P" + (slot % POSTS));
      }
      points.add(point(r, n, owner, dept, d));
      n++;
    }
    for (Leader.Builder l : leaders) {
      group.addLeaders(l.build());
    }
    return Ledger.builder()
        .unit(Unit.builder().code("BENCH").name("基准测试单位").build())
        .year(2026)
        .people(people)
        .leadershipGroup(group.build())
        .departments(depts)
        .posts(posts)
        .powerItems(items)
        .riskPoints(points)
        .build();
  }

  private static RiskPoint point(Random r, int n, RiskOwner owner, String dept, int d) {
    String id = "RP-" + n;
    RiskLevel level = RiskLevel.ofRank(1 + r.nextInt(3));
    String personal;
    switch (owner.getScope()) {
      case POST:
        personal = owner.getId() + "-S";
        break;
      case DEPARTMENT:
        personal = dept + "-H";
        break;
      default:
        personal = "L0";
        break;
    }
    String supervisor =
        level == RiskLevel.HIGH
            ? "L0"
            : owner.getScope() == io.github.probity.model.OwnerScope.LEADER
                ? "L0"
                : "L" + (1 + d % (LEADERS - 1));
    if (owner.getScope() == io.github.probity.model.OwnerScope.LEADER
        && owner.getId().equals("L0")) {
      supervisor = "L1";
    }
    RiskPoint.Builder b =
        RiskPoint.builder()
            .id(id)
            .owner(owner)
            .category(RiskCategory.values()[r.nextInt(RiskCategory.values().length)])
            .title("风险点" + n)
            .level(level)
            .responsible(personal)
            .supervisor(r.nextInt(100) == 0 ? dept + "-P0-S" : supervisor);
    if (owner.getScope() == io.github.probity.model.OwnerScope.POST) {
      b.powerItem(owner.getId() + "-I");
    }
    if (r.nextInt(100) > 0) {
      b.addMeasures(
          Measure.builder()
              .id(id + "-M1")
              .text("严格执行集体审核制度")
              .type(MeasureType.SEPARATION_OF_DUTIES)
              .proposer(personal)
              .deadline(LocalDate.of(2026, 7 + r.nextInt(6), 1 + r.nextInt(28)))
              .build(),
          Measure.builder()
              .id(id + "-M2")
              .text(r.nextInt(200) == 0 ? "\u3000" : "定期开展廉政谈话")
              .type(MeasureType.EDUCATION)
              .build());
    }
    return b.build();
  }
}
