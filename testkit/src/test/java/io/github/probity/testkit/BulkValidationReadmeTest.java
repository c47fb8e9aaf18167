package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationContext;
import io.github.probity.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's bulk-validation snippet, compiled and run. */
class BulkValidationReadmeTest {

  @Test
  void theSnippetValidatesALargeLedgerOnceWithOneContext() {
    Ledger ledger = LedgerGenerator.generate(42, 10_000);
    Clock clock = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    // tag::bulk-validation[]
    RuleSet rules = RuleSet.standard(); // immutable: share it between threads
    ValidationContext context = ValidationContext.of(ledger, clock); // one per validation
    ValidationReport report = rules.validate(context); // one shared pass over all risk points
    int errors = report.count(Severity.ERROR);
    List<Finding> overdue = report.byRule("PR-MEASURE-003"); // in owner, then point order
    // end::bulk-validation[]
    assertThat(report).isEqualTo(rules.validate(ledger, clock));
    assertThat(errors).isPositive();
    assertThat(overdue).isNotEmpty().allMatch(v -> v.getLocation().text().endsWith(".deadline"));
  }
}
