package io.github.probity.warning;

import static io.github.probity.warning.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.InvalidCodeException;
import io.github.probity.warning.Fixtures.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DispositionLadderTest {

  @Test
  void theLaddersAreThePlansThree() {
    assertThat(DispositionLadder.RISK.steps())
        .extracting(DispositionMeasure::displayName)
        .containsExactly("警示提醒", "诫勉纠错", "责令整改");
    assertThat(DispositionLadder.PETITION.steps())
        .extracting(DispositionMeasure::displayName)
        .containsExactly("信访约谈", "函询", "重点提醒");
    assertThat(DispositionLadder.MISTAKE.steps())
        .extracting(DispositionMeasure::displayName)
        .containsExactly("告诫劝勉", "纠正偏差");
    assertThat(DispositionMeasure.WRITTEN_INQUIRY.defaultReplyDays()).isEqualTo(10);
    assertThat(DispositionMeasure.FOCUSED_REMINDER.defaultReplyDays()).isEqualTo(7);
    assertThat(DispositionMeasure.ORDERED_RECTIFICATION.defaultReplyDays()).isEqualTo(15);
    assertThat(DispositionMeasure.WARNING_REMINDER.defaultReplyDays()).isEqualTo(5);
  }

  /**
   * Walks a ladder letting every step run out: each step is due after its reply days, escalates to
   * the next with the level raised, the last is ordered again, and failing that triggers
   * accountability with the level raised once more.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(DispositionLadder.class)
  void overdueStepsEscalateAlongTheLadderWithAFakeClock(DispositionLadder ladder) {
    MutableClock clock = new MutableClock(T0);
    WarningPolicy policy = WarningPolicy.defaults();
    DispositionCase c =
        DispositionCase.open(
                DispositionCaseTest.warning(ladder, WarningLevel.REMINDER), policy, "系统", clock)
            .apply(CaseAction.ACCEPT, "P5", clock, "")
            .apply(CaseAction.VERIFY, "P5", clock, "");
    WarningLevel level = WarningLevel.REMINDER;
    List<DispositionMeasure> steps = ladder.steps();

    for (int i = 0; i < steps.size(); i++) {
      DispositionMeasure m = steps.get(i);
      Disposition d = c.current().orElseThrow();
      assertThat(d.getMeasure()).isEqualTo(m);
      assertThat(d.getDueAt())
          .isEqualTo(clock.instant().plus(Duration.ofDays(m.defaultReplyDays())));
      assertThat(c.light(clock.instant())).contains(DeadlineLight.GREEN);
      clock.plus(Duration.ofDays(m.defaultReplyDays()));
      assertThat(c.light(clock.instant())).contains(DeadlineLight.YELLOW);
      assertThat(c.escalateIfOverdue("系统", clock)).isEmpty();
      clock.plus(Duration.ofSeconds(1));
      assertThat(c.light(clock.instant())).contains(DeadlineLight.RED);
      c = c.escalateIfOverdue("系统", clock).orElseThrow();
      Escalation e = c.getEscalations().get(c.getEscalations().size() - 1);
      assertThat(e.getFromMeasure()).isEqualTo(m);
      assertThat(e.getReason()).isEqualTo("逾期未回复");
      assertThat(e.getTime()).isEqualTo(clock.instant());
      if (i < steps.size() - 1) {
        assertThat(e.getToMeasure()).isEqualTo(steps.get(i + 1));
        assertThat(e.getToLevel()).isEqualTo(level.raised());
        level = level.raised();
      } else {
        assertThat(e.getToMeasure()).isEqualTo(m);
        assertThat(c.current().orElseThrow().getRound()).isEqualTo(2);
        assertThat(e.getToLevel()).isEqualTo(level);
      }
      assertThat(e.isAccountability()).isFalse();
    }
    // The order given again runs out too: level raised, accountability, no further escalation.
    clock.plus(Duration.ofDays(steps.get(steps.size() - 1).defaultReplyDays()).plusSeconds(1));
    c = c.escalateIfOverdue("系统", clock).orElseThrow();
    Escalation last = c.getEscalations().get(c.getEscalations().size() - 1);
    assertThat(last.isAccountability()).isTrue();
    assertThat(last.getToLevel()).isEqualTo(level.raised());
    assertThat(c.isAccountability()).isTrue();
    assertThat(c.getLevel()).isEqualTo(level.raised());
    clock.plus(Duration.ofDays(100));
    assertThat(c.escalateIfOverdue("系统", clock)).isEmpty();
    assertThat(c.getState()).isEqualTo(CaseState.VERIFIED);
  }

  @Test
  void aFailedRectificationIsOrderedAgainThenRaisesTheLevel() {
    MutableClock clock = new MutableClock(T0);
    DispositionCase c =
        DispositionCase.open(
                DispositionCaseTest.warning(DispositionLadder.MISTAKE, WarningLevel.CAUTION),
                WarningPolicy.defaults(),
                "系统",
                clock)
            .apply(CaseAction.ACCEPT, "P5", clock, "")
            .apply(CaseAction.VERIFY, "P5", clock, "")
            .apply(CaseAction.RECTIFY, "P3", clock, "")
            .apply(CaseAction.REJECT, "P5", clock, "问题未整改");
    assertThat(c.current().orElseThrow().getMeasure()).isEqualTo(DispositionMeasure.CORRECTION);
    assertThat(c.getLevel()).isEqualTo(WarningLevel.SEVERE);
    assertThat(c.getEscalations().get(0).getReason()).isEqualTo("整改不到位：问题未整改");

    clock.plus(Duration.ofDays(3));
    Instant replied = clock.instant();
    c = c.apply(CaseAction.RECTIFY, "P3", clock, "");
    assertThat(c.getDispositions().get(1).getRepliedAt()).contains(replied);
    c = c.apply(CaseAction.REJECT, "P5", clock, "");
    assertThat(c.current().orElseThrow().getRound()).isEqualTo(2);
    c = c.apply(CaseAction.RECTIFY, "P3", clock, "").apply(CaseAction.REJECT, "P5", clock, "");
    assertThat(c.isAccountability()).isTrue();
    assertThat(c.getLevel()).isEqualTo(WarningLevel.SEVERE);
    DispositionCase handedOver = c.apply(CaseAction.RECTIFY, "P3", clock, "");
    assertThatThrownBy(() -> handedOver.apply(CaseAction.REJECT, "P5", clock, ""))
        .isInstanceOf(IllegalCaseTransitionException.class);
    assertThat(handedOver.apply(CaseAction.ARCHIVE, "P5", clock, "").getState())
        .isEqualTo(CaseState.ARCHIVED);
  }

  @Test
  void replyDeadlinesArePolicyData() {
    MutableClock clock = new MutableClock(T0);
    WarningPolicy policy =
        WarningPolicy.builder().putReplyDeadlines(DispositionMeasure.PETITION_INTERVIEW, 3).build();
    DispositionCase c =
        DispositionCase.open(
                DispositionCaseTest.warning(DispositionLadder.PETITION, WarningLevel.REMINDER),
                policy,
                "系统",
                clock)
            .apply(CaseAction.ACCEPT, "P5", clock, "")
            .apply(CaseAction.VERIFY, "P5", clock, "");
    assertThat(c.current().orElseThrow().getDueAt()).isEqualTo(T0.plus(Duration.ofDays(3)));
    assertThat(policy.replyDays(DispositionMeasure.WRITTEN_INQUIRY)).isEqualTo(10);
    assertThatThrownBy(
            () ->
                WarningPolicy.builder()
                    .putReplyDeadlines(DispositionMeasure.WRITTEN_INQUIRY, 0)
                    .build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void levelsAndLaddersParseByCodeOrLabel() {
    assertThat(WarningLevel.parse("严重")).isEqualTo(WarningLevel.SEVERE);
    assertThat(WarningLevel.SEVERE.colourName()).isEqualTo("红色");
    assertThat(WarningLevel.REMINDER.raised().raised().raised()).isEqualTo(WarningLevel.SEVERE);
    assertThat(DispositionLadder.parse("petition")).isEqualTo(DispositionLadder.PETITION);
    assertThat(DispositionMeasure.parse("函询")).isEqualTo(DispositionMeasure.WRITTEN_INQUIRY);
    assertThat(SignalKind.parse("信访举报")).isEqualTo(SignalKind.PETITION);
    assertThatThrownBy(() -> WarningStage.parse("未知"))
        .isInstanceOf(InvalidCodeException.class)
        .hasMessageContaining("TENDENCY");
  }
}
