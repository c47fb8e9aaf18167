package io.github.probity.docx;

import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleDay;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.warning.CaseAction;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningPolicy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The sample unit's day of warnings ({@link SampleDay}: three petitions about one procurement
 * officer, a large payment without a collective decision, purchases split under the threshold, a
 * payment approved and made by one person, an overdue rectification), as the examples' day replay
 * raises them, and their cases walked up the ladders.
 */
final class SampleDayCases {
  static final Ledger LEDGER = SampleUnit.ledger();
  static final ZoneId ZONE = SampleDay.ZONE;
  static final LocalDate DAY = SampleDay.DAY;
  static final Instant END_OF_DAY = SampleDay.END_OF_DAY;
  static final WarningPolicy POLICY = WarningPolicy.defaults();

  private SampleDayCases() {}

  static List<Warning> warnings() {
    return Monitor.replay(
        SampleDay.signals(LEDGER), POLICY, Optional.of(LEDGER), Indicator.builtIns());
  }

  /** A case opened and verified at the end of the day: the ladder's first step in force. */
  static DispositionCase verified(Warning w) {
    Clock clock = Clock.fixed(END_OF_DAY, ZONE);
    return DispositionCase.open(w, POLICY, "预警系统", clock)
        .apply(CaseAction.ACCEPT, "P-L4", clock, "纪检组受理")
        .apply(CaseAction.VERIFY, "P-L4", clock, "经核实，情况属实");
  }

  /**
   * The case at every step of its ladder: verified, then escalated each time the step in force is
   * overdue, up to the last step.
   */
  static List<DispositionCase> everyStep(Warning w) {
    List<DispositionCase> steps = new ArrayList<>();
    DispositionCase c = verified(w);
    steps.add(c);
    while (c.getDispositions().size() < c.getLadder().steps().size()) {
      Instant late = c.current().orElseThrow().getDueAt().plus(Duration.ofHours(1));
      c = c.apply(CaseAction.ESCALATE, "预警系统", Clock.fixed(late, ZONE), "逾期未回复");
      steps.add(c);
    }
    return steps;
  }
}
