package io.github.probity.benchmarks;

import io.github.probity.model.Ledger;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.testkit.SignalGenerator;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningListener;
import io.github.probity.warning.WarningPolicy;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The monitor with the built-in indicators over a generated signal stream, on one thread. Scores
 * are signals per second. {@code stream} evaluates a pre-generated stream of {@value #STREAM}
 * signals in a fresh monitor per invocation; {@code longRun} feeds one monitor lazily generated
 * signals for the whole run (generation included) and prints the heap used after a GC at the end of
 * each iteration, which stays flat because the indicators' windows are fixed.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 3, time = 10)
public class MonitorBenchmark {
  static final int STREAM = 1 << 20;

  /** Counts warnings so that nothing is optimised away. */
  static final class Counter implements WarningListener {
    long warnings;

    @Override
    public void onWarning(Warning warning) {
      warnings++;
    }
  }

  static Monitor monitor(Ledger ledger, Counter counter) {
    return Monitor.builder()
        .clock(Clock.fixed(Instant.MAX, ZoneOffset.UTC)) // every signal is ripe at once
        .allowedLateness(Duration.ZERO)
        .policy(WarningPolicy.defaults())
        .ledger(ledger)
        .addListener(counter)
        .build();
  }

  /** A pre-generated stream and a fresh monitor per invocation. */
  @State(Scope.Thread)
  public static class Stream {
    Ledger ledger = LedgerGenerator.generate(42, 200);
    List<Signal> signals = List.of();
    Counter counter = new Counter();
    Monitor monitor = monitor(ledger, counter);

    /** Generates the stream once. */
    @Setup(Level.Trial)
    public void generate() {
      signals = SignalGenerator.stream(42, ledger, STREAM);
    }

    /** Starts a fresh monitor. */
    @Setup(Level.Invocation)
    public void fresh() {
      counter = new Counter();
      monitor = monitor(ledger, counter);
    }
  }

  /** One monitor and one lazy generator for the whole run. */
  @State(Scope.Thread)
  public static class LongRun {
    Ledger ledger = LedgerGenerator.generate(42, 200);
    SignalGenerator generator = SignalGenerator.seeded(42, ledger);
    Counter counter = new Counter();
    Monitor monitor = monitor(ledger, counter);

    /** Prints the heap used after a GC, the signals evaluated and the warnings raised. */
    @TearDown(Level.Iteration)
    public void heap() {
      System.gc();
      MemoryMXBean mx = ManagementFactory.getMemoryMXBean();
      System.out.printf(
          "%n  heap used %.1f MB after %d signals, %d warnings%n",
          mx.getHeapMemoryUsage().getUsed() / 1048576.0, monitor.evaluated(), counter.warnings);
    }
  }

  /**
   * Evaluates the whole pre-generated stream.
   *
   * @param s the state
   * @return the warnings raised
   */
  @Benchmark
  @OperationsPerInvocation(STREAM)
  public long stream(Stream s) {
    for (Signal signal : s.signals) {
      s.monitor.submit(signal);
    }
    return s.counter.warnings;
  }

  /**
   * Generates and evaluates one more signal.
   *
   * @param s the state
   * @return whether it was accepted
   */
  @Benchmark
  public boolean longRun(LongRun s) {
    return s.monitor.submit(s.generator.next());
  }
}
