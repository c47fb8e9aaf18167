package io.github.probity.grading;

import static io.github.probity.grading.Fixtures.factors;
import static io.github.probity.grading.Fixtures.point;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class CountRuleGraderTest {
  private final RiskGrader grader = RiskGrader.countRule();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** n plain points on the post, plus other owners' points that must not count. */
  private static List<RiskPoint> onPost(int n) {
    List<RiskPoint> points = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      points.add(point("P" + i, RiskOwner.post(Fixtures.POST)).factors(factors(2, 2, 2)).build());
    }
    points.add(point("X1", RiskOwner.department(Fixtures.DEPT)).build());
    points.add(point("X2", RiskOwner.department(Fixtures.DEPT)).build());
    return points;
  }

  @ParameterizedTest(name = "{0} points → {1}")
  @CsvSource({"1, LOW", "2, LOW", "3, MEDIUM", "4, MEDIUM", "5, HIGH", "6, HIGH", "12, HIGH"})
  void countsThePointsOfTheOwner(int n, RiskLevel expected) {
    List<RiskPoint> points = onPost(n);
    GradingContext c = GradingContext.of(Fixtures.ledger(points));
    Grade g = grader.grade(points.get(0), c);
    assertThat(g.getLevel()).isEqualTo(expected);
    assertThat(g.getScore()).hasValue(n);
    assertThat(g.explain(Locale.CHINA)).contains("共有风险点 " + n + " 个");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void boundariesHoldForRandomCountsAndThresholds(long seed) {
    Random r = new Random(seed);
    int medium = 1 + r.nextInt(5);
    int high = medium + r.nextInt(5);
    int n = 1 + r.nextInt(12);
    RiskGrader g =
        RiskGrader.of(
            GradingPolicy.builder()
                .id("count")
                .version("s" + seed)
                .parameters(CountRuleParameters.builder().mediumFrom(medium).highFrom(high).build())
                .build());
    List<RiskPoint> points = onPost(n);
    RiskLevel expected =
        n >= high ? RiskLevel.HIGH : n >= medium ? RiskLevel.MEDIUM : RiskLevel.LOW;
    assertThat(g.level(points.get(r.nextInt(n)), GradingContext.of(Fixtures.ledger(points))))
        .isEqualTo(expected);
  }

  @Test
  void aPointOutsideTheLedgerCountsAsOneMore() {
    List<RiskPoint> points = onPost(2);
    RiskPoint extra = point("NEW", RiskOwner.post(Fixtures.POST)).build();
    assertThat(grader.level(extra, GradingContext.of(Fixtures.ledger(points))))
        .isEqualTo(RiskLevel.MEDIUM);
  }

  @Test
  void majorInfluenceForcesHigh() {
    RiskPoint p = point("P", RiskOwner.post(Fixtures.POST)).factors(factors(5, 1, 1)).build();
    Grade g = grader.grade(p, GradingContext.of(Fixtures.ledger(List.of(p))));
    assertThat(g.getLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(g.getExplanation())
        .extracting(Reason::getKey)
        .contains("override.floor.MAJOR_INFLUENCE");
  }

  @Test
  void unlimitedDiscretionForcesHigh() {
    RiskPoint p =
        point("P", RiskOwner.post(Fixtures.POST))
            .factors(factors(2, 2, 2))
            .powerItem(Fixtures.APPROVAL_UNLIMITED.getId())
            .build();
    assertThat(grader.level(p, GradingContext.of(Fixtures.ledger(List.of(p)))))
        .isEqualTo(RiskLevel.HIGH);
    RiskPoint limited = RiskPoint.builder().from(p).powerItem(Fixtures.SUPERVISION.getId()).build();
    assertThat(grader.level(limited, GradingContext.of(Fixtures.ledger(List.of(limited)))))
        .isEqualTo(RiskLevel.LOW);
  }

  @Test
  void priorMisconductOnThePostForcesHigh() {
    RiskPoint p = point("P", RiskOwner.post(Fixtures.POST)).factors(factors(1, 1, 1)).build();
    GradingContext plain = GradingContext.of(Fixtures.ledger(List.of(p)));
    GradingContext misconduct =
        GradingContext.builder()
            .ledger(plain.getLedger())
            .addMisconductOwners(RiskOwner.post(Fixtures.POST))
            .build();
    assertThat(grader.level(p, plain)).isEqualTo(RiskLevel.LOW);
    Grade g = grader.grade(p, misconduct);
    assertThat(g.getLevel()).isEqualTo(RiskLevel.HIGH);
    assertThat(g.explain(Locale.CHINA)).contains("该岗位曾发生违纪违法问题");
  }
}
