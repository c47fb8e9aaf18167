package io.github.probity.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelLabelStyle;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnnexAssemblerPeopleTest {
  private static int titles;

  private static AnnexRow.Builder leaderRow(String name, String role) {
    return AnnexRow.builder()
        .scope(OwnerScope.LEADER)
        .ownerName(name)
        .leaderRole(role)
        .category(RiskCategory.DUTY)
        .title("风险" + ++titles);
  }

  private static AnnexRow.Builder deptRow(String dept) {
    return AnnexRow.builder()
        .scope(OwnerScope.DEPARTMENT)
        .ownerName(dept)
        .department(dept)
        .category(RiskCategory.PROCESS)
        .title("风险" + ++titles);
  }

  private static Ledger assemble(AnnexRow.Builder... rows) {
    AnnexAssembler a = AnnexAssembler.create("示例区财政局", "U1", 2026);
    for (AnnexRow.Builder r : rows) {
      a.add(r.build());
    }
    return a.build();
  }

  private static String name(Ledger l, String personId) {
    return l.person(personId).map(Person::getName).orElseThrow();
  }

  @Test
  void roleOnlyLeadersAtDifferentPlacesAreDifferentLeaders() {
    // as the reader gives a leader cell holding only a role: the role as name and as role
    Ledger l =
        assemble(
            leaderRow("党组书记、局长", "党组书记、局长"),
            leaderRow("副局长", "副局长"),
            leaderRow("副局长", "副局长"),
            leaderRow("纪检组长", "纪检组长"),
            leaderRow("副局长", "副局长"));
    List<Leader> leaders = l.getLeadershipGroup().getLeaders();
    assertThat(leaders)
        .extracting(Leader::getRole, Leader::isPrincipal)
        .containsExactly(
            tuple("党组书记、局长", true), tuple("副局长", false), tuple("纪检组长", false), tuple("副局长", false));
    assertThat(l.getPeople())
        .extracting(Person::getName, Person::getTitle)
        .containsExactly(
            tuple("党组书记、局长", Optional.of("党组书记、局长")),
            tuple("副局长", Optional.of("副局长")),
            tuple("纪检组长", Optional.of("纪检组长")),
            tuple("副局长", Optional.of("副局长")));
    String first = leaders.get(1).getPersonId();
    assertThat(l.riskPointsOf(RiskOwner.leader(first))).hasSize(2);
    assertThat(l.riskPointsOf(RiskOwner.leader(leaders.get(3).getPersonId()))).hasSize(1);
  }

  @Test
  void ownerKeysTellAdjacentRoleOnlyLeadersApart() {
    Ledger l =
        assemble(
            leaderRow("副局长", "副局长").ownerKey("附件1!B4"),
            leaderRow("副局长", "副局长").ownerKey("附件1!B4"),
            leaderRow("副局长", "副局长").ownerKey("附件1!B6"),
            leaderRow("局长", "局长").ownerKey("附件1!B7"),
            leaderRow("副局长", "副局长").ownerKey("附件1!B4"));
    List<Leader> leaders = l.getLeadershipGroup().getLeaders();
    assertThat(leaders).extracting(Leader::getRole).containsExactly("副局长", "副局长", "局长");
    assertThat(l.riskPointsOf(RiskOwner.leader(leaders.get(0).getPersonId()))).hasSize(3);
    assertThat(l.getLeadershipGroup().principal().map(Leader::getRole)).contains("局长");
  }

  @Test
  void namedLeadersOfOneNameAreOnePersonUnlessKeysDiffer() {
    Ledger l =
        assemble(leaderRow("王　芳", "副局长"), deptRow("预算科").supervisor("王芳"), leaderRow("王 芳", "副局长"));
    assertThat(l.getPeople()).extracting(Person::getName).containsExactly("王芳");
    assertThat(l.getLeadershipGroup().getLeaders()).hasSize(1);
    assertThat(l.getRiskPoints().get(1).getSupervisor())
        .contains(l.getLeadershipGroup().getLeaders().get(0).getPersonId());

    Ledger two =
        assemble(
            leaderRow("张明", "局长").ownerKey("1"),
            leaderRow("张明", "副局长").ownerKey("2"),
            deptRow("预算科").responsible("张明"));
    assertThat(two.getPeople()).extracting(Person::getName).containsExactly("张明", "张明");
    List<Leader> leaders = two.getLeadershipGroup().getLeaders();
    assertThat(leaders).extracting(Leader::getRole).containsExactly("局长", "副局长");
    // a name given elsewhere means the first person of that name
    assertThat(two.getRiskPoints().get(2).getResponsible()).contains(leaders.get(0).getPersonId());
  }

  @Test
  void paddedSpellingsOfANameAreOnePersonShownWithoutPadding() {
    Ledger l =
        assemble(
            deptRow("预算科").responsible("王　芳"),
            deptRow("预算科").responsible("王芳"),
            deptRow("预算科").responsible(" 王 芳 "),
            deptRow("国库科").responsible("ＪＯＨＮ　ＳＭＩＴＨ"),
            deptRow("国库科").responsible("JOHN SMITH"));
    assertThat(l.getPeople()).extracting(Person::getName).containsExactly("王芳", "ＪＯＨＮ　ＳＭＩＴＨ");
    assertThat(l.getRiskPoints())
        .extracting(rp -> name(l, rp.getResponsible().orElseThrow()))
        .containsExactly("王芳", "王芳", "王芳", "ＪＯＨＮ　ＳＭＩＴＨ", "ＪＯＨＮ　ＳＭＩＴＨ");
  }

  @Test
  void rolesNeverBecomePeople() {
    Ledger l =
        assemble(
            deptRow("财务科").responsible("分管领导人 / 科室负责人"),
            deptRow("财务科").responsible("科室负责人").supervisor("分管领导"),
            deptRow("财务科").responsible("主要负责人"),
            deptRow("财务科").responsible("直接责任人").supervisor("副局长"),
            deptRow("财务科").responsibleRole("股室负责人").supervisorRole("党组书记"));
    assertThat(l.getPeople()).isEmpty();
    assertThat(l.getRiskPoints())
        .extracting(
            RiskPoint::getResponsible,
            RiskPoint::getResponsibleRole,
            RiskPoint::getSupervisor,
            RiskPoint::getSupervisorRole)
        .containsExactly(
            tuple(Optional.empty(), Optional.of("科室负责人"), Optional.empty(), Optional.of("分管领导人")),
            tuple(Optional.empty(), Optional.of("科室负责人"), Optional.empty(), Optional.of("分管领导")),
            tuple(Optional.empty(), Optional.of("主要负责人"), Optional.empty(), Optional.empty()),
            tuple(Optional.empty(), Optional.of("直接责任人"), Optional.empty(), Optional.of("副局长")),
            tuple(Optional.empty(), Optional.of("股室负责人"), Optional.empty(), Optional.of("党组书记")));
  }

  @Test
  void namesBesideRolesAreSplit() {
    Ledger l =
        assemble(
            deptRow("预算科").responsible("张三（分管副局长）/李四（科长）"),
            deptRow("预算科").responsible("分管领导：王明；科室负责人：李华"));
    RiskPoint first = l.getRiskPoints().get(0);
    assertThat(name(l, first.getResponsible().orElseThrow())).isEqualTo("李四");
    assertThat(first.getResponsibleRole()).contains("科长");
    assertThat(name(l, first.getSupervisor().orElseThrow())).isEqualTo("张三");
    assertThat(first.getSupervisorRole()).contains("分管副局长");
    RiskPoint second = l.getRiskPoints().get(1);
    assertThat(name(l, second.getResponsible().orElseThrow())).isEqualTo("李华");
    assertThat(name(l, second.getSupervisor().orElseThrow())).isEqualTo("王明");
    assertThat(l.getPeople()).extracting(Person::getName).containsExactly("李四", "张三", "李华", "王明");
  }

  @Test
  void aDepartmentGetsItsHeadAndSupervisingLeaderWhenTheRowsAgree() {
    Ledger l =
        assemble(
            leaderRow("张强", "党组书记、局长"),
            leaderRow("王明", "副局长"),
            deptRow("预算科").responsible("李华（科室负责人）").supervisor("王明").level(RiskLevel.MEDIUM),
            deptRow("预算科").responsible("李华（科长）").supervisor("张强").level(RiskLevel.HIGH),
            deptRow("预算科").responsible("赵六（经办人）").supervisor("李华（科长）").level(RiskLevel.LOW),
            deptRow("国库科").responsible("周一（科室负责人）").supervisor("王明"),
            deptRow("国库科").responsible("吴二（科室负责人）").supervisor("张强"));
    Department budget = l.getDepartments().get(0);
    Department treasury = l.getDepartments().get(1);
    String zhang = l.getLeadershipGroup().getLeaders().get(0).getPersonId();
    String wang = l.getLeadershipGroup().getLeaders().get(1).getPersonId();
    assertThat(budget.getHead().map(id -> name(l, id))).contains("李华");
    assertThat(budget.getSupervisingLeader()).contains(wang);
    // two heads and two supervising leaders named: ambiguous, left unset
    assertThat(treasury.getHead()).isEmpty();
    assertThat(treasury.getSupervisingLeader()).isEmpty();
    assertThat(l.getLeadershipGroup().leader(wang).orElseThrow().getSupervisedDepartments())
        .containsExactly(budget.getId());
    assertThat(l.getLeadershipGroup().leader(zhang).orElseThrow().getSupervisedDepartments())
        .isEmpty();
    assertThat(l.getLeadershipGroup().principal().map(Leader::getPersonId)).contains(zhang);
  }

  @Test
  void aNamedSupervisorWhoIsNoLeaderIsNoSupervisingLeader() {
    Ledger l = assemble(deptRow("预算科").supervisor("王明"));
    assertThat(l.getDepartments().get(0).getSupervisingLeader()).isEmpty();
    assertThat(l.getLeadershipGroup().getLeaders()).isEmpty();
  }

  /** A ledger with what tables find hard: two role-only deputies in a row, roles and names. */
  private static Ledger ledgerWithRoles() {
    List<Person> people =
        List.of(
            Person.builder().id("P1").name("张强").build(),
            Person.builder().id("P2").name("副局长").title("副局长").build(),
            Person.builder().id("P3").name("副局长").title("副局长").build(),
            Person.builder().id("P4").name("李华").build());
    List<RiskPoint> points = new ArrayList<>();
    String[][] owners = {{"P1"}, {"P2"}, {"P2"}, {"P3"}};
    for (int i = 0; i < owners.length; i++) {
      points.add(
          RiskPoint.builder()
              .id("RP" + i)
              .owner(RiskOwner.leader(owners[i][0]))
              .category(RiskCategory.DUTY)
              .title("领导风险" + i)
              .supervisorRole("党组书记")
              .build());
    }
    points.add(
        RiskPoint.builder()
            .id("RP9")
            .owner(RiskOwner.department("D1"))
            .category(RiskCategory.PROCESS)
            .title("预算编制不公")
            .level(RiskLevel.MEDIUM)
            .responsible("P4")
            .responsibleRole("科长")
            .supervisorRole("分管领导")
            .build());
    points.add(
        RiskPoint.builder()
            .id("RP10")
            .owner(RiskOwner.department("D1"))
            .category(RiskCategory.PROCESS)
            .title("资金拨付不及时")
            .responsibleRole("科室负责人")
            .supervisor("P1")
            .supervisorRole("局长")
            .build());
    return io.github.probity.model.Ledger.builder()
        .unit(Unit.builder().code("U1").name("示例区财政局").build())
        .year(2026)
        .addAllPeople(people)
        .leadershipGroup(
            LeadershipGroup.builder()
                .id("LG")
                .name("局领导班子")
                .addLeaders(Leader.builder().personId("P1").role("局长").principal(true).build())
                .addLeaders(Leader.builder().personId("P2").role("副局长").build())
                .addLeaders(Leader.builder().personId("P3").role("副局长").build())
                .build())
        .addDepartments(Department.builder().id("D1").name("预算科").build())
        .addAllRiskPoints(points)
        .build();
  }

  @Test
  void tablesCarryRolesAndOwnerKeysAndPrintThem() {
    Ledger ledger = ledgerWithRoles();
    List<AnnexRow> rows = AnnexTables.rows(ledger, AnnexKind.LEDGER);
    assertThat(rows)
        .extracting(AnnexRow::getOwnerName, AnnexRow::getOwnerKey)
        .containsExactly(
            tuple("张强", Optional.empty()),
            tuple("副局长", Optional.of("2")),
            tuple("副局长", Optional.of("2")),
            tuple("副局长", Optional.of("3")),
            tuple("预算科", Optional.empty()),
            tuple("预算科", Optional.empty()));
    assertThat(AnnexTables.row(ledger, ledger.getRiskPoints().get(3)).getOwnerKey()).contains("3");
    LevelLabelStyle style = LevelLabelStyle.HIGH_MEDIUM_LOW;
    assertThat(AnnexTables.cell(rows.get(1), AnnexColumn.LEADER, style)).isEqualTo("副局长");
    assertThat(AnnexTables.cell(rows.get(0), AnnexColumn.LEADER, style)).isEqualTo("张强（局长）");
    assertThat(AnnexTables.cell(rows.get(4), AnnexColumn.RESPONSIBLE, style)).isEqualTo("李华（科长）");
    assertThat(AnnexTables.cell(rows.get(4), AnnexColumn.SUPERVISOR, style)).isEqualTo("分管领导");
    assertThat(AnnexTables.cell(rows.get(5), AnnexColumn.RESPONSIBLE, style)).isEqualTo("科室负责人");
    assertThat(AnnexTables.cell(rows.get(5), AnnexColumn.SUPERVISOR, style)).isEqualTo("张强（局长）");
    // adjacent deputies do not share a merged owner cell
    assertThat(AnnexTables.mergeKey(rows.get(2), AnnexColumn.LEADER))
        .isNotEqualTo(AnnexTables.mergeKey(rows.get(3), AnnexColumn.LEADER));
    assertThat(AnnexTables.mergeKey(rows.get(1), AnnexColumn.LEADER))
        .isEqualTo(AnnexTables.mergeKey(rows.get(2), AnnexColumn.LEADER));
    // a kind without the columns carries no roles
    AnnexRow carried = AnnexTables.carried(rows.get(4), AnnexKind.PLAN);
    assertThat(carried.getResponsibleRole()).isEmpty();
    assertThat(carried.getSupervisorRole()).isEmpty();
    // annex 2 keeps the roles; measures in motion are the 台账's alone
    assertThat(AnnexTables.carried(rows.get(4), AnnexKind.DEPARTMENT))
        .isEqualTo(
            AnnexRow.builder()
                .from(rows.get(4))
                .measureStates(List.of())
                .residualLevel(Optional.empty())
                .build());
  }

  @Test
  void rowsRoundTripThroughTheAssemblerWithRolesAndKeys() {
    Ledger ledger = ledgerWithRoles();
    for (AnnexKind kind :
        List.of(AnnexKind.LEDGER, AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT)) {
      List<AnnexRow> rows = AnnexTables.carriedRows(ledger, kind);
      Ledger back = AnnexAssembler.create("示例区财政局", "U1", 2026).addAll(rows).build();
      assertThat(AnnexTables.carriedRows(back, kind)).as(kind.code()).isEqualTo(rows);
    }
    Ledger back =
        AnnexAssembler.create("示例区财政局", "U1", 2026)
            .addAll(AnnexTables.rows(ledger, AnnexKind.LEDGER))
            .build();
    assertThat(back.getLeadershipGroup().getLeaders())
        .extracting(Leader::getRole, Leader::isPrincipal)
        .containsExactly(tuple("局长", true), tuple("副局长", false), tuple("副局长", false));
  }

  @Test
  void printedCellsReadBackAsTheSameRows() {
    // a reader that copies whole cells and knows positions: owner keys, but roles left in the text
    Ledger ledger = ledgerWithRoles();
    LevelLabelStyle style = LevelLabelStyle.HIGH_MEDIUM_LOW;
    List<AnnexRow> rows = AnnexTables.rows(ledger, AnnexKind.LEDGER);
    AnnexAssembler a = AnnexAssembler.create("示例区财政局", "U1", 2026);
    for (AnnexRow r : rows) {
      List<String> leader =
          AnnexText.parseLeaderCell(AnnexTables.cell(r, AnnexColumn.OWNER, style));
      AnnexRow.Builder b =
          AnnexRow.builder()
              .from(r)
              .responsibleRole(Optional.empty())
              .supervisorRole(Optional.empty())
              .responsible(AnnexText.nonBlank(AnnexTables.cell(r, AnnexColumn.RESPONSIBLE, style)))
              .supervisor(AnnexText.nonBlank(AnnexTables.cell(r, AnnexColumn.SUPERVISOR, style)));
      if (r.getScope() == OwnerScope.LEADER) {
        b.ownerName(leader.get(0)).leaderRole(leader.get(1));
      }
      a.add(b.build());
    }
    assertThat(AnnexTables.rows(a.build(), AnnexKind.LEDGER)).isEqualTo(rows);
  }
}
