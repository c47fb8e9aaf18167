package io.github.probity.grading;

import io.github.probity.TestLedgers;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Ledger;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The shared {@link TestLedgers} unit with four power items, which cover the ways importance,
 * frequency and discretion are derived from an item, and random points over it, for the grading
 * tests: P1 the principal leader, P2 the deputy supervising D1, P3 its head, P4 the holder of
 * POST-1.
 */
final class Fixtures {
  static final String PRINCIPAL = "P1";
  static final String DEPUTY = "P2";
  static final String HEAD = "P3";
  static final String CLERK = "P4";
  static final String DEPT = TestLedgers.DEPARTMENT;
  static final String POST = "POST-1";
  static final String GROUP = TestLedgers.GROUP;

  static final PowerItem FINANCE_MAJOR =
      power("PI-FIN", PowerKind.FINANCE, true, Discretion.CONSIDERABLE, Frequency.DAILY);
  static final PowerItem SUPERVISION =
      power("PI-SUP", PowerKind.SUPERVISION, false, Discretion.LIMITED, Frequency.MONTHLY);
  static final PowerItem OTHER =
      power("PI-OTH", PowerKind.OTHER, false, Discretion.NONE, Frequency.YEARLY);
  static final PowerItem APPROVAL_UNLIMITED =
      power("PI-APP", PowerKind.APPROVAL, false, Discretion.UNLIMITED, Frequency.WEEKLY);
  static final List<PowerItem> POWERS =
      List.of(FINANCE_MAJOR, SUPERVISION, OTHER, APPROVAL_UNLIMITED);

  private Fixtures() {}

  static PowerItem power(
      String id, PowerKind kind, boolean major, Discretion discretion, Frequency frequency) {
    return PowerItem.builder()
        .id(id)
        .name("职权" + id)
        .owner(RiskOwner.department(DEPT))
        .kind(kind)
        .majorMatter(major)
        .discretion(discretion)
        .frequency(frequency)
        .build();
  }

  static RiskFactors factors(int importance, int frequency, int probability) {
    return RiskFactors.builder()
        .importance(importance)
        .frequency(frequency)
        .probability(probability)
        .build();
  }

  static RiskPoint.Builder point(String id, RiskOwner owner) {
    RiskPoint.Builder b = RiskPoint.builder();
    b.id(id).owner(owner).category(RiskCategory.values()[0]).title("风险点" + id);
    return b;
  }

  /** A ledger of the shared unit holding the given points and {@link #POWERS}. */
  static Ledger ledger(List<RiskPoint> points) {
    return TestLedgers.ledger(PRINCIPAL, DEPUTY, HEAD, CLERK)
        .addPosts(TestLedgers.procurementPost(CLERK))
        .addAllPowerItems(POWERS)
        .addAllRiskPoints(points)
        .build();
  }

  /** Random points: random owner among four, random factors (sometimes absent), random power. */
  static List<RiskPoint> randomPoints(long seed, int n) {
    Random r = new Random(seed);
    RiskOwner[] owners = {
      RiskOwner.post(POST),
      RiskOwner.department(DEPT),
      RiskOwner.leader(DEPUTY),
      RiskOwner.leadershipGroup(GROUP)
    };
    List<RiskPoint> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      RiskPoint.Builder b = point("RP-" + i, owners[r.nextInt(owners.length)]);
      if (r.nextInt(5) > 0) {
        RiskFactors.Builder f = RiskFactors.builder();
        f.importance(1 + r.nextInt(5)).frequency(1 + r.nextInt(5)).probability(1 + r.nextInt(5));
        if (r.nextBoolean()) {
          f.discretion(1 + r.nextInt(5));
        }
        if (r.nextBoolean()) {
          f.harm(1 + r.nextInt(5));
        }
        b.factors(f.build());
      }
      if (r.nextInt(4) > 0) {
        b.powerItem(POWERS.get(r.nextInt(POWERS.size())).getId());
      }
      out.add(b.build());
    }
    return out;
  }
}
