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
 * the bulk grading. Building the ledger (with its index) is outside the measured region; {@code
 * ledgerBuild} measures it alone (the builder copying the parts, the index checking them) and
 * {@code ledgerBuildAndLevels} the whole of what a user pays for a ledger just read: build, new
 * context, grading. {@code weightedExtrasLevelsNewContext} and {@code matrixExtrasLevelsNewContext}
 * grade, on a new context, a ledger carrying the three sample extra factors with policies that use
 * them (weighted: all three; matrix: the owner factor on the likelihood, a point factor on the
 * severity).
 *
 * <p>Figures at 1,000,000 points, {@code -f 1 -wi 3 -i 5 -w 2s -r 3s -prof gc}, on a machine of 2
 * CPUs shared with other builds (load average 11–24 during the runs): the hand-coded loop itself
 * took 62 ms, 163 ms and 42 ms in the three runs (about 19 ms on a quiet machine), so only the
 * ratios to the hand-coded loop of the same run mean anything, and those of the ledger build,
 * seconds long and dominated by allocation and garbage collection under load, hardly even that:
 *
 * <table>
 *   <caption>Time per operation (1,000,000 points), ratio to the same run's hand-coded loop, bytes
 *   allocated per operation</caption>
 *   <tr><th>benchmark</th><th>before</th><th>after</th></tr>
 *   <tr><td>{@code handCodedLoop}</td><td>62 ms (1×)</td><td>163 ms¹ · 42 ms² (1×)</td></tr>
 *   <tr><td>{@code standardLevels}</td><td>184 ms (3.0×), 4 MB</td>
 *       <td>353 ms¹ (2.2×) · 52 ms² (1.3×), 4 MB</td></tr>
 *   <tr><td>{@code standardLevelsNewContext}</td><td>1,087 ms (17.5×), 70 MB</td>
 *       <td>424 ms¹ (2.6×) · 233 ms² (5.6×), 9 MB</td></tr>
 *   <tr><td>{@code weightedExtrasLevelsNewContext}</td><td>2,372 ms (38×), 74 MB</td>
 *       <td>2,359 ms¹ (14×) · 331 ms² (7.9×), 27 MB</td></tr>
 *   <tr><td>{@code matrixExtrasLevelsNewContext}</td><td>2,857 ms (46×), 150 MB</td>
 *       <td>1,908 ms¹ (12×) · 216 ms² (5.2×), 19 MB</td></tr>
 *   <tr><td>{@code standardLevel}</td><td>2,783 ms (45×), 61 MB</td>
 *       <td>2,179 ms¹ (13×), 61 MB</td></tr>
 *   <tr><td>{@code standardGrade}</td><td>9,441 ms (152×), 1,010 MB</td>
 *       <td>9,506 ms¹ (58×), 962 MB</td></tr>
 *   <tr><td>{@code ledgerBuild}</td><td>35.6 s, 569 MB</td><td>19.4 s¹, 627 MB</td></tr>
 *   <tr><td>{@code ledgerBuildAndLevels}</td><td>31.6 s, 639 MB</td><td>13.0 s¹, 636 MB</td></tr>
 * </table>
 *
 * <p>¹ first run after the change; ² second run, after point extra factors also came unboxed from
 * the index (only the methods with extra factors read them, and only a ledger with extra factors
 * builds them, so the other figures stand). "Before" resolved every point on a new context: it read
 * the point, its owner, its power item id, its factors through their {@code Optional} getters
 * (about 44 bytes a point that escape analysis did not remove) and copied three reference arrays.
 * "After", the ledger's index, which looks every point's owner and power item up anyway while it
 * checks them, keeps per point the power item's position, the owner's group and the factors packed
 * into an {@code int} (packed once when {@code RiskFactors} is built), and per point extra factor
 * its numbers and codes unboxed; a new context resolves from these arrays without reading a point,
 * and scales each extra factor once per point (or per owner). The ledger's build allocates 58 MB
 * more (the tables, 12 MB, and short-lived objects of its added reads), about what grading a new
 * context no longer allocates: the end-to-end allocation fell by 3 MB, and its time, within the
 * build's noise, by what grading saves. The goal of 200 ms for a new context on a quiet machine is
 * about 10× the hand-coded loop: the standard method measured 2.6× and 5.6× in two runs, with extra
 * factors 7.9× (weighted) and 5.2× (matrix). The build itself is the larger cost by far (the id
 * maps of points and measures, the person look-ups, and garbage collection in a 3 GB heap holding
 * two million-point ledgers).
 *
 * <p>On a quiet machine (load average below 3, the same settings, one run of the five grading
 * methods): {@code handCodedLoop} 18.7 ms; {@code standardLevels} 38.0 ms (2.0×, 4 MB); {@code
 * standardLevelsNewContext} 60.6 ms (3.2×, 9 MB), that is 16.5 million levels a second on a new
 * context, where the same quiet machine took 415 ms (22×, 70 MB) before the change; {@code
 * weightedExtrasLevelsNewContext} 136 ms (7.3×, 27 MB) and {@code matrixExtrasLevelsNewContext} 138
 * ms (7.4×, 19 MB): with extra factors in place, more than 7 million levels a second.
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
