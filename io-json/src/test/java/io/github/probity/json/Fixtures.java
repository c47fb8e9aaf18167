package io.github.probity.json;

import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.ProcessStep;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import java.time.LocalDate;

/** A small, hand-built ledger of a district finance bureau that uses every property. */
final class Fixtures {
  private Fixtures() {}

  /**
   * {@link #sample()} with its meeting recorded: the leadership meeting that decided the first
   * point, with attendees of the ledger, one from outside it and a dissent.
   */
  static Ledger sampleWithMeetings() {
    return Ledger.builder()
        .from(sample())
        .addMeetings(
            io.github.probity.model.Meeting.builder()
                .reference("2026年第3次党组会")
                .date(LocalDate.of(2026, 3, 12))
                .kind(io.github.probity.model.MeetingKind.PARTY_GROUP)
                .addAttendees("P01", "P02")
                .addOtherAttendees("区纪委派驻纪检组组长（列席）")
                .dissent("李华同志建议维持“一般”等级")
                .build())
        .build();
  }

  static Ledger sample() {
    return Ledger.builder()
        .unit(Unit.builder().code("SX-CZJ").name("示例区财政局").parentName("示例区人民政府").build())
        .year(2026)
        .addPeople(Person.builder().id("P01").name("张明").title("党组书记、局长").build())
        .addPeople(Person.builder().id("P02").name("李华").title("副局长").build())
        .addPeople(Person.builder().id("P03").name("王芳").build())
        .addPeople(Person.builder().id("P04").name("赵强").title("科员").build())
        .leadershipGroup(
            LeadershipGroup.builder()
                .id("LG")
                .name("局领导班子")
                .addLeaders(
                    Leader.builder()
                        .personId("P01")
                        .role("党组书记、局长")
                        .principal(true)
                        .divisionOfWork("主持全面工作")
                        .build())
                .addLeaders(
                    Leader.builder()
                        .personId("P02")
                        .role("副局长")
                        .divisionOfWork("分管政府采购、预算")
                        .addSupervisedDepartments("D01")
                        .build())
                .build())
        .addDepartments(
            Department.builder()
                .id("D01")
                .name("政府采购监管科")
                .head("P03")
                .supervisingLeader("P02")
                .build())
        .addDepartments(Department.builder().id("D02").name("办公室").build())
        .addPosts(
            Post.builder()
                .id("POST-01")
                .name("采购审核岗")
                .department("D01")
                .addHolders("P04")
                .addDuties("审核采购需求", "组织评审")
                .build())
        .addPowerItems(
            PowerItem.builder()
                .id("PI-01")
                .name("政府采购项目审核")
                .owner(RiskOwner.department("D01"))
                .kind(PowerKind.PROCUREMENT)
                .discretion(Discretion.CONSIDERABLE)
                .frequency(Frequency.WEEKLY)
                .majorMatter(true)
                .addProcessSteps(
                    ProcessStep.builder().id("S1").name("需求审核").post("POST-01").build(),
                    ProcessStep.builder().id("S2").name("结果确认").build())
                .build())
        .addRiskPoints(
            RiskPoint.builder()
                .id("RP-0001")
                .owner(RiskOwner.post("POST-01"))
                .category(RiskCategory.PROCESS)
                .powerItem("PI-01")
                .processStep("S1")
                .title("采购需求审核把关不严")
                .manifestation("设置倾向性条款，\"量身定制\"采购需求")
                .factors(
                    RiskFactors.builder()
                        .importance(5)
                        .frequency(4)
                        .probability(3)
                        .discretion(4)
                        .harm(5)
                        .build())
                .level(RiskLevel.MEDIUM)
                .decision(
                    LevelDecision.builder()
                        .meetingReference("2026年第3次党组会")
                        .date(LocalDate.of(2026, 3, 12))
                        .proposedLevel(RiskLevel.MEDIUM)
                        .level(RiskLevel.HIGH)
                        .rationale("涉及大额资金")
                        .build())
                .residualLevel(RiskLevel.MEDIUM)
                .addMeasures(
                    Measure.builder()
                        .id("M-0001")
                        .text("实行采购需求集体审核")
                        .type(MeasureType.SEPARATION_OF_DUTIES)
                        .proposer("P04")
                        .deadline(LocalDate.of(2026, 6, 30))
                        .build(),
                    Measure.builder()
                        .id("M-0002")
                        .text("开展警示教育")
                        .type(MeasureType.EDUCATION)
                        .build())
                .responsible("P04")
                .supervisor("P02")
                .addMonitoringIndicators("单一来源采购占比")
                .build())
        .addRiskPoints(
            RiskPoint.builder()
                .id("RP-0002")
                .owner(RiskOwner.leadershipGroup("LG"))
                .category(RiskCategory.INSTITUTION)
                .title("“三重一大”集体决策制度执行不到位")
                .level(RiskLevel.LOW)
                .residualLevel(RiskLevel.MEDIUM)
                .residualRationale("制度尚在修订")
                .build())
        .addRiskPoints(
            RiskPoint.builder()
                .id("RP-0003")
                .owner(RiskOwner.leader("P02"))
                .category(RiskCategory.IDEOLOGY)
                .title("廉洁自律意识淡化")
                .build())
        .build();
  }
}
