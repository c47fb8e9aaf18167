package io.github.probity.spring.boot;

import io.github.probity.excel.AnnexReader;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.finding.Severity;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.grading.RiskGrader;
import io.github.probity.json.ProbityJson;
import io.github.probity.json.ProbityJsonModule;
import io.github.probity.json.ReadMode;
import io.github.probity.review.ReviewPolicy;
import io.github.probity.review.WorkingCalendar;
import io.github.probity.validation.RuleSet;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.WarningListener;
import io.github.probity.warning.WarningPolicy;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import org.springframework.core.type.AnnotatedTypeMetadata;

/**
 * Declares Probity's services as beans, each only when the host has not declared its own of the
 * same type: the {@link Clock}, {@link ProbityJson}, {@link RuleSet}, {@link RiskGrader}, {@link
 * AnnexReader}, {@link AnnexWriter}, {@link WarningPolicy}, {@link Monitor}, {@link
 * WorkingCalendar} and {@link ReviewPolicy}, configured from {@link ProbityProperties}, with the
 * {@link MonitorAdvancer} when {@code probity.monitor.advance-interval} is set; and the Jackson
 * modules that give Probity's values their document shape in the host's own JSON: {@link
 * ProbityJsonModule} for Jackson 2 (Spring Boot 3), {@link ProbityJackson3Module} for Jackson 3
 * (Spring Boot 4). Every bean is immutable and thread-safe.
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
    GradingPolicy policy = configuredPolicy(properties, json, resources);
    return policy != null
        ? RiskGrader.of(policy)
        : RiskGrader.byId(properties.getGrading().getGrader());
  }

  /** The policy document {@code probity.grading.policy} names, or {@code null} if none. */
  static @Nullable GradingPolicy configuredPolicy(
      ProbityProperties properties, ProbityJson json, ResourceLoader resources) {
    String location = properties.getGrading().getPolicy();
    if (location == null || location.isBlank()) {
      return null;
    }
    Resource policy = resources.getResource(location);
    try (InputStream in = policy.getInputStream()) {
      return json.readPolicy(in.readAllBytes()).value();
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
   * The warning policy: {@code probity.warning.*}, each value not set being {@link
   * WarningPolicy#defaults()}'s.
   *
   * @param properties the settings
   * @return the policy
   * @throws IllegalArgumentException if a setting breaks one of the policy's invariants
   */
  @Bean
  @ConditionalOnMissingBean
  public WarningPolicy probityWarningPolicy(ProbityProperties properties) {
    return properties.getWarning().toPolicy();
  }

  /**
   * The observed upload path: the reader and rule set beans, telling the {@link ProbityEvents}
   * beans what they read and found.
   *
   * @param properties the settings
   * @param reader the reader
   * @param rules the rule set
   * @param clock the clock
   * @param events the observers
   * @return the intake
   */
  @Bean
  @ConditionalOnMissingBean
  public AnnexIntake probityAnnexIntake(
      ProbityProperties properties,
      AnnexReader reader,
      RuleSet rules,
      Clock clock,
      ObjectProvider<ProbityEvents> events) {
    return new AnnexIntake(
        reader,
        rules,
        clock,
        events.orderedStream().toList(),
        properties.getObservability().getLongRead());
  }

  /**
   * The real-time monitor: the built-in indicators {@code probity.monitor.indicators} names (all
   * when empty) and the application's {@link Indicator} beans, judged by the {@link WarningPolicy}
   * bean, reporting to the application's {@link WarningListener} beans. The host submits signals
   * and calls {@link Monitor#advance()} on its own schedule, or sets {@code
   * probity.monitor.advance-interval} for {@link MonitorAdvancer} to call it.
   *
   * @param properties the settings
   * @param clock the clock
   * @param policy the warning policy
   * @param indicators the application's own indicators
   * @param listeners the application's listeners
   * @return the monitor
   * @throws IllegalArgumentException if a setting names no built-in indicator
   */
  @Bean
  @ConditionalOnMissingBean
  public Monitor probityMonitor(
      ProbityProperties properties,
      Clock clock,
      WarningPolicy policy,
      ObjectProvider<Indicator> indicators,
      ObjectProvider<WarningListener> listeners) {
    ProbityProperties.Monitoring p = properties.getMonitor();
    List<Indicator> run = new ArrayList<>();
    Map<String, Indicator> builtIns = new LinkedHashMap<>();
    Indicator.builtIns().forEach(i -> builtIns.put(i.id(), i));
    if (p.getIndicators().isEmpty()) {
      run.addAll(Indicator.builtIns());
    } else {
      for (String id : p.getIndicators()) {
        Indicator i = builtIns.get(id.trim());
        if (i == null) {
          throw new IllegalArgumentException(
              "probity.monitor.indicators names "
                  + id
                  + ", which is no built-in indicator; they are "
                  + builtIns.keySet());
        }
        run.add(i);
      }
    }
    indicators.orderedStream().forEach(run::add);
    Monitor.Builder b =
        Monitor.builder()
            .clock(clock)
            .policy(policy)
            .indicators(run)
            .allowedLateness(p.getAllowedLateness())
            .allowedLead(p.getAllowedLead());
    listeners.orderedStream().forEach(b::addListener);
    return b.build();
  }

  /**
   * Advances the {@link Monitor} bean every {@code probity.monitor.advance-interval} on a thread of
   * its own, started and stopped with the application context. Declared only when the interval is
   * set.
   *
   * @param properties the settings
   * @param monitor the monitor
   * @return the advancer
   * @throws IllegalArgumentException if the interval is not positive
   */
  @Bean
  @ConditionalOnMissingBean
  @ConditionalOnProperty(prefix = "probity.monitor", name = "advance-interval")
  public MonitorAdvancer probityMonitorAdvancer(ProbityProperties properties, Monitor monitor) {
    Duration interval = properties.getMonitor().getAdvanceInterval();
    if (interval == null) {
      throw new IllegalArgumentException("probity.monitor.advance-interval is empty");
    }
    return new MonitorAdvancer(monitor, interval);
  }

  /**
   * The unit's working days: Monday to Friday less the holidays at {@code
   * probity.calendar.holidays} plus the make-up working days at {@code
   * probity.calendar.working-days}.
   *
   * @param properties the settings
   * @param resources loads the calendar's resources
   * @return the calendar
   * @throws IllegalStateException if a resource cannot be read or holds a line that is no date
   */
  @Bean
  @ConditionalOnMissingBean
  public WorkingCalendar probityWorkingCalendar(
      ProbityProperties properties, ResourceLoader resources) {
    WorkingCalendar calendar = WorkingCalendar.weekdays();
    String holidays = properties.getCalendar().getHolidays();
    if (holidays != null && !holidays.isBlank()) {
      calendar = calendar.withHolidays(readDays(resources, holidays));
    }
    String workingDays = properties.getCalendar().getWorkingDays();
    if (workingDays != null && !workingDays.isBlank()) {
      calendar = calendar.withWorkingDays(readDays(resources, workingDays));
    }
    return calendar;
  }

  /**
   * Reads a list of days: one ISO date or {@code from..to} range a line, {@code #} comments.
   *
   * @throws IllegalStateException if the resource cannot be read or a line is no date
   */
  static Set<LocalDate> readDays(ResourceLoader resources, String location) {
    Resource resource = resources.getResource(location);
    String text;
    try (InputStream in = resource.getInputStream()) {
      text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("cannot read the calendar days at " + location, e);
    }
    Set<LocalDate> days = new HashSet<>();
    int n = 0;
    for (String raw : text.split("\\R", -1)) {
      n++;
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      if (line.isEmpty()) {
        continue;
      }
      try {
        int dots = line.indexOf("..");
        if (dots < 0) {
          days.add(LocalDate.parse(line));
        } else {
          LocalDate from = LocalDate.parse(line.substring(0, dots).strip());
          LocalDate to = LocalDate.parse(line.substring(dots + 2).strip());
          if (to.isBefore(from) || from.plusYears(1).isBefore(to)) {
            throw new IllegalStateException(
                location + " line " + n + ": the range " + line + " is reversed or over a year");
          }
          from.datesUntil(to.plusDays(1)).forEach(days::add);
        }
      } catch (DateTimeParseException e) {
        throw new IllegalStateException(
            location + " line " + n + ": " + line + " is no date such as 2026-10-01", e);
      }
    }
    return days;
  }

  /**
   * The review workflow's policy: {@code probity.review.*} with the {@link WorkingCalendar} bean.
   * Declared only when {@code probity.review.party-organisation} names at least one person.
   *
   * @param properties the settings
   * @param calendar the working days
   * @return the policy
   * @throws IllegalArgumentException if a period is below one working day
   */
  @Bean
  @ConditionalOnMissingBean
  @Conditional(PartyOrganisationConfigured.class)
  public ReviewPolicy probityReviewPolicy(ProbityProperties properties, WorkingCalendar calendar) {
    ProbityProperties.Review p = properties.getReview();
    return ReviewPolicy.builder()
        .partyOrganisation(p.getPartyOrganisation())
        .partyOrganisationName(p.getPartyOrganisationName())
        .minimumPublicityDays(p.getMinimumPublicityDays())
        .publicityDueDays(p.getPublicityDueDays())
        .reviewDueDays(p.getReviewDueDays())
        .calendar(calendar)
        .build();
  }

  /** Matches when {@code probity.review.party-organisation} holds at least one person id. */
  static final class PartyOrganisationConfigured implements Condition {
    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
      @Nullable List<String> ids =
          Binder.get(context.getEnvironment())
              .bind("probity.review.party-organisation", Bindable.listOf(String.class))
              .orElse(null);
      return ids != null && ids.stream().anyMatch(id -> !id.isBlank());
    }
  }

  /** Puts Probity's versions into Actuator's info endpoint, where Actuator is present. */
  @Configuration(proxyBeanMethods = false)
  @ConditionalOnClass(name = "org.springframework.boot.actuate.info.InfoContributor")
  static class ActuatorInfoConfiguration {
    @Bean
    @ConditionalOnMissingBean
    ProbityInfoContributor probityInfoContributor(
        RiskGrader grader,
        RuleSet rules,
        ProbityProperties properties,
        ProbityJson json,
        ResourceLoader resources) {
      GradingPolicy policy = configuredPolicy(properties, json, resources);
      if (policy == null) {
        policy =
            GradingPolicy.builtIns().stream()
                .filter(p -> p.getId().equals(grader.id()))
                .findFirst()
                .orElse(null);
      }
      if (policy != null && !policy.getId().equals(grader.id())) {
        policy = null;
      }
      return new ProbityInfoContributor(grader, policy, rules);
    }
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
