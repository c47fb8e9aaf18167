package io.github.probity.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.OwnerScope;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskLevel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyDataTest {

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static RiskLevel level(Random r) {
    return RiskLevel.values()[r.nextInt(3)];
  }

  /** A random valid policy of a random method with random overrides. */
  static GradingPolicy randomPolicy(long seed) {
    Random r = new Random(seed);
    MethodParameters params;
    switch (r.nextInt(5)) {
      case 0:
        {
          WeightedFactorsParameters.Builder w = WeightedFactorsParameters.builder();
          for (Factor f : Factor.values()) {
            if (r.nextBoolean()) {
              w.putWeights(f, r.nextInt(12) / 4.0);
            }
          }
          w.putWeights(Factor.IMPORTANCE, 0.5 + r.nextInt(10) / 4.0);
          double medium = 1 + r.nextInt(9) / 4.0;
          int b = 2 + r.nextInt(3);
          params =
              w.mediumFrom(medium)
                  .highFrom(Math.min(5, medium + r.nextInt(8) / 4.0))
                  .addCountBands(b, b + 1, b + 2 + r.nextInt(3), b + 6)
                  .build();
          break;
        }
      case 1:
        {
          int medium = 1 + r.nextInt(4);
          params =
              CountRuleParameters.builder()
                  .mediumFrom(medium)
                  .highFrom(medium + r.nextInt(4))
                  .build();
          break;
        }
      case 2:
        {
          int medium = 1 + r.nextInt(3);
          params =
              CriteriaCountParameters.builder()
                  .mediumFrom(medium)
                  .highFrom(medium + r.nextInt(3))
                  .build();
          break;
        }
      case 3:
        {
          PowerTypeParameters.Builder t = PowerTypeParameters.builder();
          for (PowerKind k : PowerKind.values()) {
            t.putLevels(k, level(r));
          }
          params = t.majorMatterLevel(level(r)).noPowerLevel(level(r)).build();
          break;
        }
      default:
        {
          int rows = 1 + r.nextInt(4);
          int cols = 1 + r.nextInt(4);
          MatrixParameters.Builder x = MatrixParameters.builder();
          x.addLikelihoodFactors(Factor.values()[r.nextInt(5)]);
          x.addSeverityFactors(Factor.values()[r.nextInt(5)], Factor.values()[r.nextInt(5)]);
          for (int i = 1; i < rows; i++) {
            x.addLikelihoodBounds(1 + i);
          }
          for (int j = 1; j < cols; j++) {
            x.addSeverityBounds(5 - cols + 1 + j);
          }
          for (int i = 0; i < rows; i++) {
            List<RiskLevel> row = new ArrayList<>();
            for (int j = 0; j < cols; j++) {
              row.add(level(r));
            }
            x.addCells(row);
          }
          params = x.build();
        }
    }
    GradingPolicy.Builder b = GradingPolicy.builder();
    b.id("policy-" + seed).version("v" + r.nextInt(100)).parameters(params);
    for (int i = r.nextInt(4); i > 0; i--) {
      OverrideCondition c =
          OverrideCondition.values()[r.nextInt(OverrideCondition.values().length)];
      OverrideRule.Builder rb = OverrideRule.builder().condition(c);
      if (c == OverrideCondition.POWER_KIND) {
        rb.addPowerKinds(PowerKind.values()[r.nextInt(PowerKind.values().length)]);
      }
      if (c == OverrideCondition.OWNER_SCOPE) {
        rb.addScopes(OwnerScope.values()[r.nextInt(4)], OwnerScope.values()[r.nextInt(4)]);
      }
      RiskLevel a = level(r);
      RiskLevel z = level(r);
      int kind = r.nextInt(3);
      if (kind != 1) {
        rb.floor(a.rank() <= z.rank() ? a : z);
      }
      if (kind != 0) {
        rb.ceiling(a.rank() <= z.rank() ? z : a);
      }
      b.addOverrides(rb.build());
    }
    return b.build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void policyRoundTripsThroughItsDataForm(long seed) {
    GradingPolicy policy = randomPolicy(seed);
    Map<String, Object> data = policy.toData();
    GradingPolicy back = GradingPolicy.fromData(data);
    assertThat(back).isEqualTo(policy);
    assertThat(back.toData()).isEqualTo(data);
  }

  @Test
  void builtInPoliciesRoundTrip() {
    for (GradingPolicy p : GradingPolicy.builtIns()) {
      assertThat(GradingPolicy.fromData(p.toData())).isEqualTo(p);
    }
  }

  @Test
  void numbersOfAnyTypeAndLabelsAreAccepted() {
    Map<String, Object> data = GradingPolicy.countRule().toData();
    @SuppressWarnings("unchecked")
    Map<String, Object> params =
        (Map<String, Object>) java.util.Objects.requireNonNull(data.get("parameters"));
    params.put("mediumFrom", 3L);
    params.put("highFrom", new java.math.BigDecimal("5"));
    data.put("method", "数量定级法");
    assertThat(GradingPolicy.fromData(data)).isEqualTo(GradingPolicy.countRule());
  }

  @Test
  void badDataIsNamedByPath() {
    Map<String, Object> data = new LinkedHashMap<>(GradingPolicy.matrix().toData());
    @SuppressWarnings("unchecked")
    Map<String, Object> params =
        new LinkedHashMap<>(
            (Map<String, Object>) java.util.Objects.requireNonNull(data.get("parameters")));
    params.put("likelihoodBounds", List.of(2, "x"));
    data.put("parameters", params);
    assertThatThrownBy(() -> GradingPolicy.fromData(data))
        .hasMessageContaining("parameters.likelihoodBounds must be a number");
    data.remove("version");
    assertThatThrownBy(() -> GradingPolicy.fromData(data)).hasMessageContaining("version");
  }
}
