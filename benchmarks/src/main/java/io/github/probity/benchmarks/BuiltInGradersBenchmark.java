package io.github.probity.benchmarks;

import io.github.probity.grading.GradingContext;
import io.github.probity.grading.RiskGrader;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.LedgerGenerator;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Each built-in grader over a generated ledger: level only and full grade. One operation grades
 * every point of the ledger.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class BuiltInGradersBenchmark {
  @Param({"weighted-factors", "count-rule", "criteria-count", "power-type", "matrix"})
  public String grader = "weighted-factors";

  @Param({"1000000"})
  public int points;

  private RiskPoint[] riskPoints = new RiskPoint[0];
  private GradingContext context = GradingContext.of(LedgerGenerator.generate(1, 0));
  private RiskGrader riskGrader = RiskGrader.standard();

  /** Generates the ledger and picks the grader. */
  @Setup(Level.Trial)
  public void setUp() {
    Ledger ledger = LedgerGenerator.generate(20_260_101L, points);
    context = GradingContext.of(ledger);
    riskPoints = ledger.getRiskPoints().toArray(new RiskPoint[0]);
    riskGrader = RiskGrader.byId(grader);
  }

  /**
   * Levels only.
   *
   * @return the sum of the ranks
   */
  @Benchmark
  public long level() {
    long sum = 0;
    for (RiskPoint p : riskPoints) {
      sum += riskGrader.level(p, context).rank();
    }
    return sum;
  }

  /**
   * Levels in bulk over the whole ledger, with a context that has already resolved the ledger.
   *
   * @return the sum of the ranks
   */
  @Benchmark
  public long levels() {
    long sum = 0;
    for (RiskLevel level : riskGrader.levels(context)) {
      sum += level.rank();
    }
    return sum;
  }

  /**
   * Full grades with explanation.
   *
   * @return the sum of the explanation sizes
   */
  @Benchmark
  public long grade() {
    long sum = 0;
    for (RiskPoint p : riskPoints) {
      sum += riskGrader.grade(p, context).getExplanation().size();
    }
    return sum;
  }
}
