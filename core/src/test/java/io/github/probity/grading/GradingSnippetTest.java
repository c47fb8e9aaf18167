package io.github.probity.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's grading snippet, compiled and run. */
class GradingSnippetTest {

  @Test
  void readmeSnippet() {
    Ledger ledger =
        Fixtures.ledger(
            List.of(
                Fixtures.point("RP-0001", RiskOwner.post(Fixtures.POST))
                    .powerItem("PI-FIN")
                    .factors(Fixtures.factors(5, 4, 4))
                    .build()));

    // --- snippet start
    RiskGrader grader = RiskGrader.standard(); // or RiskGrader.byId("count-rule")
    GradingContext context =
        GradingContext.builder()
            .ledger(ledger)
            .clock(Clock.fixed(Instant.parse("2026-03-01T00:00:00Z"), ZoneOffset.UTC))
            .build();
    RiskPoint point = ledger.riskPoint("RP-0001").orElseThrow();

    Grade grade = grader.grade(point, context);
    System.out.println(grade.getLevel().displayName()); // 高
    System.out.println(grade.explain(Locale.CHINA)); // 权力重要程度 5（评估值）× 权重 3；…
    RiskLevel fast = grader.level(point, context); // level only, no explanation

    RegradingReport report =
        RegradingReport.regrade(RiskGrader.of(GradingPolicy.countRule()), context);
    List<SupervisionAssignment> supervision = SupervisionAssignment.derive(ledger);
    // --- snippet end

    assertThat(grade.getLevel()).isEqualTo(RiskLevel.HIGH).isEqualTo(fast);
    assertThat(grade.explain(Locale.CHINA)).startsWith("权力重要程度 5（评估值）× 权重 3");
    assertThat(report.getChanges()).hasSize(1);
    assertThat(supervision).isEmpty();
  }
}
