package io.github.probity.benchmarks;

import io.github.probity.model.Ledger;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.rollup.Rollup;
import io.github.probity.rollup.RollupResult;
import io.github.probity.rollup.UnitSubmission;
import io.github.probity.testkit.LedgerGenerator;
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
 * Memory of a roll-up: {@value RollupBenchmark#UNITS} distinct units of {@value
 * RollupBenchmark#POINTS} points each (600,000 points, several hundred megabytes as ledgers) are
 * generated one at a time, measured against the template plan and added, in a fork limited to
 * {@value #HEAP} of heap — a roll-up that kept the ledgers would run out of memory. The heap used
 * after a full GC is printed before the first unit and after the last with the result held, with
 * the bytes retained per unit; the run fails if that exceeds {@value #MAX_BYTES_PER_UNIT}. The
 * score is the time of the whole run, generation included.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1, batchSize = 1)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx" + RollupMemoryBenchmark.HEAP, "-XX:+UseSerialGC"})
public class RollupMemoryBenchmark {
  static final String HEAP = "64m";
  static final int MAX_BYTES_PER_UNIT = 2_048;

  /** The heap samples and the result. */
  @State(Scope.Thread)
  public static class Run {
    double before;
    RollupResult result = Rollup.start(RollupBenchmark.CLOCK).result();

    /** Samples the heap before the first unit. */
    @Setup(Level.Iteration)
    public void start() {
      before = MonitorMemoryBenchmark.heapAfterGc();
    }

    /**
     * Prints the heap with the result held, and fails if a unit retains too much.
     *
     * @throws IllegalStateException if a unit retains more than the bound
     */
    @TearDown(Level.Iteration)
    public void report() {
      double after = MonitorMemoryBenchmark.heapAfterGc();
      double perUnit = (after - before) * 1048576.0 / result.getUnits().size();
      System.out.printf(
          "%n  heap after GC: %.2f MB before, %.2f MB after %,d units (%,d points) with the result"
              + " held: %.0f bytes per unit%n",
          before, after, result.getUnits().size(), result.riskPoints(), perUnit);
      if (perUnit > MAX_BYTES_PER_UNIT) {
        throw new IllegalStateException(
            String.format("%.0f bytes retained per unit, over %d", perUnit, MAX_BYTES_PER_UNIT));
      }
    }
  }

  /**
   * Generates and rolls up the units one at a time.
   *
   * @param r the run
   * @return the number of points rolled up
   */
  @Benchmark
  public int threeThousandGeneratedUnits(Run r) {
    Rollup rollup = Rollup.start(RollupBenchmark.CLOCK);
    for (int i = 0; i < RollupBenchmark.UNITS; i++) {
      Ledger ledger = LedgerGenerator.generate(1_000_000L + i, RollupBenchmark.POINTS);
      rollup.add(
          UnitSubmission.builder()
              .ledger(ledger)
              .plan(ImplementationPlan.forLedger(ledger))
              .build());
    }
    r.result = rollup.result();
    return r.result.riskPoints();
  }
}
