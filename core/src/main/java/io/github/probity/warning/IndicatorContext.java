package io.github.probity.warning;

import io.github.probity.model.Ledger;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an {@link Indicator} may read besides the signals: the policy and, if given, the unit's
 * ledger. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class IndicatorContext {
  IndicatorContext() {}

  /** {@return the policy} */
  @Value.Parameter
  public abstract WarningPolicy getPolicy();

  /** {@return the ledger, if the monitor was given one} */
  @Value.Parameter
  public abstract Optional<Ledger> getLedger();

  /**
   * Returns a context.
   *
   * @param policy the policy
   * @param ledger the ledger, or empty
   * @return the context
   */
  public static IndicatorContext create(WarningPolicy policy, Optional<Ledger> ledger) {
    return ImmutableIndicatorContext.of(policy, ledger);
  }
}
