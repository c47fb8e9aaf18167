package io.github.probity.validation;

import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * One finding of a {@link Rule}: which rule, how grave, where, and what is wrong as a message key
 * with arguments that render in any supported locale.
 *
 * <p>The path names the offending element by ids along the unit's structure, e.g. {@code
 * departments[D03].riskPoints[RP-0042].measures}; see the rule table for the forms used. Arguments
 * are strings, numbers, dates or {@link io.github.probity.model.Coded} values (shown by label in
 * Chinese and by code otherwise). Messages come from the bundle {@code
 * io.github.probity.validation.ValidationMessages}, then from the application's own {@code
 * ValidationMessages} bundle (for custom rules). Immutable and thread-safe.
 */
@Value.Immutable
public abstract class Violation {
  Violation() {}

  /**
   * Returns the stable id of the rule that found it, e.g. {@code PR-MEASURE-001}.
   *
   * @return the rule id
   */
  public abstract String getRuleId();

  /**
   * Returns the severity, after any override of the rule set.
   *
   * @return the severity
   */
  public abstract Severity getSeverity();

  /**
   * Returns the path of the offending element, e.g. {@code departments[D03].riskPoints[RP-0042]}.
   *
   * @return the path; empty for the ledger as a whole
   */
  public abstract String getPath();

  /**
   * Returns the message key, e.g. {@code PR-MEASURE-001}.
   *
   * @return the key
   */
  public abstract String getMessageKey();

  /**
   * Returns the message arguments, in the order the message uses them.
   *
   * @return the arguments
   */
  public abstract List<Object> getArguments();

  /**
   * Renders the message in the given locale; Chinese locales get zh_CN, others English.
   *
   * @param locale the locale
   * @return the message
   */
  public String message(Locale locale) {
    return Messages.render(getMessageKey(), getArguments(), locale);
  }

  /**
   * Renders the message in zh_CN, the default display language.
   *
   * @return the message
   */
  public String message() {
    return message(Locale.SIMPLIFIED_CHINESE);
  }

  @Override
  public String toString() {
    return getSeverity().code() + " " + getRuleId() + " " + getPath() + ": " + message(Locale.ROOT);
  }

  /**
   * Returns a violation.
   *
   * @param ruleId the rule id
   * @param severity the severity
   * @param path the path of the offending element
   * @param messageKey the message key
   * @param arguments the message arguments
   * @return the violation
   */
  public static Violation of(
      String ruleId, Severity severity, String path, String messageKey, List<?> arguments) {
    return builder()
        .ruleId(ruleId)
        .severity(severity)
        .path(path)
        .messageKey(messageKey)
        .addAllArguments(arguments)
        .build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Violation}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableViolation.Builder {
    Builder() {}
  }
}
