package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.Responsibility;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.model.OwnerScope;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the reader learnt from the fourteenth blind set (people, ranks and the division of work),
 * each on its own table, and texts next to them where the new rules must not fire.
 */
class ReaderReview14Test {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static List<AnnexRow> rows(AnnexReadResult r) {
    return r.getRows().stream().map(LocatedRow::getRow).toList();
  }

  private static List<String> personCells(AnnexReadResult r) {
    return r.getProblems().stream()
        .filter(f -> f.getCode() == ProblemCode.PERSON_CELL_READ)
        .map(Finding::getLocation)
        .map(
            l ->
                ((Location.Cell) l).cell().orElse("")
                    + "="
                    + ((Location.Cell) l).rawValue().orElse(""))
        .toList();
  }

  // ------------------------------------------------------------------ 同志 and phone numbers

  @Test
  void tongzhiAfterANameIsNoPartOfIt() {
    assertThat(AnnexPeople.parseResponsibility("张丽同志").getResponsibleName()).contains("张丽");
    assertThat(AnnexPeople.parseResponsibility("欧阳红同志").getResponsibleName()).contains("欧阳红");
    Responsibility labelled = AnnexPeople.parseResponsibility("科长：李华同志");
    assertThat(labelled.getResponsibleName()).contains("李华");
    assertThat(labelled.getResponsibleRole()).contains("科长");
  }

  @Test
  void aPhoneNumberAfterANameIsNoPartOfIt() {
    assertThat(AnnexPeople.parseResponsibility("刘洋 13899012345").getResponsibleName())
        .contains("刘洋");
    assertThat(AnnexPeople.parseResponsibility("刘洋（电话：0991-6231234）").getResponsibleName())
        .contains("刘洋");
    Responsibility r = AnnexPeople.parseResponsibility("副局长 赵勇 13512345678");
    assertThat(r.getResponsibleName()).contains("赵勇");
    assertThat(r.getResponsibleRole()).contains("副局长");
  }

  @Test
  void textsThatOnlyLookLikeAsidesStayWhole() {
    // no name before 同志, digits too few for a phone, a role before 同志
    assertThat(AnnexPeople.parseResponsibility("分管领导同志").getResponsibleName()).contains("分管领导同志");
    assertThat(AnnexPeople.parseResponsibility("刘洋 2026").getResponsibleName()).contains("刘洋 2026");
    assertThat(AnnexPeople.parseResponsibility("同志").getResponsibleName()).contains("同志");
  }

  @Test
  void aCellReadWithoutItsCourtesyOrPhoneIsNamed() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施", "科室负责人", "分管领导")
        .row("医政科", "校验把关不严", "高", "集体审定", "张丽同志", "李华 13899012345")
        .row("药政科", "采购收受回扣", "中", "网上采购", "王强", "李华");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> AnnexPeople.responsibility(l.getRow()))
        .extracting(Responsibility::getResponsibleName, Responsibility::getSupervisorName)
        .containsExactly(
            tuple(Optional.of("张丽"), Optional.of("李华")),
            tuple(Optional.of("王强"), Optional.of("李华")));
    assertThat(personCells(r)).containsExactly("E2=张丽同志", "F2=李华 13899012345");
  }

  @Test
  void aLeaderLabelledByRoleIsReadWithoutTongzhi() throws IOException {
    Wb b = new Wb();
    b.sheet("班子")
        .row("班子成员", "风险点", "风险等级", "防控措施")
        .row("局长：王建国同志", "干部任用一言堂", "高", "集体研究")
        .row("副局长：冯 刚", "插手招投标", "高", "不分管工程");
    AnnexReadResult r = read(b);
    assertThat(rows(r))
        .extracting(
            AnnexRow::getScope,
            x -> AnnexPeople.displayName(x.getOwnerName()),
            AnnexRow::getLeaderRole)
        .containsExactly(
            tuple(OwnerScope.LEADER, "王建国", Optional.of("局长")),
            tuple(OwnerScope.LEADER, "冯刚", Optional.of("副局长")));
    assertThat(personCells(r)).containsExactly("A2=局长：王建国同志");
  }

  // ------------------------------------------------------------------ 本人

  @Test
  void benrenInALeadersResponsibleColumnIsTheLeader() throws IOException {
    Wb b = new Wb();
    b.sheet("班子")
        .row("姓名", "职务", "风险点", "风险等级", "防控措施", "责任人")
        .row("王建国", "局长", "干部任用一言堂", "高", "集体研究", "本人")
        .row("李强", "副局长", "插手招投标", "高", "不分管工程", "王建国");
    AnnexReadResult r = read(b);
    assertThat(rows(r))
        .extracting(AnnexRow::getOwnerName, AnnexRow::getResponsible)
        .containsExactly(tuple("王建国", Optional.of("王建国")), tuple("李强", Optional.of("王建国")));
    assertThat(personCells(r)).containsExactly("F2=本人");
  }

  @Test
  void benrenOfAPostWithOneHolderIsTheHolderAndOfOneWithTwoStaysAsWritten() throws IOException {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("岗位", "在岗人员", "风险点", "风险等级", "防控措施", "责任人")
        .row("出纳岗", "李娜", "挪用公款", "高", "日清月结", "本人")
        .row("会计岗", "王芳、赵丽", "虚列支出", "中", "凭证复核", "本人");
    AnnexReadResult r = read(b);
    assertThat(rows(r))
        .extracting(AnnexRow::getResponsible)
        .containsExactly(Optional.of("李娜"), Optional.of("本人"));
    assertThat(personCells(r)).containsExactly("F2=本人");
  }

  // ------------------------------------------------------------------ 张三（出纳）

  @Test
  void aNameCellWithThePostInBracketsAndNoPostColumnGivesHolderAndPost() throws IOException {
    Wb b = new Wb();
    b.sheet("个人")
        .row("序号", "姓名", "廉政风险点", "风险等级", "防控措施")
        .row("1", "张三（出纳）", "挪用备用金", "高", "日清日结")
        .row("2", "欧阳雪（城建办主任）", "隐瞒违建", "中", "每周上报")
        .row("3", "李娜（兼）", "票据保管不善", "低", "专柜保管");
    AnnexReadResult r = read(b);
    assertThat(rows(r))
        .extracting(AnnexRow::getScope, AnnexRow::getOwnerName, AnnexRow::getHolders)
        .containsExactly(
            tuple(OwnerScope.POST, "出纳", List.of("张三")),
            tuple(OwnerScope.POST, "城建办主任", List.of("欧阳雪")),
            tuple(OwnerScope.POST, "李娜（兼）", List.of("李娜（兼）")));
  }

  // ------------------------------------------------------------------ headers

  @Test
  void aPostsGradeAndHeadCountAreExtrasNotScopeOrHolders() throws IOException {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("部门", "岗位名称", "岗位层级", "在岗人数", "风险点", "风险等级", "防控措施")
        .row("物资部", "采购专责", "专员级", FourthBlindLayoutsTest.num(3), "指定供应商", "高", "随机抽取")
        .row("人力部", "薪酬专责", "员工级", FourthBlindLayoutsTest.num(1), "违规调薪", "中", "集体审定");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(
            l -> l.getRow().getScope(),
            l -> l.getRow().getOwnerName(),
            l -> l.getRow().getHolders(),
            LocatedRow::getExtras)
        .containsExactly(
            tuple(OwnerScope.POST, "采购专责", List.of(), java.util.Map.of("岗位层级", "专员级", "在岗人数", "3")),
            tuple(
                OwnerScope.POST, "薪酬专责", List.of(), java.util.Map.of("岗位层级", "员工级", "在岗人数", "1")));
  }

  @Test
  void aScopeColumnStaysTheScope() throws IOException {
    Wb b = new Wb();
    b.sheet("台账")
        .row("层级", "责任主体", "风险点", "风险等级", "防控措施")
        .row("科室", "财务科", "公款私存", "高", "每月对账")
        .row("岗位", "出纳岗", "挪用公款", "高", "日清月结");
    assertThat(rows(read(b)))
        .extracting(AnnexRow::getScope)
        .containsExactly(OwnerScope.DEPARTMENT, OwnerScope.POST);
  }

  @Test
  void policeStationsAndOfficersAreDepartmentsAndHolders() throws IOException {
    Wb b = new Wb();
    b.sheet("所队")
        .row("所队", "岗位", "民警", "风险点", "等级", "措施", "所队领导")
        .row("城东派出所", "户籍内勤", "马丽", "违规迁移户口", "高", "所长审批", "所长 赵刚")
        .row("城东派出所", "案件办理", "吴迪、郑凯", "插手经济纠纷", "高", "统一管理", "教导员 钱伟");
    AnnexReadResult r = read(b);
    assertThat(rows(r))
        .extracting(
            AnnexRow::getDepartment,
            AnnexRow::getOwnerName,
            AnnexRow::getHolders,
            x -> AnnexPeople.responsibility(x).getSupervisorName(),
            x -> AnnexPeople.responsibility(x).getSupervisorRole())
        .containsExactly(
            tuple(
                Optional.of("城东派出所"), "户籍内勤", List.of("马丽"), Optional.of("赵刚"), Optional.of("所长")),
            tuple(
                Optional.of("城东派出所"),
                "案件办理",
                List.of("吴迪", "郑凯"),
                Optional.of("钱伟"),
                Optional.of("教导员")));
  }
}
