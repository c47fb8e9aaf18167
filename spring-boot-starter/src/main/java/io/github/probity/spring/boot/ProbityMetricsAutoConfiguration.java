package io.github.probity.spring.boot;

import io.github.probity.excel.AnnexReadResult;
import io.github.probity.excel.WorkbookRejectedException;
import io.github.probity.finding.Finding;
import io.github.probity.finding.InputRejectedException;
import io.github.probity.json.JsonReadException;
import io.github.probity.validation.ValidationReport;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Rejection;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningListener;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Micrometer meters for Probity, declared only when Micrometer is on the class path and the
 * application has a {@link MeterRegistry} (e.g. with Spring Boot Actuator):
 *
 * <ul>
 *   <li>{@code probity.annex.reads} (timer) and {@code probity.annex.rows} (counter): annexes read
 *       through {@link AnnexIntake} and their rows;
 *   <li>{@code probity.refusals} (counter, tags {@code kind}: workbook, json, input; {@code
 *       reason}: the first finding's code, e.g. {@code ZIP_BOMB}): input refused over HTTP;
 *   <li>{@code probity.validation.findings} (counter, tags {@code code}, {@code severity}):
 *       findings of the ledgers {@link AnnexIntake} validated;
 *   <li>{@code probity.monitor.signals} (function counter, tag {@code outcome}: evaluated,
 *       rejected), {@code probity.monitor.pending} (gauge), {@code probity.monitor.warnings}
 *       (counter, tags {@code indicator}, {@code level}) and {@code probity.monitor.rejections}
 *       (counter, tag {@code reason}) of the {@link Monitor} bean.
 * </ul>
 *
 * <p>Every tag takes values from a fixed set (codes, ids, levels), never from the data.
 *
 * @since 0.1.0
 */
@AutoConfiguration(
    after = ProbityAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.actuate.autoconfigure.metrics.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration",
      "org.springframework.boot.actuate.autoconfigure.metrics.export.simple.SimpleMetricsExportAutoConfiguration",
      "org.springframework.boot.micrometer.metrics.autoconfigure.export.simple.SimpleMetricsExportAutoConfiguration"
    })
@ConditionalOnClass(name = "io.micrometer.core.instrument.MeterRegistry")
@ConditionalOnBean(MeterRegistry.class)
public class ProbityMetricsAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public ProbityMetricsAutoConfiguration() {}

  /**
   * Counts reads, refusals and findings.
   *
   * @param registry the application's registry
   * @return the observer
   */
  @Bean
  public ProbityEvents probityMeters(MeterRegistry registry) {
    return new Meters(registry);
  }

  /**
   * Counts the monitor's warnings and rejections; the {@link Monitor} bean reports to it.
   *
   * @param registry the application's registry
   * @return the listener
   */
  @Bean
  public WarningListener probityMonitorMeters(MeterRegistry registry) {
    return new MonitorMeters(registry);
  }

  /**
   * Registers the monitor's signal counts and pending gauge, once the monitor exists.
   *
   * @param registry the application's registry
   * @param monitor the monitor, if there is one
   * @return the registered meters' owner
   */
  @Bean
  public MonitorGauges probityMonitorGauges(
      MeterRegistry registry, ObjectProvider<Monitor> monitor) {
    return new MonitorGauges(registry, monitor.getIfAvailable());
  }

  /**
   * The monitor's function counters and gauge, registered when created; nothing when there is no
   * monitor.
   *
   * @since 0.1.0
   */
  public static final class MonitorGauges {
    MonitorGauges(MeterRegistry registry, @org.jspecify.annotations.Nullable Monitor monitor) {
      if (monitor == null) {
        return;
      }
      FunctionCounter.builder("probity.monitor.signals", monitor, Monitor::evaluated)
          .tag("outcome", "evaluated")
          .description("Signals the monitor evaluated")
          .register(registry);
      FunctionCounter.builder("probity.monitor.signals", monitor, Monitor::rejected)
          .tag("outcome", "rejected")
          .description("Signals the monitor refused as late, repeated or too far ahead")
          .register(registry);
      Gauge.builder("probity.monitor.pending", monitor, Monitor::pending)
          .description("Signals buffered, waiting for their turn")
          .register(registry);
    }
  }

  private static final class Meters implements ProbityEvents {
    private final MeterRegistry registry;

    Meters(MeterRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void annexRead(AnnexReadResult result, Duration took) {
      registry.timer("probity.annex.reads").record(took);
      registry.counter("probity.annex.rows").increment(result.getRows().size());
    }

    @Override
    public void refused(InputRejectedException refusal) {
      String kind =
          refusal instanceof WorkbookRejectedException
              ? "workbook"
              : refusal instanceof JsonReadException ? "json" : "input";
      String reason =
          refusal.getFindings().isEmpty()
              ? "UNKNOWN"
              : refusal.getFindings().get(0).getCode().code();
      registry.counter("probity.refusals", "kind", kind, "reason", reason).increment();
    }

    @Override
    public void validated(ValidationReport report) {
      for (Finding f : report.getFindings()) {
        registry
            .counter(
                "probity.validation.findings",
                "code",
                f.getCode().code(),
                "severity",
                f.getSeverity().code())
            .increment();
      }
    }
  }

  private static final class MonitorMeters implements WarningListener {
    private final MeterRegistry registry;

    MonitorMeters(MeterRegistry registry) {
      this.registry = registry;
    }

    @Override
    public void onWarning(Warning warning) {
      registry
          .counter(
              "probity.monitor.warnings",
              "indicator",
              warning.getIndicator(),
              "level",
              warning.getLevel().code())
          .increment();
    }

    @Override
    public void onRejected(Signal signal, Rejection reason) {
      registry.counter("probity.monitor.rejections", "reason", reason.code()).increment();
    }
  }
}
