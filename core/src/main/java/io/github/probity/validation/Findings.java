package io.github.probity.validation;

import io.github.probity.finding.Location.ModelPath;

/**
 * Where a {@link Rule} reports what it finds. The rule set stamps each finding with the rule's id
 * and effective severity, so a rule only says where and what.
 *
 * <p>An instance belongs to one run of one rule and is not thread-safe.
 *
 * @since 0.1.0
 */
public interface Findings {

  /**
   * Reports one violation.
   *
   * @param path the path of the offending element, built with {@link Paths}, or read with {@link
   *     io.github.probity.finding.Location#modelPath(String)}
   * @param messageKey the message key, looked up in Probity's bundle, then the application's {@code
   *     ValidationMessages} bundle
   * @param arguments the message arguments: strings, numbers, dates or coded enums
   */
  void add(ModelPath path, String messageKey, Object... arguments);
}
