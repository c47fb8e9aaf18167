package io.github.probity.benchmarks;

import io.github.probity.model.Ledger;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validates ledgers of 100 000 and 1 000 000 risk points from {@link LedgerGenerator} with the
 * standard rule set. Throughput in risk points per second is {@code riskPoints / score}; linearity
 * is the ratio of the two scores (at most 11 for ten times the points).
 *
 * <p>Run: {@code java -cp "benchmarks/target/classes:benchmarks/target/lib/*" org.openjdk.jmh.Main
 * ValidationBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 5)
@Measurement(iterations = 5, time = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms6g", "-Xmx6g"})
public class ValidationBenchmark {

  /** The number of risk points of the ledger. */
  @Param({"100000", "1000000"})
  public int riskPoints;

  private Ledger ledger = LedgerGenerator.generate(1, 10);
  private final RuleSet rules = RuleSet.standard();
  private final Clock clock =
      Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  /** Creates the benchmark state; JMH calls {@link #generate()} next. */
  public ValidationBenchmark() {}

  /** Builds the ledger once per trial, outside the measurement. */
  @Setup(Level.Trial)
  public void generate() {
    ledger = LedgerGenerator.generate(42, riskPoints);
  }

  /**
   * Validates the ledger with the standard rule set.
   *
   * @return the report, so the work is not optimised away
   */
  @Benchmark
  public ValidationReport standardRules() {
    return rules.validate(ledger, clock);
  }
}
