package io.github.probity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class EnumsTest {

  interface Parser {
    Coded parse(String text);
  }

  static Stream<Arguments> enums() {
    return Stream.of(
        Arguments.of(RiskLevel.class, (Parser) RiskLevel::parse),
        Arguments.of(RiskCategory.class, (Parser) RiskCategory::parse),
        Arguments.of(LevelLabelStyle.class, (Parser) LevelLabelStyle::parse),
        Arguments.of(OwnerScope.class, (Parser) OwnerScope::parse),
        Arguments.of(PowerKind.class, (Parser) PowerKind::parse),
        Arguments.of(Discretion.class, (Parser) Discretion::parse),
        Arguments.of(Frequency.class, (Parser) Frequency::parse),
        Arguments.of(MeasureType.class, (Parser) MeasureType::parse),
        Arguments.of(MeasureStatus.class, (Parser) MeasureStatus::parse),
        Arguments.of(Effectiveness.class, (Parser) Effectiveness::parse));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void codesAreStableAsciiAndUniqueAndLabelsAreChinese(Class<? extends Coded> type, Parser parser) {
    List<Coded> values = Arrays.asList(type.getEnumConstants());
    assertThat(values)
        .extracting(Coded::code)
        .doesNotHaveDuplicates()
        .allMatch(c -> c.matches("[A-Z_]+"));
    assertThat(values)
        .extracting(Coded::displayName)
        .doesNotHaveDuplicates()
        .allMatch(
            l ->
                l.codePoints()
                    .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN));
    assertThat(values).allSatisfy(v -> assertThat(v.code()).isEqualTo(((Enum<?>) v).name()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void parsesCodeLabelCaseAndSurroundingSpaces(Class<? extends Coded> type, Parser parser) {
    for (Coded v : type.getEnumConstants()) {
      assertThat(parser.parse(v.code())).isSameAs(v);
      assertThat(parser.parse(v.displayName())).isSameAs(v);
      assertThat(parser.parse(" " + v.code().toLowerCase(Locale.ROOT) + "\t")).isSameAs(v);
      assertThat(parser.parse("\u3000" + v.displayName() + "\u3000")).isSameAs(v);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("enums")
  void unknownTextFailsListingEveryValidValue(Class<? extends Coded> type, Parser parser) {
    assertThatThrownBy(() -> parser.parse("不存在的值"))
        .isInstanceOfSatisfying(
            InvalidCodeException.class,
            e -> {
              assertThat(e.getInput()).isEqualTo("不存在的值");
              assertThat(e.getType()).contains(type.getSimpleName());
              assertThat(e.getValidValues()).hasSize(type.getEnumConstants().length);
              for (Coded v : type.getEnumConstants()) {
                assertThat(e.getMessage()).contains(v.code() + "(" + v.displayName() + ")");
              }
            });
    assertThatThrownBy(() -> parser.parse("")).isInstanceOf(InvalidCodeException.class);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "高, HIGH",
    "一级, HIGH",
    "★★★, HIGH",
    "☆☆☆, HIGH",
    "***, HIGH",
    "high, HIGH",
    "H, HIGH",
    "高风险, HIGH",
    "1级, HIGH",
    "I级, HIGH",
    "一般, MEDIUM",
    "中, MEDIUM",
    "二级, MEDIUM",
    "★★, MEDIUM",
    "☆☆, MEDIUM",
    "**, MEDIUM",
    "medium, MEDIUM",
    "M, MEDIUM",
    "中等, MEDIUM",
    "一般风险, MEDIUM",
    "中风险, MEDIUM",
    "2级, MEDIUM",
    "II级, MEDIUM",
    "低, LOW",
    "三级, LOW",
    "★, LOW",
    "☆, LOW",
    "*, LOW",
    "low, LOW",
    "L, LOW",
    "较低, LOW",
    "低风险, LOW",
    "3级, LOW",
    "III级, LOW"
  })
  void riskLevelAcceptsEverySynonym(String text, RiskLevel expected) {
    assertThat(RiskLevel.parse(text)).isSameAs(expected);
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "思想道德风险, IDEOLOGY",
    "思想, IDEOLOGY",
    "道德风险, IDEOLOGY",
    "思想道德类, IDEOLOGY",
    "制度机制风险, INSTITUTION",
    "制度, INSTITUTION",
    "机制, INSTITUTION",
    "制度风险, INSTITUTION",
    "机制风险, INSTITUTION",
    "制度机制类, INSTITUTION",
    "岗位职责风险, DUTY",
    "岗位, DUTY",
    "职责, DUTY",
    "岗位风险, DUTY",
    "职责风险, DUTY",
    "岗位职责类, DUTY",
    "业务流程风险, PROCESS",
    "流程, PROCESS",
    "业务, PROCESS",
    "流程风险, PROCESS",
    "业务风险, PROCESS",
    "业务流程类, PROCESS",
    "权力运行, PROCESS",
    "权力运行风险, PROCESS",
    "外部环境风险, EXTERNAL",
    "外部, EXTERNAL",
    "环境, EXTERNAL",
    "外部风险, EXTERNAL",
    "环境风险, EXTERNAL",
    "外部环境类, EXTERNAL"
  })
  void riskCategoryAcceptsEverySynonym(String text, RiskCategory expected) {
    assertThat(RiskCategory.parse(text)).isSameAs(expected);
  }

  @ParameterizedTest(name = "{0}: {1} -> {2}")
  @CsvSource({
    "OwnerScope, 班子, LEADERSHIP_GROUP",
    "OwnerScope, 领导干部, LEADER",
    "OwnerScope, 领导, LEADER",
    "OwnerScope, 部门, DEPARTMENT",
    "OwnerScope, 处室, DEPARTMENT",
    "OwnerScope, 个人, POST",
    "PowerKind, 人事权, PERSONNEL",
    "PowerKind, 行政许可, APPROVAL",
    "PowerKind, 监督检查, SUPERVISION",
    "PowerKind, 资金, FINANCE",
    "PowerKind, 政府采购, PROCUREMENT",
    "PowerKind, 工程项目, CONSTRUCTION",
    "PowerKind, 行政处罚, ENFORCEMENT",
    "PowerKind, 其它, OTHER",
    "Discretion, 无裁量, NONE",
    "Discretion, 有限, LIMITED",
    "Discretion, 大, CONSIDERABLE",
    "Discretion, 无限制, UNLIMITED",
    "Frequency, 经常, DAILY",
    "Frequency, 周, WEEKLY",
    "Frequency, 月, MONTHLY",
    "Frequency, 季度, QUARTERLY",
    "Frequency, 年度, YEARLY",
    "Frequency, 不定期, OCCASIONAL",
    "MeasureType, 制度, INSTITUTIONAL",
    "MeasureType, 程序, PROCESS",
    "MeasureType, 思想教育, EDUCATION",
    "MeasureType, 检查, SUPERVISION",
    "MeasureType, 信息化, TECHNOLOGY",
    "MeasureType, 不相容岗位分离, SEPARATION_OF_DUTIES"
  })
  void otherEnumsAcceptTheirSynonyms(String type, String text, String expectedCode) {
    Parser parser =
        enums()
            .filter(a -> ((Class<?>) a.get()[0]).getSimpleName().equals(type))
            .map(a -> (Parser) a.get()[1])
            .findFirst()
            .orElseThrow();
    assertThat(parser.parse(text).code()).isEqualTo(expectedCode);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"HIGH, 高, 高, 一级, 3", "MEDIUM, 一般, 中, 二级, 2", "LOW, 低, 低, 三级, 1"})
  void riskLevelLabelsInEveryStyleAndOrdersByRank(
      RiskLevel level, String general, String medium, String tier, int rank) {
    assertThat(level.label(LevelLabelStyle.HIGH_GENERAL_LOW)).isEqualTo(general);
    assertThat(level.label(LevelLabelStyle.HIGH_MEDIUM_LOW)).isEqualTo(medium);
    assertThat(level.label(LevelLabelStyle.TIER)).isEqualTo(tier);
    assertThat(level.rank()).isEqualTo(rank);
    assertThat(RiskLevel.ofRank(rank)).isSameAs(level);
    assertThat(level.isAtLeast(RiskLevel.LOW)).isTrue();
    assertThat(RiskLevel.HIGH.isAtLeast(level)).isTrue();
    assertThat(RiskLevel.max(level, RiskLevel.MEDIUM).rank()).isEqualTo(Math.max(rank, 2));
  }

  @ParameterizedTest(name = "rank {0}")
  @CsvSource({"0", "4", "-1"})
  void ofRankRejectsOutOfScale(int rank) {
    assertThatThrownBy(() -> RiskLevel.ofRank(rank)).hasMessageContaining("was " + rank);
  }
}
