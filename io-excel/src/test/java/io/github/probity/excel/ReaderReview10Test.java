package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What the reader learnt from the tenth blind set (tables pasted from Word, converted from PDF,
 * copied from web pages, exported from forms, scanned, or bilingual), each on its own table, and
 * tables next to them where the new rules must not fire.
 */
class ReaderReview10Test {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static List<String> titles(AnnexReadResult r) {
    return r.getRows().stream().map(l -> l.getRow().getTitle()).toList();
  }

  @Test
  void aCellBrokenOverRowsWithoutANumberGoesOnAbove() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "登记科", "违规为不符合条件的企", "高", "1.材料双人审核；", "张凯")
        .row("", "", "业办理登记", "", "2.结果网上公示", "")
        .row("2", "执法科", "处罚裁量不公", "中", "法制审核", "李鹏");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("违规为不符合条件的企业办理登记", "处罚裁量不公");
    assertThat(r.getRows().get(0).getRow().getMeasures()).containsExactly("材料双人审核", "结果网上公示");
    assertThat(r.getRows().get(0).getContinuationRows()).containsExactly(3);
  }

  @Test
  void aRowWithoutANumberThatHasALevelOrAnOwnerIsAPointOfItsOwn() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "登记科", "违规登记", "高", "双人审核")
        .row("", "", "登记信息泄露", "中", "权限控制")
        .row("", "执法科", "选择性执法", "", "随机抽查");
    assertThat(titles(read(b))).containsExactly("违规登记", "登记信息泄露", "选择性执法");
  }

  @Test
  void aRowWithoutANumberUnderASentenceEndIsAPointOfItsOwn() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "登记科", "违规登记。", "高", "双人审核")
        .row("", "", "登记信息泄露", "", "权限控制");
    assertThat(titles(read(b))).containsExactly("违规登记。", "登记信息泄露");
  }

  @Test
  void measuresGoingOnInRowsBelowLoseTheirMarkers() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "执法科", "处罚裁量不公", "高", "1.法制审核；")
        .row("", "", "", "", "2.集体讨论；")
        .row("", "", "", "", "（3）结果公示");
    assertThat(read(b).getRows().get(0).getRow().getMeasures())
        .containsExactly("法制审核", "集体讨论", "结果公示");
  }

  @Test
  void pageLinesAndARepeatedTitleAtAPageBreakGiveNoRows() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("某局岗位廉政风险防控一览表", "", "", "", "")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "就业科", "违规发放补贴", "高", "名单公示")
        .row("", "", "第 1 页 共 2 页", "", "")
        .row("某局岗位廉政风险防控一览表（续）", "", "", "", "")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("2", "社保科", "违规核定待遇", "高", "系统校验")
        .row("", "", "- 2 -", "", "");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("违规发放补贴", "违规核定待遇");
    assertThat(r.getProblems())
        .filteredOn(p -> p.getCode() == ProblemCode.NOTE_ROW_SKIPPED)
        .hasSize(3);
  }

  @Test
  void aPointAboutPagesIsStillAPoint() throws IOException {
    Wb b = new Wb();
    b.sheet("s").row("序号", "科室", "风险点", "风险等级", "防控措施").row("1", "档案室", "第3页档案被抽换", "高", "档案页码登记");
    assertThat(titles(read(b))).containsExactly("第3页档案被抽换");
  }

  @Test
  void optionsWrittenOutWithOneBoxFilledGiveTheChoice() {
    assertThat(TableReader.parseLevel("高风险□ 中风险■ 低风险□")).hasValue(RiskLevel.MEDIUM);
    assertThat(TableReader.parseLevel("☑高 □中 □低")).hasValue(RiskLevel.HIGH);
    assertThat(TableReader.parseLevel("高□ 中□ 低√")).hasValue(RiskLevel.LOW);
    assertThat(TableReader.parseCategory("□思想道德 ■岗位职责 □制度机制")).hasValue(RiskCategory.DUTY);
    assertThat(TableReader.parseLevel("□高 □中 □低")).isEmpty(); // nothing chosen
    assertThat(TableReader.parseLevel("■高 ■中 □低")).isEmpty(); // two chosen
    assertThat(TableReader.parseLevel("●○○")).isEmpty();
  }

  @Test
  void aLevelWithItsTranslationOrInAVariantFormIsRead() {
    assertThat(TableReader.parseLevel("High / 高")).hasValue(RiskLevel.HIGH);
    assertThat(TableReader.parseLevel("Medium/中")).hasValue(RiskLevel.MEDIUM);
    assertThat(TableReader.parseLevel("髙")).hasValue(RiskLevel.HIGH);
    assertThat(TableReader.parseLevel("High / 低")).isEmpty(); // the halves disagree
    assertThat(TableReader.parseLevel("高/中")).isEmpty();
  }

  @Test
  void bilingualHeadersAreReadByTheirChineseWords() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row(
            "No. / 序号",
            "Department / 部门",
            "Risk Point / 风险点",
            "Risk Level / 风险等级",
            "Control Measures / 防控措施",
            "Owner / 责任人")
        .row("1", "采购部", "准入把关不严", "High / 高", "三方评审", "范磊");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).hasSize(1);
    assertThat(r.getRows().get(0).getRow().getLevel()).hasValue(RiskLevel.HIGH);
    assertThat(r.getRows().get(0).getRow().getResponsible()).hasValue("范磊");
    assertThat(r.getRows().get(0).getExtras()).isEmpty();
  }

  @Test
  void anEnglishHeaderRowUnderTheChineseOneIsNoRow() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("序号", "部门", "岗位", "廉洁风险点", "风险等级", "防控措施")
        .row("No.", "Dept.", "Position", "Risk", "Level", "Measures")
        .row("1", "质量部", "来料检验员", "放行不合格来料", "高", "抽检复核");
    assertThat(titles(read(b))).containsExactly("放行不合格来料");
  }

  @Test
  void invisibleCharactersAndNbspFromAWebPageAreNotText() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("序号", "窗口", "岗位", "风险点", "风险\u00a0等级", "防控措施", "责任人")
        .row("1", "企业开办窗口", "受理岗&nbsp;", "\u200b违规受理\u200b申请", "中", "１．一次性告知；２．全程留痕", "刘洋\u00a0");
    AnnexReadResult r = read(b);
    var row = r.getRows().get(0).getRow();
    assertThat(row.getTitle()).isEqualTo("违规受理申请");
    assertThat(row.getOwnerName()).isEqualTo("受理岗");
    assertThat(row.getDepartment()).hasValue("企业开办窗口");
    assertThat(row.getMeasures()).containsExactly("一次性告知", "全程留痕");
    assertThat(row.getLevel()).hasValue(RiskLevel.MEDIUM);
  }

  @Test
  void aHeaderMergedAcrossTwoCellsIsOneColumn() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("序号", "岗位", "廉政\n风险点", "", "风险等级", "防控措施")
        .row("1", "审计组长", "隐瞒审计问题", "", "高", "集体审理")
        .merge("C1:D1")
        .merge("C2:D2");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("隐瞒审计问题");
    assertThat(r.getRows().get(0).getRow().getManifestation()).isEqualTo(Optional.empty());
  }
}
