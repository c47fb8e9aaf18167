package io.github.probity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeetingTest {
  private static final String REF = "党组会议〔2026〕5号";
  private static final LocalDate DAY = LocalDate.of(2026, 4, 8);

  private static LevelDecision decision(String reference) {
    return LevelDecision.builder()
        .meetingReference(reference)
        .date(DAY)
        .proposedLevel(RiskLevel.MEDIUM)
        .level(RiskLevel.MEDIUM)
        .build();
  }

  private static Meeting meeting() {
    return Meeting.builder()
        .reference(REF)
        .date(DAY)
        .kind(MeetingKind.PARTY_GROUP)
        .addAttendees("P1", "P2")
        .addOtherAttendees("区纪委派驻纪检组组长（列席）")
        .dissent("一名班子成员建议将该点调高为高风险")
        .build();
  }

  private static Ledger.Builder decidedLedger(String reference) {
    return ModelFixtures.ledger()
        .riskPoints(
            java.util.List.of(
                ModelFixtures.point("RP-1", RiskOwner.department("D1"))
                    .decision(decision(reference))
                    .build(),
                ModelFixtures.point("RP-2", RiskOwner.leader("P2")).build(),
                ModelFixtures.point("RP-3", RiskOwner.leadershipGroup("LG"))
                    .decision(decision(reference))
                    .build()));
  }

  @Test
  void aMeetingIsRecordedOnceAndKnowsThePointsItDecided() {
    Ledger ledger = decidedLedger(REF).addMeetings(meeting()).build();

    assertThat(ledger.meeting(REF)).contains(meeting());
    assertThat(ledger.meeting("党组会议〔2026〕6号")).isEmpty();
    assertThat(ledger.decidedAt(REF)).extracting(RiskPoint::getId).containsExactly("RP-1", "RP-3");
    assertThat(ledger.decidedAt("党组会议〔2026〕6号")).isEmpty();
  }

  @Test
  void aDecisionNamingAnUnrecordedMeetingIsAnIntegrityProblem() {
    Ledger.Builder broken =
        decidedLedger("党组会议〔2026〕9号")
            .addMeetings(
                meeting(),
                Meeting.builder()
                    .from(meeting())
                    .attendees(java.util.List.of("P1", "P404"))
                    .build());

    assertThatThrownBy(broken::build)
        .isInstanceOfSatisfying(
            LedgerIntegrityException.class,
            e ->
                assertThat(e.getProblems())
                    .extracting(LedgerIntegrityException.Problem::toString)
                    .containsExactlyInAnyOrder(
                        "meetings[" + REF + "]: duplicate id '" + REF + "'",
                        "meetings[" + REF + "].attendees: unknown person 'P404'",
                        "riskPoints[RP-1].decision.meetingReference: unknown meeting '党组会议〔2026〕9号'",
                        "riskPoints[RP-3].decision.meetingReference: unknown meeting '党组会议〔2026〕9号'"));
  }

  @Test
  void aLedgerWithoutMeetingsKeepsEachDecisionsOwnReferenceAndInfersItsMeetings() {
    Ledger legacy = decidedLedger("2026年第3次党委会").build();

    assertThat(legacy.getMeetings()).isEmpty();
    assertThat(legacy.decidedAt("2026年第3次党委会")).hasSize(2);
    assertThat(Meeting.inferredFrom(legacy))
        .containsExactly(
            Meeting.builder()
                .reference("2026年第3次党委会")
                .date(DAY)
                .kind(MeetingKind.PARTY_COMMITTEE)
                .build());

    Ledger upgraded = Ledger.builder().from(legacy).meetings(Meeting.inferredFrom(legacy)).build();
    assertThat(upgraded.meeting("2026年第3次党委会")).isPresent();
  }

  @Test
  void theKindIsReadFromCodesLabelsAndReferences() {
    assertThat(MeetingKind.parse("党组会")).isEqualTo(MeetingKind.PARTY_GROUP);
    assertThat(MeetingKind.parse("BUREAU_AFFAIRS")).isEqualTo(MeetingKind.BUREAU_AFFAIRS);
    assertThat(MeetingKind.parse("其他")).isEqualTo(MeetingKind.OTHER);
    assertThatThrownBy(() -> MeetingKind.parse("茶话会"))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("党组会议");
    assertThat(MeetingKind.ofReference(REF)).isEqualTo(MeetingKind.PARTY_GROUP);
    assertThat(MeetingKind.ofReference("局务会议纪要〔2026〕2号")).isEqualTo(MeetingKind.BUREAU_AFFAIRS);
    assertThat(MeetingKind.ofReference("局长办公会议")).isEqualTo(MeetingKind.OTHER);
  }

  @Test
  void aMeetingListsNoAttendeeTwiceAndHasAReference() {
    assertThatThrownBy(() -> Meeting.builder().from(meeting()).addAttendees("P1").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'P1' twice");
    assertThatThrownBy(() -> Meeting.builder().from(meeting()).reference(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reference");
  }
}
