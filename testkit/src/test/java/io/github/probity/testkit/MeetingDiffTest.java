package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.archive.ChangeType;
import io.github.probity.archive.DiffEntity;
import io.github.probity.archive.EntityChange;
import io.github.probity.archive.FieldChange;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.model.Ledger;
import io.github.probity.model.Meeting;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link LedgerDiff} on the sample unit's recorded meetings. */
class MeetingDiffTest {
  private final Ledger sample = SampleUnit.ledger();

  @Test
  void aMeetingsChangedAttendanceAndDissentAreFieldChanges() {
    Meeting first = sample.getMeetings().get(0);
    List<Meeting> meetings = new ArrayList<>(sample.getMeetings());
    meetings.set(
        0,
        Meeting.builder()
            .from(first)
            .attendees(first.getAttendees().subList(0, first.getAttendees().size() - 1))
            .dissent("一名成员对等级持保留意见")
            .build());
    Ledger after = Ledger.builder().from(sample).meetings(meetings).build();

    LedgerDiff diff = LedgerDiff.between(sample, after);

    assertThat(diff.getChanges()).hasSize(1);
    EntityChange change = diff.changes(DiffEntity.MEETING, ChangeType.CHANGED).get(0);
    assertThat(change.getId()).isEqualTo(first.getReference());
    assertThat(change.getFields())
        .extracting(FieldChange::getField)
        .containsExactly("attendees", "dissent");
    assertThat(LedgerDiff.between(after, after).isEmpty()).isTrue();
  }

  @Test
  void meetingsNoLongerRecordedAreRemovedAndRecordingThemAddsThem() {
    Ledger unrecorded = Ledger.builder().from(sample).meetings(List.of()).build();

    assertThat(
            LedgerDiff.between(sample, unrecorded).changes(DiffEntity.MEETING, ChangeType.REMOVED))
        .extracting(EntityChange::getId)
        .containsExactlyElementsOf(
            sample.getMeetings().stream().map(Meeting::getReference).toList());
    assertThat(LedgerDiff.between(unrecorded, sample).changes(DiffEntity.MEETING, ChangeType.ADDED))
        .hasSize(sample.getMeetings().size());
  }
}
