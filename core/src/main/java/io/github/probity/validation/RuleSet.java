package io.github.probity.validation;

import io.github.probity.finding.Finding;
import io.github.probity.finding.FindingCode;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * An ordered set of {@link Rule}s with their effective severities; validates ledgers into {@code
 * ValidationReport}s.
 *
 * <p>{@link #standard()} is the built-in catalogue (see {@code docs/validation-rules.md}). {@code
 * #with(Rule)}, {@link #without(String)} and {@link #withSeverity(String, Severity)} return new
 * sets. Rule ids are unique within a set. Rules run in set order and report in ledger order, so the
 * same ledger always gives the same report. Immutable and thread-safe; one set can validate on many
 * threads at once.
 *
 * @since 0.1.0
 */
public final class RuleSet {
  private final Map<String, Rule> rules;
  private final Map<String, Severity> severities;

  private RuleSet(Map<String, Rule> rules, Map<String, Severity> severities) {
    this.rules = Collections.unmodifiableMap(rules);
    this.severities = Collections.unmodifiableMap(severities);
  }

  /**
   * Returns the standard catalogue: structure, responsibility, review chain, power checks,
   * completeness hints and text checks. It needs no Bean Validation provider; add {@link
   * BeanValidation#rule()} to check the model's field constraints in the same report.
   *
   * @return the standard rule set
   */
  public static RuleSet standard() {
    return of(StandardRules.ALL);
  }

  /**
   * The standard rules that need what the annex and ledger tables do not record — which leader is
   * the principal leader (PR-SUPERVISOR-001), which leader supervises each department
   * (PR-DEPT-001), who belongs to the leadership group beyond the leaders with risk points of their
   * own and who heads each department (PR-REF-001, PR-SUPERVISOR-002), who answers for the group
   * (PR-REF-003), and whether a meeting decided each level (PR-DECISION-003, PR-DECISION-004). On a
   * ledger read from tables they would report the table's format, not the unit's data.
   */
  public static final List<String> NEEDING_STRUCTURE =
      List.of(
          HighSupervisedByPrincipal.ID,
          SupervisorInGroup.ID,
          DepartmentSignOff.ID,
          SupervisorIsLeader.ID,
          GroupPointSupervisor.ID,
          LevelsDecided.OVERDUE_ID,
          LevelsDecided.PENDING_ID);

  /**
   * Returns the standard catalogue without the rules in {@link #NEEDING_STRUCTURE}: the set to
   * validate a ledger assembled from annex or ledger tables with (for example one read by {@code
   * AnnexReader}), whose leadership group knows no principal leader, no division of work and no
   * department heads. Every other standard rule runs as in {@link #standard()}.
   *
   * @return the rule set for ledgers read from tables
   */
  public static RuleSet forTables() {
    RuleSet set = standard();
    for (String id : NEEDING_STRUCTURE) {
      set = set.without(id);
    }
    return set;
  }

  /**
   * Returns the rule set for a ledger read from some of the tables only (one annex, an annex set):
   * {@link #forTables()} without the rules that ask whether every owner of a scope has risk points
   * where no table of that scope was read. A personal annex (posts) alone is not asked whether each
   * department has department points, nor a department annex whether the leadership group has group
   * points. See {@link #notCheckedForTables(Set)} for the rules left out.
   *
   * @param scopesRead the owner scopes whose tables were read (e.g. {@code AnnexKind.scopes()} of
   *     each table found)
   * @return the rule set
   * @since 0.1.0
   */
  public static RuleSet forTables(Set<OwnerScope> scopesRead) {
    RuleSet set = standard();
    for (String id : notCheckedForTables(scopesRead)) {
      set = set.without(id);
    }
    return set;
  }

  /**
   * Returns the ids of the standard rules that {@link #forTables(Set)} leaves out: those of {@link
   * #NEEDING_STRUCTURE}, and the coverage rules of each owner scope whose table was not read.
   *
   * @param scopesRead the owner scopes whose tables were read
   * @return the rule ids, in catalogue order
   * @since 0.1.0
   */
  public static List<String> notCheckedForTables(Set<OwnerScope> scopesRead) {
    List<String> ids = new ArrayList<>(NEEDING_STRUCTURE);
    if (!scopesRead.contains(OwnerScope.POST)) {
      ids.add(PostHasRiskPoints.ID);
      ids.add(PostWithPowersHasRiskPoints.ID);
    }
    if (!scopesRead.contains(OwnerScope.LEADER)) {
      ids.add(LeaderHasRiskPoints.ID);
    }
    if (!scopesRead.contains(OwnerScope.DEPARTMENT)) {
      ids.add(DepartmentHasRiskPoints.ID);
    }
    if (!scopesRead.contains(OwnerScope.LEADERSHIP_GROUP)) {
      ids.add(GroupHasRiskPoints.ID);
    }
    return List.copyOf(ids);
  }

  /**
   * Returns a set with no rules.
   *
   * @return the empty set
   */
  public static RuleSet empty() {
    return new RuleSet(new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  /**
   * Returns a set of the given rules, each at its default severity.
   *
   * @param rules the rules, in the order they run
   * @return the set
   * @throws IllegalArgumentException if two rules share an id
   */
  public static RuleSet of(List<? extends Rule> rules) {
    RuleSet set = empty();
    for (Rule r : rules) {
      set = set.with(r);
    }
    return set;
  }

  /**
   * Returns this set with a rule added at the end, at its default severity.
   *
   * @param rule the rule
   * @return the new set
   * @throws IllegalArgumentException if the set already has a rule with that id
   */
  public RuleSet with(Rule rule) {
    String id = RuleIds.check(rule.id());
    if (rules.containsKey(id)) {
      throw new IllegalArgumentException("rule set already has a rule with id " + id);
    }
    Map<String, Rule> r = new LinkedHashMap<>(rules);
    r.put(id, rule);
    Map<String, Severity> s = new LinkedHashMap<>(severities);
    s.put(id, rule.defaultSeverity());
    return new RuleSet(r, s);
  }

  /**
   * Returns this set without the rule with the given id.
   *
   * @param ruleId the rule id
   * @return the new set
   * @throws IllegalArgumentException if the set has no such rule; the message lists the ids
   */
  public RuleSet without(String ruleId) {
    require(ruleId);
    Map<String, Rule> r = new LinkedHashMap<>(rules);
    r.remove(ruleId);
    Map<String, Severity> s = new LinkedHashMap<>(severities);
    s.remove(ruleId);
    return new RuleSet(r, s);
  }

  /**
   * Returns this set with the severity of one rule overridden.
   *
   * @param ruleId the rule id
   * @param severity the severity its violations will have
   * @return the new set
   * @throws IllegalArgumentException if the set has no such rule; the message lists the ids
   */
  public RuleSet withSeverity(String ruleId, Severity severity) {
    require(ruleId);
    Map<String, Severity> s = new LinkedHashMap<>(severities);
    s.put(ruleId, severity);
    return new RuleSet(rules, s);
  }

  private void require(String ruleId) {
    if (!rules.containsKey(ruleId)) {
      throw new IllegalArgumentException(
          "rule set has no rule with id " + ruleId + "; it has " + rules.keySet());
    }
  }

  /** {@return the rules, in the order they run} */
  public List<Rule> rules() {
    return List.copyOf(rules.values());
  }

  /**
   * Returns the rule with the given id.
   *
   * @param ruleId the rule id
   * @return the rule, or empty
   */
  public Optional<Rule> rule(String ruleId) {
    return Optional.ofNullable(rules.get(ruleId));
  }

  /**
   * Returns the effective severity of a rule: its override, or else its default.
   *
   * @param ruleId the rule id
   * @return the severity, or empty if the set has no such rule
   */
  public Optional<Severity> severityOf(String ruleId) {
    return Optional.ofNullable(severities.get(ruleId));
  }

  /**
   * Validates a ledger with the system clock.
   *
   * @param ledger the ledger
   * @return the report
   */
  public ValidationReport validate(Ledger ledger) {
    return validate(ValidationContext.of(ledger));
  }

  /**
   * Validates a ledger with the given clock.
   *
   * @param ledger the ledger
   * @param clock the clock for date-based rules
   * @return the report
   */
  public ValidationReport validate(Ledger ledger, Clock clock) {
    return validate(ValidationContext.of(ledger, clock));
  }

  /**
   * Validates the context's ledger: runs every rule in order and collects what they report.
   *
   * @param context the ledger and clock
   * @return the report
   * @throws IllegalStateException if a rule throws; the message names the rule
   */
  public ValidationReport validate(ValidationContext context) {
    List<Finding> out = new ArrayList<>();
    for (Map.Entry<String, Rule> e : rules.entrySet()) {
      Rule rule = e.getValue();
      Severity severity = severities.getOrDefault(e.getKey(), rule.defaultSeverity());
      FindingCode code = Rule.code(e.getKey(), severity);
      Findings findings =
          (path, key, args) ->
              out.add(
                  Finding.builder()
                      .code(code)
                      .location(path)
                      .messageKey(key)
                      .addArguments(args)
                      .build());
      try {
        rule.check(context, findings);
      } catch (RuntimeException ex) {
        throw new IllegalStateException("rule " + e.getKey() + " failed: " + ex.getMessage(), ex);
      }
    }
    return new ValidationReport(out);
  }

  @Override
  public String toString() {
    return "RuleSet" + severities;
  }
}
