package io.github.probity.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.review.ReviewPolicy;
import io.github.probity.review.WorkingCalendar;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.IndicatorContext;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningListener;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ProbityMonitorBeansTest {
  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ProbityAutoConfiguration.class));

  @Test
  void theMonitorAndCalendarAreDeclaredAndTheReviewPolicyOnlyWithAPartyOrganisation() {
    runner.run(
        ctx -> {
          assertThat(ctx)
              .hasNotFailed()
              .hasSingleBean(Monitor.class)
              .hasSingleBean(WorkingCalendar.class)
              .doesNotHaveBean(ReviewPolicy.class);
          // Saturday 2026-10-03 and Monday 2026-10-05
          WorkingCalendar calendar = ctx.getBean(WorkingCalendar.class);
          assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 3))).isFalse();
          assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isTrue();
        });
  }

  @Test
  void holidaysAndMakeUpDaysComeFromResourcesAndTheReviewPolicyUsesThem(@TempDir Path dir)
      throws Exception {
    Path holidays = dir.resolve("holidays.txt");
    Files.writeString(
        holidays,
        "# 2026 国庆节、中秋节\n2026-10-01..2026-10-08\n\n2026-06-19  # 端午节\n",
        StandardCharsets.UTF_8);
    Path working = dir.resolve("working.txt");
    Files.writeString(working, "2026-09-27\n2026-10-10\n", StandardCharsets.UTF_8);
    runner
        .withPropertyValues(
            "probity.calendar.holidays=" + holidays.toUri(),
            "probity.calendar.working-days=" + working.toUri(),
            "probity.review.party-organisation=P001,P002",
            "probity.review.party-organisation-name=局机关党支部",
            "probity.review.review-due-days=15")
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed().hasSingleBean(ReviewPolicy.class);
              WorkingCalendar calendar = ctx.getBean(WorkingCalendar.class);
              assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 5))).isFalse();
              assertThat(calendar.isWorkingDay(LocalDate.of(2026, 6, 19))).isFalse();
              assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 10))).isTrue();
              assertThat(calendar.isWorkingDay(LocalDate.of(2026, 10, 9))).isTrue();
              ReviewPolicy policy = ctx.getBean(ReviewPolicy.class);
              assertThat(policy.getPartyOrganisation()).containsExactly("P001", "P002");
              assertThat(policy.getPartyOrganisationName()).isEqualTo("局机关党支部");
              assertThat(policy.getReviewDueDays()).isEqualTo(15);
              assertThat(policy.getCalendar()).isSameAs(calendar);
            });
  }

  @Test
  void aLineThatIsNoDateStopsTheStartWithItsPlace(@TempDir Path dir) throws Exception {
    Path holidays = dir.resolve("holidays.txt");
    Files.writeString(holidays, "2026-10-01\n国庆\n", StandardCharsets.UTF_8);
    runner
        .withPropertyValues("probity.calendar.holidays=" + holidays.toUri())
        .run(
            ctx ->
                assertThat(ctx)
                    .hasFailed()
                    .getFailure()
                    .hasStackTraceContaining("line 2: 国庆 is no date"));
  }

  @Test
  void anUnknownIndicatorStopsTheStart() {
    runner
        .withPropertyValues("probity.monitor.indicators=OVERDUE,NOPE")
        .run(
            ctx ->
                assertThat(ctx)
                    .hasFailed()
                    .getFailure()
                    .hasStackTraceContaining("NOPE, which is no built-in indicator"));
  }

  @Test
  void theHostsIndicatorsAndListenersJoinTheMonitor() {
    runner
        .withPropertyValues("probity.monitor.indicators=OVERDUE")
        .withUserConfiguration(HostMonitoring.class)
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed().hasSingleBean(Monitor.class);
              assertThat(ctx.getBean(HostMonitoring.class).started).containsExactly("HOST");
            });
  }

  @Test
  void theHostsOwnMonitorCalendarAndPolicyWin() {
    runner
        .withPropertyValues("probity.review.party-organisation=P001")
        .withUserConfiguration(HostReview.class)
        .run(
            ctx -> {
              assertThat(ctx.getBean(WorkingCalendar.class)).isSameAs(HostReview.ALWAYS);
              assertThat(ctx.getBean(ReviewPolicy.class).getPartyOrganisation())
                  .containsExactly("HOST");
            });
  }

  @Configuration(proxyBeanMethods = false)
  static class HostMonitoring {
    final List<String> started = new ArrayList<>();

    @Bean
    Indicator hostIndicator() {
      return new Indicator() {
        @Override
        public String id() {
          return "HOST";
        }

        @Override
        public String displayName() {
          return "本单位指标";
        }

        @Override
        public Indicator.Evaluation start(IndicatorContext context) {
          started.add(id());
          return (signal, out) -> {};
        }
      };
    }

    @Bean
    WarningListener hostListener() {
      return (Warning w) -> {};
    }
  }

  @Configuration(proxyBeanMethods = false)
  static class HostReview {
    static final WorkingCalendar ALWAYS = date -> true;

    @Bean
    WorkingCalendar hostCalendar() {
      return ALWAYS;
    }

    @Bean
    ReviewPolicy hostPolicy() {
      return ReviewPolicy.builder().addPartyOrganisation("HOST").calendar(ALWAYS).build();
    }
  }
}
