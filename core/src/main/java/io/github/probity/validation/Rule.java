package io.github.probity.validation;

import io.github.probity.finding.FindingCode;
import io.github.probity.finding.Severity;
import io.github.probity.internal.Messages;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A check over a ledger: a stable id, a default severity and the check itself, which reports what
 * it finds to {@link Findings}.
 *
 * <p>Implementations must be stateless and thread-safe, must not depend on the order in which rules
 * run, and must take time only from {@link ValidationContext#getClock()}. For a ledger of n risk
 * points a rule should run in O(n) time: the standard rules all do.
 *
 * @since 0.1.0
 */
public interface Rule {

  /** {@return the stable id, e.g. {@code PR-MEASURE-001}; never changes between releases} */
  String id();

  /** {@return the severity the rule reports with unless a {@link RuleSet} overrides it} */
  Severity defaultSeverity();

  /**
   * Checks the context's ledger and reports each violation found.
   *
   * @param context the ledger and clock
   * @param findings where to report
   */
  void check(ValidationContext context, Findings findings);

  /**
   * {@return the code that a rule set reports a rule's findings with: the rule's id, at the
   * severity the set gives it, with messages from Probity's validation bundle (then the
   * application's {@code ValidationMessages})}
   *
   * @param ruleId the rule's id
   * @param severity the severity the rule reports with in its set
   */
  static FindingCode code(String ruleId, Severity severity) {
    return FindingCode.of(ruleId, severity, Messages.BUNDLE);
  }

  /**
   * Returns a rule from an id, a default severity and a check function.
   *
   * @param id the stable id; non-blank, without spaces
   * @param defaultSeverity the default severity
   * @param check the check
   * @return the rule
   * @throws IllegalArgumentException if the id is blank or contains spaces
   */
  static Rule of(
      String id, Severity defaultSeverity, BiConsumer<ValidationContext, Findings> check) {
    RuleIds.check(id);
    Objects.requireNonNull(defaultSeverity, "defaultSeverity");
    Objects.requireNonNull(check, "check");
    return new Rule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public Severity defaultSeverity() {
        return defaultSeverity;
      }

      @Override
      public void check(ValidationContext context, Findings findings) {
        check.accept(context, findings);
      }

      @Override
      public String toString() {
        return id;
      }
    };
  }
}
