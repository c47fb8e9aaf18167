package io.github.probity.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.finding.Finding;
import io.github.probity.finding.FindingCode;
import io.github.probity.finding.Location;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Adding, removing and re-grading rules; custom rules and their messages. */
class RuleSetTest {

  static final Rule NO_MANIFESTATION =
      Rule.of(
          "ACME-001",
          Severity.INFO,
          (ctx, findings) -> {
            Ledger l = ctx.getLedger();
            for (RiskPoint rp : l.getRiskPoints()) {
              if (rp.getManifestation().isEmpty()) {
                findings.add(
                    Paths.riskPoint(l, rp).property("manifestation"),
                    "acme.noManifestation",
                    rp.getId());
              }
            }
          });

  @Test
  void aCustomRuleReportsWithItsIdSeverityAndTheApplicationsMessages() {
    ValidationReport report =
        RuleSet.standard().with(NO_MANIFESTATION).validate(Fixtures.ledger(), Fixtures.CLOCK);
    assertThat(report.byRule("ACME-001")).hasSize(6);
    Finding first = report.byRule("ACME-001").get(0);
    assertThat(first.getSeverity()).isEqualTo(Severity.INFO);
    assertThat(first.getLocation().text())
        .isEqualTo("departments[D1].posts[POST-1].riskPoints[RP-1].manifestation");
    // from src/test/resources/ValidationMessages*.properties, the application's bundle
    assertThat(first.message()).isEqualTo("风险点 RP-1 未描述表现形式。");
    assertThat(first.message(Locale.ENGLISH))
        .isEqualTo("Risk point RP-1 describes no manifestation.");
    assertThat(report.isValid()).isTrue();
  }

  @Test
  void severitiesCanBeOverridden() {
    RuleSet set = RuleSet.standard().withSeverity("PR-MEASURE-001", Severity.WARNING);
    ValidationReport report =
        set.validate(
            Fixtures.withPoint("RP-3", b -> b.measures(java.util.List.of())), Fixtures.CLOCK);
    assertThat(report.byRule("PR-MEASURE-001"))
        .singleElement()
        .extracting(Finding::getSeverity)
        .isEqualTo(Severity.WARNING);
    assertThat(report.isValid()).isTrue();
    assertThat(set.severityOf("PR-MEASURE-001")).contains(Severity.WARNING);
    assertThat(RuleSet.standard().severityOf("PR-MEASURE-001")).contains(Severity.ERROR);
  }

  @Test
  void rulesCanBeRemoved() {
    RuleSet set = RuleSet.standard().without("PR-MEASURE-001");
    assertThat(set.rule("PR-MEASURE-001")).isEmpty();
    assertThat(set.rules()).hasSize(RuleSet.standard().rules().size() - 1);
    assertThat(
            set.validate(
                    Fixtures.withPoint("RP-3", b -> b.measures(java.util.List.of())),
                    Fixtures.CLOCK)
                .getFindings())
        .isEmpty();
  }

  @Test
  void misuseFailsClearly() {
    assertThatThrownBy(() -> RuleSet.standard().with(RuleSet.standard().rules().get(0)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PR-POST-001");
    assertThatThrownBy(() -> RuleSet.standard().without("NOPE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NOPE")
        .hasMessageContaining("PR-MEASURE-001");
    assertThatThrownBy(() -> RuleSet.standard().withSeverity("NOPE", Severity.INFO))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Rule.of("has space", Severity.INFO, (c, f) -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    Rule broken =
        Rule.of(
            "ACME-BROKEN",
            Severity.ERROR,
            (c, f) -> {
              throw new IllegalStateException("boom");
            });
    assertThatThrownBy(() -> RuleSet.of(java.util.List.of(broken)).validate(Fixtures.ledger()))
        .hasMessageContaining("ACME-BROKEN")
        .hasMessageContaining("boom");
  }

  @Test
  void anUnknownMessageKeyRendersAsTheKeyAndArguments() {
    Finding v =
        Finding.builder()
            .code(FindingCode.of("X-1", Severity.INFO, "no.such.Bundle"))
            .location(Location.modelPath(""))
            .messageKey("no.such.key")
            .addArguments("a", 1)
            .build();
    assertThat(v.message()).isEqualTo("no.such.key [a, 1]");
  }

  @Test
  void severitiesParseByCodeOrLabel() {
    assertThat(Severity.parse(" warning ")).isEqualTo(Severity.WARNING);
    assertThat(Severity.parse("错误")).isEqualTo(Severity.ERROR);
    assertThat(Severity.ERROR.isAtLeast(Severity.WARNING)).isTrue();
    assertThat(Severity.INFO.isAtLeast(Severity.WARNING)).isFalse();
    assertThatThrownBy(() -> Severity.parse("FATAL"))
        .isInstanceOf(io.github.probity.model.InvalidCodeException.class)
        .hasMessageContaining("ERROR(错误)");
  }

  @Test
  void emptySetsAndLookups() {
    assertThat(RuleSet.empty().validate(Fixtures.ledger()).isValid()).isTrue();
    assertThat(RuleSet.standard().rule("PR-SOD-001").map(Rule::defaultSeverity))
        .isEqualTo(Optional.of(Severity.ERROR));
  }
}
