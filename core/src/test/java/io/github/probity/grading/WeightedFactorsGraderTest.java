package io.github.probity.grading;

import static io.github.probity.grading.Fixtures.factors;
import static io.github.probity.grading.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WeightedFactorsGraderTest {
  private final RiskGrader grader = RiskGrader.standard();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static GradingContext single(RiskPoint p) {
    return GradingContext.of(Fixtures.ledger(List.of(p)));
  }

  @Test
  void scoreIsTheWeightedMeanOfTheFactors() {
    // importance 5 ×3, frequency 4 ×2, probability 4 ×3, one point → 1 ×2: 37 / 10 = 3.7
    RiskPoint p = point("RP-1", RiskOwner.post(Fixtures.POST)).factors(factors(5, 4, 4)).build();
    Grade g = grader.grade(p, single(p));
    assertThat(g.getScore()).hasValue(3.7);
    assertThat(g.getLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(g.getPolicyId()).isEqualTo("weighted-factors");
    assertThat(g.getPolicyVersion()).isEqualTo("1");
  }

  @Test
  void thresholdsSplitTheLevels() {
    // (3·i + 2·f + 3·p + 2·1) / 10 with i = f = p = x gives (8x + 2) / 10
    RiskPoint low = point("RP-1", RiskOwner.post(Fixtures.POST)).factors(factors(2, 2, 2)).build();
    RiskPoint medium =
        point("RP-1", RiskOwner.post(Fixtures.POST)).factors(factors(3, 3, 3)).build();
    RiskPoint high = point("RP-1", RiskOwner.post(Fixtures.POST)).factors(factors(5, 1, 4)).build();
    assertThat(grader.grade(low, single(low)).getScore()).hasValue(1.8);
    assertThat(grader.level(low, single(low))).isEqualTo(RiskLevel.LOW);
    assertThat(grader.grade(medium, single(medium)).getScore()).hasValue(2.6);
    assertThat(grader.level(medium, single(medium))).isEqualTo(RiskLevel.MEDIUM);
    // (15 + 2 + 12 + 2) / 10 = 3.1 → MEDIUM
    assertThat(grader.level(high, single(high))).isEqualTo(RiskLevel.MEDIUM);
    RiskPoint onThreshold =
        point("RP-1", RiskOwner.post(Fixtures.POST)).factors(factors(5, 2, 5)).build();
    // (15 + 4 + 15 + 2) / 10 = 3.6 → HIGH; (15 + 2 + 15 + 2) / 10 = 3.4 → MEDIUM
    assertThat(grader.level(onThreshold, single(onThreshold))).isEqualTo(RiskLevel.HIGH);
    RiskPoint below =
        point("RP-1", RiskOwner.post(Fixtures.POST)).factors(factors(5, 1, 5)).build();
    assertThat(grader.level(below, single(below))).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void scoreExactlyOnAThresholdReachesIt() {
    GradingPolicy policy =
        GradingPolicy.builder()
            .id("exact")
            .version("1")
            .parameters(
                WeightedFactorsParameters.builder()
                    .putWeights(Factor.IMPORTANCE, 1.0)
                    .putWeights(Factor.PROBABILITY, 1.0)
                    .highFrom(3.5)
                    .mediumFrom(2.5)
                    .addCountBands(2, 3, 5, 7)
                    .build())
            .build();
    RiskPoint p = point("RP-1", RiskOwner.post(Fixtures.POST)).factors(factors(4, 1, 3)).build();
    RiskPoint q = point("RP-1", RiskOwner.post(Fixtures.POST)).factors(factors(3, 1, 2)).build();
    assertThat(RiskGrader.of(policy).level(p, single(p))).isEqualTo(RiskLevel.HIGH);
    assertThat(RiskGrader.of(policy).level(q, single(q))).isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void moreRiskPointsOnTheOwnerRaiseTheScore() {
    RiskFactors f = factors(3, 3, 3);
    List<RiskPoint> many =
        List.of(
            point("A", RiskOwner.post(Fixtures.POST)).factors(f).build(),
            point("B", RiskOwner.post(Fixtures.POST)).factors(f).build(),
            point("C", RiskOwner.post(Fixtures.POST)).factors(f).build(),
            point("D", RiskOwner.post(Fixtures.POST)).factors(f).build(),
            point("E", RiskOwner.post(Fixtures.POST)).factors(f).build(),
            point("F", RiskOwner.post(Fixtures.POST)).factors(f).build(),
            point("G", RiskOwner.post(Fixtures.POST)).factors(f).build());
    GradingContext c = GradingContext.of(Fixtures.ledger(many));
    // 7 points scale to 5: (9 + 6 + 9 + 10) / 10 = 3.4
    assertThat(grader.grade(many.get(0), c).getScore()).hasValue(3.4);
  }

  @Test
  void optionalFactorsCountOnlyWhenPresent() {
    RiskFactors withHarm =
        RiskFactors.builder().importance(3).frequency(3).probability(3).harm(5).build();
    RiskPoint p = point("RP-1", RiskOwner.post(Fixtures.POST)).factors(withHarm).build();
    // (9 + 6 + 9 + 2 + 5) / 11
    assertThat(grader.grade(p, single(p)).getScore().getAsDouble())
        .isCloseTo(31.0 / 11, org.assertj.core.data.Offset.offset(1e-12));
  }

  @Test
  void withoutFactorsTheyAreDerivedFromThePowerItem() {
    RiskPoint p =
        point("RP-1", RiskOwner.post(Fixtures.POST))
            .powerItem(Fixtures.APPROVAL_UNLIMITED.getId())
            .build();
    Grade g = grader.grade(p, single(p));
    // importance 4, frequency 4 (weekly), probability 3, count 1, discretion 5:
    // (12 + 8 + 9 + 2 + 5) / 11
    assertThat(g.getScore().getAsDouble())
        .isCloseTo(36.0 / 11, org.assertj.core.data.Offset.offset(1e-12));
    assertThat(g.explain(Locale.CHINA)).contains("据职权事项推定").contains("未评估，取中值");
    assertThat(g.explain(Locale.ENGLISH)).contains("derived from the power item");
  }

  @Test
  void majorMattersAreAtLeastMediumUnderTheStandardPolicy() {
    RiskPoint p =
        point("RP-1", RiskOwner.post(Fixtures.POST))
            .factors(factors(1, 1, 1))
            .powerItem(Fixtures.FINANCE_MAJOR.getId())
            .build();
    Grade g = grader.grade(p, single(p));
    assertThat(g.getLevel()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(g.getExplanation())
        .extracting(Reason::getKey)
        .contains("override.floor.MAJOR_MATTER");
    assertThat(g.explain(Locale.CHINA)).contains("等级由低调整为一般");
  }

  @Test
  void explanationNamesEveryFactorInBothLanguages() {
    RiskPoint p = point("RP-1", RiskOwner.post(Fixtures.POST)).factors(factors(5, 4, 4)).build();
    Grade g = grader.grade(p, single(p));
    assertThat(g.explain(Locale.CHINA))
        .contains("权力重要程度 5", "行使频率 4", "发生几率 4", "风险点数量 1", "加权得分 3.7", "评定为高");
    assertThat(g.explain(Locale.ENGLISH))
        .contains("importance 5", "frequency 4", "probability 4", "weighted score 3.7", "HIGH");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void raisingAnyFactorNeverLowersTheLevel(long seed) {
    Monotonicity.check(grader, seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void levelAgreesWithGrade(long seed) {
    Ledger ledger = Fixtures.ledger(Fixtures.randomPoints(seed, 20));
    GradingContext c = GradingContext.of(ledger);
    Random r = new Random(seed);
    for (RiskGrader g : Monotonicity.builtIns()) {
      RiskPoint p = ledger.getRiskPoints().get(r.nextInt(20));
      assertThat(g.level(p, c)).as(g.id()).isEqualTo(g.grade(p, c).getLevel());
    }
  }
}
