package io.github.probity.annex;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.RiskLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The level written inside a risk-point cell. */
class AnnexTextLevelTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "公车私用★★★|公车私用|HIGH",
        "公车私用★★|公车私用|MEDIUM",
        "公车私用★|公车私用|LOW",
        "公车私用 ★★☆|公车私用|MEDIUM",
        "公车私用★☆☆|公车私用|LOW",
        "公车私用☆★★|公车私用|MEDIUM",
        "★★★公车私用|公车私用|HIGH",
        "虚报冒领（高）|虚报冒领|HIGH",
        "虚报冒领(中)|虚报冒领|MEDIUM",
        "虚报冒领（一般）|虚报冒领|MEDIUM",
        "虚报冒领（低）|虚报冒领|LOW",
        "虚报冒领（一级）|虚报冒领|HIGH",
        "虚报冒领（二级风险）|虚报冒领|MEDIUM",
        "虚报冒领（三级）|虚报冒领|LOW",
        "虚报冒领（一般风险）|虚报冒领|MEDIUM",
        "虚报冒领（较低）|虚报冒领|LOW",
        "虚报冒领（ 中等 ）|虚报冒领|MEDIUM",
        "虚报冒领【高】|虚报冒领|HIGH",
        "虚报冒领[高风险]|虚报冒领|HIGH",
        "虚报冒领〔低风险〕|虚报冒领|LOW",
        "虚报冒领（风险等级：高）|虚报冒领|HIGH",
        "虚报冒领（风险级别:中）|虚报冒领|MEDIUM",
        "虚报冒领（等级 低）|虚报冒领|LOW",
        "虚报冒领，风险等级：高|虚报冒领|HIGH",
        "虚报冒领 风险等级：一级|虚报冒领|HIGH",
        "虚报冒领（高）。|虚报冒领。|HIGH",
        "虚报冒领★★。|虚报冒领。|MEDIUM",
        "虚报冒领，风险等级：低。|虚报冒领。|LOW",
        "虚报冒领（高）；|虚报冒领|HIGH",
        "【高】公车私用|公车私用|HIGH",
        "（中）公车私用|公车私用|MEDIUM",
        "[一级] 公车私用|公车私用|HIGH",
        "采购管理（试行）执行不严（高）|采购管理（试行）执行不严|HIGH",
        "资金拨付（含下属单位）★★★|资金拨付（含下属单位）|HIGH",
        "（高）|''|HIGH"
      })
  void takesTheLevelOutOfTheText(String cell, String text, RiskLevel level) {
    assertThat(AnnexText.levelInText(cell)).isEqualTo(LevelledText.of(text, level));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(
      strings = {
        "公车私用",
        "采购管理（试行）",
        "资金拨付（含下属单位）",
        "（高速公路）养护资金拨付",
        "（试行）采购管理",
        "收费标准偏高",
        "风险等级评定不准确",
        "采购需求审核把关不严（二）",
        "采购需求审核把关不严（一）",
        "审批（高级职称）",
        "公车私用☆☆☆",
        "公车私用★★★★",
        "虚报冒领（H）",
        "虚报冒领(L)",
        "虚报冒领***",
        "执行“三重一大”制度不严（含二级单位）",
        "高"
      })
  void leavesTextWithoutALevelMarkAsItIs(String cell) {
    assertThat(AnnexText.levelInText(cell)).isEqualTo(LevelledText.of(cell));
  }

  @Test
  void cleansTheTextEvenWithoutMark() {
    assertThat(AnnexText.levelInText("\u3000公车私用 \r\n")).isEqualTo(LevelledText.of("公车私用"));
    assertThat(AnnexText.levelInText(" ")).isEqualTo(LevelledText.of(""));
  }

  @Test
  void readsTheLevelOfEachNumberedPoint() {
    assertThat(AnnexText.splitNumberedWithLevels("1.虚报冒领（高）；2.超标报销（中）；3.公车私用"))
        .containsExactly(
            LevelledText.of("虚报冒领", RiskLevel.HIGH),
            LevelledText.of("超标报销", RiskLevel.MEDIUM),
            LevelledText.of("公车私用"));
    assertThat(AnnexText.splitNumberedWithLevels("①虚报冒领★★★\n②超标报销★☆☆"))
        .containsExactly(
            LevelledText.of("虚报冒领", RiskLevel.HIGH), LevelledText.of("超标报销", RiskLevel.LOW));
    assertThat(AnnexText.splitNumberedWithLevels("1.虚报冒领（高）"))
        .containsExactly(LevelledText.of("虚报冒领", RiskLevel.HIGH));
    assertThat(AnnexText.splitNumberedWithLevels("虚报冒领★★"))
        .containsExactly(LevelledText.of("虚报冒领", RiskLevel.MEDIUM));
    assertThat(AnnexText.splitNumberedWithLevels("")).isEmpty();
    assertThat(AnnexText.splitNumberedWithLevels("【高】"))
        .containsExactly(LevelledText.of("", RiskLevel.HIGH));
  }

  @Test
  void givesALevelBeforeTheWholeListToEveryPointWithoutItsOwn() {
    assertThat(AnnexText.splitNumberedWithLevels("【高】1.虚报冒领；2.超标报销（低）"))
        .containsExactly(
            LevelledText.of("虚报冒领", RiskLevel.HIGH), LevelledText.of("超标报销", RiskLevel.LOW));
    assertThat(AnnexText.splitNumberedWithLevels("【高】1.虚报冒领"))
        .containsExactly(LevelledText.of("虚报冒领", RiskLevel.HIGH));
    assertThat(AnnexText.splitNumberedWithLevels("【高】虚报冒领（低）"))
        .containsExactly(LevelledText.of("【高】虚报冒领", RiskLevel.LOW));
    assertThat(AnnexText.splitNumberedWithLevels("1.虚报冒领\n2.超标报销（高）"))
        .containsExactly(LevelledText.of("虚报冒领"), LevelledText.of("超标报销", RiskLevel.HIGH));
  }
}
