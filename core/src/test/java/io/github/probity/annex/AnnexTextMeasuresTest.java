package io.github.probity.annex;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Measures cells split per risk point when their numbering pairs with the points. */
class AnnexTextMeasuresTest {

  static Stream<Arguments> paired() {
    return Stream.of(
        arguments(
            "1.1 严格审核申报材料\n1.2 集体研究确定结果\n2.1 实行双人复核",
            2,
            List.of(List.of("严格审核申报材料", "集体研究确定结果"), List.of("实行双人复核"))),
        arguments(
            "1.1严格审核；1.2集体研究；2.1网上公示；3.1定期检查；3.2约谈提醒",
            3,
            List.of(List.of("严格审核", "集体研究"), List.of("网上公示"), List.of("定期检查", "约谈提醒"))),
        arguments(
            "1.（1）严格审核票据（2）实行双人复核\n2.（1）严格执行标准",
            2,
            List.of(List.of("严格审核票据", "实行双人复核"), List.of("严格执行标准"))),
        arguments(
            "1.虚报冒领：（1）严格审核票据；（2）实行双人复核。\n2.超标报销：①严格执行标准②定期检查",
            2,
            List.of(List.of("虚报冒领", "严格审核票据", "实行双人复核。"), List.of("超标报销", "严格执行标准", "定期检查"))),
        arguments(
            "1.审批环节\n1.1 严格审核\n1.2 集体研究\n2.公示环节\n2.1 网上公示",
            2,
            List.of(List.of("审批环节", "严格审核", "集体研究"), List.of("公示环节", "网上公示"))),
        arguments(
            "一是（一）严格审核（二）集体研究；二是（一）网上公示", 2, List.of(List.of("严格审核", "集体研究"), List.of("网上公示"))),
        arguments("（1）①严格审核②集体研究\n（2）①网上公示", 2, List.of(List.of("严格审核", "集体研究"), List.of("网上公示"))));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("paired")
  void groupsMeasuresByThePointsNumbers(String cell, int points, List<List<String>> groups) {
    assertThat(AnnexText.splitMeasures(cell, points)).isEqualTo(groups);
  }

  static Stream<Arguments> unpaired() {
    return Stream.of(
        arguments("1.严格审核；2.集体研究", 2, List.of("严格审核", "集体研究")),
        arguments("1.1甲；1.2乙；2.1丙", 3, List.of("甲", "乙", "丙")),
        arguments("10.1 严格审核；10.2 集体研究", 2, List.of("严格审核", "集体研究")),
        arguments("1.（1）严格审核（2）集体研究；2.网上公示", 2, List.of("（1）严格审核（2）集体研究", "网上公示")),
        arguments("1.（1）严格审核（2）集体研究；2.（1）网上公示", 3, List.of("（1）严格审核（2）集体研究", "（1）网上公示")),
        arguments("1.审批\n3.1 严格审核\n2.公示\n3.2 网上公示", 2, List.of("审批\n3.1 严格审核", "公示\n3.2 网上公示")),
        arguments("1.严格执行第1、2项规定；2.网上公示", 2, List.of("严格执行第1、2项规定", "网上公示")),
        arguments("严格审核，集体研究", 2, List.of("严格审核，集体研究")),
        arguments("•严格审核\n•集体研究", 2, List.of("严格审核", "集体研究")),
        arguments("", 2, List.of()));
  }

  @ParameterizedTest(name = "{0} / {1}")
  @MethodSource("unpaired")
  void givesOneListWhenTheNumberingDoesNotPair(String cell, int points, List<String> all) {
    assertThat(AnnexText.splitMeasures(cell, points)).containsExactly(all);
  }

  @Test
  void onePointGetsTheSplitList() {
    assertThat(AnnexText.splitMeasures("1.1 严格审核\n1.2 集体研究", 1))
        .containsExactly(List.of("严格审核", "集体研究"));
    assertThat(AnnexText.splitMeasures("1.（1）严格审核（2）集体研究", 1))
        .containsExactly(List.of("严格审核", "集体研究"));
    assertThat(AnnexText.splitMeasures("严格审核", 1)).containsExactly(List.of("严格审核"));
    assertThat(AnnexText.splitMeasures(" ", 1)).containsExactly(List.of());
  }

  @Test
  void refusesFewerThanOnePoint() {
    assertThatThrownBy(() -> AnnexText.splitMeasures("严格审核", 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("points");
  }
}
