package io.github.probity.annex;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Headers as real units word them, placed by meaning. */
class HeaderMeaningTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "廉政风险点表现形式, MANIFESTATION",
    "风险点涉及的岗位, POST",
    "部门责任人, RESPONSIBLE",
    "直接责任人, RESPONSIBLE",
    "第一责任人, RESPONSIBLE",
    "责任领导, SUPERVISOR",
    "分管（协管）领导, SUPERVISOR",
    "风险级别（一、二、三级）, LEVEL",
    "风险等级（一级风险/二级风险/三级风险）, LEVEL",
    "风 险 等 级, LEVEL",
    "风险种类, CATEGORY",
    "业务处室, DEPARTMENT",
    "具体岗位, POST",
    "岗位类别, POST",
    "控制措施, MEASURES",
    "细化的防控措施, MEASURES",
    "防控要点及防控措施, MEASURES",
    "预防和控制措施, MEASURES",
    "廉政风险点及等级, RISK_POINT",
    "风险点及等级, RISK_POINT",
    "风险点名称, RISK_POINT",
    "风险项目名称, RISK_POINT",
    "廉政风险点描述, MANIFESTATION",
    "风险描述, MANIFESTATION",
    "业务事项描述, POWER_ITEM",
    "责任（牵头）部门, DEPARTMENT",
    "部门信息, DEPARTMENT",
    "重要环节, POWER_ITEM",
    "岗位职责, POWER_ITEM",
    "主要工作内容, POWER_ITEM",
    "廉洁风险点, RISK_POINT",
    "岗位名称, POST",
    "单位/科室, DEPARTMENT",
    "ＮＯ．, SEQUENCE",
    "序  号, SEQUENCE",
    "在岗人员, HOLDER",
    "监测指标, MONITORING",
    "备注, REMARK",
    "所在股室, DEPARTMENT",
    "风险防范措施, MEASURES",
    "主要风险点, RISK_POINT",
    "岗位廉政风险, RISK_POINT",
    "岗位风险, RISK_POINT",
    "科室廉洁风险点, RISK_POINT",
    "岗位风险等级, LEVEL",
    "风险岗位, POST",
    "部室, DEPARTMENT",
    "管控举措, MEASURES",
    "防范举措, MEASURES",
    "等级代码, LEVEL",
    "风险级别代码, LEVEL",
    "风险防控点, RISK_POINT",
    "廉政风险防控点, RISK_POINT",
    "风险易发点, RISK_POINT",
    "主体责任, RESPONSIBLE",
    "直接责任, RESPONSIBLE",
    "监督责任, SUPERVISOR",
    "领导责任, SUPERVISOR",
    "前期预防, MEASURES",
    "中期监控, MEASURES",
    "后期处置, MEASURES",
    "事中控制, MEASURES",
    "事后监督, MEASURES",
    "事前防控措施, MEASURES",
    "责任科室, DEPARTMENT",
    "事后处置责任人, RESPONSIBLE"
  })
  void placesAHeaderByWhatItMeans(String header, AnnexColumn expected) {
    assertThat(AnnexColumn.match(header)).contains(expected);
  }

  @ParameterizedTest(name = "{0} is no risk point column")
  @ValueSource(strings = {"岗位职责风险", "业务流程风险", "制度机制风险", "思想道德风险"})
  void aCategoryWordedAsARiskIsNoRiskPointHeader(String header) {
    assertThat(AnnexColumn.match(header)).isNotEqualTo(Optional.of(AnnexColumn.RISK_POINT));
  }

  @ParameterizedTest(name = "{0} means no column")
  @ValueSource(
      strings = {
        "创建人姓名",
        "创建时间",
        "执行年份",
        "风险发生可能性L值",
        "风险产生后果的严重性C值",
        "廉政风险值D值",
        "岗位风险编号",
        "天气",
        "联系电话",
        "权力重要程度",
        "行使频率",
        "发生概率",
        "风险点数"
      })
  void recordKeepingAndScoresMeanNoColumn(String header) {
    assertThat(AnnexColumn.match(header)).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"风险", "事项"})
  void aVagueHeaderScoresLowOrIsPlacedWeakly(String header) {
    List<HeaderMatch> c = AnnexColumn.candidates(header);
    assertThat(c).allSatisfy(m -> assertThat(m.getScore()).isLessThan(1.0));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {"风险点", "防控措施", "科室", "责任人"})
  void aKnownSpellingScoresOne(String header) {
    assertThat(AnnexColumn.candidates(header).get(0).getScore()).isEqualTo(1.0);
  }
}
