package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.validation.BeanValidation;
import io.github.probity.validation.LedgerForm;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.Severity;
import io.github.probity.validation.ValidLedger;
import io.github.probity.validation.ValidationReport;
import io.github.probity.validation.Violation;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The README's validation snippets, compiled and run. */
class ValidationReadmeTest {

  /** The README's form-object snippet. */
  // README-FORM-BEGIN
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

  // README-FORM-END

  static List<String> readmeSnippet(Ledger ledger, Clock clock) {
    List<String> out = new ArrayList<>();
    // README-BEGIN
    RuleSet rules =
        RuleSet.standard()
            .with(BeanValidation.rule()) // the model's field constraints, same report
            .withSeverity("PR-POWER-002", Severity.ERROR); // a stricter local policy
    ValidationReport report = rules.validate(ledger, clock);
    out.add(report.summary()); // 校验通过：错误 0 项，…
    for (Violation v : report.bySeverity(Severity.WARNING)) {
      out.add(v.getRuleId() + " " + v.getPath() + " " + v.message(Locale.ENGLISH));
    }
    // README-END
    return out;
  }

  @Test
  void theSnippetValidatesTheSampleUnit() {
    List<String> out = readmeSnippet(SampleUnit.ledger(), SampleUnitValidationTest.CLOCK);
    assertThat(out.get(0)).startsWith("校验通过：错误 0 项");
  }

  @Test
  void theFormSnippetIsCheckedByAValidator() {
    assertThat(BeanValidation.validator().validate(new RiskRegisterForm(SampleUnit.ledger())))
        .isEmpty();
  }
}
