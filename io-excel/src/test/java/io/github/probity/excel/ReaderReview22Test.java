package io.github.probity.excel;

import static io.github.probity.excel.FourthBlindLayoutsTest.num;
import static io.github.probity.excel.TwentiethBlindLayoutsTest.fx;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexRow;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.excel.TwentiethBlindLayoutsTest.Fmt;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.ss.usermodel.FormulaError;
import org.junit.jupiter.api.Test;

/**
 * Wide, machine-made registers: formulas with and without cached results, numbers stored with
 * formats, bilingual headers and levels, criteria under a merged group header and exports of one
 * row per measure. Each case an input read wrongly before.
 */
class ReaderReview22Test {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(TwentiethBlindLayoutsTest.write(b)));
  }

  private static List<AnnexRow> rows(AnnexReadResult r) {
    return r.getRows().stream().map(LocatedRow::getRow).toList();
  }

  private static List<String> at(AnnexReadResult r, ProblemCode code) {
    return r.getProblems().stream()
        .filter(f -> f.getCode() == code)
        .map(Finding::getLocation)
        .map(
            l ->
                ((Location.Cell) l).cell().orElse("")
                    + "="
                    + ((Location.Cell) l).rawValue().orElse(""))
        .toList();
  }

  // ---- formulas

  /**
   * A tool writes 风险值 and 风险等级 as formulas and computes neither: no value is invented (the formula
   * is not evaluated), the fields stay empty and each cell is named by a finding.
   */
  @Test
  void aFormulaWithoutACachedResultIsReportedNotComputed() throws IOException {
    Wb b = new Wb();
    b.sheet("export")
        .row("岗位", "风险点", "可能性", "影响程度", "风险值", "风险等级", "防控措施")
        .row(
            "项目招引岗",
            "违规承诺优惠政策",
            num(4),
            num(4),
            fx("C2*D2", null),
            fx("IF(E2>=15,\"高\",\"低\")", null),
            "优惠政策集体研究");
    AnnexReadResult r = read(b);

    assertThat(rows(r)).singleElement().satisfies(row -> assertThat(row.getLevel()).isEmpty());
    assertThat(r.getRows().get(0).getExtras()).doesNotContainKey("风险值");
    assertThat(at(r, ProblemCode.FORMULA_WITHOUT_VALUE)).containsExactly("E2==", "F2==");
  }

  /**
   * A cached error (#N/A of a failed VLOOKUP, #VALUE!) is no value: nothing read, the cell named.
   */
  @Test
  void aCachedErrorIsNoValue() throws IOException {
    Wb b = new Wb();
    b.sheet("评估")
        .row("科室", "风险点", "风险值", "风险等级", "防控措施")
        .row(
            "社会事业局",
            "低保审批优亲厚友",
            fx("1/0", FormulaError.DIV0),
            fx("VLOOKUP(C2,X!A:B,2)", FormulaError.NA),
            "张榜公示")
        .row("经济发展局", "扶持资金审核不严", fx("3*3", 9.0), fx("IF(C3>=8,\"一般\",\"低\")", "一般"), "第三方核查");
    AnnexReadResult r = read(b);

    assertThat(rows(r))
        .extracting(AnnexRow::getLevel)
        .containsExactly(Optional.empty(), Optional.of(RiskLevel.MEDIUM));
    assertThat(r.getRows().get(0).getExtras()).doesNotContainKey("风险值");
    assertThat(r.getRows().get(1).getExtras()).containsEntry("风险值", "9");
    assertThat(at(r, ProblemCode.FORMULA_WITHOUT_VALUE)).containsExactly("C2=#DIV/0!", "D2=#N/A");
  }

  /** A legacy .xls's cached error is no value either, as in an .xlsx. */
  @Test
  void anXlsCachedErrorIsNoValue() throws IOException {
    Wb b = new Wb();
    b.sheet("评估").row("科室", "风险点", "风险值", "风险等级", "防控措施").row("社会事业局", "低保审批优亲厚友", "", "高", "张榜公示");
    byte[] bytes;
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb =
        new org.apache.poi.hssf.usermodel.HSSFWorkbook(
            new ByteArrayInputStream(SeventhBlindLayoutsTest.write(b, true)))) {
      var cell = wb.getSheetAt(0).getRow(1).createCell(2);
      cell.setCellFormula("1/0");
      cell.setCellErrorValue(FormulaError.DIV0);
      var out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(bytes));

    assertThat(r.getRows().get(0).getExtras()).doesNotContainKey("风险值");
    assertThat(at(r, ProblemCode.FORMULA_WITHOUT_VALUE)).containsExactly("C2=#DIV/0!");
  }

  // ---- numbers as the sheet shows them

  /** A whole number in exponent form, as POI-based systems write it, is read as Excel shows it. */
  @Test
  void aWholeNumberInExponentFormIsReadAsShown() {
    assertThat(SheetRows.exponent("1.3912345678E10")).isEqualTo("13912345678");
    assertThat(SheetRows.exponent("2.026E3")).isEqualTo("2026");
    assertThat(SheetRows.exponent("1.25E-3")).isEqualTo("1.25E-3");
    assertThat(SheetRows.exponent("1.0E20")).isEqualTo("1.0E20"); // past what Excel shows whole
  }

  /** A code padded by its format ({@code 000}) and a percentage ({@code 0%}) read as shown. */
  @Test
  void zeroPaddedCodesAndPercentagesAreReadAsShown() throws IOException {
    assertThat(CellStyles.shape("000")).isEqualTo(3);
    assertThat(CellStyles.shape("0%")).isEqualTo(-1);
    assertThat(CellStyles.shape("0.00%")).isEqualTo(-3);
    assertThat(CellStyles.shape("0.0")).isZero();
    assertThat(CellStyles.shape("yyyy-mm-dd")).isZero();
    assertThat(CellStyles.show("7", 3)).isEqualTo("007");
    assertThat(CellStyles.show("1234", 3)).isEqualTo("1234");
    assertThat(CellStyles.show("0.125", -2)).isEqualTo("12.5%");

    Wb b = new Wb();
    b.sheet("岗位")
        .row("岗位编号", "岗位", "风险点", "防控措施", "联系电话", "措施完成率")
        .row(
            new Fmt(7, "000", "007"),
            "收费员",
            "截留水费",
            "日结日清",
            num(13912345678L),
            new Fmt(0.8, "0%", "80%"));
    AnnexReadResult r = read(b);

    assertThat(r.getRows().get(0).getExtras())
        .containsEntry("岗位编号", "007")
        .containsEntry("联系电话", "13912345678")
        .containsEntry("措施完成率", "80%");
    assertThat(rows(r).get(0).getMeasures()).containsExactly("日结日清"); // a rate is no measure
  }

  // ---- bilingual headers and cells

  /** A level with its English beside it is the level both say. */
  @Test
  void aLevelWithItsTranslationIsTheLevel() {
    assertThat(TableReader.parseLevel("高 High")).contains(RiskLevel.HIGH);
    assertThat(TableReader.parseLevel("中 Medium")).contains(RiskLevel.MEDIUM);
    assertThat(TableReader.parseLevel("Low 低")).contains(RiskLevel.LOW);
    assertThat(TableReader.parseLevel("高 Low")).isEmpty();
  }

  /** An extra is named by its header's Chinese words, without the English printed beside them. */
  @Test
  void anExtraIsNamedWithoutItsTranslation() {
    assertThat(HeaderBand.withoutTranslation("备注 Remarks")).isEqualTo("备注");
    assertThat(HeaderBand.withoutTranslation("分管工作/Responsibilities")).isEqualTo("分管工作");
    assertThat(HeaderBand.withoutTranslation("Check Frequency / 检查频次")).isEqualTo("检查频次");
    assertThat(HeaderBand.withoutTranslation("风险描述\nRisk Description")).isEqualTo("风险描述");
    assertThat(HeaderBand.withoutTranslation("KPI指标")).isEqualTo("KPI指标");
    assertThat(HeaderBand.withoutTranslation("可能性（L）")).isEqualTo("可能性（L）");
    assertThat(HeaderBand.withoutTranslation("Remarks")).isEqualTo("Remarks");
  }

  /** 风险来源 holding 岗位职责, 业务流程 is the category column. */
  @Test
  void riskSourceIsTheCategory() throws IOException {
    Wb b = new Wb();
    b.sheet("台账")
        .row("部门", "风险点", "风险等级", "防控措施", "风险来源")
        .row("商务部", "违规减免港杂费", "中", "减免集体审批", "业务流程")
        .row("调度部", "违规安排靠泊", "高", "系统自动排序", "岗位职责");
    AnnexReadResult r = read(b);

    assertThat(rows(r))
        .extracting(AnnexRow::getCategory)
        .containsExactly(RiskCategory.PROCESS, RiskCategory.DUTY);
    assertThat(r.getRows().get(0).getExtras()).doesNotContainKey("风险来源");
  }

  // ---- header over two rows

  /**
   * Criteria named in a row under a merged group header, the columns beside it merged down: the row
   * is the header's lower band, and each criterion an extra of its own name.
   */
  @Test
  void criteriaUnderAMergedGroupAreTheHeadersLowerBand() throws IOException {
    Wb b = new Wb();
    b.sheet("评定")
        .row("岗位", "风险点", "评定要素", "", "", "风险等级", "防控措施")
        .row("", "", "掌握人财物", "自由裁量权大", "案件多发", "", "")
        .row("出纳", "挪用公款", "√", "", "√", "高", "每日对账")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:E1")
        .merge("F1:F2")
        .merge("G1:G2");
    AnnexReadResult r = read(b);

    assertThat(rows(r)).extracting(AnnexRow::getTitle).containsExactly("挪用公款");
    assertThat(r.getRows().get(0).getExtras())
        .containsEntry("掌握人财物", "√")
        .containsEntry("案件多发", "√")
        .doesNotContainKey("自由裁量权大");
    assertThat(r.getProblems()).noneMatch(f -> f.getCode() == ProblemCode.REPEATED_HEADER_SKIPPED);
  }

  // ---- one row per measure

  /**
   * An export repeating a point's every cell on the row of each further measure gives one point
   * with all the measures; a row that differs in any other cell (another holder) stays a point.
   */
  @Test
  void anExportsRowPerMeasureContinuesThePoint() throws IOException {
    Wb b = new Wb();
    b.sheet("导出")
        .row("风险编号", "部门名称", "岗位名称", "风险点名称", "防控措施", "责任人", "创建人")
        .row("FX-01", "人力资源部", "招聘专员", "招聘中优亲厚友", "招聘条件集体研究", "沈洁", "沈洁")
        .row("FX-01", "人力资源部", "招聘专员", "招聘中优亲厚友", "考官临时抽取", "沈洁", "沈洁")
        .row("FX-01", "人力资源部", "招聘专员", "招聘中优亲厚友", "面试全程录像", "王敏", "王敏");
    AnnexReadResult r = read(b);

    assertThat(rows(r)).hasSize(2);
    assertThat(rows(r).get(0).getMeasures()).containsExactly("招聘条件集体研究", "考官临时抽取");
    assertThat(r.getRows().get(0).getContinuationRows()).containsExactly(3);
    assertThat(rows(r).get(1).getMeasures()).containsExactly("面试全程录像");
  }
}
