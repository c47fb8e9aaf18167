package io.github.probity.grading;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskLevel;
import java.util.List;
import org.junit.jupiter.api.Test;

class PolicyValidationTest {

  @Test
  void weightsMustBeNonNegativeAndNotAllZero() {
    assertThatThrownBy(
            () ->
                WeightedFactorsParameters.builder()
                    .from(WeightedFactorsParameters.defaults())
                    .putWeights(Factor.HARM, -1.0)
                    .build())
        .hasMessageContaining("HARM")
        .hasMessageContaining("≥ 0");
    assertThatThrownBy(
            () ->
                WeightedFactorsParameters.builder()
                    .putWeights(Factor.HARM, 1.0)
                    .highFrom(4)
                    .mediumFrom(3)
                    .addCountBands(2, 3, 5, 7)
                    .build())
        .hasMessageContaining("must not all weigh 0");
    assertThatThrownBy(
            () ->
                WeightedFactorsParameters.builder()
                    .from(WeightedFactorsParameters.defaults())
                    .putWeights(Factor.IMPORTANCE, Double.NaN)
                    .build())
        .hasMessageContaining("IMPORTANCE");
  }

  @Test
  void thresholdsMustBeOrdered() {
    assertThatThrownBy(
            () ->
                WeightedFactorsParameters.builder()
                    .from(WeightedFactorsParameters.defaults())
                    .highFrom(2)
                    .mediumFrom(3)
                    .build())
        .hasMessageContaining("mediumFrom ≤ highFrom");
    assertThatThrownBy(
            () ->
                WeightedFactorsParameters.builder()
                    .from(WeightedFactorsParameters.defaults())
                    .countBands(List.of(2, 2, 5, 7))
                    .build())
        .hasMessageContaining("countBands");
    assertThatThrownBy(() -> CountRuleParameters.builder().mediumFrom(5).highFrom(3).build())
        .hasMessageContaining("mediumFrom ≤ highFrom");
    assertThatThrownBy(() -> CriteriaCountParameters.builder().mediumFrom(2).highFrom(6).build())
        .hasMessageContaining("highFrom ≤ 5");
  }

  @Test
  void matrixMustBeComplete() {
    RiskLevel l = RiskLevel.LOW;
    assertThatThrownBy(
            () ->
                MatrixParameters.builder()
                    .from(MatrixParameters.defaults())
                    .cells(List.of(List.of(l, l, l)))
                    .build())
        .hasMessageContaining("must have 4 rows");
    assertThatThrownBy(
            () ->
                MatrixParameters.builder()
                    .from(MatrixParameters.defaults())
                    .cells(
                        List.of(
                            List.of(l, l, l), List.of(l, l), List.of(l, l, l), List.of(l, l, l)))
                    .build())
        .hasMessageContaining("row 1 must have 3 cells");
    assertThatThrownBy(
            () ->
                MatrixParameters.builder()
                    .from(MatrixParameters.defaults())
                    .likelihoodBounds(List.of(3, 2, 5))
                    .build())
        .hasMessageContaining("strictly ascending");
    assertThatThrownBy(
            () ->
                MatrixParameters.builder()
                    .from(MatrixParameters.defaults())
                    .severityFactors(List.of(Factor.POINT_COUNT))
                    .build())
        .hasMessageContaining("POINT_COUNT");
  }

  @Test
  void powerTypeMustCoverEveryKind() {
    assertThatThrownBy(
            () ->
                PowerTypeParameters.builder()
                    .putLevels(PowerKind.FINANCE, RiskLevel.HIGH)
                    .majorMatterLevel(RiskLevel.HIGH)
                    .noPowerLevel(RiskLevel.LOW)
                    .build())
        .hasMessageContaining("no level for power kind");
  }

  @Test
  void policyNeedsIdAndVersion() {
    assertThatThrownBy(
            () ->
                GradingPolicy.builder()
                    .id(" x")
                    .version("1")
                    .parameters(CountRuleParameters.defaults())
                    .build())
        .hasMessageContaining("GradingPolicy.id");
    assertThatThrownBy(
            () ->
                GradingPolicy.builder()
                    .id("x")
                    .version("")
                    .parameters(CountRuleParameters.defaults())
                    .build())
        .hasMessageContaining("GradingPolicy.version");
  }
}
