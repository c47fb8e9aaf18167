package io.github.probity.excel;

import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import java.util.List;

/** A small hand-built ledger of 示例区财政局 with every annex scope. */
final class Fixtures {
  private Fixtures() {}

  static Ledger sample() {
    return Ledger.builder()
        .unit(Unit.builder().code("SLQ-CZJ").name("示例区财政局").build())
        .year(2026)
        .addPeople(person("P1", "周明"), person("P2", "田军"), person("P3", "李华"))
        .addPeople(person("P4", "王芳"), person("P5", "赵强"), person("P6", "孙丽"))
        .leadershipGroup(
            LeadershipGroup.builder()
                .id("G")
                .name("局领导班子")
                .addLeaders(
                    Leader.builder().personId("P1").role("党组书记、局长").principal(true).build(),
                    Leader.builder().personId("P2").role("纪检组长、副局长").build())
                .build())
        .addDepartments(
            Department.builder()
                .id("D1")
                .name("政府采购监管科")
                .head("P3")
                .supervisingLeader("P2")
                .build(),
            Department.builder().id("D2").name("预算科").head("P4").supervisingLeader("P1").build())
        .addPosts(
            Post.builder()
                .id("S1")
                .name("采购审核岗")
                .department("D1")
                .addHolders("P5", "P6")
                .addDuties("审核采购需求", "复核采购结果")
                .build(),
            Post.builder().id("S2").name("预算编制岗").department("D2").addHolders("P4").build())
        .addRiskPoints(
            rp(
                "R1",
                RiskOwner.leadershipGroup("G"),
                RiskCategory.INSTITUTION,
                "“三重一大”事项未集体决策",
                RiskLevel.HIGH,
                List.of("严格执行“三重一大”集体决策制度", "会议纪要存档备查"),
                "P1",
                "P2"),
            rp(
                "R2",
                RiskOwner.leader("P1"),
                RiskCategory.DUTY,
                "干部选拔任用把关不严",
                RiskLevel.HIGH,
                List.of("落实民主推荐、组织考察程序"),
                "P1",
                "P2"),
            rp(
                "R3",
                RiskOwner.leader("P2"),
                RiskCategory.IDEOLOGY,
                "=监督责任落实不到位",
                RiskLevel.MEDIUM,
                List.of("+定期开展廉政谈话", "-签订廉政承诺书", "@专项检查"),
                "P2",
                "P1"),
            rp(
                "R4",
                RiskOwner.department("D1"),
                RiskCategory.PROCESS,
                "采购需求审核把关不严",
                RiskLevel.HIGH,
                List.of("实行“双人复核”", "采购结果网上公开"),
                "P3",
                "P2"),
            rp(
                "R5",
                RiskOwner.department("D1"),
                RiskCategory.EXTERNAL,
                "供应商利益输送",
                RiskLevel.MEDIUM,
                List.of(),
                "P3",
                "P2"),
            rp(
                "R6",
                RiskOwner.department("D2"),
                RiskCategory.PROCESS,
                "预算调整随意",
                RiskLevel.LOW,
                List.of("预算调整须经局务会审议"),
                "P4",
                "P1"),
            rp(
                "R7",
                RiskOwner.post("S1"),
                RiskCategory.DUTY,
                "审核中收受好处",
                RiskLevel.HIGH,
                List.of("执行回避制度", "定期轮岗"),
                "P5",
                "P3"),
            rp(
                "R8",
                RiskOwner.post("S1"),
                RiskCategory.PROCESS,
                "超时限办理",
                RiskLevel.LOW,
                List.of("公开办理时限"),
                "P6",
                "P3"),
            RiskPoint.builder()
                .id("R9")
                .owner(RiskOwner.post("S2"))
                .category(RiskCategory.DUTY)
                .title("编制预算时虚列项目")
                .manifestation("虚列支出项目，套取财政资金")
                .addMeasures(measure("R9-1", "预算编制集体研究"))
                .build())
        .build();
  }

  private static Person person(String id, String name) {
    return Person.builder().id(id).name(name).build();
  }

  private static Measure measure(String id, String text) {
    return Measure.builder().id(id).text(text).type(MeasureType.SUPERVISION).build();
  }

  private static RiskPoint rp(
      String id,
      RiskOwner owner,
      RiskCategory category,
      String title,
      RiskLevel level,
      List<String> measures,
      String responsible,
      String supervisor) {
    RiskPoint.Builder b =
        RiskPoint.builder()
            .id(id)
            .owner(owner)
            .category(category)
            .title(title)
            .manifestation(title + "的表现形式")
            .level(level)
            .responsible(responsible)
            .supervisor(supervisor);
    int i = 1;
    for (String m : measures) {
      b.addMeasures(measure(id + "-" + i++, m));
    }
    return b.build();
  }
}
