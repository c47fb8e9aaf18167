package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import java.util.List;

/**
 * A rule of the standard catalogue ({@link StandardRules}): its stable id, default severity and
 * every message key it reports with, which both bundles must define. Subclasses hold one rule's
 * logic each; rules on single risk points extend {@link PointRule}. Stateless and thread-safe.
 */
abstract class StandardRule implements Rule {
  private final String id;
  private final Severity severity;
  private final List<String> messageKeys;

  /**
   * Creates the rule.
   *
   * @param id the stable id, e.g. {@code PR-MEASURE-001}
   * @param severity the default severity
   * @param messageKeys every message key the rule reports with
   */
  StandardRule(String id, Severity severity, String... messageKeys) {
    this.id = RuleIds.check(id);
    this.severity = severity;
    this.messageKeys = List.of(messageKeys);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Severity defaultSeverity() {
    return severity;
  }

  /** Returns every message key the rule reports with. */
  final List<String> messageKeys() {
    return messageKeys;
  }

  @Override
  public final String toString() {
    return id;
  }

  /** Returns a person's name for a message, or the id if the ledger has no such person. */
  static String name(Ledger ledger, String personId) {
    return ledger.person(personId).map(Person::getName).orElse(personId);
  }
}
