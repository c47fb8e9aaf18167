package io.github.probity.validation;

import io.github.probity.model.Ledger;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ValidLedger} on a {@link Ledger}; the Jakarta provider creates and calls it. Not
 * for direct use. Thread-safe after {@link #initialize(ValidLedger)}.
 *
 * @since 0.1.0
 */
public final class ValidLedgerValidator implements ConstraintValidator<ValidLedger, Ledger> {
  private LedgerConstraint constraint = new LedgerConstraint(Defaults.VALID_LEDGER);

  /** Creates the validator; the provider calls {@link #initialize(ValidLedger)} next. */
  public ValidLedgerValidator() {}

  /**
   * Reads the annotation's rule set, rule ids, severity threshold and locale.
   *
   * @param annotation the constraint
   */
  @Override
  public void initialize(ValidLedger annotation) {
    constraint = new LedgerConstraint(annotation);
  }

  /**
   * Runs the rules; reports one constraint violation per rule violation at or above the threshold.
   *
   * @param value the ledger; {@code null} is valid, as Jakarta conventions require
   * @param context the provider's context
   * @return {@code true} if nothing at or above the threshold was found
   */
  @Override
  public boolean isValid(@Nullable Ledger value, ConstraintValidatorContext context) {
    return value == null || constraint.isValid(() -> value, context);
  }
}
