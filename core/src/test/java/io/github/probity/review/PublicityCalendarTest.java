package io.github.probity.review;

import static io.github.probity.review.ReviewFixtures.POST_MEASURE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PublicityCalendarTest {
  static final LocalDate MON = LocalDate.of(2026, 6, 1);
  static final LocalDate DRAGON_BOAT = LocalDate.of(2026, 6, 19); // Friday

  @ParameterizedTest(name = "{0} to {1}: {2} working days")
  @CsvSource({
    "2026-06-01, 2026-06-05, 5",
    "2026-06-01, 2026-06-07, 5",
    "2026-06-03, 2026-06-09, 5",
    "2026-06-06, 2026-06-07, 0",
    "2026-06-01, 2026-06-12, 10",
    "2026-06-05, 2026-06-01, 0"
  })
  void weekdaysSkipWeekends(LocalDate start, LocalDate end, int expected) {
    assertThat(WorkingCalendar.weekdays().workingDaysBetween(start, end)).isEqualTo(expected);
  }

  @Test
  void holidaysAreSkippedAndMakeUpDaysCount() {
    WorkingCalendar cal =
        WorkingCalendar.weekdays()
            .withHolidays(Set.of(DRAGON_BOAT))
            .withWorkingDays(Set.of(LocalDate.of(2026, 6, 20))); // Saturday make-up day

    assertThat(cal.isWorkingDay(DRAGON_BOAT)).isFalse();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 6, 20))).isTrue();
    assertThat(cal.isWorkingDay(LocalDate.of(2026, 6, 21))).isFalse();
    assertThat(cal.workingDaysBetween(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 21)))
        .isEqualTo(5);
    assertThat(cal.lastDayOf(LocalDate.of(2026, 6, 17), 3)).isEqualTo(LocalDate.of(2026, 6, 20));
  }

  @Test
  void lastDayOfCountsTheStartWhenItIsAWorkingDay() {
    WorkingCalendar cal = WorkingCalendar.weekdays();
    assertThat(cal.lastDayOf(MON, 1)).isEqualTo(MON);
    assertThat(cal.lastDayOf(MON, 5)).isEqualTo(LocalDate.of(2026, 6, 5));
    assertThat(cal.lastDayOf(LocalDate.of(2026, 6, 6), 1)).isEqualTo(LocalDate.of(2026, 6, 8));
    assertThatThrownBy(() -> cal.lastDayOf(MON, 0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ((WorkingCalendar) d -> false).lastDayOf(MON, 1))
        .hasMessageContaining("ten years");
  }

  @Test
  void publicityShorterThanFiveWorkingDaysIsRefused() {
    ReviewWorkflow wf = ReviewFixtures.workflow(MON);
    ReviewRecord drafted = wf.draft(POST_MEASURE, "P4", Optional.empty());
    Publicity fourDays = publicity(MON, LocalDate.of(2026, 6, 4));
    Publicity overWeekend = publicity(LocalDate.of(2026, 6, 3), LocalDate.of(2026, 6, 9));

    assertThatThrownBy(() -> wf.publicise(drafted, "P9", fourDays, Optional.empty()))
        .isInstanceOfSatisfying(
            ReviewRefusedException.class,
            e ->
                assertThat(e.getReason())
                    .isEqualTo(ReviewRefusedException.Reason.PUBLICITY_TOO_SHORT))
        .hasMessageContaining("4 working day(s), the minimum is 5");
    assertThat(wf.publicise(drafted, "P9", overWeekend, Optional.empty()).state())
        .isEqualTo(ReviewState.PUBLICISED);
  }

  @Test
  void aHolidayInsideThePeriodMakesItTooShort() {
    ReviewPolicy policy =
        ReviewPolicy.builder()
            .addPartyOrganisation("P9")
            .calendar(WorkingCalendar.weekdays().withHolidays(Set.of(DRAGON_BOAT)))
            .build();
    ReviewWorkflow wf =
        ReviewWorkflow.of(ReviewFixtures.ledger(), policy, ReviewFixtures.clockAt(MON));
    ReviewRecord drafted = wf.draft(POST_MEASURE, "P4", Optional.empty());

    assertThatThrownBy(
            () ->
                wf.publicise(
                    drafted,
                    "P9",
                    publicity(LocalDate.of(2026, 6, 15), DRAGON_BOAT),
                    Optional.empty()))
        .isInstanceOf(ReviewRefusedException.class);
    assertThat(
            wf.publicise(
                    drafted,
                    "P9",
                    publicity(LocalDate.of(2026, 6, 15), LocalDate.of(2026, 6, 22)),
                    Optional.empty())
                .state())
        .isEqualTo(ReviewState.PUBLICISED);
  }

  @Test
  void theMinimumIsConfigurable() {
    ReviewPolicy policy =
        ReviewPolicy.builder().addPartyOrganisation("P9").minimumPublicityDays(7).build();
    ReviewWorkflow wf =
        ReviewWorkflow.of(ReviewFixtures.ledger(), policy, ReviewFixtures.clockAt(MON));
    ReviewRecord drafted = wf.draft(POST_MEASURE, "P4", Optional.empty());

    assertThatThrownBy(
            () ->
                wf.publicise(
                    drafted, "P9", publicity(MON, LocalDate.of(2026, 6, 8)), Optional.empty()))
        .hasMessageContaining("the minimum is 7");
    assertThat(
            wf.publicise(drafted, "P9", publicity(MON, LocalDate.of(2026, 6, 9)), Optional.empty())
                .publicity())
        .isPresent();
    assertThat(ReviewPolicy.builder().addPartyOrganisation("P9").build().getMinimumPublicityDays())
        .isEqualTo(5);
    assertThatThrownBy(() -> ReviewPolicy.builder().minimumPublicityDays(5).build())
        .hasMessageContaining("partyOrganisation");
    assertThatThrownBy(
            () -> ReviewPolicy.builder().addPartyOrganisation("P9").minimumPublicityDays(0).build())
        .hasMessageContaining("minimumPublicityDays");
  }

  @Test
  void awaitingReviewAndOverdueAreFoundByDate() {
    ReviewWorkflow monday = ReviewFixtures.workflow(MON);
    ReviewRecord postDrafted = monday.draft(POST_MEASURE, "P4", Optional.empty());
    ReviewRecord postPublicised =
        monday.publicise(
            postDrafted, "P9", publicity(MON, LocalDate.of(2026, 6, 5)), Optional.empty());
    ReviewRecord deptDrafted =
        monday.draft(ReviewFixtures.DEPARTMENT_MEASURE, "P3", Optional.empty());
    List<ReviewRecord> all = List.of(postDrafted, postPublicised, deptDrafted);

    // during publicity: the supervising leader awaits the department's measure only
    assertThat(monday.awaitingReviewBy(all, "P2")).containsExactly(deptDrafted);
    assertThat(monday.awaitingReviewBy(all, "P9")).isEmpty();
    assertThat(monday.overdue(all)).isEmpty();

    ReviewWorkflow nextMonday = ReviewFixtures.workflow(LocalDate.of(2026, 6, 8));
    assertThat(nextMonday.awaitingReviewBy(all, "P9")).containsExactly(postPublicised);
    // drafted Mon 1 June: publicity due within 5 working days, i.e. by Mon 8 June
    assertThat(nextMonday.overdue(all)).isEmpty();

    ReviewWorkflow tuesday = ReviewFixtures.workflow(LocalDate.of(2026, 6, 9));
    assertThat(tuesday.overdue(all))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.getMeasureId()).isEqualTo(POST_MEASURE);
              assertThat(o.getKind()).isEqualTo(OverdueKind.PUBLICITY);
              assertThat(o.getDueDate()).isEqualTo(LocalDate.of(2026, 6, 8));
              assertThat(o.getDaysLate()).isEqualTo(1);
            });

    // review due 10 working days after drafting (department) or after publicity (post)
    ReviewWorkflow late = ReviewFixtures.workflow(LocalDate.of(2026, 6, 20));
    assertThat(late.overdue(all))
        .extracting(Overdue::getMeasureId, Overdue::getKind, Overdue::getDueDate)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                POST_MEASURE, OverdueKind.PUBLICITY, LocalDate.of(2026, 6, 8)),
            org.assertj.core.groups.Tuple.tuple(
                POST_MEASURE, OverdueKind.REVIEW, LocalDate.of(2026, 6, 19)),
            org.assertj.core.groups.Tuple.tuple(
                ReviewFixtures.DEPARTMENT_MEASURE, OverdueKind.REVIEW, LocalDate.of(2026, 6, 15)));
  }

  private static Publicity publicity(LocalDate start, LocalDate end) {
    return Publicity.builder().start(start).end(end).range("本科室").build();
  }
}
