package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexRow;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Answers collected by online forms and exported (问卷星, 金数据, 腾讯文档收集表, 钉钉, 企业微信, 问卷网): headers that
 * are questions, the platform's own columns, options chosen with their letters, joined by ┋ or |,
 * exported one column per option, and "其他〖…〗" answers. Each case an input read wrongly before.
 */
class ReaderReview21Test {

  private static List<LocatedRow> read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx())).getRows();
  }

  private static AnnexRow only(List<LocatedRow> rows) {
    assertThat(rows).hasSize(1);
    return rows.get(0).getRow();
  }

  // ---- headers that are questions

  /**
   * A question's number ({@code 3.}, {@code Q3}, {@code 第3题}) and its closing colon or question
   * mark are no part of what the column means: {@code 3.您认为本岗位最主要的廉政风险点是：} is the risk point (its
   * colon made every question a sentence, so the sheet had no header at all).
   */
  @Test
  void questionsWithNumbersAndColonsHeadTheirColumns() throws IOException {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("1.您所在的部门：", "2.您的岗位：", "3.您认为本岗位最主要的廉政风险点是：", "第4题 该风险点的等级：", "Q5 防控措施")
        .row("审计处", "审计岗", "审计中隐瞒问题", "高", "审计报告集体审定");
    AnnexRow row = only(read(b));

    assertThat(row.getDepartment()).contains("审计处");
    assertThat(row.getOwnerName()).isEqualTo("审计岗");
    assertThat(row.getTitle()).isEqualTo("审计中隐瞒问题");
    assertThat(row.getLevel()).contains(RiskLevel.HIGH);
    assertThat(row.getMeasures()).containsExactly("审计报告集体审定");
  }

  /**
   * A key word after 本 / 该 refers to what a question asks about ({@code 本岗位近三年是否…}): the question
   * is no post column, and it travels as an extra under its wording without its number.
   */
  @Test
  void aQuestionAboutThisPostIsAnExtraUnderItsWording() throws IOException {
    assertThat(AnnexColumn.candidates("本岗位近三年是否发生过违纪违法问题")).isEmpty();
    Wb b = new Wb();
    b.sheet("数据")
        .row("1. 岗位", "2. 风险点", "3. 防控措施", "4. 本岗位近三年是否发生过违纪违法问题")
        .row("出纳", "挪用资金", "日清月结", "否");
    List<LocatedRow> rows = read(b);

    assertThat(only(rows).getOwnerName()).isEqualTo("出纳");
    assertThat(rows.get(0).getExtras()).containsEntry("本岗位近三年是否发生过违纪违法问题", "否");
  }

  /** 乡镇, 街道 and 学校 name the body a post belongs to, as 科室 does. */
  @Test
  void townshipsAndSchoolsAreDepartments() {
    assertThat(AnnexColumn.candidates("您所在的乡镇（街道）").get(0).getColumn())
        .isEqualTo(AnnexColumn.DEPARTMENT);
    assertThat(AnnexColumn.candidates("学校名称").get(0).getColumn()).isEqualTo(AnnexColumn.DEPARTMENT);
  }

  /**
   * {@code 第1题} over the question's text, and the platform's columns over blanks, is a header of
   * two rows (without a merge): the platform's columns keep their names, not their letters.
   */
  @Test
  void questionNumbersOverTheQuestionsAreAnUpperBand() throws IOException {
    Wb b = new Wb();
    b.sheet("答卷")
        .row("序号", "开始答题时间", "第1题", "第2题", "第3题")
        .row("", "", "岗位名称", "廉政风险点", "防控措施")
        .row("1", "2026-06-01 08:30", "登记审核岗", "违规办理登记", "网上公示");
    List<LocatedRow> rows = read(b);

    assertThat(only(rows).getTitle()).isEqualTo("违规办理登记");
    assertThat(rows.get(0).getExtras())
        .containsExactly(java.util.Map.entry("开始答题时间", "2026-06-01 08:30"));
  }

  // ---- who answered

  /**
   * The platform's 提交者 of an answer about his own post holds the post, where no column names one.
   */
  @Test
  void theSubmitterOfAPostsAnswerHoldsThePost() throws IOException {
    Wb b = new Wb();
    b.sheet("收集结果")
        .row("提交者", "提交时间", "岗位名称", "风险点", "防控措施")
        .row("张伟", "2026/03/06 09:12", "客户经理", "违规办理贷款", "贷款三查");
    List<LocatedRow> rows = read(b);

    assertThat(only(rows).getHolders()).containsExactly("张伟");
    assertThat(rows.get(0).getExtras()).containsOnlyKeys("提交时间");
  }

  /** Where the form asks the name itself, 提交者 (an account's name) stays an extra. */
  @Test
  void aNameAskedByTheFormHoldsThePostBeforeTheSubmitter() throws IOException {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("提交者", "岗位", "您的姓名", "风险点", "防控措施")
        .row("平安是福", "户籍内勤", "韩雪", "违规办理户口迁移", "所长审批");
    List<LocatedRow> rows = read(b);

    assertThat(only(rows).getHolders()).containsExactly("韩雪");
    assertThat(rows.get(0).getExtras()).containsEntry("提交者", "平安是福");
  }

  // ---- answers

  /** An option letter is no part of the answer: {@code A.高}, {@code B.业务流程}. */
  @Test
  void optionLettersAreNoPartOfTheAnswer() throws IOException {
    assertThat(TableReader.parseLevel("B.中")).contains(RiskLevel.MEDIUM);
    assertThat(TableReader.parseCategory("C.外部环境")).contains(RiskCategory.EXTERNAL);
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("岗位", "风险类别", "风险点", "风险等级", "防控措施")
        .row("采购岗", "B.业务流程", "指定供应商", "A.高", "集体决策");
    AnnexRow row = only(read(b));

    assertThat(row.getLevel()).contains(RiskLevel.HIGH);
    assertThat(row.getCategory()).isEqualTo(RiskCategory.PROCESS);
  }

  /**
   * A multiple-choice answer of measures joined by ┋ or | is a measure per option, letters off, an
   * "其他〖…〗" option its own words; a list lettered A. B. in one cell without a join is left as it
   * was.
   */
  @Test
  void joinedOptionsAreAMeasureEach() throws IOException {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("岗位", "风险点", "防控措施")
        .row("招生岗", "违规录取", "A.信息公开┋B.集体决策┋其他〖纪检全程监督〗")
        .row("出纳", "挪用资金", "U盾分人保管|资金日清月结");
    List<LocatedRow> rows = read(b);

    assertThat(rows.get(0).getRow().getMeasures()).containsExactly("信息公开", "集体决策", "纪检全程监督");
    assertThat(rows.get(1).getRow().getMeasures()).containsExactly("U盾分人保管", "资金日清月结");
    assertThat(FormAnswers.options("A.严格审核 B.集体决策", false)).isNull();
    assertThat(FormAnswers.options("OA系统审批留痕", false)).isNull();
  }

  /**
   * Risk points chosen in a multiple choice are a row each; the lines or ；-parted parts of an
   * answer whose question says it holds several ({@code （可填多条）}, {@code （多选）}) are too, while a
   * risk point column without that note keeps such a cell whole.
   */
  @Test
  void severalAnswersToARiskPointQuestionAreARowEach() throws IOException {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("岗位", "风险点（可填多条）", "防控措施")
        .row("班主任", "A.收受家长礼品┋D.其他〖有偿补课〗", "师德承诺")
        .row("客户经理", "违规办理贷款\n误导销售理财", "双录")
        .row("现场代表", "虚增签证；验收不到位", "会签");
    assertThat(read(b))
        .extracting(l -> l.getRow().getTitle())
        .containsExactly("收受家长礼品", "有偿补课", "违规办理贷款", "误导销售理财", "虚增签证", "验收不到位");

    Wb plain = new Wb();
    plain.sheet("Sheet1").row("岗位", "风险点", "防控措施").row("现场代表", "虚增签证；验收不到位", "会签");
    assertThat(only(read(plain)).getTitle()).isEqualTo("虚增签证；验收不到位");
  }

  /**
   * A question exported one column per option ({@code 风险类别:岗位职责} holding 1 or 0, {@code 防控措施:定期轮岗}
   * ticked √) gives the category ticked, and a measure per option ticked, an "other" column's words
   * among them.
   */
  @Test
  void optionColumnsGiveTheCategoryAndTheMeasuresTicked() throws IOException {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row(
            "岗位", "风险点", "风险类别:岗位职责", "风险类别:业务流程", "风险类别:外部环境", "防控措施:制度约束", "防控措施:流程公开", "防控措施:其他")
        .row("药品采购岗", "收受回扣", "0", "0", "1", "√", "√", "阳光平台采购")
        .row("维修岗", "虚报维修费", "0", "1", "0", "", "√", "");
    List<LocatedRow> rows = read(b);

    assertThat(rows).hasSize(2);
    assertThat(rows.get(0).getRow().getCategory()).isEqualTo(RiskCategory.EXTERNAL);
    assertThat(rows.get(0).getRow().getMeasures()).containsExactly("制度约束", "流程公开", "阳光平台采购");
    assertThat(rows.get(0).getExtras()).isEmpty();
    assertThat(rows.get(1).getRow().getCategory()).isEqualTo(RiskCategory.PROCESS);
    assertThat(rows.get(1).getRow().getMeasures()).containsExactly("流程公开");
  }

  /** Two options of a category ticked is told, and no category is guessed. */
  @Test
  void twoCategoriesTickedAreTold() throws IOException {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("岗位", "风险点", "风险类别:岗位职责", "风险类别:业务流程", "防控措施")
        .row("会计", "虚列支出", "1", "1", "凭证复核");
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));

    assertThat(r.getRows().get(0).getRow().getCategory()).isEqualTo(RiskCategory.UNSPECIFIED);
    assertThat(r.getProblems()).anyMatch(f -> f.getCode() == ProblemCode.UNKNOWN_CATEGORY);
  }

  /** The header helpers: a question's wording, and the options of an answer. */
  @Test
  void aQuestionsWordingAndAnAnswersOptions() {
    assertThat(FormAnswers.wording("2、您的岗位名称：")).isEqualTo("您的岗位名称");
    assertThat(FormAnswers.wording("Q3 风险等级")).isEqualTo("风险等级");
    assertThat(FormAnswers.wording("第4题：防控措施")).isEqualTo("防控措施");
    assertThat(FormAnswers.wording("2024年风险点")).isEqualTo("2024年风险点");
    assertThat(FormAnswers.wording("1.1 风险点")).isEqualTo("1.1 风险点");
    assertThat(FormAnswers.wording("第1题")).isEqualTo("第1题");
    assertThat(FormAnswers.options("其他〖采购目录会审〗", false)).containsExactly("采购目录会审");
    assertThat(FormAnswers.options("集体决策", false)).isNull();
  }
}
