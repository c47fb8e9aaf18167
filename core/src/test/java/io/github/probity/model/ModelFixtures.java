package io.github.probity.model;

import java.time.LocalDate;

/** A small, valid ledger and its parts, for model tests. */
final class ModelFixtures {
  private ModelFixtures() {}

  static Person person(String id, String name) {
    return Person.builder().id(id).name(name).title("科员").build();
  }

  static Measure measure(String id) {
    return Measure.builder()
        .id(id)
        .text("严格执行采购需求集体审核制度")
        .type(MeasureType.INSTITUTIONAL)
        .proposer("P3")
        .deadline(LocalDate.of(2026, 12, 31))
        .build();
  }

  static RiskPoint.Builder point(String id, RiskOwner owner) {
    return RiskPoint.builder()
        .id(id)
        .owner(owner)
        .category(RiskCategory.PROCESS)
        .title("采购需求审核把关不严 " + id)
        .level(RiskLevel.MEDIUM)
        .responsible("P3")
        .supervisor("P2")
        .addMeasures(measure("M-" + id));
  }

  static Ledger.Builder ledger() {
    return Ledger.builder()
        .unit(Unit.builder().code("SL-CZJ").name("示例区财政局").parentName("示例区人民政府").build())
        .year(2026)
        .addPeople(person("P1", "王建国"), person("P2", "李文华"), person("P3", "赵敏"))
        .leadershipGroup(
            LeadershipGroup.builder()
                .id("LG")
                .name("局领导班子")
                .addLeaders(
                    Leader.builder().personId("P1").role("党组书记、局长").principal(true).build(),
                    Leader.builder()
                        .personId("P2")
                        .role("副局长")
                        .divisionOfWork("分管政府采购监管工作")
                        .addSupervisedDepartments("D1")
                        .build())
                .build())
        .addDepartments(
            Department.builder()
                .id("D1")
                .name("政府采购监管科")
                .head("P3")
                .supervisingLeader("P2")
                .build())
        .addPosts(
            Post.builder()
                .id("POST-1")
                .name("采购审核岗")
                .department("D1")
                .addHolders("P3")
                .addDuties("审核政府采购需求和采购方式")
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
                .addProcessSteps(ProcessStep.builder().id("S1").name("审核").post("POST-1").build())
                .build())
        .addRiskPoints(
            point("RP-1", RiskOwner.post("POST-1")).powerItem("PI-1").processStep("S1").build(),
            point("RP-2", RiskOwner.department("D1")).build(),
            point("RP-3", RiskOwner.leader("P2")).build(),
            point("RP-4", RiskOwner.leadershipGroup("LG")).build());
  }
}
