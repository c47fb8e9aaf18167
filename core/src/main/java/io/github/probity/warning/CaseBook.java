package io.github.probity.warning;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The register of disposition cases (处置台账): one {@link DispositionCase} per warning, updated by
 * handlers and escalated when deadlines pass.
 *
 * <p>Every case is kept, cleared and archived ones included, until {@link #remove} is called.
 * Thread-safe: all methods are atomic with respect to each other; time comes from the injected
 * clock.
 *
 * @since 0.1.0
 */
public final class CaseBook {
  private final Clock clock;
  private final WarningPolicy policy;
  private final String systemActor;
  private final Map<String, DispositionCase> cases = new TreeMap<>();

  /**
   * Creates an empty case book.
   *
   * @param clock the clock for transition times
   * @param policy the policy whose reply deadlines apply
   * @param systemActor the actor recorded for automatic openings and escalations, e.g. 预警系统
   */
  public CaseBook(Clock clock, WarningPolicy policy, String systemActor) {
    this.clock = clock;
    this.policy = policy;
    this.systemActor = systemActor;
  }

  /**
   * Rebuilds a case book from stored cases, e.g. ones read back from a document; see {@link
   * DispositionCase#restore}.
   *
   * @param clock the clock for later transition times
   * @param policy the policy whose reply deadlines apply to cases opened from now on
   * @param systemActor the actor recorded for automatic openings and escalations
   * @param cases the cases, in any order
   * @return the case book
   * @throws IllegalArgumentException if two cases have the same id
   */
  public static CaseBook restore(
      Clock clock, WarningPolicy policy, String systemActor, Collection<DispositionCase> cases) {
    CaseBook book = new CaseBook(clock, policy, systemActor);
    for (DispositionCase c : cases) {
      if (book.cases.putIfAbsent(c.getId(), c) != null) {
        throw new IllegalArgumentException("CaseBook: two cases with the id " + c.getId());
      }
    }
    return book;
  }

  /** {@return the policy whose reply deadlines apply to the cases this book opens} */
  public WarningPolicy getPolicy() {
    return policy;
  }

  /** {@return the actor recorded for automatic openings and escalations} */
  public String getSystemActor() {
    return systemActor;
  }

  /**
   * Opens a case for a warning, unless one is open for it already.
   *
   * @param warning the warning
   * @return the case for the warning
   */
  public synchronized DispositionCase open(Warning warning) {
    return cases.computeIfAbsent(
        "CASE:" + warning.getId(), id -> DispositionCase.open(warning, policy, systemActor, clock));
  }

  /**
   * Returns the case with the given id.
   *
   * @param caseId the case id
   * @return the case, or empty
   */
  public synchronized Optional<DispositionCase> get(String caseId) {
    return Optional.ofNullable(cases.get(caseId));
  }

  /**
   * Returns every case, ordered by id.
   *
   * @return a snapshot of the cases
   */
  public synchronized List<DispositionCase> cases() {
    return List.copyOf(cases.values());
  }

  /**
   * Applies an action to a case and stores the result.
   *
   * @param caseId the case id
   * @param action the action
   * @param actor who acts
   * @param note the note, possibly empty
   * @return the updated case
   * @throws java.util.NoSuchElementException if there is no such case
   * @throws IllegalCaseTransitionException if the action is not allowed
   */
  public synchronized DispositionCase apply(
      String caseId, CaseAction action, String actor, String note) {
    DispositionCase c = get(caseId).orElseThrow();
    DispositionCase next = c.apply(action, actor, clock, note);
    cases.put(caseId, next);
    return next;
  }

  /**
   * Escalates every case whose step is overdue now, in case-id order.
   *
   * @return the escalations made
   */
  public synchronized List<Escalation> escalateOverdue() {
    List<Escalation> out = new ArrayList<>();
    for (Map.Entry<String, DispositionCase> e : cases.entrySet()) {
      Optional<DispositionCase> next = e.getValue().escalateIfOverdue(systemActor, clock);
      if (next.isPresent()) {
        e.setValue(next.get());
        List<Escalation> esc = next.get().getEscalations();
        out.add(esc.get(esc.size() - 1));
      }
    }
    return out;
  }

  /**
   * Removes a case, e.g. once exported to an archive.
   *
   * @param caseId the case id
   * @return the removed case, or empty
   */
  public synchronized Optional<DispositionCase> remove(String caseId) {
    return Optional.ofNullable(cases.remove(caseId));
  }
}
