package io.github.probity.annex;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.OwnerScope;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AnnexTextTest {

  @Test
  void splitsNumberedListsInEveryCommonForm() {
    assertThat(AnnexText.splitNumbered("1.严格审核；2.双人复核；3.公开结果。"))
        .containsExactly("严格审核", "双人复核", "公开结果。");
    assertThat(AnnexText.splitNumbered("1、严格审核\n2、双人复核")).containsExactly("严格审核", "双人复核");
    assertThat(AnnexText.splitNumbered("（1）严格审核（2）双人复核")).containsExactly("严格审核", "双人复核");
    assertThat(AnnexText.splitNumbered("①严格审核；②双人复核")).containsExactly("严格审核", "双人复核");
    assertThat(AnnexText.splitNumbered("1．严格审核把关2．双人复核")).containsExactly("严格审核把关", "双人复核");
  }

  @Test
  void keepsTextWhoseNumbersAreNotAList() {
    assertThat(AnnexText.splitNumbered("按1.5倍标准审核")).containsExactly("按1.5倍标准审核");
    assertThat(AnnexText.splitNumbered("严格执行第2.条和第3.条")).containsExactly("严格执行第2.条和第3.条");
    assertThat(AnnexText.splitNumbered("　 ")).isEmpty();
  }

  @Test
  void singleNumberedItemLosesItsMarker() {
    assertThat(AnnexText.splitNumbered("1.严格审核")).containsExactly("严格审核");
  }

  @Test
  void joinAndSplitAreInverse() {
    List<String> items = List.of("严格审核", "=SUM(A1)", "+86 电话核实", "5万元以上集体研究", "3.5倍标准");
    assertThat(AnnexText.splitNumbered(AnnexText.joinNumbered(items))).isEqualTo(items);
    assertThat(AnnexText.joinNumbered(List.of("仅一条"))).isEqualTo("仅一条");
  }

  @Test
  void cleansFullWidthSpacesAndLineBreaks() {
    assertThat(AnnexText.clean("\u3000 采购审核\r\n复核\u00A0")).isEqualTo("采购审核\n复核");
    assertThat(AnnexText.splitNames("张三、李四，王五 / 赵六")).containsExactly("张三", "李四", "王五", "赵六");
  }

  @Test
  void cleansInvisibleCharactersAndEntitiesButKeepsQuotesAndDashes() {
    assertThat(AnnexText.clean("\u200B采购\u200D审核\uFEFF")).isEqualTo("采购审核");
    assertThat(AnnexText.clean("采购&nbsp;审核\u2060")).isEqualTo("采购 审核");
    assertThat(AnnexText.clean("“双人复核”——定期轮岗…")).isEqualTo("“双人复核”——定期轮岗…");
    assertThat(AnnexText.clean("A&B")).isEqualTo("A&B");
    assertThat(AnnexText.clean("  已清理  ")).isEqualTo("已清理");
  }

  @ParameterizedTest
  @CsvSource({
    "张明（局长）,张明,局长",
    "张明(副局长),张明,副局长",
    "党组书记、局长,党组书记、局长,党组书记、局长",
    "张明,张明,''",
    "局长 马\u3000骏,马骏,局长",
    "严\u3000\u3000斌\u3000副局长,严斌,副局长",
    "党委书记、镇长 王刚,王刚,党委书记、镇长"
  })
  void parsesLeaderCells(String cell, String name, String role) {
    assertThat(AnnexText.parseLeaderCell(cell)).containsExactly(name, role);
  }

  @Test
  void readsRolesThenTheNameOnTheNextLine() {
    assertThat(AnnexText.parseLeaderCell("党委委员、副镇长\n周立")).containsExactly("周立", "党委委员、副镇长");
  }

  @Test
  void matchesHeadersBySynonymIgnoringSpacesAndNotes() {
    assertThat(AnnexColumn.match("风险名称")).contains(AnnexColumn.RISK_POINT);
    assertThat(AnnexColumn.match("防控要点及防控措施")).contains(AnnexColumn.MEASURES);
    assertThat(AnnexColumn.match("预防和控制措施")).contains(AnnexColumn.MEASURES);
    assertThat(AnnexColumn.match("单位/科室")).contains(AnnexColumn.DEPARTMENT);
    assertThat(AnnexColumn.match("风 险 等 级\n（高/中/低）")).contains(AnnexColumn.LEVEL);
    assertThat(AnnexColumn.match("廉政风险主要内容及表现形式")).contains(AnnexColumn.MANIFESTATION);
    assertThat(AnnexColumn.match("责任主体")).contains(AnnexColumn.OWNER);
    assertThat(AnnexColumn.match("天气")).isEmpty();
  }

  @Test
  void recognisesTableKindsInSheetNamesAndTitles() {
    assertThat(AnnexKind.recognise("附件3 个人")).contains(AnnexKind.PERSONAL);
    assertThat(AnnexKind.recognise("XX局廉政风险识别及防范措施一览表（科室）")).contains(AnnexKind.DEPARTMENT);
    assertThat(AnnexKind.recognise("领导班子")).contains(AnnexKind.LEADERSHIP_GROUP);
    assertThat(AnnexKind.recognise("Sheet1")).isEmpty();
    assertThat(AnnexKind.forScope(OwnerScope.LEADER)).isEqualTo(AnnexKind.LEADERSHIP_GROUP);
    assertThat(AnnexKind.PERSONAL.title("示例区财政局")).isEqualTo("示例区财政局廉政风险识别及防范措施一览表（个人）");
  }

  /**
   * 党委 or 党组 in a name is often the unit's or a department's (党委办公室, XX镇党委 in a ledger's title),
   * not the 三重一大 decisions of the group.
   */
  @Test
  void aPartyCommitteeInANameIsNoLeadershipGroupTable() {
    assertThat(AnnexKind.recognise("党委办公室")).isEmpty();
    assertThat(AnnexKind.recognise("中共某镇党委廉政风险防控台账")).contains(AnnexKind.LEDGER);
    assertThat(AnnexKind.recognise("某区教育局党组“三重一大”事项决策廉政风险防控表"))
        .contains(AnnexKind.LEADERSHIP_GROUP);
  }
}
