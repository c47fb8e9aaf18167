package io.github.probity.validation;

import java.util.function.Supplier;

/**
 * Supplies {@link RuleSet#standard()}; the default rule set of {@link ValidLedger}. A host supplies
 * its own set the same way: a public class with a public no-argument constructor. Stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class StandardRuleSet implements Supplier<RuleSet> {

  /** Creates the supplier. */
  public StandardRuleSet() {}

  /**
   * Returns the standard rule set.
   *
   * @return {@link RuleSet#standard()}
   */
  @Override
  public RuleSet get() {
    return RuleSet.standard();
  }
}
