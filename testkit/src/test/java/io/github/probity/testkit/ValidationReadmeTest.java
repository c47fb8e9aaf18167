package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.validation.BeanValidation;
import io.github.probity.validation.LedgerForm;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidLedger;
import io.github.probity.validation.ValidationReport;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's validation snippets, compiled and run. */
class ValidationReadmeTest {

  /** The README's form-object snippet. */
  // tag::validation-form[]
  @ValidLedger(failOn = Severity.ERROR, locale = "zh-CN")
  static class RiskRegisterForm implements LedgerForm {
    private final Ledger ledger;

    RiskRegisterForm(Ledger ledger) {
      this.ledger = ledger;
    }

    @Override
    public Ledger toLedger() {
      return ledger;
    }
  }

  // end::validation-form[]

  static String readmeSnippet(Ledger ledger, Clock clock) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    // tag::validation[]
    RuleSet rules =
        RuleSet.standard()
            .with(BeanValidation.rule()) // the model's field constraints, same report
            .withSeverity("PR-POWER-002", Severity.ERROR); // a stricter local policy
    ValidationReport report = rules.validate(ledger, clock);
    out.println(report.summary()); // 校验通过：错误 0 项，…
    for (Finding v : report.bySeverity(Severity.WARNING)) {
      out.println(
          v.getCode().code() + " " + v.getLocation().text() + " " + v.message(Locale.ENGLISH));
    }
    // end::validation[]
    return buffer.toString(StandardCharsets.UTF_8);
  }

  @Test
  void theSnippetValidatesTheSampleUnit() {
    String out = readmeSnippet(SampleUnit.ledger(), SampleUnitValidationTest.CLOCK);
    assertThat(out).startsWith("校验通过：错误 0 项");
  }

  @Test
  void theFormSnippetIsCheckedByAValidator() {
    assertThat(BeanValidation.validator().validate(new RiskRegisterForm(SampleUnit.ledger())))
        .isEmpty();
  }
}
