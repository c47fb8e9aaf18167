package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.Responsibility;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Group labels over sub-columns, the two tiers of 责任人 worded as 第一 and 直接, section rows merged
 * across a table printed in halves, a header repeated in other words and a legend of level codes
 * above the header.
 */
class GroupedHeadersAndHalvesTest {

  private static AnnexReadResult read(Books b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static HeaderBand band() {
    return new HeaderBand(
        new ReaderConfig(
            Map.of(), RiskCategory.UNSPECIFIED, Optional.empty(), Map.of(), Set.of(), false));
  }

  @Test
  void periodGroupsOverTheSameSubColumnsAreOneRowsColumns() throws IOException {
    Books b = new Books();
    b.sheet("季度")
        .row("科室", "风险点", "防控措施", "上半年", "", "下半年", "")
        .row("", "", "", "执行情况", "整改情况", "执行情况", "整改情况")
        .row("财务科", "虚报冒领", "票据审核", "良好", "无需整改", "一般", "已整改")
        .merge("A1:A2")
        .merge("B1:B2")
        .merge("C1:C2")
        .merge("D1:E1")
        .merge("F1:G1");
    AnnexReadResult r = read(b);
    assertThat(r.getRows()).hasSize(1);
    assertThat(r.getRows().get(0).getExtras())
        .containsExactly(
            Map.entry("上半年执行情况", "良好"),
            Map.entry("上半年整改情况", "无需整改"),
            Map.entry("下半年执行情况", "一般"),
            Map.entry("下半年整改情况", "已整改"));
  }

  @Test
  void differentGroupLabelsOverRepeatedColumnsAreNoCopies() {
    String[] upper = {"2024年度", "2024年度", "2024年度", "2025年度", "2025年度", "2025年度"};
    String[] lower = {"科室", "风险点", "防控措施", "科室", "风险点", "防控措施"};
    assertThat(band().copies(upper, lower)).isNull();
    String[] same = {"风险信息", "风险信息", "风险信息", "风险信息", "风险信息", "风险信息"};
    assertThat(band().copies(same, lower)).containsExactly(0, 3);
  }

  @Test
  void theFirstResponsibleSupervisesTheDirectOne() throws IOException {
    Books b = new Books();
    b.sheet("部室")
        .row("部室", "风险点", "管控举措", "第一责任人", "直接责任人")
        .row("采购部", "围标串标", "询价不少于三家", "总经理 沈航", "部长 韦东");
    Responsibility who = AnnexPeople.responsibility(read(b).getRows().get(0).getRow());
    assertThat(who.getResponsibleName()).contains("韦东");
    assertThat(who.getSupervisorName()).contains("沈航");
  }

  @Test
  void aSectionMergedAcrossBothHalvesNamesTheDepartmentOfBoth() throws IOException {
    Books b = new Books();
    b.sheet("岗位")
        .row("岗位", "风险点", "防控措施", "", "岗位", "风险点", "防控措施")
        .row("一、办公室")
        .row("文秘岗", "泄露文件", "收发登记", "", "档案岗", "违规借阅", "借阅审批")
        .merge("A2:G2");
    List<LocatedRow> rows = read(b).getRows();
    assertThat(rows).extracting(l -> l.getRow().getDepartment()).containsOnly(Optional.of("办公室"));
    assertThat(rows).hasSize(2);
  }

  @Test
  void aLegendAboveTheHeaderSaysWhatLevelCodesMean() throws IOException {
    Books b = new Books();
    b.sheet("岗位")
        .row("说明：风险等级以代码填写，3为高风险，2为中风险，1为低风险。")
        .row("岗位", "风险点", "等级代码", "防控措施")
        .row("出纳岗", "坐支现金", "3", "日清月结")
        .row("司机", "公车私用", "1", "定位监控")
        .merge("A1:D1");
    assertThat(read(b).getRows())
        .extracting(l -> l.getRow().getLevel())
        .containsExactly(Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.LOW));
  }

  @Test
  void aHeaderRepeatedInOtherWordsIsNoRow() throws IOException {
    Books b = new Books();
    b.sheet("风险点")
        .row("科室", "风险点", "风险等级", "防控措施")
        .row("规划科", "违规变更规划", "高", "集体审议")
        .row("下属单位")
        .row("单位", "风险点", "星级", "防控措施")
        .row("测绘院", "测绘成果造假", "★★★", "成果抽检")
        .merge("A3:D3");
    AnnexReadResult r = read(b);
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getTitle())
        .containsExactly("违规变更规划", "测绘成果造假");
    assertThat(r.getRows().get(1).getRow().getLevel()).contains(RiskLevel.HIGH);
  }
}
