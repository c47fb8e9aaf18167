package io.github.probity.archive;

import io.github.probity.TestLedgers;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The shared {@link TestLedgers} unit with a discipline leader (P9), one post and three risk
 * points, for archive, diff, event and disclosure tests.
 */
final class ArchiveFixtures {
  static final ZoneId ZONE = TestLedgers.ZONE;

  private ArchiveFixtures() {}

  static Clock clockAt(LocalDate date) {
    return TestLedgers.clockAt(date.atTime(9, 30));
  }

  static Measure measure(String id, String text) {
    return Measure.builder().id(id).text(text).type(MeasureType.PROCESS).proposer("P4").build();
  }

  static Ledger.Builder ledger() {
    return TestLedgers.ledger("P1", "P2", "P3", "P4", "P5", "P9")
        .leadershipGroup(TestLedgers.group(TestLedgers.leader("P9", "纪检组长")))
        .addPosts(TestLedgers.procurementPost("P4", "审核政府采购需求", "审核采购方式变更"))
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
