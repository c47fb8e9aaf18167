package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.Responsibility;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the reader learnt from the seventh blind set, each on its own table, and tables next to them
 * where the new rules must not fire.
 */
class ReaderReview7Test {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  @Test
  void aSheetNamedLikeADepartmentOwnsATableWithoutAnOwnerColumn() throws IOException {
    Wb b = new Wb();
    b.sheet("执行局")
        .row("序号", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "消极执行", "高", "执行节点监控", "蒋涛")
        .row("2", "违规处置查封财产", "高", "网络司法拍卖", "蒋涛");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getScope(), l -> l.getRow().getOwnerName())
        .containsOnly(org.assertj.core.groups.Tuple.tuple(OwnerScope.DEPARTMENT, "执行局"));
    assertThat(r.getRows()).hasSize(2);
    assertThat(r.getRows().get(0).getRow().getDepartment()).hasValue("执行局");
  }

  @Test
  void aSheetNamedForTheTableOwnsNothing() throws IOException {
    for (String name : new String[] {"风险点", "Sheet1", "附件2", "廉政风险防控表", "汇总"}) {
      Wb b = new Wb();
      b.sheet(name).row("序号", "风险点", "风险等级", "防控措施", "责任人").row("1", "消极执行", "高", "执行节点监控", "蒋涛");
      assertThat(read(b).getRows()).as(name).isEmpty();
    }
  }

  @Test
  void stationsAndCommunitiesAreDepartmentColumns() throws IOException {
    for (String header : new String[] {"站所", "社区", "村（社区）", "庭室"}) {
      Wb b = new Wb();
      b.sheet("s").row("序号", header, "风险点", "风险等级", "防控措施").row("1", "东风", "虚列支出", "中", "支出凭证双签");
      AnnexReadResult r = read(b);
      assertThat(r.getRows()).as(header).hasSize(1);
      assertThat(r.getRows().get(0).getRow().getDepartment()).as(header).hasValue("东风");
      assertThat(r.getRows().get(0).getExtras()).as(header).isEmpty();
    }
  }

  @Test
  void positionsWithinUnitsArePostsEvenWhenCalledLikeLeaders() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "职务", "姓名", "廉政风险点", "风险等级", "防控措施")
        .row("财务科", "科长", "王芳", "违规审批报销", "高", "报销分级审批")
        .row("财务科", "出纳", "李明", "挪用公款", "中", "日清月结");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(
            l -> l.getRow().getScope(),
            l -> l.getRow().getOwnerName(),
            l -> l.getRow().getDepartment().orElse(""),
            l -> l.getRow().getHolders())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(OwnerScope.POST, "科长", "财务科", List.of("王芳")),
            org.assertj.core.groups.Tuple.tuple(OwnerScope.POST, "出纳", "财务科", List.of("李明")));
  }

  @Test
  void positionsAndNamesWithoutUnitsStayTheLeadershipGroup() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("职务", "姓名", "廉政风险点", "风险等级", "防控措施")
        .row("局长", "周明", "决策不民主", "高", "落实民主集中制")
        .row("副局长", "吴芳", "分管领域监管不力", "中", "定期听取汇报");
    assertThat(read(b).getRows())
        .extracting(l -> l.getRow().getScope())
        .containsOnly(OwnerScope.LEADER);
  }

  @Test
  void trianglesCountAsStars() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("岗位", "风险点", "风险等级", "防控措施")
        .row("招生岗", "违规录取", "▲▲▲", "录取公示")
        .row("评优岗", "评优不公", "▲▲△", "结果公示")
        .row("报账岗", "票据不实", "▲", "票据审核");
    assertThat(read(b).getRows())
        .extracting(l -> l.getRow().getLevel().orElse(null))
        .containsExactly(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW);
  }

  @Test
  void levelSectionsGiveTheirRowsTheLevelWhereNoColumnDoes() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("序号", "部门", "风险点", "防控措施")
        .row("一、高风险点", "", "", "")
        .row("1", "办公室", "公车私用", "车辆定位")
        .row("二、一般风险岗位（2项）", "", "", "")
        .row("2", "财务科", "虚报冒领", "双人审核")
        .row("三、低风险", "", "", "")
        .row("3", "档案室", "违规借阅", "借阅登记")
        .merge("A2:D2")
        .merge("A4:D4")
        .merge("A6:D6");
    assertThat(read(b).getRows())
        .extracting(l -> l.getRow().getLevel().orElse(null))
        .containsExactly(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW);
  }

  @Test
  void sectionsNamingNoLevelGiveNone() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("序号", "部门", "风险点", "防控措施")
        .row("一、机关科室", "", "", "")
        .row("1", "办公室", "公车私用", "车辆定位")
        .merge("A2:D2");
    assertThat(read(b).getRows())
        .singleElement()
        .satisfies(l -> assertThat(l.getRow().getLevel()).isEmpty());
  }

  @Test
  void deadlinesWrittenAsDateSerialsAmongWordsAreDates() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "风险点", "风险等级", "防控措施", "完成时限")
        .row("审批科", "违规审批", "高", "网上办理", new FourthBlindLayoutsTest.Num(46203, "46203"))
        .row("执法队", "选择性执法", "高", "全程记录", "2026年6月底前")
        .row("法制科", "审核走过场", "中", "集体审核", "长期坚持");
    assertThat(read(b).getRows())
        .extracting(l -> l.getExtras().get("完成时限"))
        .containsExactly("2026-06-30", "2026年6月底前", "长期坚持");
  }

  @Test
  void deadlinesCountedInDaysStayNumbers() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "风险点", "风险等级", "防控措施", "办理时限")
        .row("审批科", "违规审批", "高", "网上办理", FourthBlindLayoutsTest.num(20))
        .row("执法队", "选择性执法", "高", "全程记录", FourthBlindLayoutsTest.num(46203));
    assertThat(read(b).getRows())
        .extracting(l -> l.getExtras().get("办理时限"))
        .containsExactly("20", "46203");
  }

  @Test
  void aMeasureMergedAcrossTwoMeasureColumnsIsReadOnce() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("部门", "风险点", "风险等级", "管控措施", "")
        .row("信贷部", "违规放贷", "高", "1.贷前双人调查；2.审贷分离", "")
        .row("运营部", "违规取现", "中", "制度：大额预警", "监督：按月抽查")
        .merge("D1:E1")
        .merge("D2:E2");
    assertThat(read(b).getRows())
        .extracting(l -> l.getRow().getMeasures())
        .containsExactly(List.of("贷前双人调查", "审贷分离"), List.of("制度：大额预警", "监督：按月抽查"));
  }

  @Test
  void twoPeopleLabelledByPositionsOfOneTierAreResponsibleThenSupervising() {
    Responsibility r = AnnexPeople.parseResponsibility("科长：孙琳；副科长：葛伟");
    assertThat(r.getResponsibleName()).hasValue("孙琳");
    assertThat(r.getResponsibleRole()).hasValue("科长");
    assertThat(r.getSupervisorName()).hasValue("葛伟");
    assertThat(r.getSupervisorRole()).hasValue("副科长");
    Responsibility court = AnnexPeople.parseResponsibility("庭长：郑伟；副庭长：冯雪");
    assertThat(court.getResponsibleName()).hasValue("郑伟");
    assertThat(court.getSupervisorName()).hasValue("冯雪");
  }

  @Test
  void twoPeopleInOneTierWithoutLabelsStayTogether() {
    Responsibility r = AnnexPeople.parseResponsibility("张伟（科长）、李娜（副科长）");
    assertThat(r.getSupervisorName()).isEmpty();
  }
}
