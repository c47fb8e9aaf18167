package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Severity;
import io.github.probity.validation.BeanValidation;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** The sample unit passes the standard rules and the model's field constraints with no error. */
class SampleUnitValidationTest {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @Test
  void theSampleUnitHasNoError() {
    ValidationReport report =
        RuleSet.standard().with(BeanValidation.rule()).validate(SampleUnit.ledger(), CLOCK);
    assertThat(report.bySeverity(Severity.ERROR)).as(report.summary()).isEmpty();
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void afterTheGradingPhaseEveryLevelIsDecidedAndNoSupervisorIsTheResponsiblePerson() {
    Clock december = Clock.fixed(Instant.parse("2026-12-06T02:00:00Z"), ZoneId.of("Asia/Shanghai"));
    ValidationReport report = RuleSet.standard().validate(SampleUnit.ledger(), december);
    assertThat(report.bySeverity(Severity.ERROR)).as(report.summary()).isEmpty();
    for (String id :
        new String[] {
          "PR-DECISION-003", "PR-DECISION-004", "PR-REF-002", "PR-REF-003", "PR-SUPERVISOR-002"
        }) {
      assertThat(report.byRule(id)).as(id).isEmpty();
    }
  }
}
