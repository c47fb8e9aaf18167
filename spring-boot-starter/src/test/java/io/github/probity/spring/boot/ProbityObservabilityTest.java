package io.github.probity.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.excel.AnnexWriter;
import io.github.probity.excel.WorkbookRejectedException;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.validation.ValidationReport;
import io.github.probity.warning.Monitor;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ProbityObservabilityTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ProbityAutoConfiguration.class, ProbityMetricsAutoConfiguration.class));

  @Configuration(proxyBeanMethods = false)
  static class Registry {
    @Bean
    SimpleMeterRegistry registry() {
      return new SimpleMeterRegistry();
    }
  }

  @Test
  void readsFindingsAndTheMonitorAreCounted() {
    runner
        .withUserConfiguration(Registry.class)
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed();
              MeterRegistry registry = ctx.getBean(MeterRegistry.class);
              AnnexIntake intake = ctx.getBean(AnnexIntake.class);
              ByteArrayOutputStream workbook = new ByteArrayOutputStream();
              ctx.getBean(AnnexWriter.class).writeAnnexes(SampleUnit.ledger(), workbook);

              int rows =
                  intake
                      .read(new ByteArrayInputStream(workbook.toByteArray()), "annexes.xlsx")
                      .getRows()
                      .size();
              ValidationReport report = intake.validate(SampleUnit.ledger());
              assertThatThrownBy(
                      () ->
                          intake.read(
                              new ByteArrayInputStream("不是".getBytes(StandardCharsets.UTF_8)),
                              "bad.xlsx"))
                  .isInstanceOf(WorkbookRejectedException.class);
              ctx.getBean(ProbityEvents.class)
                  .refused(
                      new WorkbookRejectedException(
                          WorkbookRejectedException.Reason.ZIP_BOMB, "a bomb"));

              assertThat(rows).isPositive();
              assertThat(registry.get("probity.annex.rows").counter().count()).isEqualTo(rows);
              assertThat(registry.get("probity.annex.reads").timer().count()).isEqualTo(1);
              assertThat(
                      registry
                          .get("probity.refusals")
                          .tags("kind", "workbook", "reason", "ZIP_BOMB")
                          .counter()
                          .count())
                  .isEqualTo(1);
              double found =
                  registry.find("probity.validation.findings").counters().stream()
                      .mapToDouble(c -> c.count())
                      .sum();
              assertThat(found).isEqualTo(report.getFindings().size());
              Monitor monitor = ctx.getBean(Monitor.class);
              monitor.flush();
              assertThat(
                      registry
                          .get("probity.monitor.signals")
                          .tag("outcome", "evaluated")
                          .functionCounter()
                          .count())
                  .isEqualTo(monitor.evaluated());
              assertThat(registry.get("probity.monitor.pending").gauge().value()).isZero();
            });
  }

  @Test
  void withoutARegistryNothingIsMeteredAndTheIntakeStillWorks() {
    runner.run(
        ctx ->
            assertThat(ctx)
                .hasNotFailed()
                .hasSingleBean(AnnexIntake.class)
                .doesNotHaveBean(ProbityMetricsAutoConfiguration.MonitorGauges.class));
  }

  @Test
  void theInfoContributionNamesTheGradingPolicyAndTheRuleSet() {
    runner
        .withPropertyValues("probity.grading.grader=count-rule")
        .run(
            ctx -> {
              Info.Builder info = new Info.Builder();
              ctx.getBean(ProbityInfoContributor.class).contribute(info);
              @SuppressWarnings("unchecked")
              Map<String, Object> probity = (Map<String, Object>) info.build().get("probity");
              assertThat(probity).containsKeys("version", "grading", "ruleSet");
              assertThat(probity.get("grading").toString())
                  .contains("grader=count-rule", "policy=count-rule", "policyVersion=");
              assertThat(probity.get("ruleSet").toString()).contains("rules=", "fingerprint=");
            });
  }
}
