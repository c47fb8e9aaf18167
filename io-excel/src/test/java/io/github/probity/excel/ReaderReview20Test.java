package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexRow;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tables revised for the annual review, as units send last year's workbook edited: points marked
 * deleted in a revision column or in their own cell, a level written with its change, the grade
 * before and after a revision side by side, last year's sheet kept beside this year's, measures
 * marked （新增）; each case an input read wrongly before.
 */
class ReaderReview20Test {

  private static AnnexReadResult read(byte[] book) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(book));
  }

  private static List<AnnexRow> rows(AnnexReadResult r) {
    return r.getRows().stream().map(LocatedRow::getRow).toList();
  }

  private static List<Finding> found(AnnexReadResult r, ProblemCode code) {
    return r.getProblems().stream().filter(f -> f.getCode() == code).toList();
  }

  private static int row(Finding f) {
    return ((Location.Cell) f.getLocation()).row().orElseThrow();
  }

  private static Optional<String> cell(Finding f) {
    return ((Location.Cell) f.getLocation()).cell();
  }

  // ---- points marked deleted

  /**
   * A column beside the table (变更情况, 状态, 修订类型) that says only 删除, 已删除 or 取消 takes its point out of
   * the ledger: no row, and a finding names the row; the other rows keep the column as an extra.
   */
  @Test
  void aPointMarkedDeletedInARevisionColumnGivesNoRow() throws IOException {
    for (String[] words :
        new String[][] {{"变更情况", "删除"}, {"状态", "已删除"}, {"修订类型", "取消"}, {"本年变化", "撤销"}}) {
      Wb b = new Wb();
      b.sheet("科室")
          .row("序号", "科室", "风险点", "风险等级", "防控措施", words[0])
          .row("1", "预算科", "预算分配不公", "高", "分配集体研究", "保留")
          .row("2", "国库科", "违规开设专户", "高", "专户开设报批", words[1])
          .row("3", "国库科", "支付审核不严", "中", "支付双人复核", "");
      AnnexReadResult r = read(b.xlsx());

      assertThat(rows(r)).extracting(AnnexRow::getTitle).containsExactly("预算分配不公", "支付审核不严");
      assertThat(r.getRows().get(0).getExtras()).containsEntry(words[0], "保留");
      List<Finding> deleted = found(r, ProblemCode.DELETED_POINT_SKIPPED);
      assertThat(deleted).hasSize(1);
      assertThat(row(deleted.get(0))).isEqualTo(3);
      assertThat(cell(deleted.get(0))).isEmpty();
    }
  }

  /**
   * A deletion word is the whole cell: a 备注 that only mentions a deletion ({@code 删除原第2条措施}) keeps
   * its point, and so does a column of measures in motion ({@code 落实情况}) whatever it says.
   */
  @Test
  void aNoteThatMentionsADeletionKeepsItsPoint() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "落实情况", "备注")
        .row("1", "预算科", "预算分配不公", "高", "分配集体研究", "已取消", "删除原第2条措施")
        .row("2", "国库科", "支付审核不严", "中", "支付双人复核", "已落实", "");
    AnnexReadResult r = read(b.xlsx());

    assertThat(rows(r)).extracting(AnnexRow::getTitle).containsExactly("预算分配不公", "支付审核不严");
    assertThat(found(r, ProblemCode.DELETED_POINT_SKIPPED)).isEmpty();
  }

  /**
   * A bracketed mark before or after the point's own text ({@code （已删除）…}, {@code …【删除】}) takes it
   * out; a point that begins with the word ({@code 取消资格审查不严}) is a point like any other.
   */
  @Test
  void aDeletionMarkInThePointsOwnCellGivesNoRow() throws IOException {
    Wb b = new Wb();
    b.sheet("附件2")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "审计股", "（已删除）接受被审计单位宴请", "中", "审计纪律承诺")
        .row("2", "审计股", "审计取证不规范【删除】", "低", "取证双人签字")
        .row("3", "审计股", "取消资格审查不严", "高", "资格审查复核");
    AnnexReadResult r = read(b.xlsx());

    assertThat(rows(r)).extracting(AnnexRow::getTitle).containsExactly("取消资格审查不严");
    assertThat(found(r, ProblemCode.DELETED_POINT_SKIPPED))
        .extracting(ReaderReview20Test::row)
        .containsExactly(2, 3);
  }

  /**
   * A deleted point inside a block whose post is merged down does not end the block: the points
   * under it keep the post.
   */
  @Test
  void aDeletedPointInAMergedBlockLeavesTheBlockWhole() throws IOException {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("岗位", "风险点", "风险等级", "防控措施", "本年变化")
        .row("维修管理岗", "维修工程量虚报", "高", "现场复核", "保留")
        .row("", "零星维修化整为零", "中", "按月比价", "取消")
        .row("", "维修材料以次充好", "中", "进场验收", "新增")
        .merge("A2:A4");
    AnnexReadResult r = read(b.xlsx());

    assertThat(rows(r))
        .extracting(AnnexRow::getTitle, AnnexRow::getOwnerName)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("维修工程量虚报", "维修管理岗"),
            org.assertj.core.groups.Tuple.tuple("维修材料以次充好", "维修管理岗"));
  }

  // ---- greyed rows

  /** A sheet whose second point is greyed, its cells filled solid grey, with a note or none. */
  private static byte[] greyedBook(boolean legend, boolean xls) throws IOException {
    try (org.apache.poi.ss.usermodel.Workbook wb =
        xls
            ? new org.apache.poi.hssf.usermodel.HSSFWorkbook()
            : new org.apache.poi.xssf.usermodel.XSSFWorkbook()) {
      org.apache.poi.ss.usermodel.CellStyle grey = wb.createCellStyle();
      grey.setFillForegroundColor(
          org.apache.poi.ss.usermodel.IndexedColors.GREY_25_PERCENT.getIndex());
      grey.setFillPattern(org.apache.poi.ss.usermodel.FillPatternType.SOLID_FOREGROUND);
      org.apache.poi.ss.usermodel.Sheet s = wb.createSheet("科室");
      String[][] rows = {
        {"序号", "科室", "风险点", "风险等级", "防控措施"},
        {"1", "归集科", "违规降低缴存比例", "中", "系统审批"},
        {"2", "提取科", "违规办理租房提取", "中", "人工复核"},
        {"3", "贷款科", "违规发放贷款", "高", "审贷分离"},
        {legend ? "说明：灰色底纹行为本年度撤销的风险点。" : "填表人：周敏", "", "", "", ""}
      };
      for (int r = 0; r < rows.length; r++) {
        org.apache.poi.ss.usermodel.Row row = s.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            org.apache.poi.ss.usermodel.Cell cell = row.createCell(c);
            cell.setCellValue(rows[r][c]);
            if (r == 2) {
              cell.setCellStyle(grey);
            }
          }
        }
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /**
   * A greyed row under a note that says grey marks the points taken out gives no row, a finding
   * naming it, in xlsx and xls alike; the rows after it keep their order.
   */
  @Test
  void aGreyedRowUnderALegendGivesNoRow() throws IOException {
    for (boolean xls : new boolean[] {false, true}) {
      AnnexReadResult r = read(greyedBook(true, xls));

      assertThat(rows(r))
          .as("xls %s", xls)
          .extracting(AnnexRow::getTitle)
          .containsExactly("违规降低缴存比例", "违规发放贷款");
      assertThat(found(r, ProblemCode.DELETED_POINT_SKIPPED))
          .extracting(ReaderReview20Test::row)
          .containsExactly(3);
    }
  }

  /** Without such a note, grey is only a fill: the greyed row is read like any other. */
  @Test
  void aGreyedRowWithoutALegendIsRead() throws IOException {
    AnnexReadResult r = read(greyedBook(false, false));

    assertThat(rows(r))
        .extracting(AnnexRow::getTitle)
        .containsExactly("违规降低缴存比例", "违规办理租房提取", "违规发放贷款");
    assertThat(found(r, ProblemCode.DELETED_POINT_SKIPPED)).isEmpty();
  }

  @Test
  void greyIsAGreyFillNotWhiteNorAColour() {
    assertThat(CellStyles.isGrey("FFD9D9D9", null, null, null)).isTrue();
    assertThat(CellStyles.isGrey("FFFFFFFF", null, null, null)).isFalse();
    assertThat(CellStyles.isGrey("FFFFFF00", null, null, null)).isFalse();
    assertThat(CellStyles.isGrey(null, null, "0", "-0.14999847407452621")).isTrue();
    assertThat(CellStyles.isGrey(null, null, "4", "0.6")).isFalse();
    assertThat(CellStyles.isGrey(null, "22", null, null)).isTrue();
    assertThat(CellStyles.isGrey(null, "13", null, null)).isFalse();
  }

  // ---- levels revised

  /**
   * A level cell that writes the change ({@code 一般→高}, {@code 由低调为一般}, {@code 中->低}, {@code 高↑}) is
   * read as the level it ends at, and a finding names the cell with its text.
   */
  @Test
  void aLevelWrittenWithItsChangeIsTheLevelItEndsAt() throws IOException {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("序号", "岗位", "风险点", "风险等级", "防控措施")
        .row("1", "查验岗", "查验徇私放行", "一般→高", "查验全程录像")
        .row("2", "技术岗", "违规调整布控参数", "由低调为一般", "双人授权")
        .row("3", "统计岗", "统计数据造假", "中->低", "逐级复核")
        .row("4", "审单岗", "审单违规放行", "高↑", "规则固化")
        .row("5", "征税岗", "违规减免税款", "高", "减免集体审核");
    AnnexReadResult r = read(b.xlsx());

    assertThat(rows(r))
        .extracting(x -> x.getLevel().orElse(null))
        .containsExactly(
            RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW, RiskLevel.HIGH, RiskLevel.HIGH);
    List<Finding> marks = found(r, ProblemCode.REVISION_MARK_READ);
    assertThat(marks).extracting(ReaderReview20Test::row).containsExactly(2, 3, 4, 5);
    assertThat(marks).allSatisfy(f -> assertThat(cell(f)).isPresent());
    assertThat(found(r, ProblemCode.UNKNOWN_LEVEL)).isEmpty();
  }

  @Test
  void onlyAChangeIsRevisedLevelText() {
    assertThat(TableReader.revisedLevel("一般→高")).isEqualTo("高");
    assertThat(TableReader.revisedLevel("从高调整为一般")).isEqualTo("一般");
    assertThat(TableReader.revisedLevel("一般↓")).isEqualTo("一般");
    assertThat(TableReader.revisedLevel("高")).isNull();
    assertThat(TableReader.revisedLevel("高风险")).isNull();
    assertThat(TableReader.revisedLevel("↑")).isNull();
    assertThat(TableReader.revisedLevel("→")).isNull();
  }

  /**
   * Of the grade before and after a revision side by side (原风险等级 · 调整后风险等级, in either order, or
   * 2025年等级 · 2026年等级), the revised one is the level and the other an extra.
   */
  @Test
  void theRevisedOfTwoGradeColumnsIsTheLevel() throws IOException {
    for (String[] headers :
        new String[][] {{"原风险等级", "调整后风险等级"}, {"2025年等级", "2026年等级"}, {"原等级", "风险等级"}}) {
      Wb b = new Wb();
      b.sheet("清单")
          .row("部门", "风险点", headers[0], headers[1], "防控措施")
          .row("运营部", "承运商准入不严", "中", "高", "三方评审")
          .row("财务部", "支付越权审批", "高", "低", "系统控制");
      AnnexReadResult r = read(b.xlsx());

      assertThat(rows(r))
          .extracting(x -> x.getLevel().orElse(null))
          .as("%s · %s", headers[0], headers[1])
          .containsExactly(RiskLevel.HIGH, RiskLevel.LOW);
      assertThat(r.getRows().get(0).getExtras()).containsEntry(headers[0], "中");
    }
    Wb b = new Wb();
    b.sheet("清单")
        .row("部门", "风险点", "调整后风险等级", "原风险等级", "防控措施")
        .row("运营部", "承运商准入不严", "高", "中", "三方评审");
    assertThat(rows(read(b.xlsx())).get(0).getLevel()).contains(RiskLevel.HIGH);
  }

  @Test
  void twoGradesWithoutARevisionBetweenThemStayAsTheyWere() {
    assertThat(HeaderBand.laterGrade("风险等级", "等级")).isFalse();
    assertThat(HeaderBand.laterGrade("调整后等级", "原等级")).isFalse();
    assertThat(HeaderBand.laterGrade("2026年等级", "2025年等级")).isFalse();
    assertThat(HeaderBand.laterGrade("自评等级", "核定等级")).isTrue();
  }

  // ---- a sheet per year

  /**
   * Sheets named 2025年 and 2026年: last year's table kept beside this year's; only the latest is
   * read, the other named by a finding, unless the caller names it.
   */
  @Test
  void lastYearsSheetBesideThisYearsIsNotRead() throws IOException {
    Wb b = new Wb();
    for (String year : List.of("2025年", "2026年")) {
      b.sheet(year)
          .row("序号", "股室", "风险点", "风险等级", "防控措施")
          .row("1", "纳税服务股", "违规代开发票" + year, "高", "系统比对");
    }
    AnnexReadResult r = read(b.xlsx());

    assertThat(rows(r)).extracting(AnnexRow::getTitle).containsExactly("违规代开发票2026年");
    assertThat(found(r, ProblemCode.EARLIER_YEAR_SHEET_SKIPPED))
        .extracting(f -> f.getLocation().text())
        .singleElement()
        .asString()
        .contains("2025年");

    AnnexReadResult named =
        AnnexReader.builder().sheet("2025年").build().read(new ByteArrayInputStream(b.xlsx()));
    assertThat(rows(named)).extracting(AnnexRow::getTitle).containsExactly("违规代开发票2025年");
  }

  @Test
  void oneYearSheetOrYearsInLongerNamesAreReadAsEver() {
    assertThat(AnnexReader.earlierYearSheets(List.of("2025年", "说明"))).isEmpty();
    assertThat(AnnexReader.earlierYearSheets(List.of("2025年科室", "2026年科室"))).isEmpty();
    assertThat(AnnexReader.earlierYearSheets(List.of("2024", "2026年度", "2025年")))
        .containsExactlyInAnyOrder("2024", "2025年");
  }

  // ---- measures marked new

  /**
   * A measure marked as added or revised this year ({@code （新增）}, {@code 【修订】}) is read without the
   * mark, the cell named by a finding; a bracket that is part of the measure ({@code （含下属单位）})
   * stays.
   */
  @Test
  void aMeasureMarkedNewIsReadWithoutTheMark() throws IOException {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("序号", "岗位", "风险点", "风险等级", "防控措施")
        .row("1", "疫苗管理岗", "出入库账实不符", "高", "1.双人复核；2.冷链温度实时监测（新增）")
        .row("2", "采购岗", "采购价格虚高", "高", "【修订】询价不少于三家")
        .row("3", "财务岗", "违规报销", "中", "报销凭证审核（含下属单位）");
    AnnexReadResult r = read(b.xlsx());

    assertThat(rows(r))
        .extracting(AnnexRow::getMeasures)
        .containsExactly(List.of("双人复核", "冷链温度实时监测"), List.of("询价不少于三家"), List.of("报销凭证审核（含下属单位）"));
    assertThat(found(r, ProblemCode.REVISION_MARK_READ))
        .extracting(ReaderReview20Test::row)
        .containsExactly(2, 3);
  }

  // ---- a school's posts

  /** A 学校 column in a school district's post table names the body the post belongs to. */
  @Test
  void aSchoolColumnIsThePostsDepartment() throws IOException {
    Wb b = new Wb();
    b.sheet("岗位")
        .row("序号", "学校", "岗位", "风险点", "风险等级", "防控措施")
        .row("1", "实验小学", "总务主任", "教辅征订收受回扣", "高", "征订结果公示");
    AnnexReadResult r = read(b.xlsx());

    assertThat(rows(r).get(0).getDepartment()).contains("实验小学");
    assertThat(rows(r).get(0).getOwnerName()).isEqualTo("总务主任");
  }
}
