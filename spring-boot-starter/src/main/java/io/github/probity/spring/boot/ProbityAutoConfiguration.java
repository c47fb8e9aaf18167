package io.github.probity.spring.boot;

import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.finding.Severity;
import io.github.probity.grading.RiskGrader;
import io.github.probity.json.ProbityJson;
import io.github.probity.json.ProbityJsonModule;
import io.github.probity.json.ReadMode;
import io.github.probity.validation.RuleSet;
import io.github.probity.warning.WarningPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;

/**
 * Declares Probity's services as beans, each only when the host has not declared its own of the
 * same type: the {@link Clock}, {@link ProbityJson}, {@link RuleSet}, {@link RiskGrader}, {@link
 * AnnexReader}, {@link AnnexWriter} and {@link WarningPolicy}, configured from {@link
 * ProbityProperties}; and the Jackson modules that give Probity's values their document shape in
 * the host's own JSON: {@link ProbityJsonModule} for Jackson 2 (Spring Boot 3), {@link
 * ProbityJackson3Module} for Jackson 3 (Spring Boot 4). Every bean is immutable and thread-safe.
 *
 * @since 0.1.0
 */
@AutoConfiguration
@EnableConfigurationProperties(ProbityProperties.class)
public class ProbityAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public ProbityAutoConfiguration() {}

  /**
   * The clock Probity's services read time from: the system clock in {@code probity.time-zone}.
   *
   * @param properties the settings
   * @return the clock
   */
  @Bean
  @ConditionalOnMissingBean
  public Clock probityClock(ProbityProperties properties) {
    ZoneId zone = properties.getTimeZone();
    return zone != null ? Clock.system(zone) : Clock.systemDefaultZone();
  }

  /**
   * The JSON entry point, in {@code probity.json.mode} with {@code probity.json.*} limits.
   *
   * @param properties the settings
   * @return the JSON entry point
   */
  @Bean
  @ConditionalOnMissingBean
  public ProbityJson probityJson(ProbityProperties properties) {
    ProbityProperties.Json p = properties.getJson();
    return ProbityJson.builder()
        .mode(p.getMode())
        .limits(p.toLimits())
        .pretty(p.isPretty())
        .build();
  }

  /**
   * The standard rule set with {@code probity.validation.severity} overrides and without the rules
   * in {@code probity.validation.disabled}.
   *
   * @param properties the settings
   * @return the rule set
   * @throws IllegalArgumentException if a setting names no standard rule
   */
  @Bean
  @ConditionalOnMissingBean
  public RuleSet probityRuleSet(ProbityProperties properties) {
    RuleSet rules = RuleSet.standard();
    for (String id : properties.getValidation().getDisabled()) {
      rules = rules.without(id);
    }
    for (Map.Entry<String, Severity> e : properties.getValidation().getSeverity().entrySet()) {
      rules = rules.withSeverity(e.getKey(), e.getValue());
    }
    return rules;
  }

  /**
   * The grader: the policy document at {@code probity.grading.policy} if set, else the grader
   * {@code probity.grading.grader} names.
   *
   * @param properties the settings
   * @param json the JSON entry point that reads the policy
   * @param resources loads the policy document
   * @return the grader
   * @throws IllegalStateException if the policy document cannot be loaded
   */
  @Bean
  @ConditionalOnMissingBean
  public RiskGrader probityRiskGrader(
      ProbityProperties properties, ProbityJson json, ResourceLoader resources) {
    String location = properties.getGrading().getPolicy();
    if (location == null || location.isBlank()) {
      return RiskGrader.byId(properties.getGrading().getGrader());
    }
    Resource policy = resources.getResource(location);
    try (InputStream in = policy.getInputStream()) {
      return RiskGrader.of(json.readPolicy(in.readAllBytes()).value());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the grading policy " + location, e);
    }
  }

  /**
   * The annex reader, in {@code probity.excel.mode} with {@code probity.excel.*} limits.
   *
   * @param properties the settings
   * @param clock the clock that gives the default year
   * @return the reader
   */
  @Bean
  @ConditionalOnMissingBean
  public AnnexReader probityAnnexReader(ProbityProperties properties, Clock clock) {
    ProbityProperties.Excel p = properties.getExcel();
    AnnexReader.Builder b =
        AnnexReader.builder()
            .strict(p.getMode() == ReadMode.STRICT)
            .limits(p.toLimits())
            .suggestCategories(p.isSuggestCategories())
            .clock(clock);
    String unitCode = p.getUnitCode();
    if (unitCode != null) {
      b.unitCode(unitCode);
    }
    return b.build();
  }

  /**
   * The annex writer.
   *
   * @param properties the settings
   * @param clock the clock of the workbooks' document properties
   * @return the writer
   */
  @Bean
  @ConditionalOnMissingBean
  public AnnexWriter probityAnnexWriter(ProbityProperties properties, Clock clock) {
    AnnexWriter.Builder b = AnnexWriter.builder().clock(clock);
    String author = properties.getExcel().getAuthor();
    if (author != null) {
      b.author(author);
    }
    return b.build();
  }

  /**
   * The warning policy: {@link WarningPolicy#defaults()}.
   *
   * @return the policy
   */
  @Bean
  @ConditionalOnMissingBean
  public WarningPolicy probityWarningPolicy() {
    return WarningPolicy.defaults();
  }

  /**
   * Registers {@link ProbityJsonModule} with the host's Jackson 2 {@code ObjectMapper} (Spring Boot
   * 3), so that Probity's values in the host's own responses have the shape of Probity's documents.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "com.fasterxml.jackson.databind.ObjectMapper")
  static class Jackson2Configuration {
    @Bean
    @ConditionalOnMissingBean
    ProbityJsonModule probityJsonModule() {
      return new ProbityJsonModule();
    }
  }

  /**
   * Registers {@link ProbityJackson3Module} with the host's Jackson 3 {@code JsonMapper} (Spring
   * Boot 4), delegating to the {@link ProbityJson} bean. Only where Boot's Jackson 3
   * auto-configuration is present: a Jackson 3 jar that a Boot 3 host merely carries may not run
   * beside Boot 3's Jackson 2 annotations.
   */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(
      name = {
        "tools.jackson.databind.json.JsonMapper",
        "org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration"
      })
  static class Jackson3Configuration {
    @Bean
    @ConditionalOnMissingBean
    ProbityJackson3Module probityJackson3Module(ProbityJson json) {
      return new ProbityJackson3Module(json);
    }
  }
}
