package io.github.probity.benchmarks;

import io.github.probity.model.Ledger;
import io.github.probity.plan.ImplementationPlan;
import io.github.probity.rollup.Rollup;
import io.github.probity.rollup.RollupResult;
import io.github.probity.rollup.UnitSubmission;
import io.github.probity.testkit.CaseGenerator;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.warning.WarningPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * A commission's roll-up of {@value #UNITS} units of {@value #POINTS} risk points each: every unit
 * with its ledger, the template plan (measured on the ledger) and about thirty disposition cases.
 * {@value #DISTINCT} distinct units are generated in setup and handed in round-robin, so that the
 * score is the roll-up's own work, not the generator's. {@link RollupMemoryBenchmark} shows the
 * memory bound.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class RollupBenchmark {
  static final int UNITS = 3_000;
  static final int POINTS = 200;
  static final int DISTINCT = 24;

  /** The commission's clock: 1 September 2026 in Shanghai. */
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-09-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  /** The distinct units. */
  @State(Scope.Benchmark)
  public static class Units {
    UnitSubmission[] units = new UnitSubmission[0];

    /** Generates the units with their plans and cases. */
    @Setup
    public void generate() {
      units = new UnitSubmission[DISTINCT];
      for (int i = 0; i < DISTINCT; i++) {
        units[i] = unit(i);
      }
    }
  }

  /** One unit of {@value #POINTS} points with its template plan and cases. */
  static UnitSubmission unit(long seed) {
    Ledger ledger = LedgerGenerator.generate(seed, POINTS);
    return UnitSubmission.builder()
        .ledger(ledger)
        .plan(ImplementationPlan.forLedger(ledger))
        .cases(CaseGenerator.generate(seed, ledger, 40, WarningPolicy.defaults()).cases())
        .build();
  }

  /**
   * Rolls up {@value #UNITS} units.
   *
   * @param u the units
   * @return the result
   */
  @Benchmark
  public RollupResult threeThousandUnits(Units u) {
    Rollup rollup = Rollup.start(CLOCK);
    for (int i = 0; i < UNITS; i++) {
      rollup.add(u.units[i % DISTINCT]);
    }
    return rollup.result();
  }
}
