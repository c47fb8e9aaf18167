package io.github.probity.warning;

import io.github.probity.grading.SupervisionAssignment;
import io.github.probity.grading.SupervisorRole;
import io.github.probity.model.Department;
import io.github.probity.model.Effectiveness;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Evidence;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Supervision responsibility by level (分级监督): who supervises each risk point and how often it is
 * reviewed, and which reviews are due or overdue.
 *
 * <p>Supervisor rule (the count rule's practice): a 高 point by the principal leader (主要领导), a 一般
 * point by the department's supervising leader (分管领导), a 低 point by the department head (科室负责人); a
 * missing person falls back to the next one up. Points of the leadership group or of a leader are
 * supervised by the principal leader; the principal leader's own points by the supervisor recorded
 * on the point, if any. A point still to be graded is treated as 高. Cadence: {@link
 * WarningPolicy#reviewCadence(RiskLevel)}. A point never reviewed counts from the first day of the
 * ledger's year.
 *
 * <p>Effectiveness reviews (措施有效性评估): each measure in place ({@link MeasureStatus#DONE}) is
 * reviewed by the point's supervisor at the same cadence, counted from its {@link
 * Measure#latestReview() latest review}, else from its latest evidence (when it was shown to be in
 * place), else from the first day of the ledger's year; see {@link #effectivenessSchedule}.
 *
 * <p>Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class Supervision {
  private final Ledger ledger;
  private final WarningPolicy policy;

  private Supervision(Ledger ledger, WarningPolicy policy) {
    this.ledger = ledger;
    this.policy = policy;
  }

  /**
   * Returns the supervision of a ledger under a policy.
   *
   * @param ledger the ledger
   * @param policy the policy (review cadences)
   * @return the supervision
   */
  public static Supervision of(Ledger ledger, WarningPolicy policy) {
    return new Supervision(ledger, policy);
  }

  /**
   * {@return the level that decides supervision: the effective level, or 高 while ungraded}
   *
   * @param point the risk point
   */
  public RiskLevel levelOf(RiskPoint point) {
    return point.effectiveLevel().orElse(RiskLevel.HIGH);
  }

  /**
   * Returns the person id of the point's supervisor by level.
   *
   * @param point the risk point
   * @return the supervisor, or empty if none can be derived
   */
  public Optional<String> supervisorOf(RiskPoint point) {
    SupervisionAssignment assigned = SupervisionAssignment.of(point, levelOf(point), ledger);
    return assigned.getSupervisor().or(() -> fallback(point, assigned.getRole()));
  }

  /**
   * Where the level's supervisor is not recorded, the next tier up supervises; the principal
   * leader's own points go to the supervisor recorded on the point; the group's points to the
   * supervisor recorded on them other than the principal leader, else to the principal leader.
   */
  private Optional<String> fallback(RiskPoint point, SupervisorRole role) {
    Optional<String> principal = ledger.getLeadershipGroup().principal().map(Leader::getPersonId);
    switch (role) {
      case LEADERSHIP_GROUP:
        return point.getSupervisor().filter(s -> !s.equals(point.getOwner().getId()));
      case DISCIPLINE_LEADER:
        return point
            .getSupervisor()
            .filter(s -> !principal.equals(Optional.of(s)))
            .or(() -> principal);
      case DEPARTMENT_HEAD:
        return ledger
            .departmentOf(point.getOwner())
            .flatMap(Department::getSupervisingLeader)
            .or(() -> principal);
      default:
        return principal;
    }
  }

  /**
   * {@return how often the point is reviewed}
   *
   * @param point the risk point
   */
  public Period cadenceOf(RiskPoint point) {
    return policy.reviewCadence(levelOf(point));
  }

  /**
   * Returns every point's next review, in ledger order.
   *
   * @param today the date to judge overdue against
   * @param lastReviews the date of each point's last review, by risk point id
   * @return the reviews
   */
  public List<ReviewDue> schedule(LocalDate today, Map<String, LocalDate> lastReviews) {
    List<ReviewDue> out = new ArrayList<>();
    LocalDate yearStart = LocalDate.of(ledger.getYear(), 1, 1);
    for (RiskPoint p : ledger.getRiskPoints()) {
      Optional<LocalDate> last = Optional.ofNullable(lastReviews.get(p.getId()));
      LocalDate due = last.orElse(yearStart).plus(cadenceOf(p));
      out.add(
          ReviewDue.builder()
              .riskPoint(p.getId())
              .level(levelOf(p))
              .supervisor(supervisorOf(p))
              .lastReview(last)
              .dueDate(due)
              .overdue(due.isBefore(today))
              .build());
    }
    return out;
  }

  /**
   * Returns the next effectiveness review of every measure in place ({@link MeasureStatus#DONE}),
   * in ledger order: due one cadence of the point's level after the measure's latest review, else
   * after its latest evidence, else after the first day of the ledger's year; overdue when that
   * date is before {@code date}. Planned, in-progress and abandoned measures have none.
   *
   * @param date the date to judge overdue against
   * @return the reviews, each naming its {@link ReviewDue#getMeasure() measure}
   * @since 0.1.0
   */
  public List<ReviewDue> effectivenessSchedule(LocalDate date) {
    List<ReviewDue> out = new ArrayList<>();
    LocalDate yearStart = LocalDate.of(ledger.getYear(), 1, 1);
    for (RiskPoint p : ledger.getRiskPoints()) {
      for (Measure m : p.getMeasures()) {
        if (m.getStatus() != MeasureStatus.DONE) {
          continue;
        }
        Optional<LocalDate> last = m.latestReview().map(EffectivenessReview::getDate);
        LocalDate due = last.or(() -> latestEvidence(m)).orElse(yearStart).plus(cadenceOf(p));
        out.add(
            ReviewDue.builder()
                .riskPoint(p.getId())
                .measure(m.getId())
                .level(levelOf(p))
                .supervisor(supervisorOf(p))
                .lastReview(last)
                .dueDate(due)
                .overdue(due.isBefore(date))
                .build());
      }
    }
    return out;
  }

  /**
   * Returns the effectiveness reviews due on {@code date} or earlier (overdue ones included), in
   * ledger order: the ones of {@link #effectivenessSchedule} whose due date is not after the date.
   *
   * @param date the date asked about
   * @return the due reviews
   * @since 0.1.0
   */
  public List<ReviewDue> effectivenessDue(LocalDate date) {
    List<ReviewDue> out = new ArrayList<>();
    for (ReviewDue r : effectivenessSchedule(date)) {
      if (!r.getDueDate().isAfter(date)) {
        out.add(r);
      }
    }
    return out;
  }

  private static Optional<LocalDate> latestEvidence(Measure m) {
    LocalDate latest = null;
    for (Evidence e : m.getEvidence()) {
      if (latest == null || e.getDate().isAfter(latest)) {
        latest = e.getDate();
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * Returns the reviews due today or earlier (overdue ones included), in ledger order.
   *
   * @param clock the clock (its zone gives today's date)
   * @param lastReviews the date of each point's last review, by risk point id
   * @return the due reviews
   */
  public List<ReviewDue> due(Clock clock, Map<String, LocalDate> lastReviews) {
    LocalDate today = LocalDate.now(clock);
    List<ReviewDue> out = new ArrayList<>();
    for (ReviewDue r : schedule(today, lastReviews)) {
      if (!r.getDueDate().isAfter(today)) {
        out.add(r);
      }
    }
    return out;
  }

  /**
   * Returns the overdue reviews as signals of kind {@link SignalKind#OVERDUE_REVIEW}, about the
   * supervisor (or, without one, the point's department or post), for a monitor to evaluate. Ids
   * are {@code "REVIEW:" + risk point id + ":" + due date}, so asking again gives equal signals.
   *
   * @param clock the clock (time of the signals; its zone gives today's date)
   * @param lastReviews the date of each point's last review, by risk point id
   * @param source the information point to name, e.g. 纪检组
   * @return the signals, in ledger order
   */
  public List<Signal> overdueSignals(
      Clock clock, Map<String, LocalDate> lastReviews, String source) {
    ZoneId zone = clock.getZone();
    List<Signal> out = new ArrayList<>();
    for (ReviewDue r : due(clock, lastReviews)) {
      if (!r.isOverdue()) {
        continue;
      }
      RiskPoint p = ledger.riskPoint(r.getRiskPoint()).orElseThrow();
      out.add(
          Signal.builder()
              .id("REVIEW:" + r.getRiskPoint() + ":" + r.getDueDate())
              .kind(SignalKind.OVERDUE_REVIEW)
              .subject(r.getSupervisor().map(Subject::person).orElseGet(() -> subjectOf(p)))
              .riskPoint(p.getId())
              .time(clock.instant())
              .source(source)
              .details(
                  "风险点“"
                      + p.getTitle()
                      + "”（"
                      + r.getLevel().displayName()
                      + "）应于"
                      + r.getDueDate()
                      + "前完成监督检查")
              .dueAt(r.getDueDate().atStartOfDay(zone).toInstant())
              .build());
    }
    return out;
  }

  /**
   * Returns what the ledger's measures tell the monitor today, as signals in ledger order: for each
   * measure, one of kind {@link SignalKind#OVERDUE_MEASURE} when it is {@link MeasureStatus#OVERDUE
   * overdue} today (due at the end of its deadline day, id {@code "MEASURE:" + measure id + ":" +
   * deadline}); one of kind {@link SignalKind#INEFFECTIVE_MEASURE} when it is not abandoned and its
   * latest effectiveness review found it {@link Effectiveness#INEFFECTIVE 无效} (id {@code
   * "EFFECTIVENESS:" + measure id + ":" + review date}); one of kind {@link
   * SignalKind#OVERDUE_REVIEW} about the supervisor when its effectiveness review is overdue
   * ({@link #effectivenessSchedule}, id {@code "EFFECTIVENESS-REVIEW:" + measure id + ":" + due
   * date}). Measure and ineffectiveness signals are about the point's responsible person, or
   * without one the point's owner. Asking again gives signals with the same ids (and so warnings
   * with the same ids), by which a host recognises a repeat; asking the day after a deadline gives
   * the overdue signal.
   *
   * @param clock the clock (time of the signals; its zone gives today's date)
   * @param source the information point to name, e.g. 纪检组
   * @return the signals
   * @since 0.1.0
   */
  public List<Signal> measureSignals(Clock clock, String source) {
    ZoneId zone = clock.getZone();
    LocalDate today = LocalDate.now(clock);
    Map<String, ReviewDue> overdueReviews = new HashMap<>();
    for (ReviewDue r : effectivenessSchedule(today)) {
      if (r.isOverdue()) {
        overdueReviews.put(r.getRiskPoint() + "\u0000" + r.getMeasure().orElse(""), r);
      }
    }
    List<Signal> out = new ArrayList<>();
    for (RiskPoint p : ledger.getRiskPoints()) {
      Subject answerable = p.getResponsible().map(Subject::person).orElseGet(() -> subjectOf(p));
      for (Measure m : p.getMeasures()) {
        Signal.Builder base =
            Signal.builder()
                .subject(answerable)
                .riskPoint(p.getId())
                .time(clock.instant())
                .source(source);
        if (m.statusOn(today) == MeasureStatus.OVERDUE) {
          LocalDate deadline = m.getDeadline().orElseThrow();
          out.add(
              base.id("MEASURE:" + m.getId() + ":" + deadline)
                  .kind(SignalKind.OVERDUE_MEASURE)
                  .details(
                      "风险点“" + p.getTitle() + "”的防控措施“" + m.getText() + "”应于" + deadline + "前落实")
                  .dueAt(deadline.plusDays(1).atStartOfDay(zone).toInstant())
                  .build());
        }
        Optional<EffectivenessReview> latest = m.latestReview();
        if (m.getStatus() != MeasureStatus.ABANDONED
            && latest.isPresent()
            && latest.get().getVerdict() == Effectiveness.INEFFECTIVE) {
          out.add(
              base.id("EFFECTIVENESS:" + m.getId() + ":" + latest.get().getDate())
                  .kind(SignalKind.INEFFECTIVE_MEASURE)
                  .details(
                      "风险点“"
                          + p.getTitle()
                          + "”的防控措施“"
                          + m.getText()
                          + "”于"
                          + latest.get().getDate()
                          + "评估为无效")
                  .dueAt(Optional.empty())
                  .build());
        }
        ReviewDue r = overdueReviews.get(p.getId() + "\u0000" + m.getId());
        if (r != null) {
          out.add(
              base.id("EFFECTIVENESS-REVIEW:" + m.getId() + ":" + r.getDueDate())
                  .kind(SignalKind.OVERDUE_REVIEW)
                  .subject(r.getSupervisor().map(Subject::person).orElse(answerable))
                  .details(
                      "风险点“"
                          + p.getTitle()
                          + "”（"
                          + r.getLevel().displayName()
                          + "）的防控措施“"
                          + m.getText()
                          + "”应于"
                          + r.getDueDate()
                          + "前完成有效性评估")
                  .dueAt(r.getDueDate().atStartOfDay(zone).toInstant())
                  .build());
        }
      }
    }
    return out;
  }

  private static Subject subjectOf(RiskPoint p) {
    RiskOwner o = p.getOwner();
    switch (o.getScope()) {
      case POST:
        return Subject.post(o.getId());
      case DEPARTMENT:
        return Subject.department(o.getId());
      case LEADERSHIP_GROUP:
        return Subject.of(SubjectKind.LEADERSHIP_GROUP, o.getId());
      default:
        return Subject.person(o.getId());
    }
  }
}
