package io.github.probity.benchmarks;

import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.Post;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.SampleUnit;
import java.time.LocalDate;
import java.util.List;

/**
 * Large ledgers for the JSON benchmarks: the sample unit's head with any number of generated risk
 * points, made on demand so that a streaming run never holds them all. Stateless and thread-safe.
 */
final class BigLedgers {
  private static final RiskCategory[] CATEGORIES = RiskCategory.values();
  private static final RiskLevel[] LEVELS = RiskLevel.values();

  private BigLedgers() {}

  /** The sample unit's ledger without its risk points. */
  static Ledger head() {
    return Ledger.builder().from(SampleUnit.ledger()).riskPoints(List.of()).build();
  }

  /** The i-th generated risk point; it refers only to the head's posts and people. */
  static RiskPoint point(Ledger head, int i) {
    Post post = head.getPosts().get(i % head.getPosts().size());
    String person = head.getPeople().get(i % head.getPeople().size()).getId();
    return RiskPoint.builder()
        .id("RP-" + i)
        .owner(RiskOwner.post(post.getId()))
        .category(CATEGORIES[i % CATEGORIES.length])
        .title("岗位风险点第" + i + "项：审核把关不严")
        .manifestation("未严格执行审核程序，存在“人情审批”可能")
        .factors(
            RiskFactors.builder()
                .importance(1 + i % 5)
                .frequency(1 + (i / 5) % 5)
                .probability(1 + (i / 25) % 5)
                .build())
        .level(LEVELS[i % LEVELS.length])
        .addMeasures(
            Measure.builder()
                .id("M-" + i)
                .text("实行集体审核，定期抽查")
                .type(MeasureType.PROCESS)
                .deadline(LocalDate.of(2026, 1 + i % 12, 1 + i % 28))
                .build())
        .responsible(person)
        .addMonitoringIndicators("审核退回率")
        .build();
  }

  /** A whole ledger with the given number of generated risk points. */
  static Ledger ledger(int points) {
    Ledger head = head();
    Ledger.Builder b = Ledger.builder().from(head);
    for (int i = 0; i < points; i++) {
      b.addRiskPoints(point(head, i));
    }
    return b.build();
  }
}
