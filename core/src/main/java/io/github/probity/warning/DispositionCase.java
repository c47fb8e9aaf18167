package io.github.probity.warning;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The disposition case (处置案件) of one warning: its state, the ladder it follows, the steps issued
 * with their deadlines, and the record of every transition.
 *
 * <p>States: {@link CaseState#PENDING} → (ACCEPT) {@link CaseState#IN_PROGRESS} → (VERIFY, issues
 * the ladder's first step) {@link CaseState#VERIFIED} → (RECTIFY) {@link CaseState#RECTIFIED} →
 * (ARCHIVE) {@link CaseState#ARCHIVED}; CLEAR from pending or in progress to {@link
 * CaseState#CLEARED} (untrue, record kept). REJECT (failed rectification) returns from rectified to
 * verified and ESCALATE (the current step overdue) stays verified; both escalate: the next step of
 * the ladder with the level raised one; past the last step the step is ordered again (round 2);
 * when that fails too, the level is raised and accountability (追责) is triggered, after which the
 * case escalates no further. Archived and cleared cases are final.
 *
 * <p>Transitions return a new value and append a {@link CaseEvent} (actor, time from the clock,
 * note); a refused one throws {@link IllegalCaseTransitionException}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DispositionCase {
  DispositionCase() {}

  /** {@return the case id, {@code "CASE:" + warning id}} */
  public abstract String getId();

  /** {@return the warning the case handles} */
  public abstract Warning getWarning();

  /** {@return the ladder the case follows (the warning's by default)} */
  public abstract DispositionLadder getLadder();

  /** {@return the policy whose reply deadlines apply} */
  public abstract WarningPolicy getPolicy();

  /** {@return the current state} */
  public abstract CaseState getState();

  /** {@return the current warning level (the warning's, raised by escalations)} */
  public abstract WarningLevel getLevel();

  /**
   * Returns the steps issued, oldest first; the last is the one in force.
   *
   * @return the steps
   */
  public abstract List<Disposition> getDispositions();

  /**
   * Returns the record of transitions, oldest first, starting with the opening.
   *
   * @return the events
   */
  public abstract List<CaseEvent> getHistory();

  /** {@return the escalations, oldest first} */
  public abstract List<Escalation> getEscalations();

  /**
   * Tells whether accountability (追责) has been triggered.
   *
   * @return {@code true} once triggered
   */
  @Value.Default
  public boolean isAccountability() {
    return false;
  }

  /**
   * Returns the step in force, if one has been issued.
   *
   * @return the current step
   */
  public Optional<Disposition> current() {
    List<Disposition> d = getDispositions();
    return d.isEmpty() ? Optional.empty() : Optional.of(d.get(d.size() - 1));
  }

  /**
   * Tells whether the step in force awaits its reply past its deadline.
   *
   * @param now the time to judge at
   * @return {@code true} if the case is verified and its step overdue
   */
  public boolean isOverdue(Instant now) {
    return getState() == CaseState.VERIFIED && current().map(d -> d.isOverdue(now)).orElse(false);
  }

  /**
   * Returns the deadline light of the step awaiting a reply.
   *
   * @param now the time to judge at
   * @return the light, or empty when no step awaits a reply
   */
  public Optional<DeadlineLight> light(Instant now) {
    if (getState() != CaseState.VERIFIED) {
      return Optional.empty();
    }
    return current().map(d -> d.light(now));
  }

  /**
   * Tells whether an action is allowed now.
   *
   * @param action the action
   * @param now the time to judge at (ESCALATE needs an overdue step)
   * @return {@code true} if {@link #apply} would accept it
   */
  public boolean isAllowed(CaseAction action, Instant now) {
    return refusal(action, now).isEmpty();
  }

  private Optional<String> refusal(CaseAction action, Instant now) {
    CaseState s = getState();
    switch (action) {
      case ACCEPT:
        return s == CaseState.PENDING ? Optional.empty() : Optional.of("only a pending case");
      case VERIFY:
        return s == CaseState.IN_PROGRESS
            ? Optional.empty()
            : Optional.of("only a case in progress");
      case CLEAR:
        return s == CaseState.PENDING || s == CaseState.IN_PROGRESS
            ? Optional.empty()
            : Optional.of("only a pending case or one in progress");
      case RECTIFY:
        return s == CaseState.VERIFIED ? Optional.empty() : Optional.of("only a verified case");
      case REJECT:
        if (s != CaseState.RECTIFIED) {
          return Optional.of("only a rectified case");
        }
        return isAccountability()
            ? Optional.of("accountability already triggered")
            : Optional.empty();
      case ESCALATE:
        if (s != CaseState.VERIFIED) {
          return Optional.of("only a verified case");
        }
        if (isAccountability()) {
          return Optional.of("accountability already triggered");
        }
        return isOverdue(now) ? Optional.empty() : Optional.of("the step is not overdue");
      case ARCHIVE:
        return s == CaseState.RECTIFIED ? Optional.empty() : Optional.of("only a rectified case");
      default:
        return Optional.of("a case is opened only once");
    }
  }

  /**
   * Applies an action and returns the new case, with the transition recorded.
   *
   * @param action the action
   * @param actor who acts (a person id or a system name)
   * @param clock the clock for the time
   * @param note the note (the handler's measures, or a reason), possibly empty
   * @return the new case
   * @throws IllegalCaseTransitionException if the action is not allowed in the current state
   */
  public DispositionCase apply(CaseAction action, String actor, Clock clock, String note) {
    Instant now = clock.instant();
    Optional<String> refused = refusal(action, now);
    if (refused.isPresent()) {
      throw new IllegalCaseTransitionException(getId(), getState(), action, refused.get());
    }
    Builder b = builder().from(this);
    CaseState to;
    switch (action) {
      case ACCEPT:
        to = CaseState.IN_PROGRESS;
        break;
      case VERIFY:
        to = CaseState.VERIFIED;
        b.addDispositions(issue(getLadder().steps().get(0), now, 1));
        break;
      case CLEAR:
        to = CaseState.CLEARED;
        break;
      case RECTIFY:
        to = CaseState.RECTIFIED;
        b.dispositions(
            replaceCurrent(
                Disposition.builder().from(current().orElseThrow()).repliedAt(now).build()));
        break;
      case ARCHIVE:
        to = CaseState.ARCHIVED;
        break;
      case REJECT:
        to = CaseState.VERIFIED;
        escalate(b, now, note.isEmpty() ? "整改不到位" : "整改不到位：" + note);
        break;
      default: // ESCALATE
        to = CaseState.VERIFIED;
        escalate(b, now, note.isEmpty() ? "逾期未回复" : note);
        break;
    }
    b.state(to);
    b.addHistory(
        CaseEvent.builder()
            .action(action)
            .fromState(getState())
            .toState(to)
            .actor(actor)
            .time(now)
            .note(note)
            .build());
    return b.build();
  }

  /**
   * Escalates the case if its step is overdue.
   *
   * @param actor who escalates, e.g. a system name
   * @param clock the clock for the time
   * @return the escalated case, or empty if it is not overdue or already handed over
   */
  public Optional<DispositionCase> escalateIfOverdue(String actor, Clock clock) {
    if (!isAllowed(CaseAction.ESCALATE, clock.instant())) {
      return Optional.empty();
    }
    return Optional.of(apply(CaseAction.ESCALATE, actor, clock, "逾期未回复"));
  }

  private void escalate(Builder b, Instant now, String reason) {
    List<DispositionMeasure> steps = getLadder().steps();
    Disposition cur = current().orElseThrow();
    int index = steps.indexOf(cur.getMeasure());
    WarningLevel level = getLevel();
    DispositionMeasure next = cur.getMeasure();
    boolean accountability = false;
    if (index < steps.size() - 1) {
      next = steps.get(index + 1);
      b.addDispositions(issue(next, now, 1));
      level = level.raised();
    } else if (cur.getRound() == 1) {
      b.addDispositions(issue(next, now, 2));
    } else {
      level = level.raised();
      accountability = true;
      b.accountability(true);
    }
    b.level(level);
    b.addEscalations(
        Escalation.builder()
            .caseId(getId())
            .time(now)
            .reason(reason)
            .fromMeasure(cur.getMeasure())
            .toMeasure(next)
            .fromLevel(getLevel())
            .toLevel(level)
            .accountability(accountability)
            .build());
  }

  private Disposition issue(DispositionMeasure m, Instant now, int round) {
    return Disposition.builder()
        .measure(m)
        .issuedAt(now)
        .dueAt(now.plus(Duration.ofDays(getPolicy().replyDays(m))))
        .round(round)
        .build();
  }

  private List<Disposition> replaceCurrent(Disposition replaced) {
    List<Disposition> d = new ArrayList<>(getDispositions());
    d.set(d.size() - 1, replaced);
    return d;
  }

  /**
   * Opens the case for a warning, pending, on the warning's ladder and level.
   *
   * @param warning the warning
   * @param policy the policy whose reply deadlines apply
   * @param actor who opens it
   * @param clock the clock for the time
   * @return the new case
   */
  public static DispositionCase open(
      Warning warning, WarningPolicy policy, String actor, Clock clock) {
    return builder()
        .id("CASE:" + warning.getId())
        .warning(warning)
        .ladder(warning.getLadder())
        .policy(policy)
        .state(CaseState.PENDING)
        .level(warning.getLevel())
        .addHistory(
            CaseEvent.builder()
                .action(CaseAction.OPEN)
                .fromState(CaseState.PENDING)
                .toState(CaseState.PENDING)
                .actor(actor)
                .time(clock.instant())
                .note(warning.getReason())
                .build())
        .build();
  }

  /**
   * Rebuilds a case from storage by replaying its recorded history: the opening, then each
   * transition applied at its recorded time by its recorded actor with its note. The steps issued,
   * their deadlines (from the policy's reply days), the level, the escalations and the
   * accountability flag all follow from the history, so the result equals the case that was stored
   * when the same policy is given.
   *
   * <p>The history must be legal: it starts with one {@link CaseAction#OPEN} event (待处理 → 待处理) and
   * holds no other; each later event starts from the state the one before ended in, is allowed
   * there (an escalation needs a step overdue at its time), and ends in the state the transition
   * leads to; times never go backwards.
   *
   * @param warning the warning the case handles; its ladder and level are the case's start
   * @param policy the policy whose reply deadlines apply
   * @param history the recorded transitions, oldest first
   * @return the case
   * @throws InvalidCaseHistoryException if the history is not a legal sequence; the message names
   *     the event and why
   */
  public static DispositionCase restore(
      Warning warning, WarningPolicy policy, List<CaseEvent> history) {
    String id = "CASE:" + warning.getId();
    if (history.isEmpty()) {
      throw new InvalidCaseHistoryException(id, -1, "the history is empty; it starts with OPEN");
    }
    CaseEvent first = history.get(0);
    if (first.getAction() != CaseAction.OPEN
        || first.getFromState() != CaseState.PENDING
        || first.getToState() != CaseState.PENDING) {
      throw new InvalidCaseHistoryException(
          id, 0, "the first event must be OPEN from PENDING to PENDING, was " + describe(first));
    }
    DispositionCase c =
        builder()
            .id(id)
            .warning(warning)
            .ladder(warning.getLadder())
            .policy(policy)
            .state(CaseState.PENDING)
            .level(warning.getLevel())
            .addHistory(first)
            .build();
    for (int i = 1; i < history.size(); i++) {
      CaseEvent e = history.get(i);
      Instant previous = history.get(i - 1).getTime();
      if (e.getTime().isBefore(previous)) {
        throw new InvalidCaseHistoryException(
            id, i, "its time " + e.getTime() + " is before the previous event's " + previous);
      }
      if (e.getAction() == CaseAction.OPEN) {
        throw new InvalidCaseHistoryException(id, i, "a case is opened only once");
      }
      if (e.getFromState() != c.getState()) {
        throw new InvalidCaseHistoryException(
            id,
            i,
            describe(e)
                + " starts from "
                + e.getFromState()
                + " but the case is in "
                + c.getState());
      }
      DispositionCase next;
      try {
        next =
            c.apply(
                e.getAction(),
                e.getActor(),
                Clock.fixed(e.getTime(), java.time.ZoneOffset.UTC),
                e.getNote());
      } catch (IllegalCaseTransitionException ex) {
        throw new InvalidCaseHistoryException(id, i, String.valueOf(ex.getMessage()));
      }
      if (next.getState() != e.getToState()) {
        throw new InvalidCaseHistoryException(
            id, i, describe(e) + " ends in " + e.getToState() + " but leads to " + next.getState());
      }
      c = next;
    }
    return c;
  }

  private static String describe(CaseEvent e) {
    return e.getAction().code() + " (" + e.getFromState() + " → " + e.getToState() + ")";
  }

  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DispositionCase}; use {@link #open} instead. */
  static final class Builder extends ImmutableDispositionCase.Builder {
    Builder() {}
  }
}
