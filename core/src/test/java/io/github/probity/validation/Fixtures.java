package io.github.probity.validation;

import io.github.probity.TestLedgers;
import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.ProcessStep;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * A ledger of the shared {@link TestLedgers} unit that passes every standard rule (every level
 * decided by the meeting of 2026-05-20), and helpers to break it one rule at a time.
 *
 * <p>People: P1 王建国 (principal), P2 李文华 (副局长, supervises D1), P3 赵敏 (head of D1), P4 钱进 (采购审核岗), P5
 * 孙丽 (资金支付岗).
 */
final class Fixtures {
  private Fixtures() {}

  /** 2026-06-01, 10:00 in Shanghai. */
  static final Clock CLOCK = clockAt("2026-06-01");

  static Clock clockAt(String date) {
    return TestLedgers.clockAt(LocalDate.parse(date).atTime(10, 0));
  }

  static Measure measure(String id, MeasureType type, String proposer) {
    Measure.Builder b = Measure.builder().id(id).text("严格执行“双人复核”制度").type(type);
    if (!proposer.isEmpty()) {
      b.proposer(proposer);
    }
    return b.build();
  }

  /** A point whose level the leadership meeting of 2026-05-20 decided as proposed. */
  static RiskPoint.Builder point(
      String id, RiskOwner owner, RiskCategory category, String title, RiskLevel level) {
    return RiskPoint.builder()
        .id(id)
        .owner(owner)
        .category(category)
        .title(title)
        .level(level)
        .decision(decided(level));
  }

  /** The decision of the 2026-05-20 meeting that keeps a proposed level. */
  static LevelDecision decided(RiskLevel level) {
    return LevelDecision.builder()
        .meetingReference("2026年第3次党组会议")
        .date(LocalDate.of(2026, 5, 20))
        .proposedLevel(level)
        .level(level)
        .build();
  }

  static Ledger ledger() {
    return builder().build();
  }

  static Ledger.Builder builder() {
    return TestLedgers.ledger("P1", "P2", "P3", "P4", "P5")
        .addPosts(
            TestLedgers.procurementPost("P4", "审核政府采购需求和采购方式"),
            Post.builder()
                .id("POST-2")
                .name("资金支付岗")
                .department("D1")
                .addHolders("P5")
                .addDuties("办理资金支付", "参与采购项目验收")
                .build())
        .addPowerItems(
            PowerItem.builder()
                .id("PI-1")
                .name("政府采购项目审核")
                .owner(RiskOwner.post("POST-1"))
                .kind(PowerKind.PROCUREMENT)
                .discretion(Discretion.CONSIDERABLE)
                .frequency(Frequency.WEEKLY)
                .majorMatter(true)
                .addProcessSteps(
                    ProcessStep.builder().id("S1").name("采购审核").post("POST-1").build(),
                    ProcessStep.builder().id("S2").name("履约验收").post("POST-2").build())
                .build(),
            PowerItem.builder()
                .id("PI-2")
                .name("资金拨付审核")
                .owner(RiskOwner.post("POST-2"))
                .kind(PowerKind.FINANCE)
                .discretion(Discretion.LIMITED)
                .frequency(Frequency.DAILY)
                .majorMatter(true)
                .addProcessSteps(ProcessStep.builder().id("S1").name("支付审核").post("POST-2").build())
                .build())
        .addRiskPoints(
            point(
                    "RP-1",
                    RiskOwner.post("POST-1"),
                    RiskCategory.PROCESS,
                    "采购需求审核把关不严",
                    RiskLevel.HIGH)
                .powerItem("PI-1")
                .processStep("S1")
                .responsible("P4")
                .supervisor("P1")
                .addMeasures(
                    Measure.builder()
                        .id("M-1")
                        .text("采购需求审核与验收分设岗位")
                        .type(MeasureType.SEPARATION_OF_DUTIES)
                        .proposer("P4")
                        .deadline(LocalDate.of(2026, 12, 31))
                        .build())
                .build(),
            point("RP-2", RiskOwner.post("POST-2"), RiskCategory.DUTY, "资金支付审核不严", RiskLevel.LOW)
                .powerItem("PI-2")
                .responsible("P5")
                .supervisor("P2")
                .addMeasures(measure("M-2", MeasureType.SEPARATION_OF_DUTIES, "P5"))
                .build(),
            point(
                    "RP-3",
                    RiskOwner.department("D1"),
                    RiskCategory.INSTITUTION,
                    "科室采购制度执行不到位",
                    RiskLevel.MEDIUM)
                .responsible("P3")
                .supervisor("P2")
                .addMeasures(measure("M-3", MeasureType.INSTITUTIONAL, "P3"))
                .build(),
            point("RP-4", RiskOwner.leader("P1"), RiskCategory.IDEOLOGY, "理想信念动摇", RiskLevel.MEDIUM)
                .responsible("P1")
                .supervisor("P2")
                .addMeasures(measure("M-4", MeasureType.EDUCATION, "P1"))
                .build(),
            point(
                    "RP-5",
                    RiskOwner.leader("P2"),
                    RiskCategory.IDEOLOGY,
                    "分管领域廉洁自律不严",
                    RiskLevel.MEDIUM)
                .responsible("P2")
                .supervisor("P1")
                .addMeasures(measure("M-5", MeasureType.EDUCATION, "P2"))
                .build(),
            point(
                    "RP-6",
                    RiskOwner.leadershipGroup("LG"),
                    RiskCategory.EXTERNAL,
                    "重大事项未经集体决策",
                    RiskLevel.MEDIUM)
                .responsible("P1")
                .supervisor("P2")
                .addMeasures(measure("M-6", MeasureType.INSTITUTIONAL, ""))
                .build());
  }

  /** Returns the fixture with one risk point changed. */
  static Ledger withPoint(String id, Consumer<RiskPoint.Builder> change) {
    Ledger base = ledger();
    List<RiskPoint> points = new ArrayList<>();
    for (RiskPoint rp : base.getRiskPoints()) {
      if (rp.getId().equals(id)) {
        RiskPoint.Builder b = RiskPoint.builder();
        b.from(rp);
        change.accept(b);
        points.add(b.build());
      } else {
        points.add(rp);
      }
    }
    return builder().riskPoints(points).build();
  }

  /** Returns the fixture without one risk point. */
  static Ledger withoutPoint(String id) {
    List<RiskPoint> points = new ArrayList<>(ledger().getRiskPoints());
    points.removeIf(rp -> rp.getId().equals(id));
    return builder().riskPoints(points).build();
  }

  /** Returns the fixture with one power item changed. */
  static Ledger withPowerItem(String id, Consumer<PowerItem.Builder> change) {
    List<PowerItem> items = new ArrayList<>();
    for (PowerItem item : ledger().getPowerItems()) {
      if (item.getId().equals(id)) {
        PowerItem.Builder b = PowerItem.builder();
        b.from(item);
        change.accept(b);
        items.add(b.build());
      } else {
        items.add(item);
      }
    }
    return builder().powerItems(items).build();
  }

  /** Returns the fixture with one post changed. */
  static Ledger withPost(String id, Consumer<Post.Builder> change) {
    List<Post> posts = new ArrayList<>();
    for (Post p : ledger().getPosts()) {
      if (p.getId().equals(id)) {
        Post.Builder b = Post.builder();
        b.from(p);
        change.accept(b);
        posts.add(b.build());
      } else {
        posts.add(p);
      }
    }
    return builder().posts(posts).build();
  }

  /** Returns the fixture with department D1 changed. */
  static Ledger withDepartment(Consumer<Department.Builder> change) {
    Department.Builder b = Department.builder();
    b.from(ledger().getDepartments().get(0));
    change.accept(b);
    return builder().departments(List.of(b.build())).build();
  }
}
