package io.github.probity.grading;

import static io.github.probity.grading.Fixtures.factors;
import static io.github.probity.grading.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class OtherMethodsTest {

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static GradingContext single(RiskPoint p) {
    return GradingContext.of(Fixtures.ledger(List.of(p)));
  }

  @ParameterizedTest(name = "{0} criteria → {1}")
  @CsvSource({"0, LOW", "1, LOW", "2, MEDIUM", "3, HIGH", "4, HIGH", "5, HIGH"})
  void criteriaCountUsesTheAssessedCriteria(int n, RiskLevel expected) {
    RiskPoint p = point("P", RiskOwner.post(Fixtures.POST)).factors(factors(5, 5, 5)).build();
    Set<Criterion> assessed = EnumSet.noneOf(Criterion.class);
    for (int i = 0; i < n; i++) {
      assessed.add(Criterion.values()[i]);
    }
    GradingContext c =
        GradingContext.builder().ledger(single(p).getLedger()).putCriteria("P", assessed).build();
    Grade g = RiskGrader.criteriaCount().grade(p, c);
    assertThat(g.getLevel()).isEqualTo(expected);
    assertThat(g.getScore()).hasValue(n);
    assertThat(g.explain(Locale.CHINA)).contains("单位评估");
  }

  @Test
  void criteriaAreDerivedFromFactorsAndPowerItem() {
    // finance (controls resources), 三重一大 (needs oversight), probability 4 (open to gain)
    RiskPoint p =
        point("P", RiskOwner.post(Fixtures.POST))
            .factors(factors(2, 2, 4))
            .powerItem(Fixtures.FINANCE_MAJOR.getId())
            .build();
    Grade g = RiskGrader.criteriaCount().grade(p, single(p));
    assertThat(g.getScore()).hasValue(4); // plus large discretion: considerable → 4
    assertThat(g.getLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(g.explain(Locale.ENGLISH))
        .contains("CONTROLS_RESOURCES", "LARGE_DISCRETION", "NEEDS_OVERSIGHT", "OPEN_TO_GAIN");
    RiskPoint quiet = point("Q", RiskOwner.post(Fixtures.POST)).factors(factors(1, 1, 1)).build();
    assertThat(RiskGrader.criteriaCount().grade(quiet, single(quiet)).getScore()).hasValue(0);
    RiskFactors harmful = RiskFactors.builder().from(factors(1, 1, 4)).harm(4).build();
    RiskPoint two = point("T", RiskOwner.post(Fixtures.POST)).factors(harmful).build();
    assertThat(RiskGrader.criteriaCount().level(two, single(two))).isEqualTo(RiskLevel.MEDIUM);
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(PowerKind.class)
  void powerTypeGradesByKind(PowerKind kind) {
    PowerItem item =
        Fixtures.power(
            "PI-X",
            kind,
            false,
            io.github.probity.model.Discretion.NONE,
            io.github.probity.model.Frequency.DAILY);
    RiskPoint p = point("P", RiskOwner.post(Fixtures.POST)).powerItem("PI-X").build();
    io.github.probity.model.Ledger ledger =
        io.github.probity.model.Ledger.builder()
            .from(Fixtures.ledger(List.of()))
            .addPowerItems(item)
            .addRiskPoints(p)
            .build();
    RiskLevel expected =
        kind == PowerKind.SUPERVISION
            ? RiskLevel.MEDIUM
            : kind == PowerKind.OTHER ? RiskLevel.LOW : RiskLevel.HIGH;
    Grade g = RiskGrader.powerType().grade(p, GradingContext.of(ledger));
    assertThat(g.getLevel()).isEqualTo(expected);
    assertThat(g.explain(Locale.CHINA)).contains("职权类别" + kind.displayName());
  }

  @Test
  void powerTypeRaisesMajorMattersAndLowersPointsWithoutPower() {
    PowerTypeParameters params =
        PowerTypeParameters.builder()
            .from(PowerTypeParameters.defaults())
            .putLevels(PowerKind.FINANCE, RiskLevel.LOW)
            .build();
    RiskGrader g =
        RiskGrader.of(GradingPolicy.builder().id("pt").version("2").parameters(params).build());
    RiskPoint major =
        point("P", RiskOwner.post(Fixtures.POST)).powerItem(Fixtures.FINANCE_MAJOR.getId()).build();
    assertThat(g.level(major, single(major))).isEqualTo(RiskLevel.HIGH);
    RiskPoint none = point("N", RiskOwner.post(Fixtures.POST)).factors(factors(5, 5, 5)).build();
    assertThat(g.grade(none, single(none)).getLevel()).isEqualTo(RiskLevel.LOW);
  }

  @ParameterizedTest(name = "probability {0}, importance {1} → {2}")
  @CsvSource({
    "1, 1, LOW",
    "1, 5, MEDIUM",
    "2, 3, MEDIUM",
    "2, 2, LOW",
    "3, 3, MEDIUM",
    "4, 5, HIGH",
    "5, 3, HIGH",
    "5, 1, MEDIUM"
  })
  void matrixLooksUpTheCell(int probability, int importance, RiskLevel expected) {
    RiskPoint p =
        point("P", RiskOwner.post(Fixtures.POST))
            .factors(factors(importance, 1, probability))
            .build();
    Grade g = RiskGrader.matrix().grade(p, single(p));
    assertThat(g.getLevel()).isEqualTo(expected);
    assertThat(g.explain(Locale.ENGLISH)).contains("likelihood " + probability);
  }

  @Test
  void matrixSeverityTakesTheHigherOfHarmAndImportance() {
    RiskFactors f = RiskFactors.builder().from(factors(1, 1, 5)).harm(5).build();
    RiskPoint p = point("P", RiskOwner.post(Fixtures.POST)).factors(f).build();
    assertThat(RiskGrader.matrix().level(p, single(p))).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void anyGridSizeWorks() {
    RiskLevel l = RiskLevel.LOW;
    RiskLevel h = RiskLevel.HIGH;
    MatrixParameters twoByFive =
        MatrixParameters.builder()
            .addLikelihoodFactors(Factor.FREQUENCY)
            .addSeverityFactors(Factor.IMPORTANCE)
            .addLikelihoodBounds(4)
            .addSeverityBounds(2, 3, 4, 5)
            .addCells(List.of(l, l, l, l, l), List.of(l, l, l, h, h))
            .build();
    RiskGrader g =
        RiskGrader.of(GradingPolicy.builder().id("m").version("1").parameters(twoByFive).build());
    RiskPoint p = point("P", RiskOwner.post(Fixtures.POST)).factors(factors(4, 4, 1)).build();
    RiskPoint q = point("Q", RiskOwner.post(Fixtures.POST)).factors(factors(3, 5, 1)).build();
    assertThat(g.level(p, single(p))).isEqualTo(RiskLevel.HIGH);
    assertThat(g.level(q, single(q))).isEqualTo(RiskLevel.LOW);
    assertThat(g.isMonotone()).isTrue();
  }

  @Test
  void aGridThatDecreasesIsDeclaredNotMonotone() {
    RiskLevel l = RiskLevel.LOW;
    RiskLevel h = RiskLevel.HIGH;
    MatrixParameters odd =
        MatrixParameters.builder()
            .from(MatrixParameters.defaults())
            .cells(List.of(List.of(h, l, l), List.of(l, l, l), List.of(l, l, l), List.of(l, l, l)))
            .build();
    assertThat(odd.isMonotone()).isFalse();
    assertThat(
            RiskGrader.of(GradingPolicy.builder().id("m").version("1").parameters(odd).build())
                .isMonotone())
        .isFalse();
    assertThat(RiskGrader.matrix().isMonotone()).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void raisingAnyFactorNeverLowersTheMatrixLevel(long seed) {
    Monotonicity.check(RiskGrader.matrix(), seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void raisingAnyFactorNeverLowersAnyMonotoneBuiltIn(long seed) {
    for (RiskGrader g : Monotonicity.builtIns()) {
      assertThat(g.isMonotone()).as(g.id()).isTrue();
      Monotonicity.check(g, seed);
    }
  }
}
