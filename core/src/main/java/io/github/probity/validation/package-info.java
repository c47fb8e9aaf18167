/**
 * Checks a {@link io.github.probity.model.Ledger} before it is filed: a catalogue of {@link
 * io.github.probity.validation.Rule}s with stable ids (such as {@code PR-MEASURE-001}), severities
 * and messages in zh_CN and English, collected into a {@link
 * io.github.probity.validation.ValidationReport}.
 *
 * <p>{@link io.github.probity.validation.RuleSet#standard()} is the built-in catalogue; a rule set
 * can be extended with custom rules, have rules removed and have severities overridden. The model's
 * Jakarta field constraints join the same report through {@link
 * io.github.probity.validation.BeanValidation#rule()}, and any rule set can be attached to a host's
 * form object as the class-level constraint {@code ValidLedger}.
 *
 * <p>Rules, rule sets and reports are immutable and thread-safe. Time comes from the {@link
 * java.time.Clock} of the {@link io.github.probity.validation.ValidationContext}. This package
 * compiles against the Jakarta Validation API only; a provider such as Hibernate Validator is
 * located at run time.
 */
@NullMarked
@ProbityStyle
package io.github.probity.validation;

import io.github.probity.model.ProbityStyle;
import org.jspecify.annotations.NullMarked;
