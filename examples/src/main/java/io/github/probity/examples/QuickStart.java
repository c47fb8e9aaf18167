package io.github.probity.examples;

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

/** The README's quick start: build a small ledger and look things up in it. */
public final class QuickStart {
  private QuickStart() {}

  /**
   * Builds the quick start's ledger: one department, one post, one risk point.
   *
   * @return the ledger
   */
  public static Ledger ledger() {
    // tag::quickstart[]
    Ledger ledger =
        Ledger.builder()
            .unit(Unit.builder().code("SL-CZJ").name("示例区财政局").build())
            .year(2026)
            .addPeople(
                Person.builder().id("P01").name("王建国").title("党组书记、局长").build(),
                Person.builder().id("P02").name("李文华").title("副局长").build(),
                Person.builder().id("P03").name("赵敏").title("科长").build())
            .leadershipGroup(
                LeadershipGroup.builder()
                    .id("LG")
                    .name("局领导班子")
                    .addLeaders(
                        Leader.builder().personId("P01").role("党组书记、局长").principal(true).build(),
                        Leader.builder().personId("P02").role("副局长").build())
                    .build())
            .addDepartments(
                Department.builder()
                    .id("D03")
                    .name("政府采购监管科")
                    .head("P03")
                    .supervisingLeader("P02")
                    .build())
            .addPosts(
                Post.builder()
                    .id("D03-01")
                    .name("采购审核岗")
                    .department("D03")
                    .addHolders("P03")
                    .build())
            .addRiskPoints(
                RiskPoint.builder()
                    .id("RP-0042")
                    .owner(RiskOwner.post("D03-01"))
                    .category(RiskCategory.parse("业务流程"))
                    .title("采购需求审核把关不严")
                    .level(RiskLevel.parse("★★★")) // stars, 一级, 高 all mean HIGH
                    .addMeasures(
                        Measure.builder()
                            .id("M-0042-1")
                            .text("实行采购需求“双人复核”，重大项目提交局党组集体研究")
                            .type(MeasureType.SEPARATION_OF_DUTIES)
                            .proposer("P03")
                            .build())
                    .responsible("P03")
                    .supervisor("P01")
                    .build())
            .build(); // rejects duplicate ids and dangling references

    RiskPoint point = ledger.riskPoint("RP-0042").orElseThrow();
    System.out.println(
        point.getTitle() + " → " + point.effectiveLevel().orElseThrow().displayName());
    // end::quickstart[]
    return ledger;
  }

  /**
   * Runs the quick start.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    ledger();
  }
}
