package io.github.probity.grading;

import static io.github.probity.grading.Fixtures.factors;
import static io.github.probity.grading.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ExtraFactorsTest {
  static final ExtraFactor APPRAISAL =
      ExtraFactor.builder()
          .code("APPRAISAL")
          .label("民主评议得分")
          .scope(ExtraFactor.Scope.OWNER)
          .min(0)
          .max(100)
          .inverse(true)
          .build();
  static final ExtraFactor PETITIONS =
      ExtraFactor.builder()
          .code("PETITIONS")
          .label("信访件数")
          .scope(ExtraFactor.Scope.POINT)
          .min(0)
          .max(20)
          .integer(true)
          .build();
  static final ExtraFactor EXPOSURE =
      ExtraFactor.builder()
          .code("EXPOSURE")
          .label("对外接触程度")
          .scope(ExtraFactor.Scope.POINT)
          .putCodes("LOW", "少")
          .putCodes("MID", "一般")
          .putCodes("HIGH", "频繁")
          .build();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  static GradingPolicy weighted() {
    return GradingPolicy.builder()
        .id("unit-weighted")
        .version("2026.1")
        .parameters(
            WeightedFactorsParameters.builder()
                .from(WeightedFactorsParameters.defaults())
                .putExtraWeights("APPRAISAL", 2.0)
                .putExtraWeights("PETITIONS", 2.0)
                .putExtraWeights("EXPOSURE", 1.0)
                .build())
        .addExtraFactors(APPRAISAL, PETITIONS, EXPOSURE)
        .build();
  }

  static GradingPolicy matrix() {
    return GradingPolicy.builder()
        .id("unit-matrix")
        .version("1")
        .parameters(
            MatrixParameters.builder()
                .from(MatrixParameters.defaults())
                .addSeverityExtras("PETITIONS")
                .addLikelihoodExtras("APPRAISAL")
                .build())
        .addExtraFactors(APPRAISAL, PETITIONS)
        .build();
  }

  private static RiskFactors withExtra(RiskFactors f, String code, FactorValue v) {
    return RiskFactors.builder().from(f).putExtra(code, v).build();
  }

  @Test
  void scalingMapsTheRangeOntoOneToFive() {
    assertThat(PETITIONS.scaled(FactorValue.of(0))).isEqualTo(1.0);
    assertThat(PETITIONS.scaled(FactorValue.of(20))).isEqualTo(5.0);
    assertThat(PETITIONS.scaled(FactorValue.of(40))).isEqualTo(5.0);
    assertThat(APPRAISAL.scaled(FactorValue.of(100))).isEqualTo(1.0);
    assertThat(APPRAISAL.scaled(FactorValue.of(75))).isEqualTo(2.0);
    assertThat(EXPOSURE.scaled(FactorValue.ofCode("MID"))).isEqualTo(3.0);
    assertThat(EXPOSURE.scaled(FactorValue.ofCode("NONE"))).isNaN();
    assertThat(EXPOSURE.scaled(FactorValue.of(1))).isNaN();
    assertThat(PETITIONS.accepts(FactorValue.of(2.5))).isFalse();
    assertThat(APPRAISAL.accepts(FactorValue.of(82.5))).isTrue();
  }

  @Test
  void declarationsAreChecked() {
    assertThatThrownBy(() -> ExtraFactor.numeric("HARM", "危害", ExtraFactor.Scope.POINT, 0, 1))
        .hasMessageContaining("built-in");
    assertThatThrownBy(() -> ExtraFactor.numeric("X", "x", ExtraFactor.Scope.POINT, 1, 1))
        .hasMessageContaining("min < max");
    assertThatThrownBy(
            () ->
                GradingPolicy.builder()
                    .id("p")
                    .version("1")
                    .parameters(
                        WeightedFactorsParameters.builder()
                            .from(WeightedFactorsParameters.defaults())
                            .putExtraWeights("APPRAISAL", 1.0)
                            .build())
                    .build())
        .hasMessageContaining("APPRAISAL");
  }

  @Test
  void weightedAddsTheScaledValueWithItsWeightAndNamesIt() {
    RiskOwner leader = RiskOwner.leader(Fixtures.DEPUTY);
    RiskPoint p =
        point("RP-1", leader)
            .factors(withExtra(factors(3, 3, 3), "PETITIONS", FactorValue.of(10)))
            .build();
    Ledger ledger =
        Ledger.builder()
            .from(Fixtures.ledger(List.of(p)))
            .putOwnerFactors(leader, Map.of("APPRAISAL", FactorValue.of(50)))
            .build();
    Grade g = RiskGrader.of(weighted()).grade(p, GradingContext.of(ledger));
    // core (9 + 6 + 9 + 2) = 26 over 10; appraisal 50 → 3 × 2; petitions 10 → 3 × 2: 38 / 14
    assertThat(g.getScore()).hasValueCloseTo(38.0 / 14, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(g.getExplanation())
        .anySatisfy(r -> assertThat(r.getChinese()).contains("民主评议得分 50，折合 3 × 权重 2"))
        .anySatisfy(r -> assertThat(r.getEnglish()).contains("PETITIONS 10, scaled 3 × weight 2"))
        .anySatisfy(r -> assertThat(r.getChinese()).contains("对外接触程度 未填报，不计入"));
  }

  @Test
  void aMissingOrUndeclaredValueIsLeftOut() {
    RiskPoint bare = point("RP-1", RiskOwner.post(Fixtures.POST)).factors(factors(4, 2, 5)).build();
    RiskPoint odd =
        point("RP-1", RiskOwner.post(Fixtures.POST))
            .factors(withExtra(factors(4, 2, 5), "EXPOSURE", FactorValue.ofCode("NONE")))
            .build();
    GradingContext c = GradingContext.of(Fixtures.ledger(List.of(bare)));
    Grade standard = RiskGrader.standard().grade(bare, c);
    assertThat(RiskGrader.of(weighted()).grade(bare, c).getScore()).isEqualTo(standard.getScore());
    GradingContext oc = GradingContext.of(Fixtures.ledger(List.of(odd)));
    Grade g = RiskGrader.of(weighted()).grade(odd, oc);
    assertThat(g.getScore()).isEqualTo(standard.getScore());
    assertThat(g.getExplanation())
        .anySatisfy(
            r -> assertThat(r.getEnglish()).contains("EXPOSURE NONE not as declared, left out"));
  }

  @Test
  void matrixTakesAnExtraFactorIntoItsAxis() {
    RiskOwner post = RiskOwner.post(Fixtures.POST);
    RiskFactors low = factors(1, 1, 1);
    RiskPoint calm = point("RP-1", post).factors(low).build();
    RiskPoint petitioned =
        point("RP-1", post).factors(withExtra(low, "PETITIONS", FactorValue.of(20))).build();
    RiskGrader m = RiskGrader.of(matrix());
    assertThat(m.level(calm, GradingContext.of(Fixtures.ledger(List.of(calm)))))
        .isEqualTo(RiskLevel.LOW);
    GradingContext c = GradingContext.of(Fixtures.ledger(List.of(petitioned)));
    // severity 5 (petitions 20 of 0–20) in band 严重, likelihood 1 极小 → 一般
    assertThat(m.level(petitioned, c)).isEqualTo(RiskLevel.MEDIUM);
    assertThat(m.grade(petitioned, c).getExplanation())
        .anySatisfy(r -> assertThat(r.getChinese()).contains("信访件数 20，折合 5"));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bulkSingleAndFullGradeAgree(long seed) {
    Random r = new Random(seed);
    List<RiskPoint> points = new ArrayList<>();
    for (RiskPoint p : Fixtures.randomPoints(seed, 30)) {
      if (p.getFactors().isPresent() && r.nextBoolean()) {
        RiskFactors f = p.getFactors().get();
        f = withExtra(f, "PETITIONS", FactorValue.of(r.nextInt(25)));
        if (r.nextBoolean()) {
          f = withExtra(f, "EXPOSURE", FactorValue.ofCode(r.nextBoolean() ? "HIGH" : "LOW"));
        }
        p = RiskPoint.builder().from(p).factors(f).build();
      }
      points.add(p);
    }
    Ledger.Builder lb = Ledger.builder().from(Fixtures.ledger(points));
    if (r.nextBoolean()) {
      lb.putOwnerFactors(
          RiskOwner.leader(Fixtures.DEPUTY), Map.of("APPRAISAL", FactorValue.of(r.nextInt(101))));
    }
    GradingContext c = GradingContext.of(lb.build());
    for (GradingPolicy policy : List.of(weighted(), matrix())) {
      RiskGrader g = RiskGrader.of(policy);
      List<RiskLevel> bulk = g.levels(c);
      for (int i = 0; i < points.size(); i++) {
        RiskPoint p = points.get(i);
        assertThat(g.level(p, c)).isEqualTo(bulk.get(i));
        assertThat(g.grade(p, c).getLevel()).isEqualTo(bulk.get(i));
      }
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void policyDataRoundTrips(long seed) {
    Random r = new Random(seed);
    double min = r.nextInt(50) - 10 + (r.nextBoolean() ? 0.5 : 0);
    ExtraFactor numeric =
        ExtraFactor.builder()
            .code("N" + r.nextInt(100))
            .label("数值因素")
            .scope(r.nextBoolean() ? ExtraFactor.Scope.OWNER : ExtraFactor.Scope.POINT)
            .min(min)
            .max(min + 1 + r.nextInt(200))
            .integer(r.nextBoolean())
            .inverse(r.nextBoolean())
            .build();
    GradingPolicy base = r.nextBoolean() ? weighted() : matrix();
    GradingPolicy.Builder b = GradingPolicy.builder().from(base).addExtraFactors(numeric);
    if (base.getParameters() instanceof WeightedFactorsParameters) {
      b.parameters(
          WeightedFactorsParameters.builder()
              .from((WeightedFactorsParameters) base.getParameters())
              .putExtraWeights(numeric.getCode(), r.nextInt(8) / 2.0)
              .build());
    }
    GradingPolicy p = b.build();
    assertThat(GradingPolicy.fromData(p.toData())).isEqualTo(p);
  }

  @Test
  void builtInPoliciesWriteNoExtraKeys() {
    for (GradingPolicy p : GradingPolicy.builtIns()) {
      assertThat(p.toData()).doesNotContainKey("extraFactors");
      assertThat(p.toData().toString()).doesNotContain("Extra");
    }
  }
}
