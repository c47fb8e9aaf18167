package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.review.ReviewAction;
import io.github.probity.review.ReviewState;
import io.github.probity.review.ReviewStep;
import org.junit.jupiter.api.Test;

class ReviewAndArchiveTest {

  @Test
  void theExampleFilesTheMeasureOpensTheArchiveAndRedactsNames() {
    ReviewAndArchive.Result result = ReviewAndArchive.run();

    assertThat(result.measure().state()).isEqualTo(ReviewState.FILED);
    assertThat(result.measure().getTrail())
        .extracting(ReviewStep::getAction)
        .containsExactly(
            ReviewAction.DRAFT, ReviewAction.PUBLICISE, ReviewAction.REVIEW, ReviewAction.FILE);
    assertThat(result.archive().verify().isIntact()).isTrue();
    assertThat(result.archive().current().getContent().getReviews())
        .containsExactly(result.measure());
    assertThat(result.disclosure().text())
        .contains("采购需求审核把关不严")
        .doesNotContain("王建国", "李文华", "赵敏");
  }
}
