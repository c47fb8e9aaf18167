package io.github.probity.validation;

import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Effectiveness;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Evidence;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
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
 * Seeded ledgers with a sprinkling of the mistakes the validation rules look for: missing measures
 * and people, wrong supervisors, shared incompatible duties, blank and repeated text, overdue
 * deadlines, blank or over-long fields. The same seed always gives the same ledger.
 */
final class FlawedLedgers {
  private FlawedLedgers() {}

  private static final String[] STEPS = {"受理", "审核", "审批", "支付", "采购", "验收", "登记"};
  private static final String[] TITLES = {
    "审核把关不严", "违规干预招投标", "资金拨付不及时", "收受管理对象礼金", "制度执行不到位", "信息泄露", "优亲厚友"
  };

  static Ledger generate(long seed, int points) {
    Random r = new Random(seed);
    Ledger.Builder b =
        Ledger.builder()
            .unit(Unit.builder().code("U" + seed).name("生成单位" + seed).build())
            .year(r.nextInt(50) == 0 ? 1999 : 2026);
    List<String> people = new ArrayList<>();
    int leaders = 2 + r.nextInt(3);
    int departments = Math.max(1, points / 25);
    LeadershipGroup.Builder group = LeadershipGroup.builder().id("LG").name("领导班子");
    for (int i = 0; i < leaders; i++) {
      String id = "L" + i;
      people.add(id);
      b.addPeople(Person.builder().id(id).name(r.nextInt(100) == 0 ? " " : "领导" + i).build());
      Leader.Builder l =
          Leader.builder()
              .personId(id)
              .role(i == 0 ? "局长" : "副局长")
              .principal(i == 0 && r.nextInt(30) > 0);
      for (int d = 0; d < departments; d++) {
        if (d % leaders == i) {
          l.addSupervisedDepartments("D" + d);
        }
      }
      group.addLeaders(l.build());
    }
    b.leadershipGroup(group.build());
    List<Post> posts = new ArrayList<>();
    for (int d = 0; d < departments; d++) {
      String head = "H" + d;
      people.add(head);
      b.addPeople(Person.builder().id(head).name("科长" + d).build());
      Department.Builder dept = Department.builder().id("D" + d).name("科室" + d).head(head);
      if (r.nextInt(20) > 0) {
        dept.supervisingLeader("L" + (r.nextInt(10) == 0 ? r.nextInt(leaders) : d % leaders));
      }
      b.addDepartments(dept.build());
      int n = 2 + r.nextInt(3);
      for (int p = 0; p < n; p++) {
        String holder = "S" + d + "-" + p;
        people.add(holder);
        b.addPeople(Person.builder().id(holder).name("科员" + d + "-" + p).build());
        Post.Builder post =
            Post.builder()
                .id("P" + d + "-" + p)
                .name(STEPS[r.nextInt(STEPS.length)] + "岗")
                .department("D" + d)
                .addHolders(holder)
                .addDuties(r.nextInt(80) == 0 ? "" : "负责" + STEPS[r.nextInt(STEPS.length)]);
        if (r.nextInt(15) == 0 && p > 0) {
          post.addHolders("S" + d + "-" + (p - 1));
        }
        posts.add(post.build());
      }
    }
    b.addAllPosts(posts);
    List<PowerItem> items = new ArrayList<>();
    for (Post post : posts) {
      if (r.nextBoolean()) {
        PowerKind kind = PowerKind.values()[r.nextInt(PowerKind.values().length)];
        PowerItem.Builder item =
            PowerItem.builder()
                .id("PI-" + post.getId())
                .name(kind.displayName() + "事项")
                .owner(RiskOwner.post(post.getId()))
                .kind(kind)
                .discretion(Discretion.values()[r.nextInt(Discretion.values().length)])
                .frequency(Frequency.values()[r.nextInt(Frequency.values().length)])
                .majorMatter(r.nextInt(4) > 0);
        int steps = 1 + r.nextInt(3);
        for (int s = 0; s < steps; s++) {
          Post at = posts.get(r.nextInt(posts.size()));
          item.addProcessSteps(
              ProcessStep.builder()
                  .id("S" + s)
                  .name(STEPS[r.nextInt(STEPS.length)])
                  .post(at.getId())
                  .build());
        }
        items.add(item.build());
      }
    }
    b.addAllPowerItems(items);
    List<RiskOwner> owners = new ArrayList<>();
    owners.add(RiskOwner.leadershipGroup("LG"));
    for (int i = 0; i < leaders; i++) {
      owners.add(RiskOwner.leader("L" + i));
    }
    for (int d = 0; d < departments; d++) {
      owners.add(RiskOwner.department("D" + d));
    }
    for (Post p : posts) {
      owners.add(RiskOwner.post(p.getId()));
    }
    List<RiskOwner> kept = new ArrayList<>();
    for (RiskOwner o : owners) {
      if (r.nextInt(15) > 0) {
        kept.add(o);
      }
    }
    if (kept.isEmpty()) {
      kept.add(owners.get(0));
    }
    int categories = r.nextInt(5) == 0 ? 2 : RiskCategory.five().size();
    for (int i = 0; i < points; i++) {
      RiskOwner owner = i < kept.size() ? kept.get(i) : kept.get(r.nextInt(kept.size()));
      b.addRiskPoints(point(r, "RP-" + i, owner, people, items, categories));
    }
    if (r.nextBoolean()) {
      // the meetings recorded, some held on another day than their decisions say
      for (io.github.probity.model.Meeting m :
          io.github.probity.model.Meeting.inferredFrom(b.build())) {
        b.addMeetings(
            r.nextInt(3) == 0
                ? io.github.probity.model.Meeting.builder()
                    .from(m)
                    .date(m.getDate().plusDays(1))
                    .build()
                : m);
      }
    }
    return b.build();
  }

  private static RiskPoint point(
      Random r,
      String id,
      RiskOwner owner,
      List<String> people,
      List<PowerItem> items,
      int categories) {
    RiskLevel level = RiskLevel.values()[r.nextInt(3)];
    RiskPoint.Builder p =
        RiskPoint.builder()
            .id(id)
            .owner(owner)
            .category(RiskCategory.five().get(r.nextInt(categories)))
            .title(
                r.nextInt(100) == 0
                    ? "\u3000"
                    : TITLES[r.nextInt(TITLES.length)] + (r.nextInt(8) == 0 ? "" : id));
    if (r.nextInt(20) > 0) {
      p.level(level);
    }
    if (r.nextInt(10) == 0) {
      RiskLevel decided = RiskLevel.values()[r.nextInt(3)];
      RiskLevel proposed = r.nextInt(4) == 0 ? RiskLevel.values()[r.nextInt(3)] : level;
      p.decision(
          LevelDecision.builder()
              .meetingReference(r.nextInt(10) == 0 ? "\u00A0" : "2026年第" + r.nextInt(9) + "次党组会议")
              .date(LocalDate.of(2026, 5, 20))
              .proposedLevel(proposed)
              .level(decided)
              .rationale(r.nextInt(5) == 0 ? "\u200B" : "集体研究")
              .build());
    }
    if (r.nextInt(20) > 0) {
      p.responsible(people.get(r.nextInt(people.size())));
    }
    if (r.nextInt(10) > 0) {
      p.supervisor(r.nextInt(3) == 0 ? people.get(r.nextInt(people.size())) : "L0");
    }
    if (owner.getScope() == io.github.probity.model.OwnerScope.POST
        && !items.isEmpty()
        && r.nextBoolean()) {
      p.powerItem(items.get(r.nextInt(items.size())).getId());
    }
    int measures = r.nextInt(12) == 0 ? 0 : 1 + r.nextInt(2);
    for (int m = 0; m < measures; m++) {
      Measure.Builder mb =
          Measure.builder()
              .id(id + "-M" + m)
              .text(
                  r.nextInt(60) == 0
                      ? "\u3000"
                      : r.nextInt(80) == 0 ? "长".repeat(1001) : "落实防控措施" + m)
              .type(MeasureType.values()[r.nextInt(MeasureType.values().length)]);
      if (r.nextBoolean()) {
        mb.proposer(people.get(r.nextInt(people.size())));
      }
      if (r.nextBoolean()) {
        mb.deadline(LocalDate.of(2026, 1 + r.nextInt(12), 1 + r.nextInt(28)));
      }
      motion(mb, new Random(id.hashCode() * 31L + m), people);
      p.addMeasures(mb.build());
    }
    if (r.nextInt(30) == 0) {
      p.addMonitoringIndicators("");
    }
    return p.build();
  }

  /**
   * Puts a measure in motion with flaws of its own, from a generator of its own so that the rest of
   * the ledger stays what it was: a status that its progress, evidence or reason does not bear out,
   * reviews by anyone, reviews long ago.
   */
  private static void motion(Measure.Builder mb, Random r, List<String> people) {
    int k = r.nextInt(6);
    if (k == 0) {
      return;
    }
    MeasureStatus status =
        k == 1 ? MeasureStatus.IN_PROGRESS : k == 5 ? MeasureStatus.ABANDONED : MeasureStatus.DONE;
    mb.status(status).progress(r.nextInt(4) == 0 ? r.nextInt(101) : 100);
    if (status == MeasureStatus.ABANDONED && r.nextBoolean()) {
      mb.abandonReason(r.nextBoolean() ? "\u00a0" : "职责调整");
    }
    if (r.nextBoolean()) {
      mb.addEvidence(
          Evidence.builder()
              .reference("佐证" + r.nextInt(100) + ".pdf")
              .date(LocalDate.of(2025 + r.nextInt(2), 1 + r.nextInt(12), 1 + r.nextInt(28)))
              .by(people.get(r.nextInt(people.size())))
              .build());
    }
    for (int i = r.nextInt(3); i > 0; i--) {
      mb.addReviews(
          EffectivenessReview.builder()
              .date(LocalDate.of(2025 + r.nextInt(2), 1 + r.nextInt(12), 1 + r.nextInt(28)))
              .reviewer(people.get(r.nextInt(people.size())))
              .verdict(Effectiveness.values()[r.nextInt(Effectiveness.values().length)])
              .build());
    }
  }
}
