package io.github.probity.validation;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import org.jspecify.annotations.Nullable;

/**
 * Checks {@link ValidLedger} on a {@link LedgerForm}; the Jakarta provider creates and calls it.
 * Not for direct use. Thread-safe after {@link #initialize(ValidLedger)}.
 *
 * @since 0.1.0
 */
public final class ValidLedgerFormValidator
    implements ConstraintValidator<ValidLedger, LedgerForm> {
  private LedgerConstraint constraint = new LedgerConstraint(Defaults.VALID_LEDGER);

  /** Creates the validator; the provider calls {@link #initialize(ValidLedger)} next. */
  public ValidLedgerFormValidator() {}

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
   * Builds the form's ledger and runs the rules; reports one constraint violation per rule
   * violation at or above the threshold, or one per integrity problem if the ledger cannot be
   * built.
   *
   * @param value the form; {@code null} is valid, as Jakarta conventions require
   * @param context the provider's context
   * @return {@code true} if nothing at or above the threshold was found
   */
  @Override
  public boolean isValid(@Nullable LedgerForm value, ConstraintValidatorContext context) {
    return value == null || constraint.isValid(value::toLedger, context);
  }
}
