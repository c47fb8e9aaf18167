package io.github.probity.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Lists inside one cell, in every style units write, and the numbers that are no markers. */
class AnnexTextListTest {

  static Stream<Arguments> everyStyle() {
    return Stream.of(
        arguments(
            "1.严格执行预算编制规程；2.预算调整须经党组会集体研究；3.预算批复结果按规定公开。",
            List.of("严格执行预算编制规程", "预算调整须经党组会集体研究", "预算批复结果按规定公开。")),
        arguments("1．严格审核报销凭证\n2．实行财务双人复核", List.of("严格审核报销凭证", "实行财务双人复核")),
        arguments("1.严格审核报销凭证\n2．实行财务双人复核", List.of("严格审核报销凭证", "实行财务双人复核")),
        arguments("1、建立供应商库\n2、采购需求集体论证\n3、履约验收双人参与", List.of("建立供应商库", "采购需求集体论证", "履约验收双人参与")),
        arguments("1)严格执行回避制度 2)评审专家随机抽取", List.of("严格执行回避制度", "评审专家随机抽取")),
        arguments("1）严格执行回避制度；2）评审专家随机抽取", List.of("严格执行回避制度", "评审专家随机抽取")),
        arguments("1：签订廉政承诺书；2：开展警示教育", List.of("签订廉政承诺书", "开展警示教育")),
        arguments("(1)严格执行公务接待标准(2)接待清单报审", List.of("严格执行公务接待标准", "接待清单报审")),
        arguments(
            "（1）严格执行公务接待标准；\r\n（2）接待清单报审；\r\n（3）每季度公示。", List.of("严格执行公务接待标准", "接待清单报审", "每季度公示。")),
        arguments("①会前充分酝酿②会议记录存档③决议执行情况督办", List.of("会前充分酝酿", "会议记录存档", "决议执行情况督办")),
        arguments("一是加强廉政教育；二是完善内控制度；三是强化监督检查。", List.of("加强廉政教育", "完善内控制度", "强化监督检查。")),
        arguments("一是加强廉政教育，二是完善内控制度", List.of("加强廉政教育", "完善内控制度")),
        arguments("一是加强廉政教育。二是完善内控制度。", List.of("加强廉政教育。", "完善内控制度。")),
        arguments("第一，坚持集体决策；第二，实行全程留痕", List.of("坚持集体决策", "实行全程留痕")),
        arguments("其一，查阅须经审批；其二，查阅全程登记", List.of("查阅须经审批", "查阅全程登记")),
        arguments("其一、集体研究\n其二、结果公示", List.of("集体研究", "结果公示")),
        arguments("第一、坚持集体决策\n第二、实行全程留痕", List.of("坚持集体决策", "实行全程留痕")),
        arguments("第一是坚持集体决策；第二是实行全程留痕", List.of("坚持集体决策", "实行全程留痕")),
        arguments("一、健全制度\n二、强化监督\n三、严肃问责", List.of("健全制度", "强化监督", "严肃问责")),
        arguments("一．健全制度；二．强化监督", List.of("健全制度", "强化监督")),
        arguments("（一）健全制度（二）强化监督（三）严肃问责", List.of("健全制度", "强化监督", "严肃问责")),
        arguments("(一)健全制度\n(二)强化监督", List.of("健全制度", "强化监督")),
        arguments("•严格审核\n•集体研究", List.of("严格审核", "集体研究")),
        arguments("· 严格审核\n· 集体研究", List.of("严格审核", "集体研究")),
        arguments("●严格审核；\n●集体研究；", List.of("严格审核", "集体研究")),
        arguments("○严格审核\n○集体研究", List.of("严格审核", "集体研究")),
        arguments("■严格审核\n\n■集体研究", List.of("严格审核", "集体研究")),
        arguments("□严格审核\n□集体研究", List.of("严格审核", "集体研究")),
        arguments("◆严格审核\n  ◆集体研究", List.of("严格审核", "集体研究")),
        arguments("▲严格审核\n▲集体研究", List.of("严格审核", "集体研究")),
        arguments("- 严格审核\n- 集体研究", List.of("严格审核", "集体研究")),
        arguments("*严格审核\n*集体研究", List.of("严格审核", "集体研究")),
        arguments("——严格审核\n——集体研究", List.of("严格审核", "集体研究")),
        arguments("1.1 严格审核申报材料\n1.2 集体研究确定结果", List.of("严格审核申报材料", "集体研究确定结果")),
        arguments("10.1严格审核；10.2集体研究；10.3网上公示", List.of("严格审核", "集体研究", "网上公示")),
        arguments("3.1、严格审核\n3.2、集体研究", List.of("严格审核", "集体研究")),
        arguments("1.1 严格审核\n1.2 集体研究\n2.1 网上公示", List.of("严格审核", "集体研究", "网上公示")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyStyle")
  void splitsEveryStyle(String cell, List<String> items) {
    assertThat(AnnexText.splitNumbered(cell)).isEqualTo(items);
  }

  @Test
  void countsPastNine() {
    List<String> items = new ArrayList<>();
    StringBuilder arabic = new StringBuilder();
    StringBuilder circled = new StringBuilder();
    StringBuilder chinese = new StringBuilder();
    String[] numerals = {
      "一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二", "十三", "十四", "十五", "十六", "十七",
      "十八", "十九", "二十"
    };
    for (int i = 1; i <= 20; i++) {
      String item = "第" + numerals[i - 1] + "项措施落实";
      items.add(item);
      arabic.append(i).append('.').append(item).append('；');
      circled.append((char) ('\u2460' + i - 1)).append(item);
      chinese.append(numerals[i - 1]).append("是").append(item).append('；');
    }
    assertThat(AnnexText.splitNumbered(arabic.toString())).isEqualTo(items);
    assertThat(AnnexText.splitNumbered(circled.toString())).isEqualTo(items);
    assertThat(AnnexText.splitNumbered(chinese.toString())).isEqualTo(items);
  }

  static Stream<Arguments> numbersInsideItems() {
    return Stream.of(
        arguments(
            "1.对50万元以上项目集体研究；2.按3.5%比例提取；3.落实第一责任人职责",
            List.of("对50万元以上项目集体研究", "按3.5%比例提取", "落实第一责任人职责")),
        arguments(
            "1.编制2024-2026年规划；2.第1季度完成自查；3.在3个工作日内办结",
            List.of("编制2024-2026年规划", "第1季度完成自查", "在3个工作日内办结")),
        arguments("1.按1.5倍标准审核\n2.超过10.5%须说明", List.of("按1.5倍标准审核", "超过10.5%须说明")),
        arguments("1.1 按1.5倍标准审核；1.2 增幅3.5%以上报批", List.of("按1.5倍标准审核", "增幅3.5%以上报批")),
        arguments("一是统一是非标准，二是落实第一责任人", List.of("统一是非标准", "落实第一责任人")),
        arguments("第一，执行第二条规定；第二，落实第一责任人", List.of("执行第二条规定", "落实第一责任人")),
        arguments("一、分一、二类管理\n二、严格审核", List.of("分一、二类管理", "严格审核")),
        arguments("1.严格审核，包括（1）票据审核（2）金额复核；2.网上公示", List.of("严格审核，包括（1）票据审核（2）金额复核", "网上公示")),
        arguments("（1）严格审核，分1.票据2.金额；（2）网上公示", List.of("严格审核，分1.票据2.金额", "网上公示")),
        arguments("1）审核（2）复核；2）公示", List.of("审核（2）复核", "公示")),
        arguments("1.严格审核3.集体研究2.网上公示", List.of("严格审核3.集体研究", "网上公示")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("numbersInsideItems")
  void keepsNumbersThatAreNoMarkersInsideItems(String cell, List<String> items) {
    assertThat(AnnexText.splitNumbered(cell)).isEqualTo(items);
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "50万元以上项目集体研究",
        "按3.5%比例提取",
        "落实第一责任人职责",
        "第一责任人负责；第二责任人协助",
        "2024-2026年规划编制",
        "1.5倍标准审核",
        "1.5万元以上报批",
        "1.50万元以上集体研究",
        "1.1倍标准审核",
        "3.5%以上增幅须说明",
        "第1季度完成自查",
        "3个工作日内办结",
        "10个工作日内办结",
        "一把手末位表态",
        "一岗双责落实不到位",
        "统一是非标准",
        "第二条规定执行不严",
        "严格执行第2.条和第3.条",
        "措施：1.严格审核；2.集体研究",
        "2.严格审核；3.集体研究",
        "二是严格审核",
        "防控措施：\n•严格审核\n•集体研究",
        "•严格审核\n●集体研究",
        "•严格审核\n续写的说明",
        "-5%以内",
        "*注：以上金额含税",
        "——严格审核",
        "1、",
        "①",
        "①②",
        "1.；2.",
        "1.1 严格审核",
        "10.1 严格审核",
        "一、二级单位廉政风险排查",
        "第一、二季度完成自查",
        "1、2月份完成自查",
        "1:1配套资金审核",
        "1.15前完成自查",
        "其他人员不得经手",
        "其一、二级单位自查"
      })
  void keepsTextThatIsNoList(String cell) {
    assertThat(AnnexText.splitNumbered(cell)).containsExactly(cell);
  }

  static Stream<Arguments> singleItems() {
    return Stream.of(
        arguments("1.违规调整预算", "违规调整预算"),
        arguments("1、违规调整预算；", "违规调整预算"),
        arguments("1）违规调整预算", "违规调整预算"),
        arguments("（1）违规调整预算。", "违规调整预算。"),
        arguments("①公车私用", "公车私用"),
        arguments("一是加强监督", "加强监督"),
        arguments("第一，坚持集体决策", "坚持集体决策"),
        arguments("一、健全制度", "健全制度"),
        arguments("一、三重一大事项集体决策", "三重一大事项集体决策"),
        arguments("（一）健全制度", "健全制度"),
        arguments("•严格审核", "严格审核"),
        arguments("▲ 严格审核", "严格审核"),
        arguments("1. 5万元以上集体研究", "5万元以上集体研究"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("singleItems")
  void stripsTheMarkerOfASingleItem(String cell, String item) {
    assertThat(AnnexText.splitNumbered(cell)).containsExactly(item);
  }

  @Test
  void splitsTheListInsideASingleItem() {
    assertThat(AnnexText.splitNumbered("1.（1）票据审核（2）金额复核")).containsExactly("票据审核", "金额复核");
    assertThat(AnnexText.splitNumbered("1.\n1.1 票据审核\n1.2 金额复核")).containsExactly("票据审核", "金额复核");
  }

  @Test
  void keepsTodaysRulesForSeparatorsAndBlankCells() {
    assertThat(AnnexText.splitNumbered("审批结果网上公示。")).containsExactly("审批结果网上公示。");
    assertThat(AnnexText.splitNumbered("1.严格审核；；\n2.网上公示；")).containsExactly("严格审核", "网上公示");
    assertThat(AnnexText.splitNumbered("1.严格审核，2.网上公示、")).containsExactly("严格审核", "网上公示");
    assertThat(AnnexText.splitNumbered("1.；2.网上公示")).containsExactly("网上公示");
    assertThat(AnnexText.splitNumbered("\u3000\n")).isEmpty();
  }
}
