package io.github.probity.archive;

import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
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

/** A small ledger for archive, diff, event and disclosure tests. */
final class ArchiveFixtures {
  static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private ArchiveFixtures() {}

  static Clock clockAt(LocalDate date) {
    return Clock.fixed(date.atTime(9, 30).atZone(ZONE).toInstant(), ZONE);
  }

  static Person person(String id, String name, String title) {
    return Person.builder().id(id).name(name).title(title).build();
  }

  static Measure measure(String id, String text) {
    return Measure.builder().id(id).text(text).type(MeasureType.PROCESS).proposer("P4").build();
  }

  static Ledger.Builder ledger() {
    return Ledger.builder()
        .unit(Unit.builder().code("SL-CZJ").name("示例区财政局").build())
        .year(2026)
        .addPeople(
            person("P1", "王建国", "局长"),
            person("P2", "李文华", "副局长"),
            person("P3", "赵敏", "科长"),
            person("P4", "钱进", "科员"),
            person("P5", "孙丽", "科员"),
            person("P9", "周纪", "纪检组长"))
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
                        .build(),
                    Leader.builder().personId("P9").role("纪检组长").build())
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
                .addDuties("审核政府采购需求", "审核采购方式变更")
                .build())
        .addRiskPoints(
            RiskPoint.builder()
                .id("RP-1")
                .owner(RiskOwner.post("POST-1"))
                .category(RiskCategory.PROCESS)
                .title("采购需求审核把关不严")
                .manifestation("钱进在审核中放宽标准，联系电话13812345678，邮箱qianjin@example.gov.cn")
                .level(RiskLevel.MEDIUM)
                .responsible("P4")
                .supervisor("P2")
                .addMeasures(measure("M-1", "实行双人复核，由赵敏科长抽查"), measure("M-2", "采购需求网上公开"))
                .build(),
            RiskPoint.builder()
                .id("RP-2")
                .owner(RiskOwner.leader("P2"))
                .category(RiskCategory.IDEOLOGY)
                .title("放松理论学习")
                .level(RiskLevel.LOW)
                .responsible("P2")
                .supervisor("P1")
                .addMeasures(measure("M-3", "李文华同志每季度参加中心组学习"))
                .build(),
            RiskPoint.builder()
                .id("RP-3")
                .owner(RiskOwner.department("D1"))
                .category(RiskCategory.EXTERNAL)
                .title("供应商请托")
                .level(RiskLevel.HIGH)
                .decision(
                    LevelDecision.builder()
                        .meetingReference("2026年第3次党组会议")
                        .date(LocalDate.of(2026, 5, 20))
                        .proposedLevel(RiskLevel.HIGH)
                        .level(RiskLevel.HIGH)
                        .build())
                .responsible("P3")
                .supervisor("P2")
                .addMeasures(measure("M-4", "与供应商接触须两人以上在场"))
                .build());
  }
}
