package io.github.probity.model;

import io.github.probity.TestLedgers;
import java.time.LocalDate;

/** A small, valid ledger of the shared {@link TestLedgers} unit and its parts, for model tests. */
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
    return TestLedgers.ledger("P1", "P2", "P3")
        .unit(Unit.builder().code("SL-CZJ").name("示例区财政局").parentName("示例区人民政府").build())
        .addPosts(TestLedgers.procurementPost("P3", "审核政府采购需求和采购方式"))
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
