package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.grading.ExtraFactor;
import io.github.probity.grading.Factor;
import io.github.probity.grading.GradingContext;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.grading.MatrixParameters;
import io.github.probity.grading.RiskGrader;
import io.github.probity.grading.WeightedFactorsParameters;
import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bulk levels of the weighted-factors grader on a new context equal, on generated ledgers with
 * and without extra factors, in the generated order, shuffled and copied, a straightforward
 * computation written from the method's definition: each point's owner count, power item and
 * factors looked up in the ledger, the weighted mean of the factors present, the thresholds, then
 * the major-matter floor. The matrix grader's bulk levels with extra factors equal its level of
 * each point on its own.
 */
class FreshContextGradingPropertyTest {

  /** The factors in the order the method adds them up. */
  private static final Factor[] ORDER = {
    Factor.IMPORTANCE,
    Factor.FREQUENCY,
    Factor.PROBABILITY,
    Factor.POINT_COUNT,
    Factor.DISCRETION,
    Factor.HARM
  };

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void standardLevelsOnANewContextEqualTheReference(long seed) {
    Ledger ledger = LedgerGenerator.generate(seed);
    GradingPolicy policy = GradingPolicy.standard();
    assertThat(RiskGrader.of(policy).levels(GradingContext.of(ledger)))
        .containsExactlyElementsOf(reference(policy, ledger));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void levelsWithExtraFactorsOnANewContextEqualTheReference(long seed) {
    List<ExtraFactor> extras = LedgerGenerator.sampleExtraFactors();
    Ledger ledger = LedgerGenerator.withExtraFactors(LedgerGenerator.generate(seed), extras, seed);
    WeightedFactorsParameters defaults = WeightedFactorsParameters.defaults();
    WeightedFactorsParameters p =
        WeightedFactorsParameters.builder()
            .from(defaults)
            .putExtraWeights("APPRAISAL", 1.0 + seed % 3)
            .putExtraWeights("PETITIONS", 2.0)
            .putExtraWeights("EXPOSURE", seed % 2 == 0 ? 1.5 : 0.0)
            .build();
    GradingPolicy policy =
        GradingPolicy.builder()
            .from(GradingPolicy.standard())
            .id("weighted-with-extras")
            .extraFactors(extras)
            .parameters(p)
            .build();
    assertThat(RiskGrader.of(policy).levels(GradingContext.of(ledger)))
        .containsExactlyElementsOf(reference(policy, ledger));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void levelsOfALedgerInAnotherOrderOrCopiedEqualTheReference(long seed) {
    List<ExtraFactor> extras = LedgerGenerator.sampleExtraFactors();
    Ledger generated =
        LedgerGenerator.withExtraFactors(LedgerGenerator.generate(seed), extras, seed);
    List<RiskPoint> points = new ArrayList<>(generated.getRiskPoints());
    Collections.shuffle(points, new Random(seed));
    Ledger shuffled = Ledger.builder().from(generated).riskPoints(points).build();
    Ledger copied = Ledger.builder().from(shuffled).build();
    GradingPolicy policy = withExtras(extras, seed);
    assertThat(RiskGrader.of(policy).levels(GradingContext.of(shuffled)))
        .containsExactlyElementsOf(reference(policy, shuffled));
    assertThat(RiskGrader.standard().levels(GradingContext.of(copied)))
        .containsExactlyElementsOf(reference(GradingPolicy.standard(), copied));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void matrixLevelsWithExtraFactorsOnANewContextEqualEachPointsLevel(long seed) {
    List<ExtraFactor> extras = LedgerGenerator.sampleExtraFactors();
    Ledger ledger = LedgerGenerator.withExtraFactors(LedgerGenerator.generate(seed), extras, seed);
    MatrixParameters.Builder p = MatrixParameters.builder().from(MatrixParameters.defaults());
    if (seed % 2 == 0) {
      p.addLikelihoodExtras("APPRAISAL").addSeverityExtras("PETITIONS", "EXPOSURE");
    } else {
      p.addSeverityExtras("APPRAISAL").addLikelihoodExtras("EXPOSURE");
    }
    GradingPolicy policy =
        GradingPolicy.builder()
            .id("matrix-with-extras")
            .version("1")
            .extraFactors(extras)
            .parameters(p.build())
            .build();
    RiskGrader grader = RiskGrader.of(policy);
    // Each point's level on its own, in a context that never grades in bulk.
    GradingContext single = GradingContext.of(ledger);
    List<RiskLevel> expected = new ArrayList<>();
    for (RiskPoint point : ledger.getRiskPoints()) {
      expected.add(grader.level(point, single));
    }
    assertThat(grader.levels(GradingContext.of(ledger))).containsExactlyElementsOf(expected);
  }

  private static GradingPolicy withExtras(List<ExtraFactor> extras, long seed) {
    WeightedFactorsParameters p =
        WeightedFactorsParameters.builder()
            .from(WeightedFactorsParameters.defaults())
            .putExtraWeights("APPRAISAL", 1.0 + seed % 3)
            .putExtraWeights("PETITIONS", 2.0)
            .putExtraWeights("EXPOSURE", seed % 2 == 0 ? 1.5 : 0.0)
            .build();
    return GradingPolicy.builder()
        .from(GradingPolicy.standard())
        .id("weighted-with-extras")
        .extraFactors(extras)
        .parameters(p)
        .build();
  }

  /** Grades every point from the definition, looking everything up in the ledger. */
  static List<RiskLevel> reference(GradingPolicy policy, Ledger ledger) {
    WeightedFactorsParameters p = (WeightedFactorsParameters) policy.getParameters();
    List<RiskLevel> out = new ArrayList<>();
    for (RiskPoint point : ledger.getRiskPoints()) {
      RiskFactors f = point.getFactors().orElse(null);
      PowerItem item = point.getPowerItem().flatMap(ledger::powerItem).orElse(null);
      double sum = 0;
      double total = 0;
      for (Factor factor : ORDER) {
        int v = value(factor, f, item, ledger.riskPointsOf(point.getOwner()).size(), p);
        double w = p.weight(factor);
        boolean optional = factor == Factor.DISCRETION || factor == Factor.HARM;
        if (!optional || (v > 0 && w > 0)) {
          sum += w * v;
          total += w;
        }
      }
      for (ExtraFactor x : policy.getExtraFactors()) {
        double w = p.getExtraWeights().getOrDefault(x.getCode(), 0.0);
        Map<String, FactorValue> values =
            x.getScope() == ExtraFactor.Scope.POINT
                ? (f == null ? Map.of() : f.getExtra())
                : ledger.ownerFactors(point.getOwner());
        FactorValue v = values.get(x.getCode());
        double s = v == null ? Double.NaN : x.scaled(v);
        if (w > 0 && !Double.isNaN(s)) {
          sum += w * s;
          total += w;
        }
      }
      double score = sum / total;
      RiskLevel level =
          score >= p.getHighFrom() - 1e-9
              ? RiskLevel.HIGH
              : score >= p.getMediumFrom() - 1e-9 ? RiskLevel.MEDIUM : RiskLevel.LOW;
      if (item != null && item.isMajorMatter() && level == RiskLevel.LOW) {
        level = RiskLevel.MEDIUM;
      }
      out.add(level);
    }
    return out;
  }

  /** A factor's value on the 1–5 scale; 0 for an optional factor that is absent. */
  private static int value(
      Factor factor,
      @Nullable RiskFactors f,
      @Nullable PowerItem item,
      int count,
      WeightedFactorsParameters p) {
    switch (factor) {
      case IMPORTANCE:
        if (f != null) {
          return f.getImportance();
        }
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
      case FREQUENCY:
        if (f != null) {
          return f.getFrequency();
        }
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
      case PROBABILITY:
        return f != null ? f.getProbability() : 3;
      case POINT_COUNT:
        int scale = 1;
        for (int bound : p.getCountBands()) {
          if (count >= bound) {
            scale++;
          }
        }
        return scale;
      case DISCRETION:
        if (f != null && f.getDiscretion().isPresent()) {
          return f.getDiscretion().getAsInt();
        }
        if (item == null) {
          return 0;
        }
        switch (item.getDiscretion()) {
          case NONE:
            return 1;
          case LIMITED:
            return 2;
          case CONSIDERABLE:
            return 4;
          default:
            return 5;
        }
      default:
        return f != null && f.getHarm().isPresent() ? f.getHarm().getAsInt() : 0;
    }
  }
}
