package io.github.probity.grading;

import static io.github.probity.grading.Fixtures.factors;
import static io.github.probity.grading.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.OwnerScope;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class OverridesAndContractTest {

  private static GradingContext single(RiskPoint p) {
    return GradingContext.of(Fixtures.ledger(List.of(p)));
  }

  /** A vendor grader that always says the same level. */
  private static RiskGrader constant(RiskLevel level) {
    return new RiskGrader() {
      @Override
      public String id() {
        return "constant";
      }

      @Override
      public Grade grade(RiskPoint point, GradingContext context) {
        return Grade.builder()
            .riskPointId(point.getId())
            .level(level)
            .policyId("constant")
            .policyVersion("1")
            .addExplanation(Reason.of("constant", "固定", "fixed"))
            .build();
      }
    };
  }

  @Test
  void floorsRaiseCeilingsLowerAndFloorsWin() {
    RiskPoint p =
        point("P", RiskOwner.post(Fixtures.POST)).powerItem(Fixtures.FINANCE_MAJOR.getId()).build();
    GradingContext c = single(p);
    OverrideRule floor = OverrideRule.floor(OverrideCondition.MAJOR_MATTER, RiskLevel.MEDIUM);
    OverrideRule ceiling =
        OverrideRule.builder()
            .condition(OverrideCondition.OWNER_SCOPE)
            .addScopes(OwnerScope.POST)
            .ceiling(RiskLevel.LOW)
            .build();
    assertThat(RiskGrader.withOverrides(constant(RiskLevel.LOW), List.of(floor)).level(p, c))
        .isEqualTo(RiskLevel.MEDIUM);
    assertThat(RiskGrader.withOverrides(constant(RiskLevel.HIGH), List.of(ceiling)).level(p, c))
        .isEqualTo(RiskLevel.LOW);
    Grade both =
        RiskGrader.withOverrides(constant(RiskLevel.HIGH), List.of(floor, ceiling)).grade(p, c);
    assertThat(both.getLevel()).isEqualTo(RiskLevel.MEDIUM);
    assertThat(both.getExplanation())
        .extracting(Reason::getKey)
        .containsExactly("constant", "override.ceiling.OWNER_SCOPE", "override.floor.MAJOR_MATTER");
    assertThat(both.explain(Locale.CHINA)).contains("等级由高调整为低", "等级由低调整为一般");
  }

  @Test
  void rulesThatDoNotMatchLeaveTheLevel() {
    RiskPoint p = point("P", RiskOwner.department(Fixtures.DEPT)).build();
    OverrideRule kinds =
        OverrideRule.builder()
            .condition(OverrideCondition.POWER_KIND)
            .addPowerKinds(PowerKind.FINANCE)
            .floor(RiskLevel.HIGH)
            .build();
    Grade g = RiskGrader.withOverrides(constant(RiskLevel.LOW), List.of(kinds)).grade(p, single(p));
    assertThat(g.getLevel()).isEqualTo(RiskLevel.LOW);
    assertThat(g.getExplanation()).hasSize(1);
  }

  @Test
  void aCeilingOnAFactorConditionIsNotMonotone() {
    RiskGrader base = RiskGrader.standard();
    assertThat(
            RiskGrader.withOverrides(
                    base,
                    List.of(OverrideRule.ceiling(OverrideCondition.MAJOR_INFLUENCE, RiskLevel.LOW)))
                .isMonotone())
        .isFalse();
    assertThat(
            RiskGrader.withOverrides(
                    base,
                    List.of(OverrideRule.floor(OverrideCondition.MAJOR_INFLUENCE, RiskLevel.HIGH)))
                .isMonotone())
        .isTrue();
  }

  @Test
  void invalidRulesAreRejected() {
    assertThatThrownBy(
            () -> OverrideRule.builder().condition(OverrideCondition.MAJOR_MATTER).build())
        .hasMessageContaining("needs a floor or a ceiling");
    assertThatThrownBy(
            () ->
                OverrideRule.builder()
                    .condition(OverrideCondition.MAJOR_MATTER)
                    .floor(RiskLevel.HIGH)
                    .ceiling(RiskLevel.LOW)
                    .build())
        .hasMessageContaining("above ceiling");
    assertThatThrownBy(() -> OverrideRule.floor(OverrideCondition.POWER_KIND, RiskLevel.HIGH))
        .hasMessageContaining("power kinds are required");
  }

  @Test
  void checkedGraderNamesThePointOnFailure() {
    RiskPoint p = point("RP-77", RiskOwner.post(Fixtures.POST)).build();
    RiskGrader throwing =
        new RiskGrader() {
          @Override
          public String id() {
            return "broken";
          }

          @Override
          public Grade grade(RiskPoint point, GradingContext context) {
            throw new IllegalStateException("boom");
          }
        };
    assertThatThrownBy(() -> RiskGrader.checked(throwing).grade(p, single(p)))
        .isInstanceOf(GradingException.class)
        .hasMessageContaining("RP-77")
        .hasMessageContaining("broken")
        .hasCauseInstanceOf(IllegalStateException.class)
        .satisfies(e -> assertThat(((GradingException) e).getRiskPointId()).isEqualTo("RP-77"));
    assertThatThrownBy(() -> RiskGrader.checked(throwing).level(p, single(p)))
        .isInstanceOf(GradingException.class)
        .hasMessageContaining("RP-77");
  }

  @Test
  @SuppressWarnings("NullAway")
  void checkedGraderRejectsNullAndForeignGrades() {
    RiskPoint p = point("RP-1", RiskOwner.post(Fixtures.POST)).build();
    RiskGrader nulls =
        new RiskGrader() {
          @Override
          public String id() {
            return "nulls";
          }

          @Override
          @SuppressWarnings("null")
          public Grade grade(RiskPoint point, GradingContext context) {
            return nullGrade();
          }
        };
    assertThatThrownBy(() -> RiskGrader.checked(nulls).grade(p, single(p)))
        .isInstanceOf(GradingException.class)
        .hasMessageContaining("returned no grade");
    RiskPoint other = point("RP-2", RiskOwner.post(Fixtures.POST)).build();
    RiskGrader foreign =
        new RiskGrader() {
          @Override
          public String id() {
            return "foreign";
          }

          @Override
          public Grade grade(RiskPoint point, GradingContext context) {
            return constant(RiskLevel.LOW).grade(other, context);
          }
        };
    assertThatThrownBy(() -> RiskGrader.checked(foreign).grade(p, single(p)))
        .isInstanceOf(GradingException.class)
        .hasMessageContaining("grade of 'RP-2'");
    RiskGrader standard = RiskGrader.checked(RiskGrader.standard());
    assertThat(standard.level(p, single(p))).isEqualTo(standard.grade(p, single(p)).getLevel());
    assertThat(RiskGrader.checked(standard)).isSameAs(standard);
  }

  @SuppressWarnings({"NullAway", "DataFlowIssue"})
  private static Grade nullGrade() {
    Object none = null;
    return (Grade) none;
  }

  @Test
  void builtInsArePickedById() {
    for (GradingPolicy policy : GradingPolicy.builtIns()) {
      RiskGrader g = RiskGrader.byId(policy.getId());
      assertThat(g.id()).isEqualTo(policy.getId());
      RiskPoint p = point("P", RiskOwner.post(Fixtures.POST)).factors(factors(3, 3, 3)).build();
      assertThat(g.grade(p, single(p)).getPolicyId()).isEqualTo(policy.getId());
    }
    assertThatThrownBy(() -> RiskGrader.byId("nope"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nope")
        .hasMessageContaining("weighted-factors")
        .hasMessageContaining("matrix");
  }

  @Test
  void registeredGradersArePickedByIdAndDuplicatesFailLoudly() {
    RiskGrader vendor = RiskGrader.byId("vendor");
    RiskPoint p = point("P", RiskOwner.post(Fixtures.POST)).build();
    assertThat(vendor.level(p, single(p))).isEqualTo(RiskLevel.MEDIUM);
    assertThatThrownBy(() -> RiskGrader.byId("duplicate"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("several graders");
    assertThatThrownBy(() -> RiskGrader.byId("nope")).hasMessageContaining("vendor");
  }

  @Test
  void theStandardGraderIsTheWeightedFactorsPolicy() {
    assertThat(RiskGrader.standard().id()).isEqualTo(GradingPolicy.WEIGHTED_FACTORS_ID);
    assertThat(GradingPolicy.standard().method()).isEqualTo(GradingMethod.WEIGHTED_FACTORS);
  }
}
