package io.github.probity.review;

import static io.github.probity.review.ReviewFixtures.DEPARTMENT_MEASURE;
import static io.github.probity.review.ReviewFixtures.GROUP_MEASURE;
import static io.github.probity.review.ReviewFixtures.LEADER_MEASURE;
import static io.github.probity.review.ReviewFixtures.POST_MEASURE;
import static io.github.probity.review.ReviewFixtures.workflow;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.model.OwnerScope;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ReviewWorkflowTest {
  static final LocalDate DRAFT_DAY = LocalDate.of(2026, 6, 1); // Monday
  static final LocalDate AFTER_PUBLICITY = LocalDate.of(2026, 6, 8); // Monday after
  static final Publicity WEEK =
      Publicity.builder().start(DRAFT_DAY).end(LocalDate.of(2026, 6, 5)).range("全局").build();

  /** The expected table, written out by hand from the plan: scope → state → action → actors. */
  static final Map<OwnerScope, Map<ReviewState, Map<ReviewAction, Set<String>>>> EXPECTED =
      new EnumMap<>(OwnerScope.class);

  static {
    EXPECTED.put(
        OwnerScope.POST,
        Map.of(
            ReviewState.DRAFTED, Map.of(ReviewAction.PUBLICISE, Set.of("P9")),
            ReviewState.PUBLICISED,
                Map.of(ReviewAction.REVIEW, Set.of("P9"), ReviewAction.RETURN, Set.of("P9")),
            ReviewState.REVIEWED,
                Map.of(ReviewAction.FILE, Set.of("P9"), ReviewAction.RETURN, Set.of("P9")),
            ReviewState.RETURNED, Map.of(ReviewAction.REDRAFT, Set.of("P4")),
            ReviewState.FILED, Map.of()));
    EXPECTED.put(OwnerScope.DEPARTMENT, unpublicised("P3", "P2"));
    EXPECTED.put(OwnerScope.LEADER, unpublicised("P2", "P2"));
    EXPECTED.put(OwnerScope.LEADERSHIP_GROUP, unpublicised("P1", "P1"));
  }

  private static Map<ReviewState, Map<ReviewAction, Set<String>>> unpublicised(
      String drafter, String reviewer) {
    return Map.of(
        ReviewState.DRAFTED,
            Map.of(ReviewAction.REVIEW, Set.of(reviewer), ReviewAction.RETURN, Set.of(reviewer)),
        ReviewState.PUBLICISED, Map.of(),
        ReviewState.REVIEWED,
            Map.of(ReviewAction.FILE, Set.of("P9"), ReviewAction.RETURN, Set.of(reviewer, "P9")),
        ReviewState.RETURNED, Map.of(ReviewAction.REDRAFT, Set.of(drafter)),
        ReviewState.FILED, Map.of());
  }

  static final Map<OwnerScope, String> MEASURE =
      Map.of(
          OwnerScope.POST, POST_MEASURE,
          OwnerScope.DEPARTMENT, DEPARTMENT_MEASURE,
          OwnerScope.LEADER, LEADER_MEASURE,
          OwnerScope.LEADERSHIP_GROUP, GROUP_MEASURE);

  static final Map<OwnerScope, String> DRAFTER =
      Map.of(
          OwnerScope.POST, "P4",
          OwnerScope.DEPARTMENT, "P3",
          OwnerScope.LEADER, "P2",
          OwnerScope.LEADERSHIP_GROUP, "P1");

  static final Map<ReviewAction, ReviewState> TARGET =
      Map.of(
          ReviewAction.PUBLICISE, ReviewState.PUBLICISED,
          ReviewAction.REVIEW, ReviewState.REVIEWED,
          ReviewAction.FILE, ReviewState.FILED,
          ReviewAction.RETURN, ReviewState.RETURNED,
          ReviewAction.REDRAFT, ReviewState.DRAFTED);

  static Stream<Arguments> everyTransitionAttempt() {
    List<Arguments> all = new ArrayList<>();
    for (OwnerScope scope : OwnerScope.values()) {
      for (ReviewState state : ReviewState.values()) {
        if (state == ReviewState.PUBLICISED && !ReviewWorkflow.publicityRequired(scope)) {
          continue; // unreachable
        }
        for (ReviewAction action : ReviewAction.values()) {
          if (action == ReviewAction.DRAFT) {
            continue;
          }
          for (String person : ReviewFixtures.PEOPLE) {
            all.add(Arguments.of(scope, state, action, person));
          }
        }
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} {1} {2} by {3}")
  @MethodSource("everyTransitionAttempt")
  void everyTransitionIsAllowedOrRefusedAsThePlanSays(
      OwnerScope scope, ReviewState state, ReviewAction action, String person) {
    ReviewRecord record = reach(scope, state);
    ReviewWorkflow wf = workflow(AFTER_PUBLICITY);
    Map<ReviewAction, Set<String>> allowed = EXPECTED.get(scope).get(state);
    Set<String> actors = allowed.getOrDefault(action, Set.of());

    assertThat(wf.allowedActions(record)).isEqualTo(allowed.keySet());
    assertThat(wf.mayPerform(record, action, person)).isEqualTo(actors.contains(person));
    if (actors.contains(person)) {
      ReviewRecord next = apply(wf, record, action, person);
      assertThat(next.state()).isEqualTo(TARGET.get(action));
      assertThat(next.getTrail()).hasSize(record.getTrail().size() + 1);
      assertThat(next.last().getActor()).isEqualTo(person);
      assertThat(next.last().getAction()).isEqualTo(action);
      assertThat(next.last().getFromState()).contains(state);
      assertThat(next.last().getAt()).isEqualTo(ReviewFixtures.clockAt(AFTER_PUBLICITY).instant());
      assertThat(record.state()).as("the input record is unchanged").isEqualTo(state);
    } else {
      ReviewRefusedException.Reason expected =
          allowed.containsKey(action)
              ? ReviewRefusedException.Reason.WRONG_ACTOR
              : ReviewRefusedException.Reason.ILLEGAL_TRANSITION;
      assertThatThrownBy(() -> apply(wf, record, action, person))
          .isInstanceOfSatisfying(
              ReviewRefusedException.class,
              e -> {
                assertThat(e.getReason()).isEqualTo(expected);
                assertThat(e.getAction()).isEqualTo(action);
                assertThat(e.getState()).contains(state);
                assertThat(e.getMessage()).contains(record.getMeasureId(), action.code());
              });
    }
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(OwnerScope.class)
  void onlyTheOwnerDrafts(OwnerScope scope) {
    ReviewWorkflow wf = workflow(DRAFT_DAY);
    for (String person : ReviewFixtures.PEOPLE) {
      if (person.equals(DRAFTER.get(scope))) {
        ReviewRecord r = wf.draft(MEASURE.get(scope), person, Optional.of("初稿"));
        assertThat(r.state()).isEqualTo(ReviewState.DRAFTED);
        assertThat(r.getTrail())
            .singleElement()
            .satisfies(s -> assertThat(s.getFromState()).isEmpty());
      } else {
        assertThatThrownBy(() -> wf.draft(MEASURE.get(scope), person, Optional.empty()))
            .isInstanceOf(ReviewRefusedException.class)
            .hasMessageContaining("may not DRAFT")
            .hasMessageContaining(DRAFTER.get(scope));
      }
    }
  }

  @Test
  void anUnknownMeasureIsRefused() {
    assertThatThrownBy(() -> workflow(DRAFT_DAY).draft("M-404", "P4", Optional.empty()))
        .isInstanceOfSatisfying(
            ReviewRefusedException.class,
            e -> assertThat(e.getReason()).isEqualTo(ReviewRefusedException.Reason.UNKNOWN_MEASURE))
        .hasMessageContaining("M-404");
  }

  @Test
  void aRecordThatDoesNotMatchTheLedgerIsRefused() {
    ReviewRecord drafted = reach(OwnerScope.DEPARTMENT, ReviewState.DRAFTED);
    ReviewRecord forged =
        ReviewRecord.builder()
            .from(drafted)
            .owner(io.github.probity.model.RiskOwner.leader("P2"))
            .build();

    assertThatThrownBy(() -> workflow(AFTER_PUBLICITY).review(forged, "P2", "同意"))
        .isInstanceOfSatisfying(
            ReviewRefusedException.class,
            e -> assertThat(e.getReason()).isEqualTo(ReviewRefusedException.Reason.UNKNOWN_MEASURE))
        .hasMessageContaining("LEADER:P2");
  }

  @Test
  void reviewWaitsUntilThePublicityPeriodIsOver() {
    ReviewRecord publicised = reach(OwnerScope.POST, ReviewState.PUBLICISED);
    ReviewWorkflow lastDay = workflow(LocalDate.of(2026, 6, 5));

    assertThat(lastDay.mayPerform(publicised, ReviewAction.REVIEW, "P9")).isFalse();
    assertThatThrownBy(() -> lastDay.review(publicised, "P9", "同意"))
        .isInstanceOfSatisfying(
            ReviewRefusedException.class,
            e ->
                assertThat(e.getReason())
                    .isEqualTo(ReviewRefusedException.Reason.PUBLICITY_NOT_ENDED))
        .hasMessageContaining("2026-06-05");
    // a return during publicity (e.g. after objections) is allowed
    assertThat(lastDay.returnForRedraft(publicised, "P9", List.of("群众反映措施不具体")).state())
        .isEqualTo(ReviewState.RETURNED);
  }

  @Test
  void aReturnNeedsReasonsAndRecordsThem() {
    ReviewRecord drafted = reach(OwnerScope.DEPARTMENT, ReviewState.DRAFTED);
    ReviewWorkflow wf = workflow(AFTER_PUBLICITY);

    assertThatThrownBy(() -> wf.returnForRedraft(drafted, "P2", List.of()))
        .isInstanceOfSatisfying(
            ReviewRefusedException.class,
            e -> assertThat(e.getReason()).isEqualTo(ReviewRefusedException.Reason.REASON_MISSING));
    assertThatThrownBy(() -> wf.returnForRedraft(drafted, "P2", List.of(" ")))
        .isInstanceOf(ReviewRefusedException.class);
    ReviewRecord returned = wf.returnForRedraft(drafted, "P2", List.of("措施针对性不强", "缺少时限"));
    assertThat(returned.last().getReasons()).containsExactly("措施针对性不强", "缺少时限");
  }

  @Test
  void aFullPersonalTrailRecordsEveryStep() {
    ReviewRecord filed = reach(OwnerScope.POST, ReviewState.FILED);

    assertThat(filed.getTrail())
        .extracting(ReviewStep::getAction)
        .containsExactly(
            ReviewAction.DRAFT, ReviewAction.PUBLICISE, ReviewAction.REVIEW, ReviewAction.FILE);
    assertThat(filed.getTrail())
        .extracting(ReviewStep::getActor)
        .containsExactly("P4", "P9", "P9", "P9");
    assertThat(filed.lastStep(ReviewAction.REVIEW).flatMap(ReviewStep::getOpinion))
        .contains("同意备案");
    assertThat(filed.publicity()).contains(WEEK);
    assertThat(filed.getRiskPointId()).isEqualTo("RP-P");
  }

  @Test
  void aRedraftClearsTheCurrentPublicity() {
    ReviewRecord returned =
        workflow(AFTER_PUBLICITY)
            .returnForRedraft(reach(OwnerScope.POST, ReviewState.PUBLICISED), "P9", List.of("不具体"));
    assertThat(returned.publicity()).contains(WEEK);
    ReviewRecord redrafted = workflow(AFTER_PUBLICITY).redraft(returned, "P4", Optional.of("已细化"));
    assertThat(redrafted.publicity()).isEmpty();
    assertThat(redrafted.state()).isEqualTo(ReviewState.DRAFTED);
  }

  @Test
  void listenersHearEveryTransition() {
    List<ReviewStep> heard = new ArrayList<>();
    ReviewWorkflow wf = workflow(DRAFT_DAY).withListener((record, step) -> heard.add(step));
    ReviewRecord r = wf.draft(DEPARTMENT_MEASURE, "P3", Optional.empty());
    r = wf.review(r, "P2", "同意");
    r = wf.file(r, "P9", Optional.empty());

    assertThat(heard).containsExactlyElementsOf(r.getTrail());
  }

  @Test
  void recordsRejectInconsistentTrails() {
    ReviewRecord drafted = reach(OwnerScope.POST, ReviewState.DRAFTED);
    ReviewStep fileStep =
        ReviewStep.builder()
            .action(ReviewAction.FILE)
            .fromState(ReviewState.REVIEWED)
            .toState(ReviewState.FILED)
            .actor("P9")
            .at(drafted.last().getAt())
            .build();
    assertThatThrownBy(() -> ReviewRecord.builder().from(drafted).addTrail(fileStep).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts from REVIEWED");
  }

  /** Reaches a state by legal steps with the right actors. */
  static ReviewRecord reach(OwnerScope scope, ReviewState state) {
    ReviewWorkflow draftDay = workflow(DRAFT_DAY);
    ReviewWorkflow later = workflow(AFTER_PUBLICITY);
    ReviewRecord r = draftDay.draft(MEASURE.get(scope), DRAFTER.get(scope), Optional.empty());
    if (state == ReviewState.DRAFTED) {
      return r;
    }
    boolean publicity = ReviewWorkflow.publicityRequired(scope);
    if (publicity) {
      r = draftDay.publicise(r, "P9", WEEK, Optional.empty());
      if (state == ReviewState.PUBLICISED) {
        return r;
      }
    }
    String reviewer =
        EXPECTED.get(scope).get(ReviewState.DRAFTED).containsKey(ReviewAction.REVIEW)
            ? EXPECTED
                .get(scope)
                .get(ReviewState.DRAFTED)
                .get(ReviewAction.REVIEW)
                .iterator()
                .next()
            : "P9";
    if (state == ReviewState.RETURNED) {
      return later.returnForRedraft(r, reviewer, List.of("需修改"));
    }
    r = later.review(r, reviewer, "同意备案");
    if (state == ReviewState.REVIEWED) {
      return r;
    }
    return later.file(r, "P9", Optional.empty());
  }

  static ReviewRecord apply(ReviewWorkflow wf, ReviewRecord r, ReviewAction action, String actor) {
    switch (action) {
      case PUBLICISE:
        return wf.publicise(r, actor, WEEK, Optional.empty());
      case REVIEW:
        return wf.review(r, actor, "同意");
      case FILE:
        return wf.file(r, actor, Optional.empty());
      case RETURN:
        return wf.returnForRedraft(r, actor, List.of("需修改"));
      case REDRAFT:
        return wf.redraft(r, actor, Optional.empty());
      default:
        throw new AssertionError(action);
    }
  }
}
