package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.Responsibility;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.finding.Location;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the reader learnt from the twelfth blind set (measures and responsibility spread over many
 * columns), each on its own table, and tables next to them where the new rules must not fire.
 */
class ReaderReview12Test {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static Responsibility who(LocatedRow l) {
    return AnnexPeople.responsibility(l.getRow());
  }

  @Test
  void phaseColumnsWithoutAGroupCellAreTheMeasuresInOrder() throws IOException {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("岗位", "风险点", "风险等级", "前期预防", "中期监控", "后期处置", "责任人")
        .row("出纳", "挪用公款", "高", "1.不相容岗位分离\n2.印鉴分管", "银行对账", "责任追究", "李明");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).hasSize(1);
    LocatedRow l = r.getRows().get(0);
    assertThat(l.getRow().getMeasures()).containsExactly("不相容岗位分离", "印鉴分管", "银行对账", "责任追究");
    assertThat(l.getExtras()).isEmpty();
  }

  @Test
  void aResponsibilityBandOverPrincipalAndOversightNamesTheTwoPeople() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施", "防控责任", "")
        .row("", "", "", "", "主体责任", "监督责任")
        .row("财务科", "虚报冒领", "高", "报销网上审批", "科长 王平", "副局长 赵刚")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:C2")
        .merge("D1:D2")
        .merge("E1:F1");
    AnnexReadResult r = read(b);
    LocatedRow l = r.getRows().get(0);
    assertThat(l.getRow().getMeasures()).containsExactly("报销网上审批");
    assertThat(who(l).getResponsibleName()).contains("王平");
    assertThat(who(l).getResponsibleRole()).contains("科长");
    assertThat(who(l).getSupervisorName()).contains("赵刚");
    assertThat(who(l).getSupervisorRole()).contains("副局长");
    assertThat(l.getExtras()).isEmpty();
  }

  @Test
  void theOversightColumnSupervisesAndTheLeaderBesideItIsKept() throws IOException {
    Wb b = new Wb();
    b.sheet("部门")
        .row("部门", "风险点", "风险等级", "防控措施", "责任领导", "责任人", "监督责任人")
        .row("财务部", "资金支付违规", "高", "大额支付集体决策", "赵刚", "周敏", "纪委副书记 陈立");
    AnnexReadResult r = read(b);
    LocatedRow l = r.getRows().get(0);
    assertThat(who(l).getResponsibleName()).contains("周敏");
    assertThat(who(l).getSupervisorName()).contains("陈立");
    assertThat(who(l).getSupervisorRole()).contains("纪委副书记");
    assertThat(l.getExtras()).containsExactly(Map.entry("责任领导", "赵刚"));
  }

  @Test
  void aLeaderColumnAloneStillSupervises() throws IOException {
    Wb b = new Wb();
    b.sheet("部门")
        .row("部门", "风险点", "风险等级", "防控措施", "责任领导", "分管领导")
        .row("财务部", "资金支付违规", "高", "大额支付集体决策", "赵刚", "钱明");
    LocatedRow l = read(b).getRows().get(0);
    assertThat(who(l).getSupervisorName()).contains("赵刚"); // neither names oversight: the first
    assertThat(l.getExtras()).containsExactly(Map.entry("分管领导", "钱明"));
  }

  @Test
  void aPlaceholderInOneOfSeveralMeasureColumnsIsNoMeasureAndIsNamed() throws IOException {
    Wb b = new Wb();
    b.sheet("部门")
        .row("部门", "风险点", "防控措施", "", "")
        .row("", "", "制度措施", "技术措施", "教育措施")
        .row("办公室", "公务接待超标准", "接待管理办法", "—", "廉洁教育")
        .row("财务部", "虚报冒领", "报销制度", "/", "无")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:E1");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getMeasures())
        .containsExactly(java.util.List.of("接待管理办法", "廉洁教育"), java.util.List.of("报销制度"));
    assertThat(r.getProblems())
        .filteredOn(f -> f.getCode() == ProblemCode.PLACEHOLDER_CELL)
        .extracting(f -> ((Location.Cell) f.getLocation()).cell().orElse(""))
        .containsExactly("D3", "D4", "E4");
  }

  @Test
  void phaseLabelsInsideACellHeadItsPartsAndTheirNumbersRestart() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("科室", "风险点", "防控措施")
        .row("审计科", "隐瞒问题", "事前：1.签订承诺；2.方案集体审定\n事中：1.证据双人复核\n事后：1.结果公告")
        .row("采购科", "规避招标", "事前防范：计划审定；事中监控：合并采购；事后处置：台账比对")
        .row("办公室", "公车私用", "事前审批：派车单\n车辆定位");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getTitle(), l -> l.getRow().getMeasures())
        .containsExactly(
            tuple("隐瞒问题", java.util.List.of("签订承诺", "方案集体审定", "证据双人复核", "结果公告")),
            tuple("规避招标", java.util.List.of("计划审定", "合并采购", "台账比对")),
            // one phase label only: no list of phases, the cell read as before
            tuple("公车私用", read(plain()).getRows().get(0).getRow().getMeasures()));
  }

  private static Wb plain() {
    Wb b = new Wb();
    b.sheet("科室").row("科室", "风险点", "防控措施").row("办公室", "公车私用", "事前审批：派车单\n车辆定位");
    return b;
  }

  @Test
  void aDataRowWithACodeAndShortCellsIsNoSecondTablesHeader() throws IOException {
    Wb b = new Wb();
    b.sheet("清单")
        .row("编号", "风险点", "可能后果", "风险等级", "技术措施", "监督措施", "责任部门", "责任人")
        .row("FX-CW-001", "资金支付违规", "国有资金损失", "一级", "支付额度控制", "专项审计", "财务部", "周敏")
        .row(
            "FX-ZB-002",
            "招标文件量身定制",
            "造成不公平竞争和廉洁风险",
            "一级",
            "电子招标平台全流程留痕",
            "纪检人员现场监督开标",
            "招标采购部",
            "孙浩");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getTitle())
        .containsExactly("资金支付违规", "招标文件量身定制");
    assertThat(r.getRows().get(1).getExtras()).containsEntry("编号", "FX-ZB-002");
  }

  @Test
  void aDataRowOfShortTextsFewOfWhichSoundLikeHeadersIsNoSecondTablesHeader() throws IOException {
    Wb b = new Wb();
    b.sheet("清单")
        .row("风险点", "可能后果", "风险等级", "技术措施", "监督措施", "责任部门", "责任人")
        .row("资金支付违规", "国有资金损失", "一级", "支付额度控制", "专项审计", "财务部", "周敏")
        .row("招标文件量身定制", "造成不公平竞争和廉洁风险", "一级", "电子招标平台全流程留痕", "纪检人员现场监督开标", "招标采购部", "孙浩");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getTitle())
        .containsExactly("资金支付违规", "招标文件量身定制");
    assertThat(r.getProblems()).noneMatch(f -> f.getCode() == ProblemCode.REPEATED_HEADER_SKIPPED);
  }

  @Test
  void aSecondTablesHeaderUnderTheFirstStillStartsIt() throws IOException {
    Wb b = new Wb();
    b.sheet("附件")
        .row("班子成员", "风险点", "风险等级", "防控措施")
        .row("王强", "干预工程", "高", "重大事项集体决策")
        .row("科室", "岗位", "风险点", "风险等级", "防控措施", "责任人")
        .row("财务科", "出纳", "挪用公款", "高", "对账", "李明");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getScope(), l -> l.getRow().getTitle())
        .containsExactly(
            tuple(io.github.probity.model.OwnerScope.LEADER, "干预工程"),
            tuple(io.github.probity.model.OwnerScope.POST, "挪用公款"));
  }

  @Test
  void aPhaseColumnBesideOneMeasureARowTravelsWithItsMeasure() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控阶段", "防控措施")
        .row("运政科", "违规审批", "高", "事前", "条件公开")
        .row("", "", "", "事中", "双人审核")
        .row("", "", "", "事后", "抽查复核")
        .merge("A2:A4")
        .merge("B2:B4")
        .merge("C2:C4");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).hasSize(1);
    LocatedRow l = r.getRows().get(0);
    assertThat(l.getRow().getMeasures()).containsExactly("事前：条件公开", "事中：双人审核", "事后：抽查复核");
    assertThat(l.getRow().getPowerItem()).isEmpty();
    assertThat(l.getExtras()).isEmpty();
  }

  @Test
  void aStageOfTheWorkIsStillThePowerItem() throws IOException {
    Wb b = new Wb();
    b.sheet("科室").row("科室", "业务环节", "风险点", "防控措施").row("审批科", "受理", "材料把关不严", "一次性告知");
    LocatedRow l = read(b).getRows().get(0);
    assertThat(l.getRow().getPowerItem()).isEqualTo(Optional.of("受理"));
    assertThat(l.getRow().getMeasures()).containsExactly("一次性告知");
  }
}
