package io.github.probity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LedgerTest {

  @Test
  void resolvesEveryKindOfIdAndGroupsPointsByOwner() {
    Ledger ledger = ModelFixtures.ledger().build();

    assertThat(ledger.person("P3")).map(Person::getName).contains("赵敏");
    assertThat(ledger.department("D1")).map(Department::getName).contains("政府采购监管科");
    assertThat(ledger.post("POST-1")).map(Post::getName).contains("采购审核岗");
    assertThat(ledger.powerItem("PI-1")).map(PowerItem::isMajorMatter).contains(true);
    assertThat(ledger.riskPoint("RP-2"))
        .map(RiskPoint::getOwner)
        .contains(RiskOwner.department("D1"));
    assertThat(ledger.measure("M-RP-3")).isPresent();
    assertThat(ledger.person("nobody")).isEmpty();
    assertThat(ledger.riskPointsOf(RiskOwner.post("POST-1")))
        .extracting(RiskPoint::getId)
        .containsExactly("RP-1");
    assertThat(ledger.riskPointsOf(RiskOwner.post("POST-9"))).isEmpty();
    assertThat(ledger.riskPointsByOwner()).hasSize(4);
    assertThat(ledger.postsOf("D1")).extracting(Post::getId).containsExactly("POST-1");
    assertThat(ledger.postsHeldBy("P3")).extracting(Post::getId).containsExactly("POST-1");
    assertThat(ledger.departmentOf(RiskOwner.post("POST-1"))).map(Department::getId).contains("D1");
    assertThat(ledger.departmentOf(RiskOwner.leader("P2"))).isEmpty();
    assertThat(ledger.getLeadershipGroup().principal()).map(Leader::getPersonId).contains("P1");
  }

  @Test
  void rejectsDuplicateIdsAndDanglingReferencesNamingAllAtOnce() {
    Ledger.Builder broken =
        ModelFixtures.ledger()
            .addPeople(ModelFixtures.person("P1", "重名"))
            .addRiskPoints(
                ModelFixtures.point("RP-1", RiskOwner.post("POST-1")).build(),
                ModelFixtures.point("RP-9", RiskOwner.department("D9"))
                    .responsible("P404")
                    .powerItem("PI-404")
                    .build(),
                ModelFixtures.point("RP-10", RiskOwner.leader("P3")).build());

    assertThatThrownBy(broken::build)
        .isInstanceOfSatisfying(
            LedgerIntegrityException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(LedgerIntegrityException.Problem::toString)
                    .containsExactlyInAnyOrder(
                        "people[P1]: duplicate id 'P1'",
                        "riskPoints[RP-1]: duplicate id 'RP-1'",
                        "riskPoints[RP-1].measures[M-RP-1]: duplicate measure id 'M-RP-1'",
                        "riskPoints[RP-9].owner: unknown department 'D9'",
                        "riskPoints[RP-9].powerItem: unknown power item 'PI-404'",
                        "riskPoints[RP-9].responsible: unknown person 'P404'",
                        "riskPoints[RP-10].owner: unknown leader 'P3'"))
        .hasMessageContaining("7 integrity problem(s)")
        .satisfies(
            e ->
                assertThat(((LedgerIntegrityException) e).getProblems())
                    .extracting(
                        LedgerIntegrityException.Problem::kind,
                        LedgerIntegrityException.Problem::value)
                    .containsExactlyInAnyOrder(
                        tuple(LedgerIntegrityException.Kind.DUPLICATE_ID, "P1"),
                        tuple(LedgerIntegrityException.Kind.DUPLICATE_ID, "RP-1"),
                        tuple(LedgerIntegrityException.Kind.DUPLICATE_ID, "M-RP-1"),
                        tuple(LedgerIntegrityException.Kind.UNKNOWN_REFERENCE, "D9"),
                        tuple(LedgerIntegrityException.Kind.UNKNOWN_REFERENCE, "PI-404"),
                        tuple(LedgerIntegrityException.Kind.UNKNOWN_REFERENCE, "P404"),
                        tuple(LedgerIntegrityException.Kind.UNKNOWN_REFERENCE, "P3")));
  }

  @Test
  void ownerFactorsOfAnOwnerTheLedgerLacksAreAnIntegrityProblem() {
    Ledger.Builder broken =
        ModelFixtures.ledger()
            .putOwnerFactors(RiskOwner.leader("P404"), Map.of("APPRAISAL", FactorValue.of(88)));

    assertThatThrownBy(broken::build)
        .isInstanceOfSatisfying(
            LedgerIntegrityException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(
                        LedgerIntegrityException.Problem::kind,
                        LedgerIntegrityException.Problem::value)
                    .containsExactly(
                        tuple(LedgerIntegrityException.Kind.UNKNOWN_REFERENCE, "P404")));
  }

  @Test
  void rejectsDanglingReferencesOfStructure() {
    Ledger.Builder broken =
        ModelFixtures.ledger()
            .addDepartments(
                Department.builder()
                    .id("D2")
                    .name("国库科")
                    .head("P9")
                    .supervisingLeader("P8")
                    .build())
            .addPosts(
                Post.builder().id("POST-2").name("支付岗").department("D7").addHolders("P7").build())
            .addPowerItems(
                PowerItem.builder()
                    .id("PI-2")
                    .name("国库集中支付")
                    .owner(RiskOwner.post("POST-5"))
                    .kind(PowerKind.FINANCE)
                    .discretion(Discretion.LIMITED)
                    .frequency(Frequency.DAILY)
                    .addProcessSteps(
                        ProcessStep.builder().id("S1").name("支付").post("POST-6").build())
                    .build())
            .addRiskPoints(
                ModelFixtures.point("RP-5", RiskOwner.post("POST-1"))
                    .powerItem("PI-1")
                    .processStep("S404")
                    .build());

    assertThatThrownBy(broken::build)
        .isInstanceOfSatisfying(
            LedgerIntegrityException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(LedgerIntegrityException.Problem::path)
                    .containsExactlyInAnyOrder(
                        "departments[D2].head",
                        "departments[D2].supervisingLeader",
                        "posts[POST-2].department",
                        "posts[POST-2].holders",
                        "powerItems[PI-2].owner",
                        "powerItems[PI-2].processSteps[S1].post",
                        "riskPoints[RP-5].processStep"));
  }

  @Test
  void leadersMustBePeopleAndSupervisedDepartmentsMustExist() {
    Ledger.Builder broken =
        ModelFixtures.ledger()
            .leadershipGroup(
                LeadershipGroup.builder()
                    .id("LG")
                    .name("局领导班子")
                    .addLeaders(
                        Leader.builder().personId("P1").role("局长").principal(true).build(),
                        Leader.builder().personId("P1").role("局长").build(),
                        Leader.builder()
                            .personId("P2")
                            .role("副局长")
                            .addSupervisedDepartments("D5")
                            .build(),
                        Leader.builder().personId("P6").role("纪检组长").build())
                    .build());

    assertThatThrownBy(broken::build)
        .isInstanceOfSatisfying(
            LedgerIntegrityException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(LedgerIntegrityException.Problem::toString)
                    .containsExactlyInAnyOrder(
                        "leadershipGroup.leaders[P1]: duplicate leader 'P1'",
                        "leadershipGroup.leaders[P2].supervisedDepartments: unknown department 'D5'",
                        "leadershipGroup.leaders[P6].personId: unknown person 'P6'"));
  }

  @Test
  void equalLedgersAreEqualAndRebuildingKeepsEquality() {
    Ledger a = ModelFixtures.ledger().build();
    Ledger b = ModelFixtures.ledger().build();
    Ledger c = Ledger.builder().from(a).year(2027).build();

    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(Ledger.builder().from(a).build()).isEqualTo(a);
  }
}
