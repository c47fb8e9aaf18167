package io.github.probity.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.model.RiskLevel;
import io.github.probity.warning.DispositionMeasure;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.IndicatorContext;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.WarningPolicy;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.convert.DurationStyle;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

class ProbityWarningPolicyAndAdvanceTest {
  private static final Instant START = Instant.parse("2026-03-02T01:00:00Z");

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(AutoConfigurations.of(ProbityAutoConfiguration.class));

  @Test
  void theSettingsDefaultsAreThePolicysOwn() {
    assertThat(new ProbityProperties().getWarning().toPolicy()).isEqualTo(WarningPolicy.defaults());
    runner.run(
        ctx -> {
          assertThat(ctx).hasNotFailed();
          assertThat(ctx.getBean(WarningPolicy.class)).isEqualTo(WarningPolicy.defaults());
        });
  }

  @Test
  void theIdesDefaultsAreThePolicysOwn() throws Exception {
    JsonNode metadata;
    try (InputStream in =
        getClass().getResourceAsStream("/META-INF/spring-configuration-metadata.json")) {
      assertThat(in).isNotNull();
      metadata = new ObjectMapper().readTree(in);
    }
    Map<String, JsonNode> defaults = new HashMap<>();
    for (JsonNode p : metadata.path("properties")) {
      if (p.path("name").asText().startsWith("probity.warning.")) {
        defaults.put(p.path("name").asText(), p.path("defaultValue"));
      }
    }
    WarningPolicy d = WarningPolicy.defaults();
    assertThat(defaults.get("probity.warning.complaint-threshold").asInt())
        .isEqualTo(d.getComplaintThreshold());
    assertThat(duration(defaults, "complaint-window")).isEqualTo(d.getComplaintWindow());
    assertThat(defaults.get("probity.warning.large-payment-threshold").decimalValue())
        .isEqualByComparingTo(d.getLargePaymentThreshold());
    assertThat(defaults.get("probity.warning.purchase-threshold").decimalValue())
        .isEqualByComparingTo(d.getPurchaseThreshold());
    assertThat(duration(defaults, "split-purchase-window")).isEqualTo(d.getSplitPurchaseWindow());
    assertThat(duration(defaults, "overdue-grace")).isEqualTo(d.getOverdueGrace());
    assertThat(duration(defaults, "overdue-severe")).isEqualTo(d.getOverdueSevere());
    assertThat(duration(defaults, "high-post-term")).isEqualTo(d.getHighPostTerm());
    assertThat(defaults)
        .containsKeys("probity.warning.review-cadences", "probity.warning.reply-deadlines");
  }

  private static Duration duration(Map<String, JsonNode> defaults, String name) {
    return DurationStyle.detectAndParse(defaults.get("probity.warning." + name).asText());
  }

  @Test
  void everyValueOfThePolicyIsBound() {
    runner
        .withPropertyValues(
            "probity.warning.complaint-threshold=5",
            "probity.warning.complaint-window=60d",
            "probity.warning.large-payment-threshold=300000",
            "probity.warning.purchase-threshold=100000.50",
            "probity.warning.split-purchase-window=14d",
            "probity.warning.overdue-grace=2d",
            "probity.warning.overdue-severe=20d",
            "probity.warning.high-post-term=1096d",
            "probity.warning.review-cadences.HIGH=1m",
            "probity.warning.review-cadences.low=P6M",
            "probity.warning.reply-deadlines.WRITTEN_INQUIRY=7")
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed();
              WarningPolicy p = ctx.getBean(WarningPolicy.class);
              assertThat(p.getComplaintThreshold()).isEqualTo(5);
              assertThat(p.getComplaintWindow()).isEqualTo(Duration.ofDays(60));
              assertThat(p.getLargePaymentThreshold()).isEqualByComparingTo("300000");
              assertThat(p.getPurchaseThreshold()).isEqualTo(new BigDecimal("100000.50"));
              assertThat(p.getSplitPurchaseWindow()).isEqualTo(Duration.ofDays(14));
              assertThat(p.getOverdueGrace()).isEqualTo(Duration.ofDays(2));
              assertThat(p.getOverdueSevere()).isEqualTo(Duration.ofDays(20));
              assertThat(p.getHighPostTerm()).isEqualTo(Duration.ofDays(1096));
              assertThat(p.reviewCadence(RiskLevel.HIGH)).isEqualTo(Period.ofMonths(1));
              assertThat(p.reviewCadence(RiskLevel.MEDIUM)).isEqualTo(Period.ofMonths(6));
              assertThat(p.reviewCadence(RiskLevel.LOW)).isEqualTo(Period.ofMonths(6));
              assertThat(p.replyDays(DispositionMeasure.WRITTEN_INQUIRY)).isEqualTo(7);
              assertThat(p.replyDays(DispositionMeasure.ADMONITION))
                  .isEqualTo(DispositionMeasure.ADMONITION.defaultReplyDays());
            });
  }

  @Test
  void aValueBreakingThePolicyStopsTheStart() {
    runner
        .withPropertyValues("probity.warning.complaint-threshold=0")
        .run(
            ctx ->
                assertThat(ctx)
                    .hasFailed()
                    .getFailure()
                    .hasStackTraceContaining("complaintThreshold must be at least 1"));
  }

  @Test
  void theHostsOwnPolicyWins() {
    WarningPolicy own = WarningPolicy.builder().complaintThreshold(9).build();
    runner
        .withPropertyValues("probity.warning.complaint-threshold=5")
        .withBean(WarningPolicy.class, () -> own)
        .run(ctx -> assertThat(ctx.getBean(WarningPolicy.class)).isSameAs(own));
  }

  @Test
  void withoutAnIntervalTheHostAdvancesTheMonitor() {
    runner.run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(MonitorAdvancer.class));
  }

  @Test
  void theMonitorIsAdvancedToTheClockOnTheStartersThreadUntilTheContextCloses() {
    MutableClock clock = new MutableClock(START);
    BlockingQueue<Instant> reached = new LinkedBlockingQueue<>();
    MonitorAdvancer[] advancer = new MonitorAdvancer[1];
    runner
        .withPropertyValues(
            "probity.monitor.indicators=OVERDUE",
            "probity.monitor.allowed-lateness=5m",
            "probity.monitor.advance-interval=10ms")
        .withBean(Clock.class, () -> clock)
        .withUserConfiguration(Recording.class)
        .withBean(Reached.class, () -> new Reached(reached))
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed().hasSingleBean(MonitorAdvancer.class);
              advancer[0] = ctx.getBean(MonitorAdvancer.class);
              assertThat(advancer[0].isRunning()).isTrue();
              assertThat(advancer[0].getInterval()).isEqualTo(Duration.ofMillis(10));
              // The clock stands still; the monitor reaches its time less the lateness.
              assertThat(next(reached, START.minus(Duration.ofMinutes(5))))
                  .isEqualTo(START.minus(Duration.ofMinutes(5)));
              // Three days pass at once on the clock, none on the wall.
              Instant later = START.plus(Duration.ofDays(3));
              clock.set(later);
              assertThat(next(reached, later.minus(Duration.ofMinutes(5))))
                  .isEqualTo(later.minus(Duration.ofMinutes(5)));
            });
    assertThat(advancer[0].isRunning()).isFalse();
  }

  @Test
  void aNonPositiveIntervalStopsTheStart() {
    runner
        .withPropertyValues("probity.monitor.advance-interval=0s")
        .run(
            ctx ->
                assertThat(ctx)
                    .hasFailed()
                    .getFailure()
                    .hasStackTraceContaining("advance-interval must be positive"));
  }

  @Test
  void anAdvanceThatFailsDoesNotStopTheNextOnes() {
    MutableClock clock = new MutableClock(START);
    BlockingQueue<Instant> reached = new LinkedBlockingQueue<>();
    runner
        .withPropertyValues("probity.monitor.indicators=OVERDUE")
        .withBean(Clock.class, () -> clock)
        .withUserConfiguration(Recording.class)
        .withBean(Reached.class, () -> new Reached(reached))
        .run(
            ctx -> {
              Monitor monitor = ctx.getBean(Monitor.class);
              Recording.failNext = true;
              MonitorAdvancer advancer = new MonitorAdvancer(monitor, Duration.ofMillis(5));
              advancer.start();
              try {
                Instant later = START.plus(Duration.ofHours(1));
                clock.set(later);
                assertThat(next(reached, later.minus(Duration.ofMinutes(5))))
                    .isEqualTo(later.minus(Duration.ofMinutes(5)));
              } finally {
                advancer.stop();
              }
              assertThat(Recording.failNext).isFalse();
            });
  }

  /** Waits for the monitor to reach a time: the first recorded time not before it. */
  private static Instant next(BlockingQueue<Instant> reached, Instant atLeast)
      throws InterruptedException {
    while (true) {
      Instant t = reached.poll(30, TimeUnit.SECONDS);
      assertThat(t).as("the monitor was not advanced to %s", atLeast).isNotNull();
      if (t != null && !t.isBefore(atLeast)) {
        return t;
      }
    }
  }

  /** An indicator that records how far the monitor lets time pass. */
  @Configuration(proxyBeanMethods = false)
  static class Recording {
    static volatile boolean failNext;

    @Bean
    Indicator recordingIndicator(Reached reached) {
      return new Indicator() {
        @Override
        public String id() {
          return "RECORDING";
        }

        @Override
        public String displayName() {
          return "记录";
        }

        @Override
        public Indicator.Evaluation start(IndicatorContext context) {
          return new Indicator.Evaluation() {
            @Override
            public void advanceTo(
                Instant time, java.util.function.Consumer<io.github.probity.warning.Warning> out) {
              if (failNext) {
                failNext = false;
                throw new IllegalStateException("the indicator's store is away");
              }
              reached.times().add(time);
            }

            @Override
            public void accept(
                io.github.probity.warning.Signal signal,
                java.util.function.Consumer<io.github.probity.warning.Warning> out) {}
          };
        }
      };
    }
  }

  /** Where the recording indicator puts the times it reaches. */
  record Reached(BlockingQueue<Instant> times) {}

  /** A clock the test moves. */
  static final class MutableClock extends Clock {
    private volatile Instant now;

    MutableClock(Instant now) {
      this.now = now;
    }

    void set(Instant now) {
      this.now = now;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
