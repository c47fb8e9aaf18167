package io.github.probity.grading;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Checks that raising one factor of a random point never lowers the level. */
final class Monotonicity {
  private Monotonicity() {}

  static List<RiskGrader> builtIns() {
    List<RiskGrader> out = new ArrayList<>();
    for (GradingPolicy p : GradingPolicy.builtIns()) {
      out.add(RiskGrader.of(p));
    }
    return out;
  }

  static RiskFactors raise(RiskFactors f, int which) {
    RiskFactors.Builder b = RiskFactors.builder().from(f);
    switch (which) {
      case 0:
        return b.importance(Math.min(5, f.getImportance() + 1)).build();
      case 1:
        return b.frequency(Math.min(5, f.getFrequency() + 1)).build();
      case 2:
        return b.probability(Math.min(5, f.getProbability() + 1)).build();
      case 3:
        return b.discretion(Math.min(5, f.getDiscretion().orElse(0) + 1)).build();
      default:
        return b.harm(Math.min(5, f.getHarm().orElse(0) + 1)).build();
    }
  }

  /** Raises each factor of each assessed point of a random ledger and compares the levels. */
  static void check(RiskGrader grader, long seed) {
    Random r = new Random(seed);
    List<RiskPoint> points = Fixtures.randomPoints(seed, 12);
    Ledger ledger = Fixtures.ledger(points);
    GradingContext c = GradingContext.of(ledger);
    int checked = 0;
    for (RiskPoint p : points) {
      if (p.getFactors().isEmpty()) {
        continue;
      }
      int which = r.nextInt(5);
      RiskFactors f = p.getFactors().get();
      if (which == 3 && f.getDiscretion().isEmpty() || which == 4 && f.getHarm().isEmpty()) {
        which = r.nextInt(3);
      }
      RiskPoint raised = RiskPoint.builder().from(p).factors(raise(f, which)).build();
      assertThat(grader.level(raised, c).rank())
          .as("%s, factor %d of %s", grader.id(), which, p.getId())
          .isGreaterThanOrEqualTo(grader.level(p, c).rank());
      checked++;
    }
    assertThat(checked).isPositive();
  }
}
