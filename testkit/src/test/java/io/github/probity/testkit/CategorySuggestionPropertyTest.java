package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.CategorySuggestion;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskPoint;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Category suggestions on generated ledgers: most are right, few are wrong. */
class CategorySuggestionPropertyTest {

  static LongStream seeds() {
    return LongStream.range(0, 50);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void mostSuggestionsAreRightOnGeneratedLedgers(long seed) {
    int right = 0;
    int wrong = 0;
    for (RiskPoint p : LedgerGenerator.generate(seed).getRiskPoints()) {
      Optional<RiskCategory> s = CategorySuggestion.suggest(p.getTitle(), p.getManifestation());
      if (s.isPresent()) {
        if (s.get() == p.getCategory()) {
          right++;
        } else {
          wrong++;
        }
      }
    }
    assertThat(right).as("right %d, wrong %d", right, wrong).isGreaterThan(4 * wrong);
  }
}
