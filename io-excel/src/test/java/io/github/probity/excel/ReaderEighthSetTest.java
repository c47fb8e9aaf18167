package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexRow;
import io.github.probity.excel.EighthBlindLayoutsTest.Book;
import io.github.probity.excel.EighthBlindLayoutsTest.Struck;
import io.github.probity.excel.FourthBlindLayoutsTest.Case;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * What the reader learnt from the eighth blind set, each on its own table, and tables next to them
 * where the new rules must not fire.
 */
class ReaderEighthSetTest {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static AnnexReadResult read(Wb b, Consumer<XSSFWorkbook> dress) throws IOException {
    byte[] bytes = EighthBlindLayoutsTest.write(new Book(new Case("t", b), dress));
    return AnnexReader.lenient().read(new ByteArrayInputStream(bytes));
  }

  private static List<String> titles(AnnexReadResult r) {
    return r.getRows().stream().map(l -> l.getRow().getTitle()).toList();
  }

  private static boolean names(AnnexReadResult r, ProblemCode code, String cell) {
    return r.getProblems().stream()
        .anyMatch(
            f ->
                f.getCode() == code
                    && f.getLocation() instanceof io.github.probity.finding.Location.Cell at
                    && at.cell().equals(Optional.of(cell)));
  }

  @Test
  void optionsWithSeveralTickedGiveNoLevelAndAreReported() throws IOException {
    assertThat(TableReader.parseLevel("高（√）中（√）低（ ）")).isEmpty();
    assertThat(TableReader.parseLevel("☑高 ☑中 □低")).isEmpty();
    assertThat(TableReader.parseLevel("高（√）中（ ）低（ ）")).hasValue(RiskLevel.HIGH);
    assertThat(TableReader.parseCategory("■思想道德 ■岗位职责 □制度机制")).isEmpty();
    Wb b = new Wb();
    b.sheet("s")
        .row("岗位", "风险点", "风险等级", "防控措施")
        .row("出纳岗", "挪用公款", "高（√）中（√）低（ ）", "日清月结")
        .row("会计岗", "虚列支出", "高（ ）中（√）低（ ）", "凭证复核");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("挪用公款", "虚列支出");
    assertThat(r.getRows().get(0).getRow().getLevel()).isEmpty();
    assertThat(r.getRows().get(1).getRow().getLevel()).hasValue(RiskLevel.MEDIUM);
    assertThat(names(r, ProblemCode.UNKNOWN_LEVEL, "C2")).isTrue();
  }

  @Test
  void numberedRiskColumnsGiveOnePointEachSharingTheRow() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("岗位", "风险点（一）", "风险点（二）", "风险等级", "防控措施")
        .row("出纳岗", "挪用公款", "白条抵库", "高", "1.日清月结；2.定期盘点")
        .row("会计岗", "虚列支出", "", "中", "凭证复核");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("挪用公款", "白条抵库", "虚列支出");
    AnnexRow second = r.getRows().get(1).getRow();
    assertThat(second.getOwnerName()).isEqualTo("出纳岗");
    assertThat(second.getLevel()).hasValue(RiskLevel.HIGH);
    assertThat(second.getMeasures()).containsExactly("日清月结", "定期盘点");
    assertThat(second.getManifestation()).isEmpty();
  }

  @Test
  void aSecondRiskColumnWithoutANumberStillDescribesTheFirst() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "风险点", "风险点表现形式", "风险等级", "防控措施")
        .row("财务科", "挪用公款", "私自借出备用金", "高", "日清月结");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("挪用公款");
    assertThat(r.getRows().get(0).getRow().getManifestation()).hasValue("私自借出备用金");
  }

  @Test
  void oneColumnPerCategoryGivesEachFilledCellAPointOfThatCategory() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("岗位", "岗位职责风险", "业务流程风险", "外部环境风险", "风险等级", "防控措施")
        .row("审批岗", "越权审批", "无", "请托说情", "高", "审批留痕");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getTitle(), l -> l.getRow().getCategory())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("越权审批", RiskCategory.DUTY),
            org.assertj.core.groups.Tuple.tuple("请托说情", RiskCategory.EXTERNAL));
    assertThat(names(r, ProblemCode.PLACEHOLDER_CELL, "C2")).isTrue();
  }

  @Test
  void aPlaceholderRiskPointGivesNoRowAndIsNamed() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "岗位", "风险点", "风险等级", "防控措施")
        .row("执法队", "执法队员", "执法不公", "高", "执法记录仪")
        .row("执法队", "驾驶员", "无", "/", "/");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("执法不公");
    assertThat(r.getRows().get(0).getRow().getMeasures()).containsExactly("执法记录仪");
    assertThat(r.getProblems())
        .anyMatch(f -> f.getCode() == ProblemCode.BLANK_RISK_POINT && ProblemCode.isRowDropped(f));
  }

  @Test
  void factorAndCountHeadersMeanNoColumn() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "风险点", "权力重要程度", "行使频率", "风险等级", "防控措施")
        .row("办公室", "公车私用", "1", "2", "低", "北斗定位");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).hasSize(1);
    assertThat(r.getRows().get(0).getRow().getPowerItem()).isEmpty();
    assertThat(r.getRows().get(0).getExtras()).containsEntry("权力重要程度", "1");

    Wb counts = new Wb();
    counts.sheet("汇总").row("单位", "风险点数", "高", "中", "低").row("城关所", "2", "1", "0", "1");
    assertThat(read(counts).getRows()).isEmpty();
  }

  @Test
  void aSignOffUnderALeaderTableDoesNotMakeItsPositionsPosts() throws IOException {
    Wb b = new Wb();
    b.sheet("附件1")
        .row("职务", "姓名", "风险点", "风险等级", "防控措施")
        .row("党组书记、局长", "任远", "干部任用个人说了算", "高", "集体研究")
        .row("党组成员、副局长", "华芳", "违规审批待遇", "中", "三级审核")
        .row("审核人：", "", "", "经办人：", "");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getScope(), l -> l.getRow().getOwnerName())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(OwnerScope.LEADER, "任远"),
            org.assertj.core.groups.Tuple.tuple(OwnerScope.LEADER, "华芳"));
  }

  @Test
  void postsInASheetNamedByAUnitAreThatUnitsPosts() throws IOException {
    Wb b = new Wb();
    b.sheet("城关所").row("序号", "岗位", "风险点", "风险等级", "防控措施").row("1", "所长", "以罚代刑", "高", "案件移送审核");
    AnnexReadResult r = read(b);
    assertThat(r.getRows().get(0).getRow().getDepartment()).hasValue("城关所");

    Wb college = new Wb();
    college.sheet("学院").row("岗位", "风险点", "风险等级", "防控措施").row("招生岗", "违规录取", "高", "复试录像");
    assertThat(read(college).getRows().get(0).getRow().getDepartment()).isEmpty();
  }

  @Test
  void aNumberedMeasureWrappedOntoAnUnnumberedLineIsOneMeasure() throws IOException {
    Wb b = new Wb();
    b.sheet("s").row("科室", "风险点", "防控措施").row("人事科", "干部任用个人说了算", "1.严格执行条例，\n全程纪实；\n2.集体研究。");
    AnnexReadResult r = read(b);
    assertThat(r.getRows().get(0).getRow().getMeasures()).containsExactly("严格执行条例，全程纪实", "集体研究。");
  }

  @Test
  void aHeaderMergedAcrossColumnsIsOneColumn() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("部门", "风险点", "", "防控措施")
        .row("投资部", "尽调走过场", "", "第三方复核")
        .row("资产部", "违规核销", "", "报董事会")
        .merge("B1:C1")
        .merge("B2:C2");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("尽调走过场", "违规核销");
    assertThat(r.getRows()).allMatch(l -> l.getExtras().isEmpty());
    assertThat(r.getRows()).allMatch(l -> l.getRow().getManifestation().isEmpty());
  }

  @Test
  void twoColumnsUnderOneHeaderEachWithItsOwnTextStayTwo() throws IOException {
    Wb b = new Wb();
    b.sheet("s").row("部门", "风险点", "风险点", "防控措施").row("投资部", "尽调走过场", "隐瞒重大风险", "第三方复核");
    AnnexReadResult r = read(b);
    assertThat(r.getRows().get(0).getRow().getManifestation()).hasValue("隐瞒重大风险");
  }

  @Test
  void aHiddenColumnYieldsItsMeaningToAVisibleOne() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "2025年风险点", "风险点", "风险等级", "防控措施")
        .row("调查队", "调查数据造假", "入户调查弄虚作假", "高", "电话回访")
        .hide(1);
    AnnexReadResult r = read(b);
    LocatedRow l = r.getRows().get(0);
    assertThat(l.getRow().getTitle()).isEqualTo("入户调查弄虚作假");
    assertThat(l.getRow().getManifestation()).isEmpty();
    assertThat(l.getExtras()).containsEntry("2025年风险点", "调查数据造假");

    Wb shown = new Wb();
    shown
        .sheet("s")
        .row("科室", "2025年风险点", "风险点", "风险等级", "防控措施")
        .row("调查队", "调查数据造假", "入户调查弄虚作假", "高", "电话回访");
    assertThat(read(shown).getRows().get(0).getRow().getManifestation()).hasValue("调查数据造假");
  }

  @Test
  void cellsRightOfThePrintAreaAreNamedAndReadIntoNoRow() throws IOException {
    Wb b = new Wb();
    b.sheet("s").row("科室", "风险点", "风险等级", "防控措施").row("复议科", "久拖不决", "中", "期限预警", "", "核稿意见：与去年重复");
    AnnexReadResult r = read(b, wb -> wb.setPrintArea(0, "$A$1:$D$2"));
    assertThat(r.getRows()).hasSize(1);
    assertThat(r.getRows().get(0).getExtras()).isEmpty();
    assertThat(names(r, ProblemCode.OUTSIDE_PRINT_AREA, "F2")).isTrue();

    AnnexReadResult unbounded = read(b, wb -> {});
    assertThat(unbounded.getRows().get(0).getExtras()).containsEntry("F列", "核稿意见：与去年重复");
  }

  @Test
  void textStruckThroughIsLeftOutAndNamed() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "风险点", "风险等级", "防控措施")
        .row("投资科", "违规审批项目", new Struck("", "中", "高"), new Struck("1.集体研究；", "2.内部传阅", "2.网上公开"))
        .row(
            new Struck("", "投资科"),
            new Struck("", "切块分配不公"),
            new Struck("", "中"),
            new Struck("", "公示"));
    AnnexReadResult r = read(b, wb -> {});
    assertThat(titles(r)).containsExactly("违规审批项目");
    AnnexRow row = r.getRows().get(0).getRow();
    assertThat(row.getLevel()).hasValue(RiskLevel.HIGH);
    assertThat(row.getMeasures()).containsExactly("集体研究", "网上公开");
    for (String cell : new String[] {"C2", "D2", "A3", "B3", "C3", "D3"}) {
      assertThat(names(r, ProblemCode.STRUCK_TEXT_LEFT_OUT, cell)).as(cell).isTrue();
    }
  }

  /**
   * A cell struck through by its format (Ctrl+5 in Excel, 删除线 in WPS), not by rich-text runs: its
   * whole text is left out and named; a row whose cells are all struck so gives no point. A struck
   * format the cells do not use changes nothing.
   */
  @Test
  void cellsStruckThroughByTheirFormatAreLeftOutAndNamed() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "风险点", "风险等级", "防控措施")
        .row("投资科", "违规审批项目", "中", "集体研究")
        .row("投资科", "切块分配不公", "低", "公示")
        .row("规划科", "规划调整不公开", "高", "网上公开");
    AnnexReadResult r =
        read(
            b,
            wb -> {
              var font = wb.createFont();
              font.setStrikeout(true);
              var struck = wb.createCellStyle();
              struck.setFont(font);
              var sheet = wb.getSheetAt(0);
              sheet.getRow(1).getCell(2).setCellStyle(struck); // 中: no level is left
              for (int c = 0; c < 4; c++) {
                sheet.getRow(2).getCell(c).setCellStyle(struck); // the whole row
              }
            });
    assertThat(titles(r)).containsExactly("违规审批项目", "规划调整不公开");
    for (String cell : new String[] {"C2", "A3", "B3", "C3", "D3"}) {
      assertThat(names(r, ProblemCode.STRUCK_TEXT_LEFT_OUT, cell)).as(cell).isTrue();
    }
    assertThat(names(r, ProblemCode.STRUCK_TEXT_LEFT_OUT, "B2")).isFalse();
    assertThat(r.getRows().get(0).getRow().getLevel()).isEmpty();

    AnnexReadResult unused =
        read(
            b,
            wb -> {
              var font = wb.createFont();
              font.setStrikeout(true);
              wb.createCellStyle().setFont(font);
            });
    assertThat(titles(unused)).containsExactly("违规审批项目", "切块分配不公", "规划调整不公开");
    assertThat(unused.getProblems())
        .noneMatch(f -> f.getCode() == ProblemCode.STRUCK_TEXT_LEFT_OUT);
  }

  /**
   * A legacy .xls is read like an .xlsx: text struck through by the cell's font or by a run is left
   * out and named, a hidden column yields to the visible one of the same meaning, and cells right
   * of the print area are named, not read.
   */
  @Test
  void legacyWorkbooksLeaveOutStruckTextHiddenColumnsAndCellsOutsideThePrintArea()
      throws IOException {
    byte[] bytes;
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb =
        new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
      var sheet = wb.createSheet("s");
      String[][] rows = {
        {"科室", "风险等级", "风险点", "风险等级", "防控措施", "", ""},
        {"投资科", "低", "违规审批项目", "高", "集体研究", "", "核稿意见：与去年重复"},
        {"投资科", "低", "切块分配不公", "中", "公示", "", ""},
        {"规划科", "中", "规划调整不公开", "高", "网上公开", "", ""}
      };
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r);
        for (int c = 0; c < rows[r].length; c++) {
          if (!rows[r][c].isEmpty()) {
            row.createCell(c).setCellValue(rows[r][c]);
          }
        }
      }
      sheet.setColumnHidden(1, true); // last year's levels
      var font = wb.createFont();
      font.setStrikeout(true);
      var struck = wb.createCellStyle();
      struck.setFont(font);
      for (int c = 0; c < 5; c++) {
        sheet.getRow(2).getCell(c).setCellStyle(struck); // the whole row
      }
      var measures = new org.apache.poi.hssf.usermodel.HSSFRichTextString("1.集体研究；2.内部传阅");
      measures.applyFont(6, 13, font);
      sheet.getRow(1).getCell(4).setCellValue(measures);
      wb.setPrintArea(0, "$A$1:$E$4");
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(bytes));
    assertThat(titles(r)).containsExactly("违规审批项目", "规划调整不公开");
    AnnexRow first = r.getRows().get(0).getRow();
    assertThat(first.getLevel()).hasValue(RiskLevel.HIGH);
    assertThat(first.getMeasures()).containsExactly("集体研究");
    assertThat(r.getRows().get(0).getExtras()).containsOnlyKeys("风险等级"); // last year's, hidden
    for (String cell : new String[] {"E2", "A3", "B3", "C3", "D3", "E3"}) {
      assertThat(names(r, ProblemCode.STRUCK_TEXT_LEFT_OUT, cell)).as(cell).isTrue();
    }
    assertThat(names(r, ProblemCode.OUTSIDE_PRINT_AREA, "G2")).isTrue();
  }

  /**
   * A legacy .xls gives a formula's cached value, as an .xlsx does, never the formula, and a date
   * as 2024-12-31, as an .xlsx's date column reads.
   */
  @Test
  void legacyWorkbooksGiveFormulasTheirCachedValues() throws IOException {
    byte[] bytes;
    try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb =
        new org.apache.poi.hssf.usermodel.HSSFWorkbook()) {
      var sheet = wb.createSheet("s");
      var header = sheet.createRow(0);
      String[] names = {"序号", "科室", "风险点", "风险等级", "防控措施", "完成时限"};
      for (int c = 0; c < names.length; c++) {
        header.createCell(c).setCellValue(names[c]);
      }
      String[][] rows = {{"投资科", "违规审批项目", "高", "集体研究"}, {"", "切块分配不公", "中", "公示"}};
      for (int r = 0; r < rows.length; r++) {
        var row = sheet.createRow(r + 1);
        row.createCell(0).setCellFormula("ROW()-1");
        for (int c = 0; c < 4; c++) {
          row.createCell(c + 1).setCellValue(rows[r][c]);
        }
      }
      sheet.getRow(2).getCell(1).setCellFormula("B2");
      var dated = wb.createCellStyle();
      dated.setDataFormat((short) 14); // m/d/yy, as Excel shows a short date
      var deadline = sheet.getRow(1).createCell(5);
      deadline.setCellValue(java.time.LocalDate.of(2024, 12, 31));
      deadline.setCellStyle(dated);
      wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(bytes));
    assertThat(titles(r)).containsExactly("违规审批项目", "切块分配不公");
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getOwnerName())
        .containsExactly("投资科", "投资科");
    assertThat(r.getRows().get(0).getExtras()).containsEntry("完成时限", "2024-12-31");
  }
}
