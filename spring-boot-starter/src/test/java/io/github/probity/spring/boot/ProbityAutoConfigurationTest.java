package io.github.probity.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.finding.Severity;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.grading.RiskGrader;
import io.github.probity.json.ProbityJson;
import io.github.probity.json.ProbityJsonModule;
import io.github.probity.json.ReadMode;
import io.github.probity.validation.RuleSet;
import io.github.probity.warning.WarningPolicy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.test.context.runner.WebApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ProbityAutoConfigurationTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ProbityAutoConfiguration.class, ProbityProblemDetailsAutoConfiguration.class));

  @Test
  void declaresEveryServiceWithItsDefaults() {
    runner.run(
        ctx -> {
          assertThat(ctx)
              .hasNotFailed()
              .hasSingleBean(Clock.class)
              .hasSingleBean(ProbityJson.class)
              .hasSingleBean(RuleSet.class)
              .hasSingleBean(RiskGrader.class)
              .hasSingleBean(AnnexReader.class)
              .hasSingleBean(AnnexWriter.class)
              .hasSingleBean(WarningPolicy.class)
              .hasSingleBean(ProbityJsonModule.class)
              .doesNotHaveBean(ProbityExceptionHandler.class)
              .doesNotHaveBean(ProbityHttpMessageConverter.class);
          assertThat(ctx.getBean(ProbityJson.class).mode()).isEqualTo(ReadMode.STRICT);
          assertThat(ctx.getBean(RiskGrader.class).id()).isEqualTo("weighted-factors");
          assertThat(ctx.getBean(RuleSet.class).rules()).hasSameSizeAs(RuleSet.standard().rules());
        });
  }

  @Test
  void propertiesConfigureTheServices() {
    runner
        .withPropertyValues(
            "probity.time-zone=Asia/Shanghai",
            "probity.json.mode=lenient",
            "probity.json.max-document-size=1MB",
            "probity.grading.grader=count-rule",
            "probity.validation.severity.PR-TEXT-001=ERROR",
            "probity.validation.disabled=PR-MEASURE-001")
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed();
              assertThat(ctx.getBean(Clock.class).getZone()).isEqualTo(ZoneId.of("Asia/Shanghai"));
              ProbityJson json = ctx.getBean(ProbityJson.class);
              assertThat(json.mode()).isEqualTo(ReadMode.LENIENT);
              assertThat(json.limits().maxDocumentLength()).isEqualTo(1L << 20);
              assertThat(ctx.getBean(RiskGrader.class).id()).isEqualTo("count-rule");
              RuleSet rules = ctx.getBean(RuleSet.class);
              assertThat(rules.severityOf("PR-TEXT-001")).contains(Severity.ERROR);
              assertThat(rules.rule("PR-MEASURE-001")).isEmpty();
            });
  }

  @Test
  void aPolicyDocumentDecidesTheGrader(@TempDir Path dir) throws Exception {
    Path policy = dir.resolve("policy.json");
    Files.write(policy, ProbityJson.strict().writePolicy(GradingPolicy.matrix()));
    runner
        .withPropertyValues("probity.grading.policy=" + policy.toUri())
        .run(ctx -> assertThat(ctx.getBean(RiskGrader.class).id()).isEqualTo("matrix"));
  }

  @Test
  void anUnknownRuleIdStopsTheStart() {
    runner
        .withPropertyValues("probity.validation.severity.PR-NOPE-001=ERROR")
        .run(
            ctx ->
                assertThat(ctx)
                    .hasFailed()
                    .getFailure()
                    .rootCause()
                    .hasMessageContaining("PR-NOPE-001"));
  }

  @Test
  void theHostsOwnBeansWin() {
    runner
        .withUserConfiguration(HostBeans.class)
        .run(
            ctx -> {
              assertThat(ctx).hasSingleBean(RiskGrader.class).hasSingleBean(ProbityJson.class);
              assertThat(ctx.getBean(RiskGrader.class).id()).isEqualTo("power-type");
              assertThat(ctx.getBean(ProbityJson.class).mode()).isEqualTo(ReadMode.LENIENT);
            });
  }

  @Test
  void problemDetailsOnlyInServletApplications() {
    WebApplicationContextRunner web =
        new WebApplicationContextRunner()
            .withConfiguration(
                AutoConfigurations.of(
                    ProbityAutoConfiguration.class, ProbityProblemDetailsAutoConfiguration.class));
    web.run(
        ctx ->
            assertThat(ctx)
                .hasSingleBean(ProbityExceptionHandler.class)
                .hasSingleBean(ProbityHttpMessageConverter.class));
    web.withPropertyValues("probity.web.problem-details=false")
        .run(
            ctx ->
                assertThat(ctx)
                    .doesNotHaveBean(ProbityExceptionHandler.class)
                    .hasSingleBean(ProbityHttpMessageConverter.class));
    web.withUserConfiguration(HostHandler.class)
        .run(
            ctx ->
                assertThat(ctx.getBean(ProbityExceptionHandler.class))
                    .isInstanceOf(HostHandler.Custom.class));
  }

  @Configuration(proxyBeanMethods = false)
  static class HostBeans {
    @Bean
    RiskGrader hostGrader() {
      return RiskGrader.powerType();
    }

    @Bean
    ProbityJson hostJson() {
      return ProbityJson.lenient();
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class HostHandler {
    static class Custom extends ProbityExceptionHandler {}

    @Bean
    ProbityExceptionHandler custom() {
      return new Custom();
    }
  }
}
