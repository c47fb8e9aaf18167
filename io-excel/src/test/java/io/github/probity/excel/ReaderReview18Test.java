package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexText;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The reader on text pasted and retyped from elsewhere, each phenomenon pinned on its own: headers
 * in traditional characters, levels 一級 and l级, markers a scan misread, bullets pasted from Word,
 * soft hyphens, blanks and PDF line wraps between Chinese characters, and a row pasted into one
 * cell.
 */
class ReaderReview18Test {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static List<AnnexRow> rows(AnnexReadResult r) {
    return r.getRows().stream().map(LocatedRow::getRow).toList();
  }

  private static AnnexRow one(String risk, String level, String measures) throws IOException {
    Wb b = new Wb();
    b.sheet("科室").row("序号", "科室", "风险点", "风险等级", "防控措施").row("1", "财务科", risk, level, measures);
    List<AnnexRow> rows = rows(read(b));
    assertThat(rows).hasSize(1);
    return rows.get(0);
  }

  // ---- traditional characters

  @Test
  void headersInTraditionalCharactersMeanWhatTheirSimplifiedFormsMean() throws IOException {
    Wb b = new Wb();
    b.sheet("附件3")
        .row("序號", "部門", "崗位", "風險點", "風險等級", "防控措施", "責任人")
        .row("1", "財務部", "出納崗", "挪用公司資金", "一級", "每月銀行對賬", "陳家明");
    AnnexRow row = rows(read(b)).get(0);
    assertThat(row.getTitle()).isEqualTo("挪用公司資金"); // the value kept as written
    assertThat(row.getDepartment()).contains("財務部");
    assertThat(row.getOwnerName()).isEqualTo("出納崗");
    assertThat(row.getLevel()).contains(RiskLevel.HIGH);
    assertThat(row.getResponsible()).contains("陳家明");
  }

  @Test
  void levelsInTraditionalCharactersAndMisreadByAScanAreRead() {
    assertThat(TableReader.parseLevel("二級")).contains(RiskLevel.MEDIUM);
    assertThat(TableReader.parseLevel("三級")).contains(RiskLevel.LOW);
    assertThat(TableReader.parseLevel("l级")).contains(RiskLevel.HIGH);
    assertThat(TableReader.parseLevel("I级")).contains(RiskLevel.HIGH);
  }

  // ---- markers a scan or a retyping misread

  @Test
  void markersMisreadByAScanStillSplitTheList() {
    assertThat(AnnexText.splitNumbered("l.清查结果公开2.农经站复核")).containsExactly("清查结果公开", "农经站复核");
    assertThat(AnnexText.splitNumbered("l.清查结果公开2丶农经站复核")).containsExactly("清查结果公开", "农经站复核");
    assertThat(AnnexText.splitNumbered("1、清查结果公开2丶农经站复核")).containsExactly("清查结果公开", "农经站复核");
    assertThat(AnnexText.splitNumbered("（l）材料两人审核（2）结果网上公示")).containsExactly("材料两人审核", "结果网上公示");
    assertThat(AnnexText.splitNumbered("1.检疫全程留痕；2，出证情况月度抽查"))
        .containsExactly("检疫全程留痕", "出证情况月度抽查");
  }

  @Test
  void textThatOnlyLooksMisreadStaysAsWritten() {
    assertThat(AnnexText.splitNumbered("l.清查结果公开")).containsExactly("l.清查结果公开");
    assertThat(AnnexText.splitNumbered("Internet访问控制")).containsExactly("Internet访问控制");
    // a comma after a number is a marker only after a separator, in a cell numbered 1. or 1、
    assertThat(AnnexText.splitNumbered("1.每年检查2，3次；2.结果公示")).containsExactly("每年检查2，3次", "结果公示");
    assertThat(AnnexText.splitNumbered("检查2，3次；2，公示")).containsExactly("检查2，3次；2，公示");
  }

  @Test
  void aSequenceNumberMisreadByAScanIsNoExtra() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1O", "财务科", "公款私存", "高", "每月对账")
        .row("l1", "办公室", "公车私用", "低", "派车登记");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).hasSize(2).allSatisfy(l -> assertThat(l.getExtras()).isEmpty());
  }

  // ---- bullets pasted from Word

  @Test
  void wordBulletsSplitMeasuresAlsoWhenOnOneLine() {
    assertThat(AnnexText.splitNumbered("➢ 原材料定点采购\n➢ 验收双人签字")).containsExactly("原材料定点采购", "验收双人签字");
    assertThat(AnnexText.splitNumbered("■经费报销负责人签字 ■大额支出审计抽查"))
        .containsExactly("经费报销负责人签字", "大额支出审计抽查");
    // a bullet inside a word, with no blank before it, is text
    assertThat(AnnexText.splitNumbered("·买买提·艾力联系点\n·每月走访")).containsExactly("买买提·艾力联系点", "每月走访");
  }

  @Test
  void anArrowBetweenStepsIsText() {
    assertThat(AnnexText.splitNumbered("◆论证→招标→验收全程留痕\n◆验收与采购分离"))
        .containsExactly("论证→招标→验收全程留痕", "验收与采购分离");
  }

  // ---- invisible characters, blanks and line wraps

  @Test
  void aSoftHyphenIsNoPartOfTheText() {
    assertThat(AnnexText.clean("违规代开发\u00AD票")).isEqualTo("违规代开发票");
  }

  @Test
  void blanksBetweenChineseCharactersAreTakenOut() throws IOException {
    AnnexRow row = one("药品遴选中\t收受回扣", "高", "1.接待费用\u00A0公开；2.诊断证明  两级审核");
    assertThat(row.getTitle()).isEqualTo("药品遴选中收受回扣");
    assertThat(row.getMeasures()).containsExactly("接待费用公开", "诊断证明两级审核");
  }

  @Test
  void singleSpacesBetweenAllCharactersStay() {
    // a justified PDF's letter spacing and a text written so look alike (see the set's NOT_YET)
    assertThat(PastedText.tidy("低 保 审 核 把 关 不 严")).isEqualTo("低 保 审 核 把 关 不 严");
  }

  @Test
  void blanksBesideLatinLettersAndDigitsStay() {
    assertThat(PastedText.tidy("超过 50 万元须集体研究")).isEqualTo("超过 50 万元须集体研究");
    assertThat(PastedText.tidy("OA 系统审批")).isEqualTo("OA 系统审批");
    assertThat(PastedText.tidy("公款私存")).isSameAs("公款私存".intern());
  }

  @Test
  void aLineBreakAndAFullWidthSpaceStayAsTheWriterPutThem() {
    // a PDF's wrap and the writer's own line look alike: the break stays (see the set's NOT_YET)
    assertThat(PastedText.tidy("违规调整控制性详细规\n划指标")).isEqualTo("违规调整控制性详细规\n划指标");
    assertThat(PastedText.tidy("含\u3000全角空格")).isEqualTo("含\u3000全角空格");
    assertThat(PastedText.tidy("统计执法 选择性处罚")).isEqualTo("统计执法 选择性处罚");
  }

  @Test
  void aLineBreakAfterTheEndOfASentenceStays() {
    assertThat(PastedText.tidy("严格执行采购制度。\n采购结果公示")).isEqualTo("严格执行采购制度。\n采购结果公示");
  }

  // ---- a row pasted into one cell

  @Test
  void aRowPastedIntoOneCellIsReadIntoTheHeadersColumns() throws IOException {
    Wb b = new Wb();
    b.sheet("站所")
        .row("序号", "站所", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "民政办", "低保对象认定优亲厚友", "高", "低保名单三榜公示", "孙红")
        .row("2\t林业站\t林木采伐许可违规审批\t中\t采伐许可集体研究\t吴斌")
        .row("3    文化站    文化活动经费虚报冒领    低    活动经费报账附照片    郑丽");
    AnnexReadResult r = read(b);
    List<AnnexRow> rows = rows(r);
    assertThat(rows)
        .extracting(AnnexRow::getTitle)
        .containsExactly("低保对象认定优亲厚友", "林木采伐许可违规审批", "文化活动经费虚报冒领");
    assertThat(rows.get(1).getOwnerName()).isEqualTo("林业站");
    assertThat(rows.get(1).getLevel()).contains(RiskLevel.MEDIUM);
    assertThat(rows.get(2).getMeasures()).containsExactly("活动经费报账附照片");
    assertThat(rows.get(2).getResponsible()).contains("郑丽");
    assertThat(r.getProblems())
        .filteredOn(f -> f.getCode() == ProblemCode.ROW_IN_ONE_CELL)
        .hasSize(2);
  }

  @Test
  void aNoteWithSpacesOrASignOffIsNoPastedRow() throws IOException {
    Wb b = new Wb();
    b.sheet("站所")
        .row("序号", "站所", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "民政办", "低保对象认定优亲厚友", "高", "低保名单三榜公示", "孙红")
        .row("填表人：周敏        审核人：黄伟")
        .row("注：1.高风险点每季度检查    2.中风险点每半年检查    3.低风险点每年检查");
    AnnexReadResult r = read(b);
    assertThat(rows(r)).extracting(AnnexRow::getTitle).containsExactly("低保对象认定优亲厚友");
    assertThat(r.getProblems()).noneMatch(f -> f.getCode() == ProblemCode.ROW_IN_ONE_CELL);
  }
}
