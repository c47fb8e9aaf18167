package io.github.probity.review;

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
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A small ledger with one risk point and measure per owner scope. People: P1 principal leader, P2
 * deputy supervising D1, P3 head of D1, P4 holder of POST-1, P9 acting for the party organisation.
 */
final class ReviewFixtures {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
  static final String[] PEOPLE = {"P1", "P2", "P3", "P4", "P9"};

  /** The measure of each scope's risk point. */
  static final String GROUP_MEASURE = "M-G";

  static final String LEADER_MEASURE = "M-L";
  static final String DEPARTMENT_MEASURE = "M-D";
  static final String POST_MEASURE = "M-P";

  private ReviewFixtures() {}

  static Ledger ledger() {
    return Ledger.builder()
        .unit(Unit.builder().code("SL-CZJ").name("示例区财政局").build())
        .year(2026)
        .addPeople(
            person("P1", "王建国"),
            person("P2", "李文华"),
            person("P3", "赵敏"),
            person("P4", "钱进"),
            person("P9", "孙纪"))
        .leadershipGroup(
            LeadershipGroup.builder()
                .id("LG")
                .name("局领导班子")
                .addLeaders(
                    Leader.builder().personId("P1").role("党组书记、局长").principal(true).build(),
                    Leader.builder()
                        .personId("P2")
                        .role("副局长")
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
                .addHolders("P4")
                .addDuties("审核政府采购需求")
                .build())
        .addRiskPoints(
            point("RP-G", RiskOwner.leadershipGroup("LG"), GROUP_MEASURE),
            point("RP-L", RiskOwner.leader("P2"), LEADER_MEASURE),
            point("RP-D", RiskOwner.department("D1"), DEPARTMENT_MEASURE),
            point("RP-P", RiskOwner.post("POST-1"), POST_MEASURE))
        .build();
  }

  static ReviewPolicy policy() {
    return ReviewPolicy.builder().addPartyOrganisation("P9").build();
  }

  static Clock clockAt(LocalDate date) {
    return Clock.fixed(date.atTime(10, 0).atZone(ZONE).toInstant(), ZONE);
  }

  static ReviewWorkflow workflow(LocalDate date) {
    return ReviewWorkflow.of(ledger(), policy(), clockAt(date));
  }

  private static Person person(String id, String name) {
    return Person.builder().id(id).name(name).build();
  }

  private static RiskPoint point(String id, RiskOwner owner, String measureId) {
    return RiskPoint.builder()
        .id(id)
        .owner(owner)
        .category(RiskCategory.DUTY)
        .title("风险点 " + id)
        .level(RiskLevel.MEDIUM)
        .addMeasures(
            Measure.builder()
                .id(measureId)
                .text("措施 " + measureId)
                .type(MeasureType.INSTITUTIONAL)
                .build())
        .build();
  }
}
