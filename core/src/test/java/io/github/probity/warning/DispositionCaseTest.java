package io.github.probity.warning;

import static io.github.probity.warning.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.warning.Fixtures.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class DispositionCaseTest {
  private static final WarningPolicy POLICY = WarningPolicy.defaults();

  static Warning warning(DispositionLadder ladder, WarningLevel level) {
    return Warning.builder()
        .id("T:S1")
        .indicator("T")
        .level(level)
        .stage(WarningStage.APPEARED)
        .ladder(ladder)
        .subject(Subject.person("P3"))
        .addSignals("S1")
        .time(T0)
        .reason("测试")
        .build();
  }

  /** Brings a fresh case to the given state by the shortest allowed path. */
  static DispositionCase inState(CaseState state, MutableClock clock) {
    DispositionCase c =
        DispositionCase.open(
            warning(DispositionLadder.RISK, WarningLevel.REMINDER), POLICY, "系统", clock);
    switch (state) {
      case PENDING:
        return c;
      case CLEARED:
        return c.apply(CaseAction.CLEAR, "P5", clock, "反映不实");
      default:
        break;
    }
    c = c.apply(CaseAction.ACCEPT, "P5", clock, "");
    if (state == CaseState.IN_PROGRESS) {
      return c;
    }
    c = c.apply(CaseAction.VERIFY, "P5", clock, "");
    if (state == CaseState.VERIFIED) {
      return c;
    }
    c = c.apply(CaseAction.RECTIFY, "P3", clock, "提交整改报告");
    if (state == CaseState.RECTIFIED) {
      return c;
    }
    return c.apply(CaseAction.ARCHIVE, "P5", clock, "");
  }

  /** The allowed transitions, with the state each leads to (ESCALATE needs an overdue step). */
  static final Map<CaseState, Map<CaseAction, CaseState>> ALLOWED =
      Map.of(
          CaseState.PENDING,
          Map.of(CaseAction.ACCEPT, CaseState.IN_PROGRESS, CaseAction.CLEAR, CaseState.CLEARED),
          CaseState.IN_PROGRESS,
          Map.of(CaseAction.VERIFY, CaseState.VERIFIED, CaseAction.CLEAR, CaseState.CLEARED),
          CaseState.VERIFIED,
          Map.of(CaseAction.RECTIFY, CaseState.RECTIFIED, CaseAction.ESCALATE, CaseState.VERIFIED),
          CaseState.RECTIFIED,
          Map.of(CaseAction.ARCHIVE, CaseState.ARCHIVED, CaseAction.REJECT, CaseState.VERIFIED),
          CaseState.ARCHIVED,
          Map.of(),
          CaseState.CLEARED,
          Map.of());

  static Stream<Arguments> everyStateAndAction() {
    List<Arguments> out = new ArrayList<>();
    for (CaseState s : CaseState.values()) {
      for (CaseAction a : CaseAction.values()) {
        out.add(Arguments.of(s, a));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} + {1}")
  @MethodSource("everyStateAndAction")
  void everyTransitionIsAllowedOrRefusedAsDocumented(CaseState state, CaseAction action) {
    MutableClock clock = new MutableClock(T0);
    DispositionCase c = inState(state, clock);
    assertThat(c.getState()).isEqualTo(state);
    clock.plus(Duration.ofDays(30)); // any verified step is overdue by now
    CaseState expected = ALLOWED.get(state).get(action);

    if (expected == null) {
      assertThat(c.isAllowed(action, clock.instant())).isFalse();
      assertThatThrownBy(() -> c.apply(action, "P5", clock, ""))
          .isInstanceOf(IllegalCaseTransitionException.class)
          .hasMessageContaining(action.code())
          .hasMessageContaining(state.code())
          .satisfies(
              e -> {
                IllegalCaseTransitionException ex = (IllegalCaseTransitionException) e;
                assertThat(ex.getState()).isEqualTo(state);
                assertThat(ex.getAction()).isEqualTo(action);
              });
    } else {
      assertThat(c.isAllowed(action, clock.instant())).isTrue();
      DispositionCase next = c.apply(action, "P5", clock, "备注");
      assertThat(next.getState()).isEqualTo(expected);
      CaseEvent last = next.getHistory().get(next.getHistory().size() - 1);
      assertThat(last.getAction()).isEqualTo(action);
      assertThat(last.getFromState()).isEqualTo(state);
      assertThat(last.getToState()).isEqualTo(expected);
      assertThat(last.getActor()).isEqualTo("P5");
      assertThat(last.getTime()).isEqualTo(clock.instant());
      assertThat(next.getHistory()).hasSize(c.getHistory().size() + 1);
      assertThat(c.getState()).isEqualTo(state); // the old value is unchanged
    }
  }

  @Test
  void escalateIsRefusedWhileTheStepIsNotOverdue() {
    MutableClock clock = new MutableClock(T0);
    DispositionCase c = inState(CaseState.VERIFIED, clock);
    clock.plus(Duration.ofDays(5)); // exactly at the deadline: not yet overdue
    assertThat(c.isAllowed(CaseAction.ESCALATE, clock.instant())).isFalse();
    assertThat(c.escalateIfOverdue("系统", clock)).isEmpty();
    assertThatThrownBy(() -> c.apply(CaseAction.ESCALATE, "系统", clock, ""))
        .isInstanceOf(IllegalCaseTransitionException.class)
        .hasMessageContaining("not overdue");
  }

  @Test
  void aClearedCaseKeepsItsRecord() {
    MutableClock clock = new MutableClock(T0);
    DispositionCase c = inState(CaseState.CLEARED, clock);
    assertThat(c.getWarning().getId()).isEqualTo("T:S1");
    assertThat(c.getHistory())
        .extracting(CaseEvent::getAction)
        .containsExactly(CaseAction.OPEN, CaseAction.CLEAR);
    assertThat(c.getHistory().get(1).getNote()).isEqualTo("反映不实");
    Set<CaseAction> allowed = EnumSet.noneOf(CaseAction.class);
    for (CaseAction a : CaseAction.values()) {
      if (c.isAllowed(a, clock.instant())) {
        allowed.add(a);
      }
    }
    assertThat(allowed).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(CaseState.class)
  void statesHaveStableCodesAndParse(CaseState state) {
    assertThat(CaseState.parse(state.code())).isSameAs(state);
    assertThat(CaseState.parse(" " + state.displayName() + " ")).isSameAs(state);
  }
}
