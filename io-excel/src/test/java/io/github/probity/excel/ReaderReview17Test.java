package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.Responsibility;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Department trees and subordinate bodies, each pinned on its own: department columns side by side,
 * a department cell carrying a list number, a kind label or its head, scope words in a department
 * column, a subordinate body named above a table, academic units as headers, and a deputy addressed
 * by surname and title.
 */
class ReaderReview17Test {

  private static List<LocatedRow> rows(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx())).getRows();
  }

  private static Optional<String> dept(LocatedRow l) {
    return l.getRow().getDepartment();
  }

  private static Map<String, String> extras(LocatedRow l) {
    return l.getExtras();
  }

  @Test
  void theLowestOfDepartmentColumnsSideBySideIsTheDepartment() throws IOException {
    Wb b = new Wb();
    b.sheet("风险点")
        .row("分局", "所队", "风险点", "风险等级", "防控措施")
        .row("城北分局", "治安大队", "治安案件降格处理", "高", "案件审核双签")
        .row("", "城北派出所", "户籍办理违规", "中", "户籍业务抽查")
        .row("城南分局", "", "分局机关公车私用", "低", "公车定位")
        .merge("A2:A3");
    List<LocatedRow> r = rows(b);
    assertThat(r).hasSize(3);
    assertThat(dept(r.get(0))).contains("治安大队");
    assertThat(extras(r.get(0))).containsEntry("分局", "城北分局");
    assertThat(dept(r.get(1))).contains("城北派出所");
    assertThat(extras(r.get(1))).containsEntry("分局", "城北分局");
    assertThat(dept(r.get(2))).contains("城南分局"); // no 所队: the 分局 itself
    assertThat(extras(r.get(2))).doesNotContainKey("分局");
  }

  @Test
  void departmentsSharingTheWorkAreNoTree() throws IOException {
    Wb b = new Wb();
    b.sheet("清单")
        .row("主办部门", "协办部门", "风险点", "风险等级", "防控措施")
        .row("采购部", "财务部", "供应商围标", "高", "供应商库动态管理");
    List<LocatedRow> r = rows(b);
    assertThat(dept(r.get(0))).contains("采购部");
    assertThat(extras(r.get(0))).containsEntry("协办部门", "财务部");
  }

  @Test
  void departmentColumnsApartAreNoTree() throws IOException {
    Wb b = new Wb();
    b.sheet("清单").row("科室", "风险点", "风险等级", "防控措施", "部门").row("财务科", "公款私存", "高", "每月对账", "计划财务处");
    List<LocatedRow> r = rows(b);
    assertThat(dept(r.get(0))).contains("财务科");
  }

  @Test
  void aListNumberBeforeADepartmentIsNoPartOfItsName() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施")
        .row("（三）信息中心", "系统权限滥用", "中", "权限季度清理")
        .row("2、人事科", "职称评审不公", "高", "评审结果公示")
        .row("12345热线办公室", "工单办理敷衍", "低", "工单回访");
    List<LocatedRow> r = rows(b);
    assertThat(r)
        .extracting(ReaderReview17Test::dept)
        .containsExactly(Optional.of("信息中心"), Optional.of("人事科"), Optional.of("12345热线办公室"));
  }

  @Test
  void aHeadNamedBesideHisDepartmentAnswersForItUnlessAColumnNamesSomeone() throws IOException {
    Wb b = new Wb();
    b.sheet("科室").row("科室", "风险点", "风险等级", "防控措施").row("人事科（科长：王磊）", "干部档案造假", "高", "档案专审");
    LocatedRow l = rows(b).get(0);
    assertThat(dept(l)).contains("人事科");
    Responsibility who = AnnexPeople.responsibility(l.getRow());
    assertThat(who.getResponsibleName()).contains("王磊");
    assertThat(who.getResponsibleRole()).contains("科长");

    Wb c = new Wb();
    c.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("人事科（科长：王磊）", "干部档案造假", "高", "档案专审", "赵敏");
    LocatedRow m = rows(c).get(0);
    assertThat(dept(m)).contains("人事科");
    assertThat(AnnexPeople.responsibility(m.getRow()).getResponsibleName()).contains("赵敏");
  }

  @Test
  void aLabelNamingTheKindOfBodyIsNoPartOfItsName() throws IOException {
    Wb b = new Wb();
    b.sheet("清单").row("单位", "风险点", "风险等级", "防控措施").row("所属单位：城北供电所", "抄表数据造假", "中", "抄表数据远程核对");
    assertThat(dept(rows(b).get(0))).contains("城北供电所");
  }

  @Test
  void theWholeUnitOrEverySectionIsNoDepartment() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施")
        .row("全院", "收受红包", "高", "医德医风考评")
        .row("各部门", "考勤弄虚作假", "低", "人脸识别考勤")
        .row("医务部", "医疗纠纷处理不公", "中", "纠纷集体研究");
    List<LocatedRow> r = rows(b);
    assertThat(r).extracting(l -> l.getRow().getOwnerName()).containsExactly("全院", "各部门", "医务部");
    assertThat(r)
        .extracting(ReaderReview17Test::dept)
        .containsExactly(Optional.empty(), Optional.empty(), Optional.of("医务部"));
  }

  @Test
  void aSubordinateBodyNamedAboveATableOwnsItsPostsButTheFillingUnitDoesNot() throws IOException {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("分公司：滨江分公司")
        .row("岗位", "风险点", "风险等级", "防控措施")
        .row("收费员", "收费不入账", "高", "收费系统日结");
    b.sheet("Sheet2")
        .row("填报单位：滨江分公司")
        .row("岗位", "风险点", "风险等级", "防控措施")
        .row("抄表员", "估抄漏抄", "中", "抄表照片上传");
    List<LocatedRow> r = rows(b);
    assertThat(r).hasSize(2);
    assertThat(dept(r.get(0))).contains("滨江分公司");
    assertThat(dept(r.get(1))).isEmpty();
  }

  @Test
  void academicUnitsAreDepartmentHeaders() throws IOException {
    Wb b = new Wb();
    b.sheet("Sheet1")
        .row("院系", "教研室", "风险点", "风险等级", "防控措施")
        .row("外国语学院", "英语教研室", "考试命题泄密", "高", "命题保密协议");
    LocatedRow l = rows(b).get(0);
    assertThat(dept(l)).contains("英语教研室");
    assertThat(extras(l)).containsEntry("院系", "外国语学院");
  }

  @Test
  void aDeputyAddressedBySurnameAndTitleIsOnePerson() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施", "分管领导")
        .row("财务科", "公款私存", "高", "每月对账", "王副局长")
        .row("办公室", "公车私用", "低", "派车登记", "副局长");
    List<LocatedRow> r = rows(b);
    AnnexRow first = r.get(0).getRow();
    assertThat(AnnexPeople.responsibility(first).getSupervisorName()).contains("王副局长");
    AnnexRow second = r.get(1).getRow();
    assertThat(AnnexPeople.responsibility(second).getSupervisorName()).isEmpty();
    assertThat(AnnexPeople.responsibility(second).getSupervisorRole()).contains("副局长");
  }
}
