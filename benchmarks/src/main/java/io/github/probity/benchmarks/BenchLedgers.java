package io.github.probity.benchmarks;

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
import java.util.Random;

/** A large, deterministic ledger of post risk points with Chinese texts, for benchmarks. */
final class BenchLedgers {
  private static final String[] TITLES = {
    "采购需求审核把关不严", "资金拨付未按规定程序办理", "利用职务便利收受管理服务对象好处", "违规干预招投标活动", "泄露评审信息"
  };
  private static final String[] MEASURES = {
    "严格执行“双人复核”制度，审核意见留痕备查", "采购结果在门户网站公开，接受社会监督", "每季度开展一次廉政谈话和警示教育", "实行不相容岗位分离，定期轮岗交流"
  };

  private BenchLedgers() {}

  /** Builds a ledger with {@code points} post risk points, 50 per post. */
  static Ledger posts(int points) {
    Random rnd = new Random(42);
    int posts = Math.max(1, points / 50);
    Ledger.Builder b =
        Ledger.builder()
            .unit(Unit.builder().code("BENCH").name("示例区财政局").build())
            .year(2026)
            .addPeople(Person.builder().id("L1").name("周明").build())
            .leadershipGroup(
                LeadershipGroup.builder()
                    .id("LG")
                    .name("局领导班子")
                    .addLeaders(Leader.builder().personId("L1").role("局长").build())
                    .build());
    int depts = Math.max(1, posts / 10);
    for (int d = 0; d < depts; d++) {
      b.addDepartments(Department.builder().id("D" + d).name("业务科室" + d).build());
    }
    for (int p = 0; p < posts; p++) {
      b.addPeople(Person.builder().id("P" + p).name("在岗人员" + p).build());
      b.addPosts(
          Post.builder()
              .id("S" + p)
              .name("审核岗" + p)
              .department("D" + (p % depts))
              .addHolders("P" + p)
              .build());
    }
    for (int i = 0; i < points; i++) {
      String id = "RP" + i;
      b.addRiskPoints(
          RiskPoint.builder()
              .id(id)
              .owner(RiskOwner.post("S" + (i / 50 % posts)))
              .category(RiskCategory.values()[rnd.nextInt(5)])
              .title(TITLES[rnd.nextInt(TITLES.length)] + i)
              .manifestation("在办理第" + i + "号事项时" + TITLES[rnd.nextInt(TITLES.length)])
              .level(RiskLevel.values()[rnd.nextInt(3)])
              .addMeasures(
                  Measure.builder()
                      .id(id + "-1")
                      .text(MEASURES[rnd.nextInt(4)])
                      .type(MeasureType.SUPERVISION)
                      .build(),
                  Measure.builder()
                      .id(id + "-2")
                      .text(MEASURES[rnd.nextInt(4)] + i)
                      .type(MeasureType.PROCESS)
                      .build())
              .responsible("P" + (i / 50 % posts))
              .supervisor("L1")
              .build());
    }
    return b.build();
  }
}
