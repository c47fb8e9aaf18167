package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.finding.Location;
import io.github.probity.model.OwnerScope;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * What the reader learnt from the eleventh blind set (whole workbooks as units send them), each on
 * its own table, and tables next to them where the new rules must not fire.
 */
class ReaderReview11Test {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static Wb twoVersions() {
    Wb b = new Wb();
    b.sheet("附件2").row("科室", "风险点", "风险等级", "防控措施").row("财务科", "公款私存", "高", "每月对账");
    b.sheet("附件2（旧）").row("科室", "风险点", "风险等级", "防控措施").row("财务科", "白条入账", "中", "票据审核");
    b.sheet("草稿").row("科室", "风险点", "风险等级", "防控措施").row("办公室", "公车私用", "低", "派车登记");
    return b;
  }

  private static byte[] hide(byte[] bytes, boolean xls) throws IOException {
    try (Workbook wb =
        xls
            ? new HSSFWorkbook(new ByteArrayInputStream(bytes))
            : new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      wb.setSheetVisibility(1, SheetVisibility.HIDDEN);
      wb.setSheetVisibility(2, SheetVisibility.VERY_HIDDEN);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static List<String> skipped(AnnexReadResult r) {
    return r.getProblems().stream()
        .filter(f -> f.getCode() == ProblemCode.HIDDEN_SHEET_SKIPPED)
        .map(f -> ((Location.Cell) f.getLocation()).sheet().orElse(""))
        .toList();
  }

  @Test
  void hiddenAndVeryHiddenSheetsAreNotReadAndEachIsNamed() throws IOException {
    for (boolean xls : new boolean[] {false, true}) {
      byte[] bytes = hide(SeventhBlindLayoutsTest.write(twoVersions(), xls), xls);
      AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(bytes));
      assertThat(r.getRows()).extracting(LocatedRow::getSheet).containsExactly("附件2");
      assertThat(skipped(r)).as("xls %s", xls).containsExactly("附件2（旧）", "草稿");
    }
  }

  @Test
  void aHiddenSheetTheCallerNamesIsRead() throws IOException {
    byte[] bytes = hide(twoVersions().xlsx(), false);
    AnnexReadResult r =
        AnnexReader.builder().sheet("附件2（旧）").build().read(new ByteArrayInputStream(bytes));
    assertThat(r.getRows()).extracting(l -> l.getRow().getTitle()).containsExactly("白条入账");
    assertThat(skipped(r)).isEmpty();
  }

  @Test
  void aSheetOfCountsByDepartmentGivesNoRows() throws IOException {
    Wb b = new Wb();
    b.sheet("统计")
        .row("部门", "风险点数", "其中：高", "中", "低")
        .row("工程部", FourthBlindLayoutsTest.num(2), FourthBlindLayoutsTest.num(1), "1", "0")
        .row("采购部", FourthBlindLayoutsTest.num(1), FourthBlindLayoutsTest.num(0), "1", "0");
    b.sheet("附件2").row("部门", "风险点", "风险等级", "防控措施").row("工程部", "变更签证把关不严", "高", "三方会签");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).extracting(LocatedRow::getSheet).containsExactly("附件2");
    assertThat(r.getProblems())
        .filteredOn(f -> f.getSeverity() != io.github.probity.finding.Severity.INFO)
        .filteredOn(
            f -> f.getLocation() instanceof Location.Cell c && c.sheet().equals(Optional.of("统计")))
        .isEmpty();
  }

  @Test
  void aMembersColumnBesideAPositionColumnNamesTheLeadersAndTheGroup() throws IOException {
    Wb b = new Wb();
    b.sheet("班子")
        .row("序号", "班子成员", "职务", "风险点", "等级", "防控措施")
        .row("1", "局领导班子", "", "决策不民主", "中", "执行议事规则")
        .row("2", "冯涛", "局长", "插手工程", "高", "公开招标");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(
            l -> l.getRow().getScope(),
            l -> l.getRow().getOwnerName(),
            l -> l.getRow().getLeaderRole().orElse(null))
        .containsExactly(
            tuple(OwnerScope.LEADERSHIP_GROUP, "局领导班子", null),
            tuple(OwnerScope.LEADER, "冯涛", "局长"));
    assertThat(r.getRows()).allSatisfy(l -> assertThat(l.getExtras()).isEmpty());
  }

  @Test
  void aSubjectColumnOfNamesBesideAPositionColumnNamesTheLeaders() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("责任主体", "职务", "廉洁风险点", "风险等级", "防控措施")
        .row("领导班子", "", "大额资金未经集体决策", "高", "党委会前置研究")
        .row("秦岭", "董事长", "干预工程招标", "高", "全流程线上运行");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(
            l -> l.getRow().getScope(),
            l -> l.getRow().getOwnerName(),
            l -> l.getRow().getLeaderRole().orElse(null))
        .containsExactly(
            tuple(OwnerScope.LEADERSHIP_GROUP, "领导班子", null),
            tuple(OwnerScope.LEADER, "秦岭", "董事长"));
  }

  @Test
  void aSubjectColumnOfDepartmentsBesideAPositionColumnStaysTheOwner() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("责任主体", "职务", "风险点", "风险等级", "防控措施")
        .row("财务科", "科长", "违规支付", "高", "双签")
        .row("办公室", "主任", "公车私用", "低", "派车登记");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .hasSize(2)
        .extracting(l -> l.getRow().getHolders())
        .allSatisfy(h -> assertThat(h).isEmpty()); // departments are no people
  }

  @Test
  void oneLeaderUnderATitleNamingTheLeadersIsALeaderNotAPost() throws IOException {
    Wb b = new Wb();
    b.sheet("附表1-2")
        .row("公司领导人员廉洁风险点及防控措施表", "", "", "", "")
        .row("姓名", "职务", "廉洁风险点", "风险等级", "防控措施")
        .row("邵东", "总经理", "插手工程分包", "高", "分包单位公开比选")
        .merge("A1:E1");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(
            l -> l.getRow().getScope(),
            l -> l.getRow().getOwnerName(),
            l -> l.getRow().getLeaderRole().orElse(null))
        .containsExactly(tuple(OwnerScope.LEADER, "邵东", "总经理"));
  }

  @Test
  void oneStaffMemberUnderAStaffTitleStaysInHisPost() throws IOException {
    Wb b = new Wb();
    b.sheet("个人")
        .row("干部职工个人廉政风险点自查表", "", "", "", "")
        .row("姓名", "职务", "风险点", "风险等级", "防控措施")
        .row("李娜", "出纳", "挪用公款", "高", "每日核对库存现金")
        .merge("A1:E1");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(
            l -> l.getRow().getScope(),
            l -> l.getRow().getOwnerName(),
            l -> l.getRow().getHolders())
        .containsExactly(tuple(OwnerScope.POST, "出纳", List.of("李娜")));
  }

  @Test
  void aPersonalFormOnASheetNamedByItsHolderGivesTheHolder() throws IOException {
    Wb b = new Wb();
    b.sheet("王海燕")
        .row("个人廉政风险点及防控措施表", "", "", "")
        .row("科室：征收管理科", "", "岗位：税源管理岗", "")
        .row("序号", "风险点", "风险等级", "防控措施")
        .row("1", "违规核定应纳税额", "高", "集体审议")
        .merge("A1:D1");
    b.sheet("出纳")
        .row("个人廉政风险点及防控措施表", "", "", "")
        .row("科室：财务科", "", "岗位：出纳岗", "")
        .row("序号", "风险点", "风险等级", "防控措施")
        .row("1", "公款私存", "中", "每月对账")
        .merge("A1:D1");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(
            l -> l.getRow().getOwnerName(),
            l -> l.getRow().getDepartment().orElse(null),
            l -> l.getRow().getHolders())
        .containsExactly(tuple("税源管理岗", "征收管理科", List.of("王海燕")), tuple("出纳岗", "财务科", List.of()));
  }
}
