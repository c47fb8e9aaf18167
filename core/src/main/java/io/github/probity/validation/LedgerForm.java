package io.github.probity.validation;

import io.github.probity.model.Ledger;

/**
 * A host's form object that holds a ledger, so that {@link ValidLedger} on its class checks it.
 *
 * <p>Implementations decide their own thread-safety; the constraint only calls {@link #toLedger()}.
 *
 * @since 0.1.0
 */
public interface LedgerForm {

  /**
   * {@return the ledger the form holds}
   *
   * @throws io.github.probity.model.LedgerIntegrityException if the form's data has duplicate ids
   *     or dangling references; the constraint reports each problem
   */
  Ledger toLedger();
}
