package io.github.probity.warning;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Effectiveness;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.MeasureType;
import io.github.probity.warning.Fixtures.MutableClock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeasureSignalsTest {
  private static final LocalDate DEADLINE = LocalDate.of(2026, 6, 30);

  private static MutableClock at(LocalDate day) {
    return new MutableClock(day.atTime(10, 0).atZone(ZoneOffset.ofHours(8)).toInstant());
  }

  private static Measure planned() {
    return Measure.builder()
        .id("M-1")
        .text("采购需求审核与验收分设岗位")
        .type(MeasureType.SEPARATION_OF_DUTIES)
        .status(MeasureStatus.IN_PROGRESS)
        .progress(60)
        .deadline(DEADLINE)
        .build();
  }

  @Test
  void aDaysAdvancePastTheDeadlineRaisesTheOverdueWarning() {
    Ledger ledger = EffectivenessScheduleTest.ledger("RP-1", planned());
    Supervision supervision = Supervision.of(ledger, WarningPolicy.defaults());
    MutableClock clock = at(DEADLINE);
    Monitor monitor = Monitor.builder().clock(clock).ledger(ledger).build();

    assertThat(supervision.measureSignals(clock, "纪检组")).isEmpty();
    assertThat(monitor.advance()).isEmpty();

    clock.plus(Duration.ofDays(1));
    List<Signal> signals = supervision.measureSignals(clock, "纪检组");
    assertThat(signals)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getId()).isEqualTo("MEASURE:M-1:2026-06-30");
              assertThat(s.getKind()).isEqualTo(SignalKind.OVERDUE_MEASURE);
              assertThat(s.getRiskPoint()).contains("RP-1");
            });
    assertThat(monitor.submitAll(signals)).isEqualTo(1);
    clock.plus(Duration.ofMinutes(10)); // past the monitor's allowed lateness
    List<Warning> warnings = monitor.advance();
    assertThat(warnings)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.getIndicator()).isEqualTo("OVERDUE");
              assertThat(w.getRiskPoint()).contains("RP-1");
              assertThat(w.getLevel()).isEqualTo(WarningLevel.REMINDER);
            });
    // asking again the same day gives the signal its id again
    assertThat(supervision.measureSignals(clock, "纪检组"))
        .extracting(Signal::getId)
        .containsExactly("MEASURE:M-1:2026-06-30");
  }

  @Test
  void aMeasureInPlaceOrAbandonedIsNeverOverdue() {
    Measure done =
        Measure.builder().from(planned()).status(MeasureStatus.DONE).progress(100).build();
    Measure abandoned =
        Measure.builder()
            .from(planned())
            .status(MeasureStatus.ABANDONED)
            .abandonReason("岗位撤并")
            .build();
    MutableClock later = at(DEADLINE.plusDays(20));
    for (Measure m : List.of(done, abandoned)) {
      Ledger ledger = EffectivenessScheduleTest.ledger("RP-1", m);
      assertThat(Supervision.of(ledger, WarningPolicy.defaults()).measureSignals(later, "纪检组"))
          .noneMatch(s -> s.getKind() == SignalKind.OVERDUE_MEASURE);
    }
  }

  @Test
  void anIneffectiveReviewRaisesAWarningAndALaterEffectiveOneClearsTheSignal() {
    LocalDate reviewed = LocalDate.of(2026, 7, 10);
    Measure ineffective =
        Measure.builder()
            .from(planned())
            .status(MeasureStatus.DONE)
            .progress(100)
            .addReviews(
                EffectivenessReview.builder()
                    .date(reviewed)
                    .reviewer("P1")
                    .verdict(Effectiveness.INEFFECTIVE)
                    .note("复核流于形式")
                    .build())
            .build();
    Ledger ledger = EffectivenessScheduleTest.ledger("RP-1", ineffective);
    MutableClock clock = at(reviewed.plusDays(1));
    List<Signal> signals =
        Supervision.of(ledger, WarningPolicy.defaults()).measureSignals(clock, "纪检组");
    assertThat(signals)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getId()).isEqualTo("EFFECTIVENESS:M-1:2026-07-10");
              assertThat(s.getKind()).isEqualTo(SignalKind.INEFFECTIVE_MEASURE);
              assertThat(s.getSubject()).isEqualTo(Subject.post("POST-1"));
            });
    List<Warning> replayed =
        Monitor.replay(
            signals, WarningPolicy.defaults(), java.util.Optional.of(ledger), Indicator.builtIns());
    assertThat(replayed)
        .singleElement()
        .satisfies(
            w -> {
              assertThat(w.getIndicator()).isEqualTo("INEFFECTIVE_MEASURE");
              assertThat(w.getLevel()).isEqualTo(WarningLevel.CAUTION);
              assertThat(w.getReason()).contains("措施评估无效");
            });

    Measure mended =
        Measure.builder()
            .from(ineffective)
            .addReviews(
                EffectivenessReview.builder()
                    .date(reviewed.plusMonths(1))
                    .reviewer("P1")
                    .verdict(Effectiveness.EFFECTIVE)
                    .build())
            .build();
    assertThat(
            Supervision.of(
                    EffectivenessScheduleTest.ledger("RP-1", mended), WarningPolicy.defaults())
                .measureSignals(at(reviewed.plusMonths(1).plusDays(1)), "纪检组"))
        .isEmpty();
  }

  @Test
  void anOverdueEffectivenessReviewIsASignalAboutTheSupervisor() {
    Measure done =
        Measure.builder().from(planned()).status(MeasureStatus.DONE).progress(100).build();
    Ledger ledger = EffectivenessScheduleTest.ledger("RP-1", done);
    // 高: never reviewed, no evidence → due 2026-04-01
    List<Signal> signals =
        Supervision.of(ledger, WarningPolicy.defaults())
            .measureSignals(at(LocalDate.of(2026, 4, 2)), "纪检组");
    assertThat(signals)
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.getId()).isEqualTo("EFFECTIVENESS-REVIEW:M-1:2026-04-01");
              assertThat(s.getKind()).isEqualTo(SignalKind.OVERDUE_REVIEW);
              assertThat(s.getSubject()).isEqualTo(Subject.person("P1"));
            });
  }
}
