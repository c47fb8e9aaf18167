package io.github.probity.validation;

import io.github.probity.finding.Severity;
import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.function.Supplier;

/**
 * A class-level Jakarta constraint that checks a {@link io.github.probity.model.Ledger}, or a
 * {@link LedgerForm}, with Probity's rules, so that a host's validator (e.g. Spring's) checks a
 * vendor's form object like any other constraint.
 *
 * <p>Each rule violation at or above {@link #failOn()} becomes one constraint violation whose
 * property path is the Probity path and whose message is {@code [rule id] message} in {@link
 * #locale()}, escaped so that any interpolator shows it as is. Dates are judged by the host's
 * {@link jakarta.validation.ClockProvider}. Field constraints are left to the host's own cascade
 * ({@code @Valid}); rule {@code PR-FIELD-001} is not run here.
 *
 * @since 0.1.0
 */
@Documented
@Target({
  ElementType.TYPE,
  ElementType.FIELD,
  ElementType.METHOD,
  ElementType.PARAMETER,
  ElementType.ANNOTATION_TYPE
})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {ValidLedgerValidator.class, ValidLedgerFormValidator.class})
public @interface ValidLedger {

  /**
   * Returns the message template; used only when a violation cannot be reported on its own.
   *
   * @return the message template
   */
  String message() default "{io.github.probity.validation.ValidLedger.message}";

  /** {@return the validation groups} */
  Class<?>[] groups() default {};

  /** {@return the payload} */
  Class<? extends Payload>[] payload() default {};

  /**
   * Returns the ids of the rules to run; empty runs every rule of the rule set.
   *
   * @return the rule ids
   */
  String[] rules() default {};

  /**
   * Returns the class that supplies the rule set: public, with a public no-argument constructor.
   *
   * @return the supplier class
   */
  Class<? extends Supplier<RuleSet>> ruleSet() default StandardRuleSet.class;

  /**
   * Returns the lowest severity that fails validation.
   *
   * @return the severity; {@link Severity#ERROR} by default
   */
  Severity failOn() default Severity.ERROR;

  /**
   * Returns the language tag of the messages, e.g. {@code zh-CN} or {@code en}.
   *
   * @return the language tag
   */
  String locale() default "zh-CN";
}
