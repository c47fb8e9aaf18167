package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.tuple;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.finding.Finding;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Second reader's findings on reading headers by meaning: tables worded or laid out in ways the
 * change's own tests did not try. Each disabled test states the finding it shows.
 */
class ReviewFindingsTest {

  private static AnnexReadResult read(Books b) throws IOException {
    return read(AnnexReader.builder(), b);
  }

  private static AnnexReadResult read(AnnexReader.Builder builder, Books b) throws IOException {
    return builder.year(2024).build().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static List<AnnexRow> rows(AnnexReadResult r) {
    return r.getRows().stream().map(LocatedRow::getRow).toList();
  }

  /** 1. A title row with a second short cell (填报单位 … without a colon) qualifies as a header. */
  @Test
  void aTitleRowWithAShortSecondCellIsNotTakenForTheHeader() throws IOException {
    Books b = new Books();
    b.sheet("S1")
        .row("某局廉政风险点及防控措施一览表", "", "", "", "填报单位 某局")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "办公室", "公车私用", "高", "车辆定位")
        .merge("A1:D1");
    AnnexReadResult r = read(b);
    assertThat(rows(r)).extracting(AnnexRow::getTitle).containsExactly("公车私用");
    assertThat(r.getLedger().getUnit().getName()).isEqualTo("某局");
    assertThat(r.getProblems())
        .extracting(Finding::getCode, p -> p.getLocation().text())
        .contains(tuple(ProblemCode.NO_CATEGORY_COLUMN, "S1!2"));
  }

  /** 2. Two short title cells directly above the header are taken for an upper header band. */
  @Test
  void twoShortTitleCellsAboveTheHeaderAreNotAnUpperBand() throws IOException {
    Books b = new Books();
    b.sheet("S1")
        .row("填报单位 某局", "", "", "2024年")
        .row("序号", "岗位", "评定", "风险点", "防控措施")
        .row("1", "出纳岗", "高", "挪用公款", "每日对账")
        .row("2", "会计岗", "中", "虚列支出", "审核")
        .merge("A1:C1")
        .merge("D1:E1");
    AnnexReadResult r = read(b);
    assertThat(rows(r))
        .extracting(AnnexRow::getDepartment, AnnexRow::getLevel)
        .containsExactly(
            tuple(Optional.empty(), Optional.of(RiskLevel.HIGH)),
            tuple(Optional.empty(), Optional.of(RiskLevel.MEDIUM)));
  }

  /** 3. The same with a merged title: the title's words make the vague column the manifestation. */
  @Test
  void aMergedTitleOverAVagueColumnDoesNotGiveItsMeaningToTheColumn() throws IOException {
    Books b = new Books();
    b.sheet("S1")
        .row("某局廉政风险点及防控措施一览表", "", "", "", "2024年")
        .row("序号", "科室", "评定", "风险点", "防控措施")
        .row("1", "办公室", "高", "公车私用", "车辆定位")
        .row("2", "办公室", "低", "公款吃喝", "审批")
        .merge("A1:D1");
    AnnexReadResult r = read(b);
    assertThat(rows(r))
        .extracting(AnnexRow::getManifestation, AnnexRow::getLevel)
        .containsExactly(
            tuple(Optional.empty(), Optional.of(RiskLevel.HIGH)),
            tuple(Optional.empty(), Optional.of(RiskLevel.LOW)));
  }

  /** 4. A section row (一、领导班子) right under the header is taken for a lower header band. */
  @Test
  void aSectionRowUnderTheHeaderIsNotALowerBand() throws IOException {
    Books b = new Books();
    b.sheet("S1")
        .row("序号", "责任主体", "风险点", "风险等级", "防控措施")
        .row("一、领导班子", "", "", "", "")
        .row("1", "局领导班子", "决策不民主", "高", "民主集中制")
        .merge("A2:E2");
    AnnexReadResult r = read(b);
    assertThat(r.getTables()).containsKey("S1");
    assertThat(rows(r)).extracting(AnnexRow::getTitle).contains("决策不民主");
  }

  /** 5. Header cells carrying long notes in brackets do not count as header cells. */
  @Test
  void headerCellsWithLongNotesStillMakeAHeader() throws IOException {
    Books b = new Books();
    b.sheet("S1")
        .row("序号", "科室", "廉政风险点（请对照岗位职责、业务流程、制度机制逐项查找）", "风险等级", "防控措施（包括制度措施、技术措施和监督措施等内容）")
        .row("1", "办公室", "公车私用", "高", "车辆定位");
    assertThat(rows(read(b))).extracting(AnnexRow::getTitle).containsExactly("公车私用");
  }

  /** 6. A header the caller mapped is ignored while the header row is searched if it is long. */
  @Test
  void aMappedLongHeaderMakesItsRowAHeader() throws IOException {
    String header = "存在问题（对照岗位职责、业务流程、制度机制逐项查找填写）";
    Books b = new Books();
    b.sheet("S1").row("科室", header, "等级").row("办公室", "公车私用", "高");
    AnnexReadResult r = read(AnnexReader.builder().mapHeader(header, AnnexColumn.RISK_POINT), b);
    assertThat(rows(r)).extracting(AnnexRow::getTitle).containsExactly("公车私用");
  }

  /**
   * 7. Extras are keyed by header text: two unplaced columns with one header overwrite each other.
   */
  @Test
  void extrasOfColumnsWithTheSameHeaderAreAllKept() throws IOException {
    Books b = new Books();
    b.sheet("S1")
        .row("序号", "科室", "风险点", "防控措施", "责任人", "责任人", "责任人")
        .row("1", "办公室", "公车私用", "车辆定位", "张三", "李四", "王五");
    AnnexReadResult r = read(b);
    assertThat(r.getRows().get(0).getExtras().values()).contains("李四", "王五");
  }

  /** 8. A word in the title (岗位) overrides columns that say department: every row is dropped. */
  @Test
  void aTitleWordDoesNotOverrideADepartmentColumn() throws IOException {
    Books b = new Books();
    b.sheet("S1")
        .row("某局科室岗位廉政风险防控一览表")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "办公室", "公车私用", "高", "车辆定位");
    AnnexReadResult r = read(b);
    assertThat(r.getTables()).containsEntry("S1", AnnexKind.DEPARTMENT);
    assertThat(rows(r)).extracting(AnnexRow::getOwnerName).containsExactly("办公室");
  }

  /** 9. 班子 in the title makes a department table a leadership table: departments are lost. */
  @Test
  void aTitleWordDoesNotDropTheDepartments() throws IOException {
    Books b = new Books();
    b.sheet("S1")
        .row("某局领导班子及各科室廉政风险防控一览表")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "办公室", "公车私用", "高", "车辆定位");
    assertThat(rows(read(b)))
        .singleElement()
        .satisfies(row -> assertThat(row.getDepartment()).contains("办公室"));
  }

  /** 10. An implementation plan sheet (附件4) in the same workbook is read as risk points. */
  @Test
  void aPlanSheetIsNotReadAsRiskPoints() throws IOException {
    Books b = new Books();
    b.sheet("附件4 实施计划")
        .row("序号", "工作阶段", "时间安排", "主要内容", "责任部门", "责任人")
        .row("1", "动员部署", "3月", "召开动员大会", "办公室", "张三");
    b.sheet("科室").row("序号", "科室", "风险点", "防控措施").row("1", "办公室", "公车私用", "车辆定位");
    AnnexReadResult r = read(b);
    assertThat(rows(r)).extracting(AnnexRow::getTitle).containsExactly("公车私用");
  }

  /** 11. Strict mode rejects a workbook because of a sheet that is not an annex table at all. */
  @Test
  void strictModeIsNotStoppedByAPlanSheet() {
    Books b = new Books();
    b.sheet("计划")
        .row("序号", "工作阶段", "时间安排", "工作内容及要求", "责任部门", "责任人")
        .row("1", "动员", "3月", "召开大会", "办公室", "张三");
    b.sheet("科室").row("序号", "科室", "风险点", "防控措施").row("1", "办公室", "公车私用", "车辆定位");
    assertThatCode(() -> read(AnnexReader.builder().strict(true), b)).doesNotThrowAnyException();
  }

  /** 12. A continuation row's unplaced cells vanish without a finding. */
  @Test
  void aContinuationRowKeepsItsExtraValues() throws IOException {
    Books b = new Books();
    b.sheet("S1")
        .row("序号", "科室", "风险点", "防控措施", "完成时限")
        .row("1", "办公室", "公车私用", "车辆定位", "3月底")
        .row("", "", "", "加装GPS", "6月底")
        .merge("A2:A3")
        .merge("B2:B3")
        .merge("C2:C3");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .singleElement()
        .satisfies(x -> assertThat(x.getExtras()).containsEntry("完成时限", "3月底\n6月底"));
  }

  /** 13. A two-row header repeated inside the table: its upper row is read as a risk point. */
  @Test
  void aRepeatedTwoRowHeaderIsSkipped() throws IOException {
    Books b = new Books();
    b.sheet("S1")
        .row("序号", "科室", "风险识别", "", "防控措施")
        .row("", "", "风险点", "风险等级", "")
        .row("1", "办公室", "公车私用", "高", "车辆定位")
        .row("序号", "科室", "风险识别", "", "防控措施")
        .row("", "", "风险点", "风险等级", "")
        .row("2", "办公室", "公款吃喝", "低", "审批")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:D1")
        .merge("E1:E2")
        .merge("A4:A5")
        .merge("B4:B5")
        .merge("C4:D4")
        .merge("E4:E5");
    assertThat(rows(read(b))).extracting(AnnexRow::getTitle).containsExactly("公车私用", "公款吃喝");
  }

  /** 14. A lower band whose cells mean nothing alone (高 · 中 · 低 under 风险等级) becomes a data row. */
  @Test
  void aLowerBandOfLevelMarksIsNotARiskPoint() throws IOException {
    Books b = new Books();
    b.sheet("S1")
        .row("序号", "科室", "风险点", "风险等级", "", "", "防控措施")
        .row("", "", "", "高", "中", "低", "")
        .row("1", "办公室", "公车私用", "√", "", "", "车辆定位")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:C2")
        .merge("D1:F1")
        .merge("G1:G2");
    assertThat(rows(read(b))).extracting(AnnexRow::getTitle).containsExactly("公车私用");
  }

  /** 15. Fixed: a column placed by content was reported at row 0 (S1!C0). */
  @Test
  void aColumnPlacedByContentIsReportedOnItsHeaderCell() throws IOException {
    Books b = new Books();
    b.sheet("S1")
        .row("某局廉政风险点一览表")
        .row("科室", "风险点", "评定", "防控措施")
        .row("办公室", "公车私用", "高", "车辆定位")
        .row("办公室", "公款吃喝", "低", "公务接待审批");
    AnnexReadResult r = read(b);
    assertThat(r.getProblems())
        .extracting(Finding::getCode, p -> p.getLocation().text())
        .contains(tuple(ProblemCode.COLUMN_BY_CONTENT, "S1!C2"));
  }

  /** 16. Fixed in core: 防控措施及完成时间 / 责任人及联系电话 meant no column, so measures went to extras. */
  @Test
  void aRecordKeepingConjunctDoesNotUnplaceTheMeasures() throws IOException {
    Books b = new Books();
    b.sheet("S1")
        .row("序号", "科室", "风险点", "防控措施及完成时间", "责任人及联系电话")
        .row("1", "办公室", "公车私用", "车辆定位", "张三");
    assertThat(rows(read(b)))
        .extracting(AnnexRow::getMeasures, AnnexRow::getResponsible)
        .containsExactly(tuple(List.of("车辆定位"), Optional.of("张三")));
  }

  /** 17. A column promoted from manifestation to risk point gets two contradicting notes. */
  @Test
  void aPromotedColumnIsReportedOnce() throws IOException {
    Books b = new Books();
    b.sheet("S1").row("科室", "廉政风险点表现形式", "防控措施").row("办公室", "公车私用", "车辆定位");
    assertThat(read(b).getProblems())
        .filteredOn(p -> p.getCode() == ProblemCode.HEADER_BY_MEANING)
        .extracting(p -> ReadFindings.at(p).rawValue().orElse(""))
        .containsExactly("廉政风险点");
  }

  /** 18. The caller's mapping is compared with the bracketed note; built-in matching drops it. */
  @Test
  void aMappingIgnoresBracketedNotesLikeTheBuiltInMatching() throws IOException {
    Books b = new Books();
    b.sheet("S1").row("科室", "风险点", "评定（高/中/低）", "防控措施").row("办公室", "公车私用", "高", "车辆定位");
    AnnexReadResult r = read(AnnexReader.builder().mapHeader("评定", AnnexColumn.LEVEL), b);
    assertThat(rows(r)).extracting(AnnexRow::getLevel).containsExactly(Optional.of(RiskLevel.HIGH));
  }
}
