package io.github.probity.benchmarks;

import io.github.probity.model.Ledger;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.testkit.SignalGenerator;
import io.github.probity.warning.Monitor;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Memory of a long monitor run: one monitor with the built-in indicators and the default (fixed)
 * windows evaluates {@value #SIGNALS} lazily generated signals in a fork limited to {@value #HEAP}
 * of heap, so that a monitor whose memory grew with the signals would run out of memory. The heap
 * used after a full GC is sampled every {@value #SAMPLE_EVERY} signals and printed at the end; the
 * run fails if the last sample exceeds the first by more than {@value #SLACK_MB} MB. The score is
 * the time of the whole run.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx" + MonitorMemoryBenchmark.HEAP, "-XX:+UseSerialGC"})
public class MonitorMemoryBenchmark {
  static final int SIGNALS = 10_000_000;
  static final int SAMPLE_EVERY = 1_000_000;
  static final String HEAP = "64m";
  static final int SLACK_MB = 4;

  /** The monitor, the generator and the heap samples. */
  @State(Scope.Thread)
  public static class Run {
    final Ledger ledger = LedgerGenerator.generate(42, 200);
    SignalGenerator generator = SignalGenerator.seeded(42, ledger);
    MonitorBenchmark.Counter counter = new MonitorBenchmark.Counter();
    Monitor monitor = MonitorBenchmark.monitor(ledger, counter);
    final List<Double> samples = new ArrayList<>();

    /** Starts a fresh monitor and samples the heap before the first signal. */
    @Setup(Level.Iteration)
    public void start() {
      generator = SignalGenerator.seeded(42, ledger);
      counter = new MonitorBenchmark.Counter();
      monitor = MonitorBenchmark.monitor(ledger, counter);
      samples.clear();
      samples.add(heapAfterGc());
    }

    /**
     * Prints the samples and fails if the heap grew.
     *
     * @throws IllegalStateException if the last sample exceeds the first by more than the slack
     */
    @TearDown(Level.Iteration)
    public void report() {
      StringBuilder sb = new StringBuilder();
      for (int i = 0; i < samples.size(); i++) {
        sb.append(
            String.format(
                "%n  heap after GC at %,11d signals: %6.2f MB",
                (long) i * SAMPLE_EVERY, samples.get(i)));
      }
      System.out.printf(
          "%s%n  %,d signals evaluated, %,d warnings%n", sb, monitor.evaluated(), counter.warnings);
      double first = samples.get(0);
      double last = samples.get(samples.size() - 1);
      if (last - first > SLACK_MB) {
        throw new IllegalStateException(
            String.format("heap grew from %.2f MB to %.2f MB over the run", first, last));
      }
    }
  }

  static double heapAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed() / 1048576.0;
  }

  /**
   * Evaluates {@value #SIGNALS} signals, sampling the heap along the way.
   *
   * @param r the run
   * @return the warnings raised
   */
  @Benchmark
  public long tenMillionSignals(Run r) {
    for (int i = 1; i <= SIGNALS; i++) {
      r.monitor.submit(r.generator.next());
      if (i % SAMPLE_EVERY == 0) {
        r.samples.add(heapAfterGc());
      }
    }
    return r.counter.warnings;
  }
}
