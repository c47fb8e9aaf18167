package io.github.probity.spring.boot;

import io.github.probity.warning.Monitor;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * Calls {@link Monitor#advance()} at a fixed delay on a daemon thread of its own ({@code
 * probity-monitor}), so that buffered signals are evaluated and time-based indicators fire without
 * new signals, whether or not the application enables Spring's scheduling. Started and stopped with
 * the application context; time is the monitor's clock (the {@code Clock} bean for the starter's
 * monitor). A failing advance is logged at WARNING and the next one runs as planned.
 *
 * <p>Declared by {@link ProbityAutoConfiguration} when {@code probity.monitor.advance-interval} is
 * set. Thread-safe.
 *
 * @since 0.1.0
 */
public class MonitorAdvancer implements SmartLifecycle {
  private static final System.Logger LOG = System.getLogger(MonitorAdvancer.class.getName());

  private final Monitor monitor;
  private final Duration interval;
  private @Nullable ScheduledExecutorService executor;

  /**
   * Creates the advancer; nothing runs before {@link #start()}.
   *
   * @param monitor the monitor to advance
   * @param interval the delay between the end of one advance and the start of the next
   * @throws IllegalArgumentException if the interval is not positive
   */
  public MonitorAdvancer(Monitor monitor, Duration interval) {
    if (interval.isNegative() || interval.isZero()) {
      throw new IllegalArgumentException(
          "probity.monitor.advance-interval must be positive, was " + interval);
    }
    this.monitor = monitor;
    this.interval = interval;
  }

  /**
   * Returns the delay between two advances.
   *
   * @return the interval
   */
  public Duration getInterval() {
    return interval;
  }

  /** Starts advancing the monitor, the first time one interval from now. */
  @Override
  public synchronized void start() {
    if (executor != null) {
      return;
    }
    ScheduledExecutorService ex =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "probity-monitor");
              t.setDaemon(true);
              return t;
            });
    long nanos = interval.toNanos();
    ex.scheduleWithFixedDelay(this::advance, nanos, nanos, TimeUnit.NANOSECONDS);
    executor = ex;
  }

  private void advance() {
    try {
      monitor.advance();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "advancing the Probity monitor failed", e);
    }
  }

  /** Stops advancing: lets a running advance finish (up to ten seconds) and ends the thread. */
  @Override
  public synchronized void stop() {
    ScheduledExecutorService ex = executor;
    if (ex == null) {
      return;
    }
    executor = null;
    ex.shutdown();
    try {
      if (!ex.awaitTermination(10, TimeUnit.SECONDS)) {
        ex.shutdownNow();
      }
    } catch (InterruptedException e) {
      ex.shutdownNow();
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Returns whether the monitor is being advanced.
   *
   * @return whether it is
   */
  @Override
  public synchronized boolean isRunning() {
    return executor != null;
  }
}
