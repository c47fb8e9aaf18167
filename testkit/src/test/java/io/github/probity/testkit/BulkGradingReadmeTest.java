package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.grading.GradingContext;
import io.github.probity.grading.RegradingReport;
import io.github.probity.grading.RiskGrader;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's bulk-grading snippet, compiled and run. */
class BulkGradingReadmeTest {

  @Test
  void theSnippetGradesAWholeLedgerLikePointByPoint() {
    Ledger ledger = LedgerGenerator.generate(42, 10_000);
    // tag::bulk-grading[]
    RiskGrader grader = RiskGrader.standard();
    GradingContext context = GradingContext.of(ledger); // reuse it: it keeps what it resolved
    List<RiskLevel> levels = grader.levels(context); // one level per risk point, in ledger order
    long high = levels.stream().filter(level -> level == RiskLevel.HIGH).count();
    RegradingReport report = RegradingReport.regrade(grader, context); // bulk inside as well
    // end::bulk-grading[]
    List<RiskPoint> points = ledger.getRiskPoints();
    assertThat(levels).hasSize(10_000);
    long highOneByOne =
        points.stream().filter(p -> grader.level(p, context) == RiskLevel.HIGH).count();
    assertThat(high).isEqualTo(highOneByOne).isPositive();
    assertThat(report.getGradedCount()).isEqualTo(10_000);
  }
}
