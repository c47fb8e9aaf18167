package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.github.probity.grading.ExtraFactor;
import io.github.probity.grading.Grade;
import io.github.probity.grading.GradingContext;
import io.github.probity.grading.GradingException;
import io.github.probity.grading.RiskGrader;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The contract of {@link RiskGrader}, as a JUnit 5 test class to extend with your own grader:
 *
 * <pre>{@code
 * class MyGraderContractTest extends RiskGraderContract {
 *   @Override
 *   protected RiskGrader grader() {
 *     return new MyGrader();
 *   }
 * }
 * }</pre>
 *
 * <p>Over ledgers from {@link LedgerGenerator} (200 seeds, the seed in each test's name) it checks
 * that the grader is total (a grade with a non-empty explanation for every point, never an
 * exception or {@code null}), deterministic (equal grades for equal input), that {@code level}
 * agrees with {@code grade} and the bulk {@code levels} with {@code level}, that the explanation
 * reads in Chinese and English, that it gives the same results on 8 threads as on one, and, when
 * {@link RiskGrader#isMonotone()} declares it, that raising any factor never lowers the level.
 * Every call goes through {@link RiskGrader#checked(RiskGrader)}, so a failure names the risk
 * point.
 *
 * <p>Override {@link #ledger(long)} or {@link #context(Ledger)} to grade your own data or supply
 * facts the grader needs. The class keeps no state between tests.
 *
 * @since 0.1.0
 */
public abstract class RiskGraderContract {

  /** Creates the contract; subclasses provide the grader. */
  protected RiskGraderContract() {}

  /** {@return the grader under test; called once per test} */
  protected abstract RiskGrader grader();

  /**
   * Returns the ledger for a seed; by default {@link LedgerGenerator#generate(long)}, and when the
   * grader declares extra factors ({@link RiskGrader#extraFactors()}), for even seeds with values
   * for them ({@link LedgerGenerator#withExtraFactors}, some points and owners still without one)
   * and for odd seeds with none at all.
   *
   * @param seed the seed
   * @return the ledger to grade
   */
  protected Ledger ledger(long seed) {
    Ledger ledger = LedgerGenerator.generate(seed);
    List<ExtraFactor> extras = grader().extraFactors();
    return extras.isEmpty() || seed % 2 != 0
        ? ledger
        : LedgerGenerator.withExtraFactors(ledger, extras, seed);
  }

  /**
   * {@return the grading context over a ledger; by default no explicit facts and a fixed clock}
   *
   * @param ledger the ledger
   */
  protected GradingContext context(Ledger ledger) {
    return GradingContext.builder()
        .ledger(ledger)
        .clock(Clock.fixed(Instant.parse("2026-01-01T00:00:00Z"), ZoneOffset.UTC))
        .build();
  }

  /** {@return the seeds the parameterized checks run over: 0 to 199} */
  protected static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private RiskGrader checked() {
    return RiskGrader.checked(grader());
  }

  /**
   * Every point of a generated ledger gets a grade of that point with a non-empty explanation, and
   * {@code level} agrees with {@code grade}.
   *
   * @param seed the ledger's seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void isTotalOverGeneratedLedgers(long seed) {
    Ledger ledger = ledger(seed);
    GradingContext context = context(ledger);
    RiskGrader grader = checked();
    for (RiskPoint p : ledger.getRiskPoints()) {
      Grade g = grader.grade(p, context);
      assertThat(g.getRiskPointId()).isEqualTo(p.getId());
      assertThat(g.getExplanation()).as("explanation of %s", p.getId()).isNotEmpty();
      assertThat(grader.level(p, context)).as("level of %s", p.getId()).isEqualTo(g.getLevel());
    }
  }

  /**
   * A grader that declares extra factors grades every point whether or not a value is recorded for
   * them: with values for none, for some and for all of the points and owners, {@code grade},
   * {@code level} and {@code levels} give a level (or a {@link GradingException} naming the point,
   * if the grader documents that it refuses a missing value), never another exception from inside;
   * and {@code level} agrees with {@code grade}. Skipped for a grader that declares none.
   *
   * @param seed the ledger's seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void handlesMissingExtraFactorValues(long seed) {
    RiskGrader raw = grader();
    List<ExtraFactor> extras = raw.extraFactors();
    assumeTrue(!extras.isEmpty(), "the grader declares no extra factors");
    Ledger bare = LedgerGenerator.generate(seed);
    for (Ledger ledger : List.of(bare, LedgerGenerator.withExtraFactors(bare, extras, seed))) {
      GradingContext context = context(ledger);
      List<RiskLevel> levels;
      try {
        levels = raw.levels(context);
      } catch (GradingException e) {
        continue;
      }
      assertThat(levels).hasSize(ledger.getRiskPoints().size());
      for (int i = 0; i < levels.size(); i++) {
        RiskPoint p = ledger.getRiskPoints().get(i);
        Grade g;
        try {
          g = raw.grade(p, context);
        } catch (GradingException e) {
          continue;
        }
        assertThat(g.getLevel()).as("grade of %s", p.getId()).isEqualTo(levels.get(i));
        assertThat(raw.level(p, context)).as("level of %s", p.getId()).isEqualTo(levels.get(i));
      }
    }
  }

  /**
   * Grading the whole ledger in bulk ({@link RiskGrader#levels}) gives one level per point, equal
   * to {@code level} point by point, also on a second bulk call with the same context.
   *
   * @param seed the ledger's seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void levelsAgreeWithLevelPointByPoint(long seed) {
    Ledger ledger = ledger(seed);
    GradingContext context = context(ledger);
    RiskGrader grader = checked();
    List<RiskLevel> levels = grader.levels(context);
    List<RiskPoint> points = ledger.getRiskPoints();
    assertThat(levels).hasSameSizeAs(points);
    for (int i = 0; i < points.size(); i++) {
      RiskPoint p = points.get(i);
      assertThat(levels.get(i))
          .as("bulk level of %s", p.getId())
          .isEqualTo(grader.level(p, context));
    }
    assertThat(grader.levels(context)).as("second bulk grading").isEqualTo(levels);
  }

  /**
   * Grading twice, with the same context or an equal one built anew, gives equal grades.
   *
   * @param seed the ledger's seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void isDeterministic(long seed) {
    Ledger ledger = ledger(seed);
    GradingContext context = context(ledger);
    GradingContext again = context(ledger(seed));
    RiskGrader first = checked();
    RiskGrader second = checked();
    for (RiskPoint p : ledger.getRiskPoints()) {
      Grade g = first.grade(p, context);
      assertThat(first.grade(p, context)).as("regrading %s", p.getId()).isEqualTo(g);
      assertThat(second.grade(p, again)).as("grading %s anew", p.getId()).isEqualTo(g);
    }
  }

  /**
   * The explanation of every grade reads as non-blank text in Chinese and in English.
   *
   * @param seed the ledger's seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void explainsInChineseAndEnglish(long seed) {
    Ledger ledger = ledger(seed);
    GradingContext context = context(ledger);
    RiskGrader grader = checked();
    for (RiskPoint p : ledger.getRiskPoints()) {
      Grade g = grader.grade(p, context);
      assertThat(g.explain(Locale.SIMPLIFIED_CHINESE)).as("中文说明 %s", p.getId()).isNotBlank();
      assertThat(g.explain(Locale.ENGLISH)).as("English explanation %s", p.getId()).isNotBlank();
    }
  }

  /**
   * For a grader that declares itself monotone: raising one factor of an assessed point by one step
   * (others equal, the ledger holding the raised point) never lowers its level. Skipped for graders
   * that do not declare it.
   *
   * @param seed the ledger's seed
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  public void isMonotoneWhereDeclared(long seed) {
    RiskGrader grader = checked();
    assumeTrue(grader.isMonotone(), "the grader does not declare itself monotone");
    Ledger ledger = ledger(seed);
    GradingContext context = context(ledger);
    Random random = new Random(seed);
    List<RiskPoint> points = ledger.getRiskPoints();
    List<Integer> assessed = new ArrayList<>();
    for (int i = 0; i < points.size(); i++) {
      if (points.get(i).getFactors().isPresent()) {
        assessed.add(i);
      }
    }
    assumeTrue(!assessed.isEmpty(), "the ledger has no point with factors");
    for (int n = 0; n < 10; n++) {
      int index = assessed.get(random.nextInt(assessed.size()));
      RiskPoint p = points.get(index);
      RiskFactors factors = p.getFactors().orElseThrow();
      RiskFactors raised = raise(factors, random.nextInt(5));
      RiskPoint q = RiskPoint.builder().from(p).factors(raised).build();
      List<RiskPoint> replaced = new ArrayList<>(points);
      replaced.set(index, q);
      Ledger other = Ledger.builder().from(ledger).riskPoints(replaced).build();
      RiskLevel before = grader.level(p, context);
      RiskLevel after = grader.level(q, context(other));
      assertThat(after.rank())
          .as("%s: %s raised to %s gave %s after %s", p.getId(), factors, raised, after, before)
          .isGreaterThanOrEqualTo(before.rank());
    }
  }

  /** Raises one factor by one step, capped at 5; an absent optional factor is left absent. */
  private static RiskFactors raise(RiskFactors f, int which) {
    RiskFactors.Builder b = RiskFactors.builder().from(f);
    switch (which) {
      case 0:
        return b.importance(Math.min(RiskFactors.MAX, f.getImportance() + 1)).build();
      case 1:
        return b.frequency(Math.min(RiskFactors.MAX, f.getFrequency() + 1)).build();
      case 2:
        return b.probability(Math.min(RiskFactors.MAX, f.getProbability() + 1)).build();
      case 3:
        return f.getDiscretion().isPresent()
            ? b.discretion(Math.min(RiskFactors.MAX, f.getDiscretion().getAsInt() + 1)).build()
            : b.probability(Math.min(RiskFactors.MAX, f.getProbability() + 1)).build();
      default:
        return f.getHarm().isPresent()
            ? b.harm(Math.min(RiskFactors.MAX, f.getHarm().getAsInt() + 1)).build()
            : b.importance(Math.min(RiskFactors.MAX, f.getImportance() + 1)).build();
    }
  }

  /**
   * Eight threads grading the same points at once, each in its own order, get exactly the grades of
   * a single thread.
   *
   * @throws Exception if a thread fails or the pool does not finish
   */
  @Test
  public void isThreadSafe() throws Exception {
    Ledger ledger = LedgerGenerator.generate(20_260_101L, 2_000);
    GradingContext context = context(ledger);
    RiskGrader grader = checked();
    List<RiskPoint> points = ledger.getRiskPoints();
    List<Grade> expected = new ArrayList<>();
    for (RiskPoint p : points) {
      expected.add(grader.grade(p, context));
    }
    int threads = 8;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<Grade>>> results = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        long shuffle = t;
        Callable<List<Grade>> task =
            () -> {
              List<Integer> order = new ArrayList<>();
              for (int i = 0; i < points.size(); i++) {
                order.add(i);
              }
              Collections.shuffle(order, new Random(shuffle));
              Grade[] out = new Grade[points.size()];
              start.await();
              for (int i : order) {
                out[i] = grader.grade(points.get(i), context);
                if (grader.level(points.get(i), context) != out[i].getLevel()) {
                  throw new AssertionError("level and grade disagree on " + points.get(i).getId());
                }
              }
              return List.of(out);
            };
        results.add(pool.submit(task));
      }
      start.countDown();
      for (Future<List<Grade>> f : results) {
        List<Grade> actual;
        try {
          actual = f.get(5, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof Error) {
            throw (Error) cause;
          }
          throw new AssertionError("grading on 8 threads failed: " + cause, cause);
        }
        assertThat(actual).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }
}
