package io.github.probity.review;

import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Post;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Moves measures' review records through their states, checking each transition and its actor
 * against the risk owner's scope, and answers which records await whom and which are overdue.
 *
 * <p>The transitions are:
 *
 * <table>
 *   <caption>Transitions and actors by owner scope</caption>
 *   <tr><th>action</th><th>from → to</th><th>post (个人)</th><th>department (科室)</th>
 *       <th>leader (班子成员)</th><th>leadership group (领导班子)</th></tr>
 *   <tr><td>DRAFT, REDRAFT</td><td>— or RETURNED → DRAFTED</td><td>a post holder</td>
 *       <td>the department head, for the department collectively</td><td>the leader</td>
 *       <td>the principal leader, for the group (any leader if none is marked)</td></tr>
 *   <tr><td>PUBLICISE</td><td>DRAFTED → PUBLICISED</td><td>the party organisation</td>
 *       <td colspan="3">not a transition: no publicity</td></tr>
 *   <tr><td>REVIEW</td><td>PUBLICISED (after the period) or DRAFTED (no publicity) →
 *       REVIEWED</td><td>the party organisation (审核)</td>
 *       <td>the supervising leader (把关)</td><td>the leader</td><td>as for drafting</td></tr>
 *   <tr><td>RETURN</td><td>whence REVIEW is allowed, or REVIEWED → RETURNED</td>
 *       <td colspan="4">who may review; from REVIEWED also the party organisation</td></tr>
 *   <tr><td>FILE</td><td>REVIEWED → FILED</td><td colspan="4">the party organisation (备案), which
 *       keeps the ledger</td></tr>
 * </table>
 *
 * <p>Anything else is refused with a {@link ReviewRefusedException}. Each transition returns a new
 * record with one more {@link ReviewStep}, timed by the injected clock, and is passed to the
 * listeners. Dates are taken in the clock's zone. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ReviewWorkflow {
  private final Ledger ledger;
  private final ReviewPolicy policy;
  private final Clock clock;
  private final List<ReviewListener> listeners;
  private final Map<String, RiskPoint> pointOfMeasure;

  private ReviewWorkflow(
      Ledger ledger,
      ReviewPolicy policy,
      Clock clock,
      List<ReviewListener> listeners,
      Map<String, RiskPoint> pointOfMeasure) {
    this.ledger = ledger;
    this.policy = policy;
    this.clock = clock;
    this.listeners = List.copyOf(listeners);
    this.pointOfMeasure = pointOfMeasure;
  }

  /**
   * Returns a workflow over a ledger.
   *
   * @param ledger the ledger whose measures are reviewed and whose people act
   * @param policy the unit's review policy
   * @param clock the source of time for every step
   * @return the workflow
   */
  public static ReviewWorkflow of(Ledger ledger, ReviewPolicy policy, Clock clock) {
    Map<String, RiskPoint> points = new HashMap<>();
    for (RiskPoint rp : ledger.getRiskPoints()) {
      for (Measure m : rp.getMeasures()) {
        points.put(m.getId(), rp);
      }
    }
    return new ReviewWorkflow(ledger, policy, clock, List.of(), Map.copyOf(points));
  }

  /**
   * Returns a workflow that also tells the given listener of every transition.
   *
   * @param listener the listener
   * @return a new workflow; this one is unchanged
   */
  public ReviewWorkflow withListener(ReviewListener listener) {
    List<ReviewListener> all = new ArrayList<>(listeners);
    all.add(listener);
    return new ReviewWorkflow(ledger, policy, clock, all, pointOfMeasure);
  }

  /** {@return the policy in force} */
  public ReviewPolicy policy() {
    return policy;
  }

  /**
   * Tells whether measures of the given scope are publicised before review: only personal ones.
   *
   * @param scope an owner scope
   * @return {@code true} for {@link OwnerScope#POST}
   */
  public static boolean publicityRequired(OwnerScope scope) {
    return scope == OwnerScope.POST;
  }

  /**
   * Returns the person ids who may perform an action for an owner's measures, whatever the state.
   *
   * @param owner the risk owner
   * @param action the action
   * @return the person ids, sorted and unmodifiable; empty if nobody may (e.g. no head recorded, or
   *     no publicity)
   */
  public Set<String> actors(RiskOwner owner, ReviewAction action) {
    Set<String> ids = new TreeSet<>();
    switch (action) {
      case DRAFT:
      case REDRAFT:
        ids.addAll(drafters(owner));
        break;
      case PUBLICISE:
        if (publicityRequired(owner.getScope())) {
          ids.addAll(policy.getPartyOrganisation());
        }
        break;
      case REVIEW:
        ids.addAll(reviewers(owner));
        break;
      case RETURN:
        ids.addAll(reviewers(owner));
        ids.addAll(policy.getPartyOrganisation());
        break;
      default:
        ids.addAll(policy.getPartyOrganisation());
        break;
    }
    return Collections.unmodifiableSet(ids);
  }

  /**
   * Returns the actions that are transitions from the record's state for its owner's scope,
   * regardless of actor and dates.
   *
   * @param record a review record
   * @return the actions, unmodifiable, possibly empty (once filed)
   */
  public Set<ReviewAction> allowedActions(ReviewRecord record) {
    return Collections.unmodifiableSet(allowed(record.state(), record.getOwner().getScope()));
  }

  /**
   * Tells whether a person may perform an action on a record now: it is a transition from its
   * state, the person is one of its actors and, for a review after publicity, the period is over.
   *
   * @param record a review record
   * @param action an action
   * @param personId a person id
   * @return {@code true} if the action's method would accept it from this person now
   */
  public boolean mayPerform(ReviewRecord record, ReviewAction action, String personId) {
    return allowedActions(record).contains(action)
        && actorsNow(record, action).contains(personId)
        && (action != ReviewAction.REVIEW || publicityOver(record));
  }

  /**
   * Drafts a measure of the ledger: starts its review record.
   *
   * @param measureId the measure's id
   * @param actor the drafter's person id
   * @param opinion a note by the drafter, if any
   * @return the new record, {@link ReviewState#DRAFTED}
   * @throws ReviewRefusedException if the measure is unknown or the actor may not draft it
   */
  public ReviewRecord draft(String measureId, String actor, Optional<String> opinion) {
    RiskPoint point = pointOfMeasure.get(measureId);
    if (point == null) {
      throw new ReviewRefusedException(
          ReviewRefusedException.Reason.UNKNOWN_MEASURE,
          ReviewAction.DRAFT,
          Optional.empty(),
          "Cannot draft measure '" + measureId + "': it is not in the ledger");
    }
    Set<String> drafters = actors(point.getOwner(), ReviewAction.DRAFT);
    if (!drafters.contains(actor)) {
      throw wrongActor(
          measureId, point.getOwner(), ReviewAction.DRAFT, Optional.empty(), actor, drafters);
    }
    ReviewStep step =
        ReviewStep.builder()
            .action(ReviewAction.DRAFT)
            .toState(ReviewState.DRAFTED)
            .actor(actor)
            .at(clock.instant())
            .opinion(opinion)
            .build();
    ReviewRecord record =
        ReviewRecord.builder()
            .measureId(measureId)
            .riskPointId(point.getId())
            .owner(point.getOwner())
            .addTrail(step)
            .build();
    notifyListeners(record, step);
    return record;
  }

  /**
   * Publicises a drafted personal measure for a period within a range.
   *
   * @param record the record, {@link ReviewState#DRAFTED}
   * @param actor who publicises, for the party organisation
   * @param publicity the period and range
   * @param opinion a note, if any
   * @return the new record, {@link ReviewState#PUBLICISED}
   * @throws ReviewRefusedException if refused, also when the period has fewer working days than the
   *     policy's minimum
   */
  public ReviewRecord publicise(
      ReviewRecord record, String actor, Publicity publicity, Optional<String> opinion) {
    check(record, ReviewAction.PUBLICISE, actor);
    int days = policy.getCalendar().workingDaysBetween(publicity.getStart(), publicity.getEnd());
    if (days < policy.getMinimumPublicityDays()) {
      throw new ReviewRefusedException(
          ReviewRefusedException.Reason.PUBLICITY_TOO_SHORT,
          ReviewAction.PUBLICISE,
          Optional.of(record.state()),
          "Cannot publicise measure '"
              + record.getMeasureId()
              + "' from "
              + publicity.getStart()
              + " to "
              + publicity.getEnd()
              + ": "
              + days
              + " working day(s), the minimum is "
              + policy.getMinimumPublicityDays());
    }
    return step(
        record,
        ReviewAction.PUBLICISE,
        ReviewState.PUBLICISED,
        actor,
        opinion,
        List.of(),
        Optional.of(publicity));
  }

  /**
   * Reviews (审核) or signs off (把关) a measure.
   *
   * @param record the record, {@link ReviewState#PUBLICISED} after its period, or {@link
   *     ReviewState#DRAFTED} where no publicity is needed
   * @param actor the reviewer
   * @param opinion the review opinion
   * @return the new record, {@link ReviewState#REVIEWED}
   * @throws ReviewRefusedException if refused, also while the publicity period lasts
   */
  public ReviewRecord review(ReviewRecord record, String actor, String opinion) {
    check(record, ReviewAction.REVIEW, actor);
    if (!publicityOver(record)) {
      LocalDate end = record.publicity().map(Publicity::getEnd).orElse(LocalDate.MAX);
      throw new ReviewRefusedException(
          ReviewRefusedException.Reason.PUBLICITY_NOT_ENDED,
          ReviewAction.REVIEW,
          Optional.of(record.state()),
          "Cannot review measure '"
              + record.getMeasureId()
              + "' before its publicity ends on "
              + end
              + " (today is "
              + today()
              + ")");
    }
    return step(
        record,
        ReviewAction.REVIEW,
        ReviewState.REVIEWED,
        actor,
        Optional.of(opinion),
        List.of(),
        Optional.empty());
  }

  /**
   * Files (备案) a reviewed measure.
   *
   * @param record the record, {@link ReviewState#REVIEWED}
   * @param actor who files, for the party organisation
   * @param opinion a note, if any
   * @return the new record, {@link ReviewState#FILED}
   * @throws ReviewRefusedException if refused
   */
  public ReviewRecord file(ReviewRecord record, String actor, Optional<String> opinion) {
    check(record, ReviewAction.FILE, actor);
    return step(
        record, ReviewAction.FILE, ReviewState.FILED, actor, opinion, List.of(), Optional.empty());
  }

  /**
   * Returns a measure for redrafting, with reasons.
   *
   * @param record the record
   * @param actor who returns it
   * @param reasons why, at least one non-blank reason
   * @return the new record, {@link ReviewState#RETURNED}
   * @throws ReviewRefusedException if refused, also without a reason
   */
  public ReviewRecord returnForRedraft(ReviewRecord record, String actor, List<String> reasons) {
    check(record, ReviewAction.RETURN, actor);
    if (reasons.isEmpty() || reasons.stream().anyMatch(String::isBlank)) {
      throw new ReviewRefusedException(
          ReviewRefusedException.Reason.REASON_MISSING,
          ReviewAction.RETURN,
          Optional.of(record.state()),
          "Cannot return measure '"
              + record.getMeasureId()
              + "' without reasons: give at least one, none blank");
    }
    return step(
        record,
        ReviewAction.RETURN,
        ReviewState.RETURNED,
        actor,
        Optional.empty(),
        reasons,
        Optional.empty());
  }

  /**
   * Redrafts a returned measure; the revised text goes into the ledger.
   *
   * @param record the record, {@link ReviewState#RETURNED}
   * @param actor the drafter
   * @param opinion what was changed, if stated
   * @return the new record, {@link ReviewState#DRAFTED}
   * @throws ReviewRefusedException if refused
   */
  public ReviewRecord redraft(ReviewRecord record, String actor, Optional<String> opinion) {
    check(record, ReviewAction.REDRAFT, actor);
    return step(
        record,
        ReviewAction.REDRAFT,
        ReviewState.DRAFTED,
        actor,
        opinion,
        List.of(),
        Optional.empty());
  }

  /**
   * Returns the records on which the given person may now review, sign off or file: the ones
   * awaiting that person's review.
   *
   * @param records review records
   * @param personId a person id
   * @return the records, in the given order
   */
  public List<ReviewRecord> awaitingReviewBy(Collection<ReviewRecord> records, String personId) {
    List<ReviewRecord> out = new ArrayList<>();
    for (ReviewRecord r : records) {
      if (mayPerform(r, ReviewAction.REVIEW, personId)
          || mayPerform(r, ReviewAction.FILE, personId)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Returns the records whose publicity, review or filing is overdue today, by the policy's due
   * periods in working days.
   *
   * @param records review records
   * @return one entry per late record, in the given order
   */
  public List<Overdue> overdue(Collection<ReviewRecord> records) {
    LocalDate today = today();
    WorkingCalendar cal = policy.getCalendar();
    List<Overdue> out = new ArrayList<>();
    for (ReviewRecord r : records) {
      LocalDate since = r.since(clock.getZone());
      boolean publicity = publicityRequired(r.getOwner().getScope());
      Optional<OverdueKind> kind = Optional.empty();
      LocalDate due = LocalDate.MAX;
      switch (r.state()) {
        case DRAFTED:
          if (publicity) {
            kind = Optional.of(OverdueKind.PUBLICITY);
            due = cal.lastDayOf(since.plusDays(1), policy.getPublicityDueDays());
          } else {
            kind = Optional.of(OverdueKind.REVIEW);
            due = cal.lastDayOf(since.plusDays(1), policy.getReviewDueDays());
          }
          break;
        case PUBLICISED:
          LocalDate end = r.publicity().map(Publicity::getEnd).orElse(since);
          kind = Optional.of(OverdueKind.REVIEW);
          due = cal.lastDayOf(end.plusDays(1), policy.getReviewDueDays());
          break;
        case REVIEWED:
          kind = Optional.of(OverdueKind.FILING);
          due = cal.lastDayOf(since.plusDays(1), policy.getReviewDueDays());
          break;
        default:
          break;
      }
      if (kind.isPresent() && today.isAfter(due)) {
        out.add(
            Overdue.builder()
                .measureId(r.getMeasureId())
                .kind(kind.get())
                .dueDate(due)
                .daysLate(ChronoUnit.DAYS.between(due, today))
                .build());
      }
    }
    return out;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private boolean publicityOver(ReviewRecord record) {
    if (record.state() != ReviewState.PUBLICISED) {
      return true;
    }
    return record.publicity().map(p -> today().isAfter(p.getEnd())).orElse(true);
  }

  private static Set<ReviewAction> allowed(ReviewState state, OwnerScope scope) {
    boolean publicity = publicityRequired(scope);
    switch (state) {
      case DRAFTED:
        return publicity
            ? EnumSet.of(ReviewAction.PUBLICISE)
            : EnumSet.of(ReviewAction.REVIEW, ReviewAction.RETURN);
      case PUBLICISED:
        return EnumSet.of(ReviewAction.REVIEW, ReviewAction.RETURN);
      case REVIEWED:
        return EnumSet.of(ReviewAction.FILE, ReviewAction.RETURN);
      case RETURNED:
        return EnumSet.of(ReviewAction.REDRAFT);
      default:
        return EnumSet.noneOf(ReviewAction.class);
    }
  }

  /**
   * The actors for an action from the record's current state: a return before review is the
   * reviewers' only.
   */
  private Set<String> actorsNow(ReviewRecord record, ReviewAction action) {
    if (action == ReviewAction.RETURN && record.state() != ReviewState.REVIEWED) {
      return new TreeSet<>(reviewers(record.getOwner()));
    }
    return actors(record.getOwner(), action);
  }

  private void check(ReviewRecord record, ReviewAction action, String actor) {
    RiskPoint point = pointOfMeasure.get(record.getMeasureId());
    if (point == null
        || !point.getId().equals(record.getRiskPointId())
        || !point.getOwner().equals(record.getOwner())) {
      throw new ReviewRefusedException(
          ReviewRefusedException.Reason.UNKNOWN_MEASURE,
          action,
          Optional.of(record.state()),
          "Cannot "
              + action.code()
              + " measure '"
              + record.getMeasureId()
              + "' of risk point "
              + record.getRiskPointId()
              + " owned by "
              + record.getOwner()
              + ": the ledger has no such measure of that point and owner");
    }
    Set<ReviewAction> allowed = allowedActions(record);
    if (!allowed.contains(action)) {
      throw new ReviewRefusedException(
          ReviewRefusedException.Reason.ILLEGAL_TRANSITION,
          action,
          Optional.of(record.state()),
          "Cannot "
              + action.code()
              + " ("
              + action.displayName()
              + ") measure '"
              + record.getMeasureId()
              + "' of "
              + record.getOwner().getScope().displayName()
              + " "
              + record.getOwner().getId()
              + " in state "
              + record.state().code()
              + " ("
              + record.state().displayName()
              + "); allowed: "
              + (allowed.isEmpty() ? "none" : allowed.toString()));
    }
    Set<String> who = actorsNow(record, action);
    if (!who.contains(actor)) {
      throw wrongActor(
          record.getMeasureId(),
          record.getOwner(),
          action,
          Optional.of(record.state()),
          actor,
          who);
    }
  }

  private ReviewRefusedException wrongActor(
      String measureId,
      RiskOwner owner,
      ReviewAction action,
      Optional<ReviewState> state,
      String actor,
      Set<String> allowed) {
    return new ReviewRefusedException(
        ReviewRefusedException.Reason.WRONG_ACTOR,
        action,
        state,
        "Person '"
            + actor
            + "' may not "
            + action.code()
            + " ("
            + action.displayName()
            + ") measure '"
            + measureId
            + "' of "
            + owner.getScope().displayName()
            + " "
            + owner.getId()
            + "; "
            + (allowed.isEmpty()
                ? "nobody may, as the ledger records no one for it"
                : "may: " + allowed));
  }

  private ReviewRecord step(
      ReviewRecord record,
      ReviewAction action,
      ReviewState to,
      String actor,
      Optional<String> opinion,
      List<String> reasons,
      Optional<Publicity> publicity) {
    ReviewStep step =
        ReviewStep.builder()
            .action(action)
            .fromState(record.state())
            .toState(to)
            .actor(actor)
            .at(clock.instant())
            .opinion(opinion)
            .reasons(reasons)
            .publicity(publicity)
            .build();
    ReviewRecord next = ReviewRecord.builder().from(record).addTrail(step).build();
    notifyListeners(next, step);
    return next;
  }

  private void notifyListeners(ReviewRecord record, ReviewStep step) {
    for (ReviewListener l : listeners) {
      l.onTransition(record, step);
    }
  }

  private Set<String> drafters(RiskOwner owner) {
    Set<String> ids = new LinkedHashSet<>();
    switch (owner.getScope()) {
      case POST:
        ledger.post(owner.getId()).map(Post::getHolders).ifPresent(ids::addAll);
        break;
      case DEPARTMENT:
        ledger.department(owner.getId()).flatMap(Department::getHead).ifPresent(ids::add);
        break;
      case LEADER:
        ledger.getLeadershipGroup().leader(owner.getId()).ifPresent(l -> ids.add(l.getPersonId()));
        break;
      default:
        ids.addAll(groupActors());
        break;
    }
    return ids;
  }

  private Set<String> reviewers(RiskOwner owner) {
    Set<String> ids = new LinkedHashSet<>();
    switch (owner.getScope()) {
      case POST:
        ids.addAll(policy.getPartyOrganisation());
        break;
      case DEPARTMENT:
        Optional<String> leader =
            ledger.department(owner.getId()).flatMap(Department::getSupervisingLeader);
        if (leader.isPresent()) {
          ids.add(leader.get());
        } else {
          for (Leader l : ledger.getLeadershipGroup().getLeaders()) {
            if (l.getSupervisedDepartments().contains(owner.getId())) {
              ids.add(l.getPersonId());
            }
          }
        }
        break;
      case LEADER:
        ledger.getLeadershipGroup().leader(owner.getId()).ifPresent(l -> ids.add(l.getPersonId()));
        break;
      default:
        ids.addAll(groupActors());
        break;
    }
    return ids;
  }

  private Set<String> groupActors() {
    Set<String> ids = new LinkedHashSet<>();
    Optional<Leader> principal = ledger.getLeadershipGroup().principal();
    if (principal.isPresent()) {
      ids.add(principal.get().getPersonId());
    } else {
      ledger.getLeadershipGroup().getLeaders().forEach(l -> ids.add(l.getPersonId()));
    }
    return ids;
  }
}
