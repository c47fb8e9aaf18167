package io.github.probity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Finding;
import io.github.probity.grading.ExtraFactor;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** PR-FACTOR-001: extra factor values fit the grading policy's declarations. */
class ExtraFactorRuleTest {
  static final GradingPolicy POLICY =
      GradingPolicy.builder()
          .from(GradingPolicy.standard())
          .addExtraFactors(
              ExtraFactor.builder()
                  .code("APPRAISAL")
                  .label("民主评议得分")
                  .scope(ExtraFactor.Scope.OWNER)
                  .min(0)
                  .max(100)
                  .build(),
              ExtraFactor.builder()
                  .code("PETITIONS")
                  .label("信访件数")
                  .scope(ExtraFactor.Scope.POINT)
                  .min(0)
                  .max(20)
                  .integer(true)
                  .build(),
              ExtraFactor.builder()
                  .code("EXPOSURE")
                  .label("对外接触程度")
                  .scope(ExtraFactor.Scope.POINT)
                  .putCodes("LOW", "少")
                  .putCodes("HIGH", "频繁")
                  .build())
          .build();

  static List<Finding> found(Map<String, FactorValue> point, Map<String, FactorValue> owner) {
    Ledger base = Fixtures.ledger();
    RiskPoint first = base.getRiskPoints().get(0);
    RiskFactors f =
        RiskFactors.builder().importance(3).frequency(3).probability(3).putAllExtra(point).build();
    Ledger l =
        Ledger.builder()
            .from(base)
            .riskPoints(Fixtures.withPoint(first.getId(), b -> b.factors(f)).getRiskPoints())
            .putOwnerFactors(RiskOwner.leader("P2"), owner)
            .build();
    return RuleSet.standard()
        .validate(ValidationContext.of(l, Fixtures.CLOCK).withPolicy(POLICY))
        .byRule("PR-FACTOR-001");
  }

  @Test
  void valuesThatFitGiveNoFinding() {
    assertThat(
            found(
                Map.of("PETITIONS", FactorValue.of(3), "EXPOSURE", FactorValue.ofCode("HIGH")),
                Map.of("APPRAISAL", FactorValue.of(82.5))))
        .isEmpty();
  }

  @Test
  void outOfRangeUnknownCodeWrongScopeAndFractionsAreLocated() {
    List<Finding> f =
        found(
            Map.of("PETITIONS", FactorValue.of(2.5), "EXPOSURE", FactorValue.ofCode("MID")),
            Map.of("APPRAISAL", FactorValue.of(120), "PETITIONS", FactorValue.of(1)));
    assertThat(f).hasSize(4);
    assertThat(f)
        .anySatisfy(
            x -> {
              assertThat(x.toString()).contains("leaders[P2].factors.APPRAISAL");
              assertThat(x.message(Locale.SIMPLIFIED_CHINESE))
                  .contains("民主评议得分（APPRAISAL）为120，不符合评级办法的规定：0–100");
              assertThat(x.message(Locale.ENGLISH)).contains("APPRAISAL").contains("0–100");
            })
        .anySatisfy(
            x -> {
              assertThat(x.toString()).contains("factors.extra.EXPOSURE");
              assertThat(x.message(Locale.ENGLISH)).contains("MID").contains("LOW, HIGH");
            })
        .anySatisfy(x -> assertThat(x.message(Locale.SIMPLIFIED_CHINESE)).contains("评级办法规定应为整数"))
        .anySatisfy(x -> assertThat(x.message(Locale.ENGLISH)).contains("declares no such factor"));
  }
}
