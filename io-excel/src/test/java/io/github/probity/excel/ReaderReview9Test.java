package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the reader learnt from the ninth blind set, each on its own table, and tables next to them
 * where the new rules must not fire.
 */
class ReaderReview9Test {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static long scaleFindings(AnnexReadResult r) {
    return r.getProblems().stream()
        .filter(f -> f.getCode() == ProblemCode.LEVEL_SCALE_DECIDED)
        .count();
  }

  @Test
  void aLevelColumnGradedBySizeReadsLargeAsHighAndSaysSo() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("部门", "风险事项", "风险程度", "管控措施")
        .row("采购部", "指定供应商", "大", "供应商库管理")
        .row("财务部", "违规支付", "中", "双签")
        .row("人力部", "因人设岗", "小", "结果公示")
        .row("注：风险程度按大、中、小三级划分。", "", "", "")
        .merge("A5:D5");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getLevel().orElse(null))
        .containsExactly(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW);
    assertThat(r.getRows()).allSatisfy(l -> assertThat(l.getExtras()).isEmpty());
    assertThat(scaleFindings(r)).isEqualTo(1);
  }

  @Test
  void sizeWordsOutsideALevelColumnStayWhatTheyAre() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("部门", "风险点", "风险等级", "项目规模", "防控措施")
        .row("采购部", "指定供应商", "高", "大", "供应商库管理")
        .row("财务部", "违规支付", "中", "小", "双签");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getLevel().orElse(null), l -> l.getExtras().get("项目规模"))
        .containsExactly(tuple(RiskLevel.HIGH, "大"), tuple(RiskLevel.MEDIUM, "小"));
    assertThat(scaleFindings(r)).isZero();
  }

  @Test
  void keyRisksOnAGradeOfKeyAndOrdinaryAreHigh() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("责任部门", "风险点", "等次", "防控措施")
        .row("归集部", "违规调整缴存基数", "重点", "系统比对")
        .row("贷款部", "违规发放贷款", "重点风险", "三级审核")
        .row("贷款部", "违规提取", "一般", "系统核验");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getLevel().orElse(null))
        .containsExactly(RiskLevel.HIGH, RiskLevel.HIGH, RiskLevel.MEDIUM);
    assertThat(scaleFindings(r)).isEqualTo(1);
  }

  @Test
  void theCommonLevelWordsNeedNoScaleOfTheirOwn() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("部门", "风险点", "风险程度", "防控措施")
        .row("采购部", "指定供应商", "高", "供应商库管理")
        .row("财务部", "违规支付", "中", "双签")
        .row("人力部", "因人设岗", "一般", "结果公示");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getLevel().orElse(null))
        .containsExactly(RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.MEDIUM);
    assertThat(scaleFindings(r)).isZero();
  }

  @Test
  void categoriesWrittenInOtherWords() {
    assertThat(TableReader.parseCategory("廉洁自律")).hasValue(RiskCategory.IDEOLOGY);
    assertThat(TableReader.parseCategory("廉洁自律方面")).hasValue(RiskCategory.IDEOLOGY);
    assertThat(TableReader.parseCategory("制度执行")).hasValue(RiskCategory.INSTITUTION);
    assertThat(TableReader.parseCategory("外部干扰风险")).hasValue(RiskCategory.EXTERNAL);
    assertThat(TableReader.parseCategory("职责履行")).hasValue(RiskCategory.DUTY);
    assertThat(TableReader.parseCategory("权力行使")).hasValue(RiskCategory.PROCESS);
    assertThat(TableReader.parseCategory("廉洁教育")).isEmpty();
  }

  @Test
  void theKindOfAPowerIsNoPowerItem() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("事项名称", "职权类别", "承办机构", "风险点", "风险等级", "防控措施")
        .row("食品经营许可", "行政许可", "审批科", "违规准予许可", "高", "现场核查双人进行")
        .row("对违法广告的处罚", "行政处罚", "稽查科", "处罚畸轻畸重", "中", "裁量基准");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getPowerItem(), l -> l.getExtras().get("职权类别"))
        .containsExactly(
            tuple(Optional.of("食品经营许可"), "行政许可"), tuple(Optional.of("对违法广告的处罚"), "行政处罚"));
  }

  @Test
  void aPowerColumnAndARiskCategoryKeepTheirPlaces() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "职权", "风险类别", "风险点", "风险等级", "防控措施")
        .row("审批科", "食品经营许可", "业务流程", "违规准予许可", "高", "现场核查双人进行");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).hasSize(1);
    assertThat(r.getRows().get(0).getRow().getPowerItem()).hasValue("食品经营许可");
    assertThat(r.getRows().get(0).getRow().getCategory()).isEqualTo(RiskCategory.PROCESS);
  }

  @Test
  void collectiveDecisionBodiesAreTheLeadershipGroup() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("决策主体", "决策事项", "风险点", "风险等级", "防控措施")
        .row("党委会", "前置研究", "前置研究流于形式", "高", "明确前置事项清单")
        .row("董事会", "重大投资", "投资论证不充分", "高", "可研报告第三方评审")
        .row("经理层（总经理办公会）", "大额资金使用", "拆分资金规避集体决策", "中", "明确额度标准");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getScope(), l -> l.getRow().getOwnerName())
        .containsExactly(
            tuple(OwnerScope.LEADERSHIP_GROUP, "党委会"),
            tuple(OwnerScope.LEADERSHIP_GROUP, "董事会"),
            tuple(OwnerScope.LEADERSHIP_GROUP, "经理层（总经理办公会）"));
    assertThat(r.getRows()).allSatisfy(l -> assertThat(l.getRow().getLeaderRole()).isEmpty());
  }

  @Test
  void theBoardsOfficeIsADepartment() {
    assertThat(ColumnContent.scopeOf("董事会办公室")).hasValue(OwnerScope.DEPARTMENT);
    assertThat(ColumnContent.isCollective("董事会秘书")).isFalse();
    assertThat(ColumnContent.isCollective("局长办公会")).isTrue();
  }

  @Test
  void aClassColumnNamingTheGroupAndItsMembersGivesTheScope() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("类别", "责任主体", "风险点", "风险等级", "防控措施")
        .row("领导班子", "学院党委", "决策不民主", "高", "执行议事规则")
        .row("班子成员", "刘明", "干部选任把关不严", "高", "选任全程纪实")
        .row("", "孙倩", "评审打招呼", "中", "评审回避")
        .merge("A3:A4");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(
            l -> l.getRow().getScope(),
            l -> l.getRow().getOwnerName(),
            l -> l.getRow().getCategory())
        .containsExactly(
            tuple(OwnerScope.LEADERSHIP_GROUP, "学院党委", RiskCategory.UNSPECIFIED),
            tuple(OwnerScope.LEADER, "刘明", RiskCategory.UNSPECIFIED),
            tuple(OwnerScope.LEADER, "孙倩", RiskCategory.UNSPECIFIED));
  }

  @Test
  void aClassColumnOfCategoriesStaysTheCategory() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "类别", "风险点", "风险等级", "防控措施")
        .row("财务科", "岗位职责", "违规审批", "高", "分级审批")
        .row("财务科", "外部环境", "接受请托", "中", "登记报告");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getScope(), l -> l.getRow().getCategory())
        .containsExactly(
            tuple(OwnerScope.DEPARTMENT, RiskCategory.DUTY),
            tuple(OwnerScope.DEPARTMENT, RiskCategory.EXTERNAL));
  }
}
