package io.github.probity.store.jdbc;

import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Meeting;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import io.github.probity.testkit.LedgerGenerator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.stream.Collectors;

/** Ledgers for the store's tests: generated ones under a unit code of the test's own. */
final class Fixtures {
  private Fixtures() {}

  static Ledger ledger(long seed, String unitCode) {
    return withUnit(LedgerGenerator.generate(seed), unitCode);
  }

  static Ledger withUnit(Ledger ledger, String unitCode) {
    Unit unit = Unit.builder().from(ledger.getUnit()).code(unitCode).build();
    return Ledger.builder().from(ledger).unit(unit).build();
  }

  /**
   * A later revision of a ledger, as a unit would make it: some points dropped, some retitled, some
   * re-graded, some decided by the leadership meeting.
   */
  static Ledger revise(Ledger ledger, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<RiskPoint> points = new ArrayList<>();
    for (RiskPoint rp : ledger.getRiskPoints()) {
      int roll = r.nextInt(10);
      if (roll == 0) {
        continue;
      }
      RiskPoint.Builder b = RiskPoint.builder().from(rp);
      if (roll == 2 || roll == 3) {
        // A re-graded point's residual level is assessed again later.
        b.residualLevel(Optional.empty()).residualRationale(Optional.empty());
      }
      if (roll == 1) {
        b.title(rp.getTitle() + "（修订）");
      } else if (roll == 2) {
        b.level(RiskLevel.values()[r.nextInt(3)]);
      } else if (roll == 3 && rp.getDecision().isEmpty()) {
        RiskLevel proposed = rp.getLevel().orElse(RiskLevel.MEDIUM);
        b.level(proposed)
            .decision(
                LevelDecision.builder()
                    .meetingReference("2026年第" + (1 + r.nextInt(9)) + "次党组会")
                    .date(LocalDate.of(2026, 3, 1 + r.nextInt(28)))
                    .proposedLevel(proposed)
                    .level(RiskLevel.values()[r.nextInt(3)])
                    .rationale("班子集体研究确定")
                    .build());
      } else if (roll == 4) {
        b.manifestation(Optional.of("经复核：" + rp.getManifestation().orElse("无")));
      }
      points.add(b.build());
    }
    Ledger revised = Ledger.builder().from(ledger).meetings(List.of()).riskPoints(points).build();
    if (ledger.getMeetings().isEmpty()) {
      return revised;
    }
    // a ledger that records its meetings records the meetings of the new decisions too
    Set<String> recorded =
        ledger.getMeetings().stream().map(Meeting::getReference).collect(Collectors.toSet());
    List<Meeting> meetings = new ArrayList<>(ledger.getMeetings());
    Meeting.inferredFrom(revised).stream()
        .filter(m -> !recorded.contains(m.getReference()))
        .forEach(meetings::add);
    return Ledger.builder().from(revised).meetings(meetings).build();
  }
}
