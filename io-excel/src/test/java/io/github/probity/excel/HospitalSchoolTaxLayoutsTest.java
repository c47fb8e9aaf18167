package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexRow;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What units in hospitals, schools, tax and police offices print that the reader must read: a table
 * continued on a sheet of its own without a header, a risk column headed 风险防控点, a cell holding both
 * the risk and its measures, measures numbered 其一，其二，.
 */
class HospitalSchoolTaxLayoutsTest {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static List<String> titles(AnnexReadResult r, String sheet) {
    return r.getRows().stream()
        .filter(l -> l.getSheet().equals(sheet))
        .map(l -> l.getRow().getTitle())
        .toList();
  }

  @Test
  void aSheetWithoutHeaderContinuesTheTableBeforeIt() throws IOException {
    Wb b = new Wb();
    b.sheet("表").row("部门", "风险点", "风险等级", "防控措施", "责任人").row("甲科", "违规审批", "高", "集体审批", "张明");
    b.sheet("续表").row("乙科", "虚报费用", "中", "逐单审核", "李华").row("丙科", "泄露信息", "低", "分级授权", "王强");
    AnnexReadResult r = read(b);
    assertThat(titles(r, "续表")).containsExactly("虚报费用", "泄露信息");
    AnnexRow second = r.getRows().get(2).getRow();
    assertThat(second.getOwnerName()).isEqualTo("丙科");
    assertThat(second.getMeasures()).containsExactly("分级授权");
  }

  @Test
  void sheetsOfInstructionsOrFiguresAfterATableGiveNoRows() throws IOException {
    Wb b = new Wb();
    b.sheet("表").row("部门", "风险点", "风险等级", "防控措施", "责任人").row("甲科", "违规审批", "高", "集体审批", "张明");
    b.sheet("说明").row("1.风险等级按高、中、低填写。").row("2.本表于1月15日前报送。");
    b.sheet("统计").row("甲科", "3", "2", "1").row("乙科", "4", "1", "0");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).hasSize(1);
    assertThat(titles(r, "说明")).isEmpty();
    assertThat(titles(r, "统计")).isEmpty();
  }

  @Test
  void aCellOfRiskAndMeasuresUnderLabelsGivesBoth() throws IOException {
    Wb b = new Wb();
    b.sheet("表")
        .row("处室", "风险点及防控措施", "风险等级")
        .row("甲处", "风险：违规招生\n措施：1.计划公开；2.名单公示", "高")
        .row("乙处", "风险点：收受回扣\u3000防控措施：定点采购", "中")
        .row("丙处", "虚报费用　说明：见附件", "低")
        .row("丁处", "【风险】违规收费【措施】收费公示", "中");
    List<AnnexRow> rows = read(b).getRows().stream().map(LocatedRow::getRow).toList();
    assertThat(rows).extracting(AnnexRow::getTitle).startsWith("违规招生", "收受回扣");
    assertThat(rows.get(2).getTitle()).startsWith("虚报费用").endsWith("说明：见附件");
    assertThat(rows.get(0).getMeasures()).containsExactly("计划公开", "名单公示");
    assertThat(rows.get(1).getMeasures()).containsExactly("定点采购");
    assertThat(rows.get(2).getMeasures()).isEmpty();
    assertThat(rows.get(3).getTitle()).isEqualTo("违规收费");
    assertThat(rows.get(3).getMeasures()).containsExactly("收费公示");
  }

  @Test
  void aRiskColumnHeadedAsPointsOfPreventionIsRead() throws IOException {
    Wb b = new Wb();
    b.sheet("表").row("岗位", "风险防控点", "风险等级", "防控措施").row("征收岗", "违规退税", "高", "集体审议");
    List<AnnexRow> rows = read(b).getRows().stream().map(LocatedRow::getRow).toList();
    assertThat(rows).extracting(AnnexRow::getTitle).containsExactly("违规退税");
    assertThat(rows.get(0).getMeasures()).containsExactly("集体审议");
  }

  @Test
  void gradesWrittenWithLevelAreLevels() {
    assertThat(TableReader.parseLevel("A级")).contains(RiskLevel.HIGH);
    assertThat(TableReader.parseLevel("B级风险")).contains(RiskLevel.MEDIUM);
    assertThat(TableReader.parseLevel("C 级")).contains(RiskLevel.LOW);
    assertThat(TableReader.parseLevel("D级")).isEmpty();
  }

  @Test
  void aSectionCountedInBracketsNamesItsDepartment() throws IOException {
    Wb b = new Wb();
    b.sheet("表")
        .row("序号", "岗位", "风险点", "风险等级", "防控措施")
        .row("（一）药剂科（共2个风险点）", "", "", "", "")
        .row("1", "采购岗", "违规采购", "高", "集体审批")
        .row("（二）设备科（1项）", "", "", "", "")
        .row("1", "维修岗", "虚报维修", "低", "逐单审核")
        .merge("A2:E2")
        .merge("A4:E4");
    List<AnnexRow> rows = read(b).getRows().stream().map(LocatedRow::getRow).toList();
    assertThat(rows).extracting(r -> r.getDepartment().orElse("")).containsExactly("药剂科", "设备科");
  }

  @Test
  void aRowNamingOnlyItsOwnerOwnsTheRowsUnderIt() throws IOException {
    Wb b = new Wb();
    b.sheet("表")
        .row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("一", "办公室", "", "", "")
        .row("1", "", "违规接待", "高", "清单审核")
        .row("2", "", "公车私用", "中", "派车登记")
        .row("二", "财务科", "", "", "")
        .row("1", "", "虚报费用", "低", "逐单审核")
        .row("2", "财务科", "", "高", "");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getOwnerName())
        .containsExactly("办公室", "办公室", "财务科");
    assertThat(r.getProblems())
        .extracting(p -> p.getCode().code() + "@" + p.getLocation().text())
        .contains("SECTION_ROW_SKIPPED@表!2", "SECTION_ROW_SKIPPED@表!5", "BLANK_RISK_POINT@表!C7");
  }

  @Test
  void aBlankOwnerAtopAContinuationIsTheLastOneOfTheSheetBefore() throws IOException {
    Wb b = new Wb();
    b.sheet("表")
        .row("部门", "风险点", "风险等级", "防控措施")
        .row("甲科", "违规审批", "高", "集体审批")
        .row("乙科", "虚报费用", "中", "逐单审核");
    b.sheet("表2").row("", "泄露信息", "低", "分级授权").row("丙科", "擅自处置", "中", "统一入库");
    assertThat(read(b).getRows())
        .extracting(l -> l.getRow().getOwnerName())
        .containsExactly("甲科", "乙科", "乙科", "丙科");
  }

  @Test
  void aContinuationMayCarryATitleOfOneCell() throws IOException {
    Wb b = new Wb();
    b.sheet("表").row("部门", "风险点", "风险等级", "防控措施", "责任人").row("甲科", "违规审批", "高", "集体审批", "张明");
    b.sheet("表（续）").row("续表", "", "", "", "").row("乙科", "虚报费用", "中", "逐单审核", "李华").merge("A1:E1");
    assertThat(titles(read(b), "表（续）")).containsExactly("虚报费用");
  }
}
