package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.AnnexRow;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tables laid on their side and record forms: the fields as row labels down one column with one
 * post, department or leader per column; a 登记表 or 防控卡 filled once per risk point, its labels beside
 * their values or before them in one cell, stacked down a sheet or one per sheet; and the level
 * ticked in brackets. Each phenomenon on its own, apart from the set that found it.
 */
class ReaderReview16Test {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static List<AnnexRow> rows(AnnexReadResult r) {
    return r.getRows().stream().map(LocatedRow::getRow).toList();
  }

  private static List<String> titles(AnnexReadResult r) {
    return rows(r).stream().map(AnnexRow::getTitle).toList();
  }

  @Test
  void postsAcrossTheTopGiveOneRowPerColumn() throws IOException {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("某局岗位廉政风险防控表", "", "", "")
        .row("科室", "稽查科", "", "法规科")
        .row("岗位", "检查岗", "审理岗", "复议岗")
        .row("风险点", "检查中隐瞒问题", "审理定性畸轻畸重", "复议偏袒一方")
        .row("风险等级", "高", "中", "低")
        .row("防控措施", "1.检查全程记录；2.结果复核", "审理集体研究", "复议公开听证")
        .row("责任人", "科长 周平", "", "科长 吴江")
        .row("备注：本表由各科室填报。", "", "", "")
        .merge("A1:D1")
        .merge("B2:C2")
        .merge("B7:C7")
        .merge("A8:D8");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("检查中隐瞒问题", "审理定性畸轻畸重", "复议偏袒一方");
    AnnexRow second = rows(r).get(1);
    assertThat(second.getScope()).isEqualTo(OwnerScope.POST);
    assertThat(second.getOwnerName()).isEqualTo("审理岗");
    assertThat(second.getDepartment()).contains("稽查科"); // the 科室 merged over two posts
    assertThat(second.getLevel()).contains(RiskLevel.MEDIUM);
    assertThat(AnnexPeople.responsibility(second).getResponsibleName()).contains("周平");
    assertThat(rows(r).get(0).getMeasures()).containsExactly("检查全程记录", "结果复核");
  }

  @Test
  void leadersAcrossTheTopKeepAFieldRowOfTheirOwnAsAnExtra() throws IOException {
    Wb b = new Wb();
    b.sheet("班子")
        .row("某局领导班子成员廉政风险点表", "", "")
        .row("职务", "局长", "副局长")
        .row("姓名", "张明", "李强")
        .row("分管工作", "主持全面工作", "分管财务科")
        .row("风险点", "重大事项个人决定", "违规审批资金")
        .row("风险等级", "高", "中")
        .row("防控措施", "重大事项集体研究", "资金联签");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("重大事项个人决定", "违规审批资金");
    LocatedRow vice = r.getRows().get(1);
    assertThat(vice.getRow().getScope()).isEqualTo(OwnerScope.LEADER);
    assertThat(vice.getRow().getOwnerName()).isEqualTo("李强");
    assertThat(vice.getRow().getLeaderRole()).contains("副局长");
    assertThat(vice.getExtras()).containsEntry("分管工作", "分管财务科");
  }

  @Test
  void formsStackedDownOneSheetGiveOneRowEach() throws IOException {
    Wb b = new Wb();
    b.sheet("登记表")
        .row("某中心廉政风险点登记表", "", "", "", "", "")
        .row("科室", "审核科", "岗位", "初审岗", "姓名", "赵敏")
        .row("风险点", "初审把关不严", "", "", "", "")
        .row("风险类别", "业务流程", "风险等级", "☑高 □中 □低", "", "")
        .row("防控措施", "1.初审复审分离；2.抽查复核", "", "", "", "")
        .row("填表人签字：", "", "科室负责人签字：", "", "日期：", "")
        .row()
        .row("科室", "财务科", "岗位", "出纳岗", "姓名", "钱多")
        .row("风险点", "挪用资金", "", "", "", "")
        .row("风险类别", "岗位职责", "风险等级", "□高 ☑中 □低", "", "")
        .row("防控措施", "资金日清月结", "", "", "", "")
        .row("填表人签字：", "", "科室负责人签字：", "", "日期：", "")
        .merge("A1:F1")
        .merge("B3:F3")
        .merge("B9:F9");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("初审把关不严", "挪用资金");
    AnnexRow first = rows(r).get(0);
    assertThat(first.getScope()).isEqualTo(OwnerScope.POST);
    assertThat(first.getOwnerName()).isEqualTo("初审岗");
    assertThat(first.getDepartment()).contains("审核科");
    assertThat(first.getHolders()).containsExactly("赵敏");
    assertThat(first.getCategory()).isEqualTo(RiskCategory.PROCESS); // 业务流程 is a value here
    assertThat(first.getLevel()).contains(RiskLevel.HIGH);
    assertThat(first.getMeasures()).containsExactly("初审复审分离", "抽查复核");
    AnnexRow second = rows(r).get(1);
    assertThat(second.getOwnerName()).isEqualTo("出纳岗");
    assertThat(second.getDepartment()).contains("财务科"); // not the signature blank above it
    assertThat(second.getLevel()).contains(RiskLevel.MEDIUM);
    // the signature lines between the forms give no field, and are named
    assertThat(
            r.getProblems().stream()
                .filter(f -> f.getCode() == ProblemCode.NOTE_ROW_SKIPPED)
                .map(f -> f.getLocation().text()))
        .containsExactly("登记表!6", "登记表!12");
  }

  @Test
  void cardsWithLabelAndValueInOneCellRepeatingTheirTitleGiveOneRowEach() throws IOException {
    Wb b = new Wb();
    b.sheet("卡")
        .row("某公司2026年度岗位廉洁风险防控卡", "", "")
        .row("单位：某公司", "", "年度：2026年")
        .row("岗位名称：会计", "所在部门：财务部", "姓名：孙悦")
        .row("风险点：虚列支出", "", "")
        .row("风险等级：☑高 □中 □低", "", "")
        .row("防控措施：①凭证逐笔审核②月末对账", "", "")
        .row("部门负责人：王强", "", "")
        .row("某公司2026年度岗位廉洁风险防控卡", "", "")
        .row("单位：某公司", "", "年度：2026年")
        .row("岗位名称：库管员", "所在部门：物资部", "姓名：何平")
        .row("风险点：物资出库不登记", "", "")
        .row("风险等级：□高 □中 ☑低", "", "")
        .row("防控措施：出库单双签", "", "")
        .row("部门负责人：郑军", "", "");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("虚列支出", "物资出库不登记");
    AnnexRow second = rows(r).get(1);
    assertThat(second.getOwnerName()).isEqualTo("库管员"); // not the title naming 岗位
    assertThat(second.getDepartment()).contains("物资部");
    assertThat(second.getHolders()).containsExactly("何平");
    assertThat(second.getLevel()).contains(RiskLevel.LOW);
    assertThat(AnnexPeople.responsibility(second).getResponsibleName()).contains("郑军");
    assertThat(rows(r).get(0).getMeasures()).containsExactly("凭证逐笔审核", "月末对账");
  }

  @Test
  void measuresBesideALabelMergedDownAreOneMeasureALine() throws IOException {
    Wb b = new Wb();
    b.sheet("基建处")
        .row("某大学岗位廉政风险防控卡", "", "", "")
        .row("部门", "基建处", "岗位", "预算审核岗")
        .row("风险点", "工程预算审核走过场", "", "")
        .row("风险等级", "中", "", "")
        .row("防控措施", "预算第三方审核", "", "")
        .row("", "审核结果集体复核", "", "")
        .row("", "超预算报校长办公会", "", "")
        .row("责任领导", "副校长 王红", "", "")
        .merge("A5:A7");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("工程预算审核走过场");
    AnnexRow row = rows(r).get(0);
    assertThat(row.getMeasures()).containsExactly("预算第三方审核", "审核结果集体复核", "超预算报校长办公会");
    assertThat(AnnexPeople.responsibility(row).getSupervisorName()).contains("王红");
  }

  @Test
  void aCardWithTwoNumberedPointsKeepsItsPostAndHolderForBoth() throws IOException {
    Wb b = new Wb();
    b.sheet("卡")
        .row("某镇岗位廉政风险防控卡", "", "", "")
        .row("岗位", "村建办主任", "姓名", "陈东")
        .row("风险点1", "违规审批建房", "风险等级", "高")
        .row("防控措施", "建房联审", "", "")
        .row("风险点2", "收受好处", "风险等级", "中")
        .row("防控措施", "廉政承诺", "", "")
        .row("本人签字：", "", "分管领导签字：", "");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("违规审批建房", "收受好处");
    for (AnnexRow row : rows(r)) {
      assertThat(row.getOwnerName()).isEqualTo("村建办主任");
      assertThat(row.getHolders()).containsExactly("陈东");
      assertThat(AnnexPeople.responsibility(row).getSupervisorName()).isEmpty();
    }
    assertThat(rows(r).get(1).getMeasures()).containsExactly("廉政承诺");
    assertThat(rows(r).get(1).getLevel()).contains(RiskLevel.MEDIUM);
  }

  @Test
  void aCardPerSheetWithoutAPostLabelTakesThePostFromTheSheetName() throws IOException {
    Wb b = new Wb();
    b.sheet("征收岗")
        .row("岗位廉政风险防控卡", "")
        .row("所在科室：征收科", "")
        .row("岗位人员：马丽", "")
        .row("风险点：违规减免", "")
        .row("风险等级：高", "")
        .row("防控措施：减免集体审批", "");
    AnnexRow row = rows(read(b)).get(0);
    assertThat(row.getScope()).isEqualTo(OwnerScope.POST);
    assertThat(row.getOwnerName()).isEqualTo("征收岗");
    assertThat(row.getHolders()).containsExactly("马丽");
    assertThat(row.getDepartment()).contains("征收科");
  }

  @Test
  void anOrdinaryTableIsNotTurned() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("风险点", "风险等级", "防控措施", "责任人")
        .row("公款私存", "高", "每月对账", "王五")
        .row("公车私用", "低", "派车登记", "赵六");
    assertThat(titles(read(b))).containsExactly("公款私存", "公车私用");
    Wb marked = new Wb(); // first cells that read as labels, under an ordinary header
    marked
        .sheet("科室")
        .row("备注", "风险点", "风险等级", "防控措施", "责任人")
        .row("新增风险点", "公款私存", "高", "每月对账", "王五")
        .row("风险等级调高", "公车私用", "中", "派车登记", "赵六")
        .row("防控措施调整", "虚列支出", "低", "凭证审核", "孙七");
    assertThat(titles(read(marked))).containsExactly("公款私存", "公车私用", "虚列支出");
  }

  @Test
  void aTickInBracketsChoosesTheLevel() {
    assertThat(TableReader.parseLevel("高（√）中（ ）低（ ）")).hasValue(RiskLevel.HIGH);
    assertThat(TableReader.parseLevel("高（ ）中（√）低（ ）")).hasValue(RiskLevel.MEDIUM);
    assertThat(TableReader.parseLevel("高( ) 中( ) 低(✓)")).hasValue(RiskLevel.LOW);
    assertThat(TableReader.parseLevel("高（一级）")).hasValue(RiskLevel.HIGH);
  }

  @Test
  void aTitleNamingPostsKeepsADirectorAPost() throws IOException {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("某中学岗位廉政风险点一览表", "", "", "")
        .row("岗位", "风险点", "风险等级", "防控措施")
        .row("总务主任", "采购中收受回扣", "高", "定点招标采购")
        .row("教务主任", "违规择校", "中", "招生结果公示");
    for (AnnexRow row : rows(read(b))) {
      assertThat(row.getScope()).isEqualTo(OwnerScope.POST);
      assertThat(row.getLeaderRole()).isEqualTo(Optional.empty());
    }
  }
}
