package io.github.probity.benchmarks;

import io.github.probity.grading.ExtraFactor;
import io.github.probity.grading.Factor;
import io.github.probity.grading.GradingContext;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.grading.MatrixParameters;
import io.github.probity.grading.RiskGrader;
import io.github.probity.grading.WeightedFactorsParameters;
import io.github.probity.model.Discretion;
import io.github.probity.model.Ledger;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.LedgerGenerator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
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
 * The standard (weighted-factors) grader over a generated ledger, against a hand-coded loop over
 * primitive arrays that does the same arithmetic, in the same run. One operation grades every point
 * of the ledger; levels per second = points / (time per operation). {@code standardLevel} grades
 * point by point, {@code standardLevels} in bulk ({@code RiskGrader.levels}), {@code standardGrade}
 * with explanation.
 *
 * <p>What {@code standardLevelsNewContext} measures: a new {@link GradingContext} over the ledger
 * built in setup, its resolution of every point (owner count, power item, 1–5 factor values) and
 * the bulk grading. Building the ledger (with its id index) is outside the measured region.
 *
 * <p>Figures at 1,000,000 points, one run ({@code -f 1 -wi 3 -i 5 -w 2s -r 3s -prof gc}) on a
 * shared 2-CPU machine under heavy load from other builds (load average ≈ 20), so only the ratios
 * to the hand-coded loop of the same run mean anything:
 *
 * <table>
 *   <caption>Time per operation (1,000,000 points)</caption>
 *   <tr><th>benchmark</th><th>before</th><th>after</th></tr>
 *   <tr><td>{@code handCodedLoop}</td><td>75 ms (1×)</td><td>73 ms (1×)</td></tr>
 *   <tr><td>{@code standardLevels}</td><td>231 ms (3.1×)</td><td>208 ms (2.8×)</td></tr>
 *   <tr><td>{@code standardLevelsNewContext}</td><td>1,687 ms (22×), 100 MB allocated</td>
 *       <td>1,553 ms (21×), 70 MB allocated</td></tr>
 * </table>
 *
 * <p>"Before" is resolution with a look-up of the owner and the power item in the ledger's index
 * for every point; "after" looks an owner up once per run of its points and repeated power items in
 * a small table. A new context still costs about 20 times the hand-coded loop: resolution reads
 * every point, its factors and its power item from memory, and the model's {@code Optional} getters
 * allocate about 44 bytes a point that escape analysis does not remove.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class StandardGraderBenchmark {
  @Param({"100000", "1000000"})
  public int points;

  private RiskPoint[] riskPoints = new RiskPoint[0];
  private Ledger ledger = LedgerGenerator.generate(1, 0);
  private GradingContext context = GradingContext.of(LedgerGenerator.generate(1, 0));
  private final RiskGrader grader = RiskGrader.standard();

  // The hand-coded baseline: resolved factors in primitive arrays (0 = absent).
  private int[] importance = new int[0];
  private int[] frequency = new int[0];
  private int[] probability = new int[0];
  private int[] countScale = new int[0];
  private int[] discretion = new int[0];
  private int[] harm = new int[0];
  private boolean[] majorMatter = new boolean[0];
  private double wImportance;
  private double wFrequency;
  private double wProbability;
  private double wCount;
  private double wDiscretion;
  private double wHarm;
  private double highFrom;
  private double mediumFrom;

  /** Generates the ledger and fills the baseline's arrays; checks both give the same levels. */
  @Setup(Level.Trial)
  public void setUp() {
    ledger = LedgerGenerator.generate(20_260_101L, points);
    context = GradingContext.of(ledger);
    riskPoints = ledger.getRiskPoints().toArray(new RiskPoint[0]);
    int n = riskPoints.length;
    importance = new int[n];
    frequency = new int[n];
    probability = new int[n];
    countScale = new int[n];
    discretion = new int[n];
    harm = new int[n];
    majorMatter = new boolean[n];
    WeightedFactorsParameters p =
        (WeightedFactorsParameters) GradingPolicy.standard().getParameters();
    wImportance = p.weight(Factor.IMPORTANCE);
    wFrequency = p.weight(Factor.FREQUENCY);
    wProbability = p.weight(Factor.PROBABILITY);
    wCount = p.weight(Factor.POINT_COUNT);
    wDiscretion = p.weight(Factor.DISCRETION);
    wHarm = p.weight(Factor.HARM);
    highFrom = p.getHighFrom() - 1e-9;
    mediumFrom = p.getMediumFrom() - 1e-9;
    for (int i = 0; i < n; i++) {
      RiskPoint rp = riskPoints[i];
      @Nullable PowerItem item = context.powerItem(rp).orElse(null);
      @Nullable RiskFactors f = rp.getFactors().orElse(null);
      importance[i] = f != null ? f.getImportance() : importanceOf(item);
      frequency[i] = f != null ? f.getFrequency() : frequencyOf(item);
      probability[i] = f != null ? f.getProbability() : 3;
      int count = context.ownerPointCount(rp);
      List<Integer> bands = p.getCountBands();
      countScale[i] =
          count >= bands.get(3)
              ? 5
              : count >= bands.get(2)
                  ? 4
                  : count >= bands.get(1) ? 3 : count >= bands.get(0) ? 2 : 1;
      discretion[i] =
          f != null && f.getDiscretion().isPresent()
              ? f.getDiscretion().getAsInt()
              : item == null ? 0 : discretionOf(item.getDiscretion());
      harm[i] = f != null && f.getHarm().isPresent() ? f.getHarm().getAsInt() : 0;
      majorMatter[i] = item != null && item.isMajorMatter();
    }
    List<RiskLevel> bulk = grader.levels(context);
    for (int i = 0; i < n; i++) {
      if (grader.level(riskPoints[i], context).rank() != rank(i) || bulk.get(i).rank() != rank(i)) {
        throw new IllegalStateException("baseline disagrees on " + riskPoints[i].getId());
      }
    }
  }

  private static int importanceOf(@Nullable PowerItem item) {
    if (item == null) {
      return 3;
    }
    if (item.isMajorMatter()) {
      return 5;
    }
    switch (item.getKind()) {
      case SUPERVISION:
        return 3;
      case OTHER:
        return 2;
      default:
        return 4;
    }
  }

  private static int frequencyOf(@Nullable PowerItem item) {
    if (item == null) {
      return 3;
    }
    switch (item.getFrequency()) {
      case DAILY:
        return 5;
      case WEEKLY:
        return 4;
      case MONTHLY:
        return 3;
      case QUARTERLY:
        return 2;
      default:
        return 1;
    }
  }

  private static int discretionOf(Discretion d) {
    switch (d) {
      case NONE:
        return 1;
      case LIMITED:
        return 2;
      case CONSIDERABLE:
        return 4;
      default:
        return 5;
    }
  }

  private int rank(int i) {
    double sum =
        wImportance * importance[i]
            + wFrequency * frequency[i]
            + wProbability * probability[i]
            + wCount * countScale[i];
    double total = wImportance + wFrequency + wProbability + wCount;
    if (discretion[i] > 0) {
      sum += wDiscretion * discretion[i];
      total += wDiscretion;
    }
    if (harm[i] > 0) {
      sum += wHarm * harm[i];
      total += wHarm;
    }
    double score = sum / total;
    int rank = score >= highFrom ? 3 : score >= mediumFrom ? 2 : 1;
    return majorMatter[i] && rank < 2 ? 2 : rank;
  }

  /**
   * The hand-coded loop over primitive arrays.
   *
   * @return the sum of the ranks
   */
  @Benchmark
  public long handCodedLoop() {
    long sum = 0;
    for (int i = 0; i < importance.length; i++) {
      sum += rank(i);
    }
    return sum;
  }

  /**
   * The standard grader's level-only fast path.
   *
   * @return the sum of the ranks
   */
  @Benchmark
  public long standardLevel() {
    long sum = 0;
    for (RiskPoint p : riskPoints) {
      sum += grader.level(p, context).rank();
    }
    return sum;
  }

  /**
   * The standard grader's bulk path over the whole ledger, with a context that has already resolved
   * the ledger (the context keeps what it resolved on first use).
   *
   * @return the sum of the ranks
   */
  @Benchmark
  public long standardLevels() {
    long sum = 0;
    for (RiskLevel level : grader.levels(context)) {
      sum += level.rank();
    }
    return sum;
  }

  /**
   * The standard grader's bulk path with a new context each time, so resolving the ledger's owner
   * counts and power items is included.
   *
   * @return the sum of the ranks
   */
  @Benchmark
  public long standardLevelsNewContext() {
    long sum = 0;
    for (RiskLevel level : grader.levels(GradingContext.of(ledger))) {
      sum += level.rank();
    }
    return sum;
  }

  /**
   * The standard grader's full grade, with score and explanation.
   *
   * @return the sum of the ranks and explanation sizes
   */
  @Benchmark
  public long standardGrade() {
    long sum = 0;
    for (RiskPoint p : riskPoints) {
      sum += grader.grade(p, context).getExplanation().size();
    }
    return sum;
  }

  /**
   * Builds the ledger from its parts, as a reader does once it has parsed them: the builder copies
   * the lists and the ledger builds its index (ids, references, every owner's points).
   *
   * @return the number of owners with points
   */
  @Benchmark
  public int ledgerBuild() {
    return Ledger.builder().from(ledger).build().riskPointsByOwner().size();
  }

  /**
   * What a user pays to grade a ledger just read: building the ledger from its parts, a new context
   * and the bulk grading.
   *
   * @return the sum of the ranks
   */
  @Benchmark
  public long ledgerBuildAndLevels() {
    long sum = 0;
    Ledger built = Ledger.builder().from(ledger).build();
    for (RiskLevel level : grader.levels(GradingContext.of(built))) {
      sum += level.rank();
    }
    return sum;
  }

  /**
   * The weighted-factors grader with the three sample extra factors (one per owner, two per point)
   * weighed in, on a ledger that records them, with a new context each time.
   *
   * @param extras the ledger with extra factor values and the graders declaring them
   * @return the sum of the ranks
   */
  @Benchmark
  public long weightedExtrasLevelsNewContext(WithExtraFactors extras) {
    long sum = 0;
    for (RiskLevel level : extras.weighted.levels(GradingContext.of(extras.ledger))) {
      sum += level.rank();
    }
    return sum;
  }

  /**
   * The matrix grader with an owner extra factor on the likelihood and a point extra factor on the
   * severity, on a ledger that records them, with a new context each time.
   *
   * @param extras the ledger with extra factor values and the graders declaring them
   * @return the sum of the ranks
   */
  @Benchmark
  public long matrixExtrasLevelsNewContext(WithExtraFactors extras) {
    long sum = 0;
    for (RiskLevel level : extras.matrix.levels(GradingContext.of(extras.ledger))) {
      sum += level.rank();
    }
    return sum;
  }

  /**
   * The benchmark's ledger with values for {@link LedgerGenerator#sampleExtraFactors()}, and a
   * weighted and a matrix grader whose policies declare and use them; set up only for the methods
   * that take it.
   */
  @State(Scope.Benchmark)
  public static class WithExtraFactors {
    Ledger ledger = LedgerGenerator.generate(1, 0);
    RiskGrader weighted = RiskGrader.standard();
    RiskGrader matrix = RiskGrader.standard();

    /**
     * Generates the ledger and the graders.
     *
     * @param benchmark the benchmark, for its ledger
     */
    @Setup(Level.Trial)
    public void setUp(StandardGraderBenchmark benchmark) {
      List<ExtraFactor> factors = LedgerGenerator.sampleExtraFactors();
      ledger = LedgerGenerator.withExtraFactors(benchmark.ledger, factors, 20_260_101L);
      weighted =
          RiskGrader.of(
              GradingPolicy.builder()
                  .from(GradingPolicy.standard())
                  .id("weighted-with-extras")
                  .extraFactors(factors)
                  .parameters(
                      WeightedFactorsParameters.builder()
                          .from(WeightedFactorsParameters.defaults())
                          .putExtraWeights("APPRAISAL", 2.0)
                          .putExtraWeights("PETITIONS", 2.0)
                          .putExtraWeights("EXPOSURE", 1.0)
                          .build())
                  .build());
      matrix =
          RiskGrader.of(
              GradingPolicy.builder()
                  .id("matrix-with-extras")
                  .version("1")
                  .extraFactors(factors)
                  .parameters(
                      MatrixParameters.builder()
                          .from(MatrixParameters.defaults())
                          .addLikelihoodExtras("APPRAISAL")
                          .addSeverityExtras("PETITIONS")
                          .build())
                  .build());
      GradingContext context = GradingContext.of(ledger);
      List<RiskLevel> w = weighted.levels(context);
      List<RiskLevel> m = matrix.levels(context);
      for (int i = 0; i < w.size(); i++) {
        RiskPoint p = ledger.getRiskPoints().get(i);
        if (weighted.level(p, context) != w.get(i) || matrix.level(p, context) != m.get(i)) {
          throw new IllegalStateException("bulk and single grading disagree on " + p.getId());
        }
      }
    }
  }
}
