package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexText;
import io.github.probity.annex.Responsibility;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the fifth blind set still read otherwise than expected, each as the phenomenon behind it: a
 * level column's scale decided from the words the whole column uses, a unit column beside a post
 * column, a list whose first marker stands before a number, a role run into a name, measure lines
 * without markers, a second table's own scale in a sheet read in halves, and labels that name only
 * a responsibility tier.
 */
class ReaderFifthRestTest {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static List<Optional<RiskLevel>> levels(AnnexReadResult r) {
    return r.getRows().stream().map(l -> l.getRow().getLevel()).toList();
  }

  /** A department table whose level column holds the given words, one row each. */
  private static Wb graded(String... words) {
    Wb b = new Wb();
    FourthBlindLayoutsTest.Sh s = b.sheet("s").row("部门", "风险点", "风险等级", "防控措施");
    for (int i = 0; i < words.length; i++) {
      s.row(DEPTS.get(i % DEPTS.size()), POINTS.get(i), words[i], MEASURES.get(i));
    }
    return b;
  }

  private static final List<String> DEPTS = List.of("办公室", "财务部", "工程部");
  private static final List<String> POINTS = List.of("公车私用", "虚列费用", "高估冒算", "违规分包", "泄露标底");
  private static final List<String> MEASURES = List.of("车辆定位", "三级审核", "第三方审计", "公开比选", "专人保管");

  // ------------------------------------------------------------------ the level scale

  @Test
  void threeWordsOfMajorLargerOrdinaryAreHighMediumLow() throws IOException {
    AnnexReadResult r = read(graded("一般", "较大", "重大", "一般", "较大"));
    assertThat(levels(r))
        .containsExactly(
            Optional.of(RiskLevel.LOW),
            Optional.of(RiskLevel.MEDIUM),
            Optional.of(RiskLevel.HIGH),
            Optional.of(RiskLevel.LOW),
            Optional.of(RiskLevel.MEDIUM));
    assertThat(r.getProblems())
        .filteredOn(p -> p.getCode() == ProblemCode.LEVEL_SCALE_DECIDED)
        .hasSize(1)
        .allSatisfy(
            p -> assertThat(p.getSeverity()).isEqualTo(ProblemCode.LEVEL_SCALE_DECIDED.severity()));
  }

  @Test
  void fourWordsKeepTheFourTierMapping() throws IOException {
    AnnexReadResult r = read(graded("较大", "一般", "重大", "低"));
    assertThat(levels(r))
        .containsExactly(
            Optional.of(RiskLevel.HIGH),
            Optional.of(RiskLevel.MEDIUM),
            Optional.of(RiskLevel.HIGH),
            Optional.of(RiskLevel.LOW));
    assertThat(r.getProblems())
        .filteredOn(p -> p.getCode() == ProblemCode.LEVEL_SCALE_DECIDED)
        .extracting(p -> ReadFindings.at(p).rawValue().orElse(""))
        .containsExactly("重大=高，较大=高，一般=一般，低=低");
  }

  @Test
  void wordsWrittenWithRiskFollowTheSameScale() throws IOException {
    assertThat(levels(read(graded("重大风险", "较大风险", "一般风险"))))
        .containsExactly(
            Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM), Optional.of(RiskLevel.LOW));
  }

  @Test
  void otherVocabulariesReadAsBefore() throws IOException {
    assertThat(levels(read(graded("高", "一般", "低", "一般"))))
        .containsExactly(
            Optional.of(RiskLevel.HIGH),
            Optional.of(RiskLevel.MEDIUM),
            Optional.of(RiskLevel.LOW),
            Optional.of(RiskLevel.MEDIUM));
    assertThat(levels(read(graded("一般", "一般"))))
        .containsExactly(Optional.of(RiskLevel.MEDIUM), Optional.of(RiskLevel.MEDIUM));
    assertThat(levels(read(graded("较高", "一般", "较低"))))
        .containsExactly(
            Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM), Optional.of(RiskLevel.LOW));
    assertThat(levels(read(graded("一级", "二级", "三级"))))
        .containsExactly(
            Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM), Optional.of(RiskLevel.LOW));
    assertThat(levels(read(graded("A", "B", "C"))))
        .containsExactly(
            Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM), Optional.of(RiskLevel.LOW));
    assertThat(levels(read(graded("★★★", "★★", "★"))))
        .containsExactly(
            Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM), Optional.of(RiskLevel.LOW));
    assertThat(levels(read(graded("重大", "较大"))))
        .containsExactly(Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM));
  }

  @Test
  void aSecondTableFurtherDownAHalvedSheetHasItsOwnScale() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "风险点", "风险等级", "防控措施", "科室", "风险点", "风险等级", "防控措施")
        .row("办公室", "公车私用", "一般", "车辆定位", "财务科", "虚报冒领", "重大", "双人审核")
        .row("人事科", "违规进人", "较大", "公开招考", "档案室", "泄露档案", "一般", "借阅审批")
        .row("", "", "", "", "", "", "", "")
        .row("岗位", "风险点", "风险等级", "防控措施", "岗位", "风险点", "风险等级", "防控措施")
        .row("出纳岗", "挪用公款", "一般", "日清月结", "会计岗", "虚列支出", "较大", "审核")
        .row("采购岗", "指定品牌", "重大", "集体论证", "司机岗", "公车私用", "低", "定位");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getTitle(), l -> l.getRow().getLevel())
        .containsExactlyInAnyOrder(
            tuple("公车私用", Optional.of(RiskLevel.LOW)),
            tuple("违规进人", Optional.of(RiskLevel.MEDIUM)),
            tuple("虚报冒领", Optional.of(RiskLevel.HIGH)),
            tuple("泄露档案", Optional.of(RiskLevel.LOW)),
            tuple("挪用公款", Optional.of(RiskLevel.MEDIUM)),
            tuple("指定品牌", Optional.of(RiskLevel.HIGH)),
            tuple("虚列支出", Optional.of(RiskLevel.HIGH)),
            tuple("公车私用", Optional.of(RiskLevel.LOW)));
  }

  @Test
  void aSecondTableFurtherDownAHalvedSheetDecidesItsCodes() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "风险点", "风险等级（1-低，2-中，3-高）", "防控措施", "科室", "风险点", "风险等级（1-低，2-中，3-高）", "防控措施")
        .row("办公室", "公车私用", "1", "车辆定位", "财务科", "虚报冒领", "3", "双人审核")
        .row("", "", "", "", "", "", "", "")
        .row("岗位", "风险点", "风险等级", "防控措施", "岗位", "风险点", "风险等级", "防控措施")
        .row("出纳岗", "挪用公款", "1", "日清月结", "会计岗", "虚列支出", "3", "审核");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getTitle(), l -> l.getRow().getLevel())
        .containsExactlyInAnyOrder(
            tuple("公车私用", Optional.of(RiskLevel.LOW)),
            tuple("虚报冒领", Optional.of(RiskLevel.HIGH)),
            tuple("挪用公款", Optional.of(RiskLevel.HIGH)),
            tuple("虚列支出", Optional.of(RiskLevel.LOW)));
  }

  // ------------------------------------------------------------------ owners and people

  @Test
  void aUnitColumnBesideAPostColumnIsThePostsDepartment() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("序号", "责任单位", "风险岗位", "风险点", "风险等级", "防控措施")
        .row("1", "综合执法队", "巡查岗", "选择性执法", "高", "执法记录仪")
        .row("2", "", "内勤岗", "泄露信息", "中", "专人保管")
        .row("3", "党群服务中心", "接待岗", "吃拿卡要", "低", "服务评价")
        .merge("B2:B3");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getOwnerName(), l -> l.getRow().getDepartment())
        .containsExactly(
            tuple("巡查岗", Optional.of("综合执法队")),
            tuple("内勤岗", Optional.of("综合执法队")),
            tuple("接待岗", Optional.of("党群服务中心")));
    assertThat(r.getRows()).allSatisfy(l -> assertThat(l.getExtras()).isEmpty());
  }

  @Test
  void aRoleRunIntoANameIsSplit() throws IOException {
    assertThat(AnnexText.parseLeaderCell("局长何平")).containsExactly("何平", "局长");
    assertThat(AnnexText.parseLeaderCell("副主任李明")).containsExactly("李明", "副主任");
    assertThat(AnnexText.parseLeaderCell("党组书记欧阳明")).containsExactly("欧阳明", "党组书记");
    assertThat(AnnexText.parseLeaderCell("局长办公室").get(0)).isEqualTo("局长办公室");
    assertThat(AnnexText.parseLeaderCell("科长助理")).containsExactly("科长助理", "科长助理");
    assertThat(AnnexText.parseLeaderCell("主任科员")).containsExactly("主任科员", "主任科员");
    Responsibility r = AnnexPeople.parseResponsibility("科长王芳");
    assertThat(r.getResponsibleName()).contains("王芳");
    assertThat(r.getResponsibleRole()).contains("科长");
    assertThat(AnnexPeople.isRole("科长助理")).isTrue();

    Wb b = new Wb();
    b.sheet("s").row("班子成员", "风险点", "风险等级", "防控措施").row("局长高峰", "插手工程", "高", "不直接分管工程");
    AnnexRow row = read(b).getRows().get(0).getRow();
    assertThat(row.getOwnerName()).isEqualTo("高峰");
    assertThat(row.getLeaderRole()).contains("局长");
  }

  @Test
  void aLabelNamingOnlyTheTierIsNoRole() {
    Responsibility r = AnnexPeople.parseResponsibility("责任人：钱涛；分管领导：赵军");
    assertThat(r.getResponsibleName()).contains("钱涛");
    assertThat(r.getResponsibleRole()).isEmpty();
    assertThat(r.getSupervisorName()).contains("赵军");
    assertThat(r.getSupervisorRole()).isEmpty(); // 分管领导 names the tier, as 责任领导 does

    Responsibility s = AnnexPeople.parseResponsibility("责任领导：赵军；责任人：钱涛");
    assertThat(s.getSupervisorName()).contains("赵军");
    assertThat(s.getSupervisorRole()).isEmpty();
    assertThat(s.getResponsibleName()).contains("钱涛");
    assertThat(s.getResponsibleRole()).isEmpty();

    Responsibility t = AnnexPeople.parseResponsibility("科室负责人：李华");
    assertThat(t.getResponsibleRole()).contains("科室负责人");
    assertThat(AnnexPeople.parseResponsibility("责任人").getResponsibleRole()).contains("责任人");
  }

  // ------------------------------------------------------------------ measures

  @Test
  void aFirstMarkerBeforeANumberCountsWhenTheListGoesOn() {
    assertThat(AnnexText.splitNumbered("1.5万元以上支付经集体研究；2.每季度第一个月10日前对账"))
        .containsExactly("5万元以上支付经集体研究", "每季度第一个月10日前对账");
    assertThat(AnnexText.splitNumbered("1.5万元以上支付经集体研究")).containsExactly("1.5万元以上支付经集体研究");
    assertThat(AnnexText.splitNumbered("1.5万元以上支付经集体研究，2.5万元以下由科长审批"))
        .containsExactly("1.5万元以上支付经集体研究，2.5万元以下由科长审批");
    assertThat(AnnexText.splitNumbered("1.5倍以上罚款须集体讨论")).containsExactly("1.5倍以上罚款须集体讨论");
  }

  @Test
  void measureLinesThatAreEachAMeasureAreSeveral() {
    assertThat(MeasureLines.split("统一裁量基准\n处罚决定集体讨论")).containsExactly("统一裁量基准", "处罚决定集体讨论");
    assertThat(MeasureLines.split("严格执行采购制度，所有采购须比价。\n采购结果在内网公示。"))
        .containsExactly("严格执行采购制度，所有采购须比价。", "采购结果在内网公示。");
    assertThat(MeasureLines.split("落实“三重一大”制度；\n重大事项集体研究"))
        .containsExactly("落实“三重一大”制度", "重大事项集体研究");
    // a sentence wrapped over lines stays one
    assertThat(MeasureLines.split("对重大事项实行集体决策，\n决策过程全程记录"))
        .containsExactly("对重大事项实行集体决策，\n决策过程全程记录");
    assertThat(MeasureLines.split("建立健全资金支付审批制度和\n大额资金集体研究制度"))
        .containsExactly("建立健全资金支付审批制度和\n大额资金集体研究制度");
    assertThat(MeasureLines.split("严格执行政府采购管理办法（试行\n）中的各项规定"))
        .containsExactly("严格执行政府采购管理办法（试行\n）中的各项规定");
    assertThat(MeasureLines.split("对单位的重大事项实行集\n体决策制度并将决策过程\n全程记录存档"))
        .containsExactly("对单位的重大事项实行集\n体决策制度并将决策过程\n全程记录存档");
    assertThat(MeasureLines.split("按照规定程序办理审批事项并及时公开审批结果接受社会监督\n定期检查"))
        .containsExactly("按照规定程序办理审批事项并及时公开审批结果接受社会监督\n定期检查");
    assertThat(MeasureLines.split("一行措施")).containsExactly("一行措施");
  }
}
