package io.github.probity.grading;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The bulk path {@link RiskGrader#levels} against the per-point {@link RiskGrader#level}. */
class BulkLevelsTest {

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** Every built-in, with and without extra overrides and the checked wrapper. */
  private static List<RiskGrader> graders() {
    List<RiskGrader> out = new ArrayList<>();
    List<OverrideRule> rules =
        List.of(
            OverrideRule.floor(OverrideCondition.PRIOR_MISCONDUCT, RiskLevel.HIGH),
            OverrideRule.builder()
                .condition(OverrideCondition.OWNER_SCOPE)
                .addScopes(OwnerScope.LEADERSHIP_GROUP)
                .ceiling(RiskLevel.MEDIUM)
                .build(),
            OverrideRule.builder()
                .condition(OverrideCondition.POWER_KIND)
                .addPowerKinds(PowerKind.FINANCE)
                .floor(RiskLevel.MEDIUM)
                .build());
    for (GradingPolicy policy : GradingPolicy.builtIns()) {
      RiskGrader g = RiskGrader.of(policy);
      out.add(g);
      out.add(RiskGrader.checked(g));
      out.add(RiskGrader.withOverrides(g, rules));
      out.add(RiskGrader.of(GradingPolicy.builder().from(policy).overrides(rules).build()));
    }
    return out;
  }

  private static GradingContext context(Ledger ledger) {
    return GradingContext.builder()
        .ledger(ledger)
        .addMisconductOwners(RiskOwner.post(Fixtures.POST))
        .putCriteria("RP-1", EnumSet.allOf(Criterion.class))
        .build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void bulkLevelsEqualLevelsAndGradesPointByPoint(long seed) {
    Ledger ledger = Fixtures.ledger(Fixtures.randomPoints(seed, 80));
    GradingContext context = context(ledger);
    List<RiskPoint> points = ledger.getRiskPoints();
    for (RiskGrader g : graders()) {
      List<RiskLevel> levels = g.levels(context);
      assertThat(levels).as("%s", g).hasSameSizeAs(points);
      for (int i = 0; i < points.size(); i++) {
        RiskPoint p = points.get(i);
        assertThat(levels.get(i)).as("%s on %s", g, p.getId()).isEqualTo(g.level(p, context));
        assertThat(levels.get(i))
            .as("%s grade of %s", g, p.getId())
            .isEqualTo(g.grade(p, context).getLevel());
      }
      assertThat(g.levels(context)).as("%s again", g).isEqualTo(levels);
    }
  }

  @Test
  void bulkLevelsAreUnmodifiableAndEmptyForAnEmptyLedger() {
    Ledger ledger = Fixtures.ledger(Fixtures.randomPoints(7, 5));
    List<RiskLevel> levels = RiskGrader.standard().levels(GradingContext.of(ledger));
    assertThatThrownBy(() -> levels.set(0, RiskLevel.LOW))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(RiskGrader.standard().levels(GradingContext.of(Fixtures.ledger(List.of()))))
        .isEmpty();
  }

  @Test
  void vendorGraderGetsTheDefaultBulkPath() {
    Ledger ledger = Fixtures.ledger(Fixtures.randomPoints(3, 12));
    RiskGrader vendor = vendor("RP-none");
    assertThat(vendor.levels(GradingContext.of(ledger)))
        .hasSize(12)
        .allMatch(l -> l == RiskLevel.MEDIUM);
  }

  @Test
  void checkedBulkGradingNamesTheFailingPoint() {
    Ledger ledger = Fixtures.ledger(Fixtures.randomPoints(3, 12));
    assertThatThrownBy(() -> RiskGrader.checked(vendor("RP-5")).levels(GradingContext.of(ledger)))
        .isInstanceOf(GradingException.class)
        .hasMessageContaining("RP-5")
        .satisfies(e -> assertThat(((GradingException) e).getRiskPointId()).isEqualTo("RP-5"));
  }

  @Test
  @SuppressWarnings("NullAway")
  void checkedBulkGradingRejectsWrongSizesAndMissingLevels() {
    Ledger ledger = Fixtures.ledger(Fixtures.randomPoints(3, 12));
    GradingContext context = GradingContext.of(ledger);
    RiskGrader short_ = bulk(List.of(RiskLevel.LOW));
    assertThatThrownBy(() -> RiskGrader.checked(short_).levels(context))
        .isInstanceOf(GradingException.class)
        .hasMessageContaining("returned 1 levels for 12 risk points");
    List<RiskLevel> holes = new ArrayList<>();
    for (int i = 0; i < 12; i++) {
      holes.add(i == 4 ? nullLevel() : RiskLevel.LOW);
    }
    assertThatThrownBy(() -> RiskGrader.checked(bulk(holes)).levels(context))
        .isInstanceOf(GradingException.class)
        .hasMessageContaining("RP-4")
        .hasMessageContaining("returned no level");
  }

  /** A vendor grader: 一般 for every point but one, on which it throws. */
  private static RiskGrader vendor(String failOn) {
    return new RiskGrader() {
      @Override
      public String id() {
        return "vendor";
      }

      @Override
      public Grade grade(RiskPoint point, GradingContext context) {
        if (point.getId().equals(failOn)) {
          throw new IllegalStateException("boom");
        }
        return Grade.builder()
            .riskPointId(point.getId())
            .level(RiskLevel.MEDIUM)
            .policyId("vendor")
            .policyVersion("1")
            .addExplanation(Reason.of("vendor", "固定", "fixed"))
            .build();
      }
    };
  }

  /** A vendor grader whose bulk path returns the given list. */
  private static RiskGrader bulk(List<RiskLevel> levels) {
    return new RiskGrader() {
      @Override
      public String id() {
        return "bulk";
      }

      @Override
      public Grade grade(RiskPoint point, GradingContext context) {
        return vendor("RP-none").grade(point, context);
      }

      @Override
      public List<RiskLevel> levels(GradingContext context) {
        return levels;
      }
    };
  }

  @SuppressWarnings({"NullAway", "DataFlowIssue", "null"})
  private static RiskLevel nullLevel() {
    return null;
  }
}
