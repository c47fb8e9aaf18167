package io.github.probity.validation;

import io.github.probity.finding.Location.ModelPath;
import io.github.probity.finding.Severity;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.Meeting;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code PR-DECISION-006}: a meeting that decided levels collectively had its quorum — more than
 * half of the leadership group's members among its attendees, as a party group's or committee's
 * meeting needs more than half of its members present to sit (the rule of democratic centralism).
 * Attendees are counted by person id; names recorded only as other attendees (列席) do not count. A
 * meeting recorded without any attendee is not judged (its attendance was not recorded, as for
 * meetings inferred from decisions), nor is a ledger whose group lists no leaders. Stateless and
 * thread-safe.
 */
final class MeetingQuorum extends StandardRule {
  static final String ID = "PR-DECISION-006";

  MeetingQuorum() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    Ledger ledger = c.getLedger();
    List<Leader> leaders = ledger.getLeadershipGroup().getLeaders();
    if (leaders.isEmpty() || ledger.getMeetings().isEmpty()) {
      return;
    }
    Set<String> members = new HashSet<>();
    for (Leader leader : leaders) {
      members.add(leader.getPersonId());
    }
    for (Meeting meeting : ledger.getMeetings()) {
      if (meeting.getAttendees().isEmpty()) {
        continue;
      }
      int present = 0;
      for (String attendee : new HashSet<>(meeting.getAttendees())) {
        if (members.contains(attendee)) {
          present++;
        }
      }
      if (present * 2 <= members.size()) {
        f.add(
            ModelPath.LEDGER.element("meetings", meeting.getReference()).property("attendees"),
            ID,
            meeting.getReference(),
            present,
            members.size());
      }
    }
  }
}
