package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.Responsibility;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Tables next to those the reader learnt from the fourth blind set, where its new rules must not
 * fire: halves under different group labels, ordinals in a title over coded levels, a party post
 * beside an office in a 监督责任人 cell, a personal form labelled above its header and a line of empty
 * signature labels under the table.
 */
class ReaderReview5Test {

  private static AnnexReadResult read(Wb b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  @Test
  void halvesUnderDifferentGroupLabelsAreStillTwoCopies() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("机关科室", "", "", "", "下属单位", "", "", "")
        .row("科室", "风险点", "风险等级", "防控措施", "科室", "风险点", "风险等级", "防控措施")
        .row("办公室", "公车私用", "中", "车辆定位", "档案馆", "违规借阅档案", "低", "借阅审批")
        .row("财务科", "虚报冒领", "高", "双人审核", "信息中心", "泄露数据", "中", "权限管理")
        .merge("A1:D1")
        .merge("E1:H1");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getOwnerName(), l -> l.getRow().getTitle())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("办公室", "公车私用"),
            org.assertj.core.groups.Tuple.tuple("财务科", "虚报冒领"),
            org.assertj.core.groups.Tuple.tuple("档案馆", "违规借阅档案"),
            org.assertj.core.groups.Tuple.tuple("信息中心", "泄露数据"));
    assertThat(r.getRows())
        .allSatisfy(
            l -> {
              assertThat(l.getRow().getManifestation()).isEmpty();
              assertThat(l.getExtras()).isEmpty();
            });
  }

  @Test
  void ordinalsInATitleAreNoLegendOfLevelCodes() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("某区城管执法局第1中队、第2中队岗位廉政风险点登记表", "", "", "")
        .row("岗位", "风险点", "风险等级", "防控措施")
        .row("巡查岗", "选择性执法", "1", "执法记录仪")
        .row("内勤岗", "泄露信息", "3", "专人保管")
        .merge("A1:D1");
    assertThat(read(b).getRows())
        .extracting(l -> l.getRow().getLevel())
        .containsExactly(Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.LOW));
  }

  @Test
  void aPartyPostBesideAnOfficeIsOneSupervisor() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("班子职务", "姓名", "廉政风险点", "风险等级", "防控措施", "监督责任人")
        .row("副主任", "金明", "干部选任把关不严", "中", "严格执行条例", "党组书记、主任");
    Responsibility who = AnnexPeople.responsibility(read(b).getRows().get(0).getRow());
    assertThat(who.getSupervisorRole()).contains("党组书记、主任");
    assertThat(who.getResponsibleRole()).isEmpty();
    assertThat(AnnexPeople.parseResponsibility("分管领导、科室负责人").getSupervisorRole()).contains("分管领导");
  }

  @Test
  void aPersonalFormLabelledAboveItsHeaderNamesItsRows() throws IOException {
    Wb b = new Wb();
    b.sheet("王芳")
        .row("个人岗位廉政风险点及防控措施登记表", "", "", "")
        .row("所在科室：预算科", "姓名：王芳", "岗位：预算编审岗", "")
        .row("序号", "风险点描述", "风险等级", "防控措施")
        .row("1", "违规同意追加预算", "高", "集体审定")
        .row("本人签名：", "", "科室负责人签字：", "")
        .merge("A1:D1");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).hasSize(1);
    LocatedRow l = r.getRows().get(0);
    assertThat(l.getRow().getOwnerName()).isEqualTo("预算编审岗");
    assertThat(l.getRow().getDepartment()).contains("预算科");
    assertThat(l.getRow().getHolders()).containsExactly("王芳");
    assertThat(r.getProblems())
        .extracting(p -> p.getCode().code() + "@" + p.getLocation().text())
        .contains("NOTE_ROW_SKIPPED@王芳!5");
  }

  @Test
  void theFillingUnitAboveTheHeaderNamesNoDepartment() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("填报单位：某区交通运输局", "", "填报日期：2025年4月", "")
        .row("班子成员", "风险点", "风险等级", "防控措施")
        .row("局长 严斌", "插手工程招投标", "高", "不分管工程项目");
    List<LocatedRow> rows = read(b).getRows();
    assertThat(rows).hasSize(1);
    assertThat(rows.get(0).getRow().getDepartment()).isEmpty();
  }

  @Test
  void aPostRiskColumnOfGradesBesideTheRiskPointIsTheLevel() throws IOException {
    Wb b = new Wb();
    b.sheet("s")
        .row("科室", "岗位", "岗位风险", "风险点", "防控措施")
        .row("办公室", "文秘岗", "一级", "泄露文件", "专人保管")
        .row("财务科", "出纳岗", "二级", "挪用公款", "日清月结");
    assertThat(read(b).getRows())
        .extracting(
            l -> l.getRow().getTitle(),
            l -> l.getRow().getLevel(),
            l -> l.getRow().getManifestation())
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "泄露文件", Optional.of(RiskLevel.HIGH), Optional.empty()),
            org.assertj.core.groups.Tuple.tuple(
                "挪用公款", Optional.of(RiskLevel.MEDIUM), Optional.empty()));
  }

  @Test
  void starsBesideTheWordTheyStandFor() {
    assertThat(TableReader.parseLevel("★★★ 高")).contains(RiskLevel.HIGH);
    assertThat(TableReader.parseLevel("中★★")).contains(RiskLevel.MEDIUM);
    assertThat(TableReader.parseLevel("★★★ 低")).isEmpty();
  }
}
