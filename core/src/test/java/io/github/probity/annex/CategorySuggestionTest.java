package io.github.probity.annex;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.RiskCategory;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Category suggestions from the words of a risk point. */
class CategorySuggestionTest {

  @ParameterizedTest(name = "{0} → {1}")
  @CsvSource({
    "理想信念动摇、放松学习, IDEOLOGY",
    "接待经费管理制度不健全, INSTITUTION",
    "利用审批职务便利以权谋私, DUTY",
    "验收未按规定程序办理, PROCESS",
    "招投标中接受投标人宴请, EXTERNAL"
  })
  void suggestsTheCategoryItsWordsSpeakOf(String title, RiskCategory expected) {
    assertThat(CategorySuggestion.suggest(title, Optional.empty())).contains(expected);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"资产管理", "档案借阅"})
  void suggestsNothingWhereTheWordsSayNothing(String title) {
    assertThat(CategorySuggestion.suggest(title, Optional.empty())).isEmpty();
  }
}
