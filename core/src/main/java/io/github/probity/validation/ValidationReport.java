package io.github.probity.validation;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.internal.Messages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The outcome of validating one ledger: every {@link Finding}, in the order the rules ran and,
 * within a rule, in ledger order.
 *
 * <p>The ledger is valid when no violation is an {@link Severity#ERROR}. Two reports are equal when
 * their violations are equal and in the same order. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class ValidationReport {
  private final List<Finding> violations;

  ValidationReport(List<Finding> violations) {
    this.violations = List.copyOf(violations);
  }

  /**
   * Returns a report of the given violations, e.g. to merge reports.
   *
   * @param violations the violations, in order
   * @return the report
   */
  public static ValidationReport of(List<Finding> violations) {
    return new ValidationReport(violations);
  }

  /**
   * Tells whether the ledger may be filed: no violation is an error.
   *
   * @return {@code true} if there is no {@link Severity#ERROR}
   */
  public boolean isValid() {
    for (Finding v : violations) {
      if (v.getSeverity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns every violation.
   *
   * @return the violations, in order
   */
  public List<Finding> getFindings() {
    return violations;
  }

  /**
   * Returns the violations of one severity.
   *
   * @param severity the severity
   * @return the violations, in order
   */
  public List<Finding> bySeverity(Severity severity) {
    List<Finding> out = new ArrayList<>();
    for (Finding v : violations) {
      if (v.getSeverity() == severity) {
        out.add(v);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the violations found by one rule.
   *
   * @param ruleId the rule id
   * @return the violations, in order
   */
  public List<Finding> byRule(String ruleId) {
    List<Finding> out = new ArrayList<>();
    for (Finding v : violations) {
      if (v.getCode().code().equals(ruleId)) {
        out.add(v);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the violations at an element or anywhere inside it: {@code departments[D03]} also
   * returns those at {@code departments[D03].riskPoints[RP-1].measures}.
   *
   * @param path the element's path
   * @return the violations, in order
   */
  public List<Finding> atElement(String path) {
    List<Finding> out = new ArrayList<>();
    for (Finding v : violations) {
      String p = v.getLocation().text();
      if (p.equals(path)
          || (p.startsWith(path)
              && (p.charAt(path.length()) == '.' || p.charAt(path.length()) == '['))) {
        out.add(v);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Returns the violations grouped by path, paths in order of first appearance.
   *
   * @return the violations by element
   */
  public Map<String, List<Finding>> byElement() {
    Map<String, List<Finding>> out = new LinkedHashMap<>();
    for (Finding v : violations) {
      out.computeIfAbsent(v.getLocation().text(), k -> new ArrayList<>()).add(v);
    }
    out.replaceAll((k, v) -> Collections.unmodifiableList(v));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns how many violations each severity has, every severity present (possibly 0).
   *
   * @return the counts by severity, graver first
   */
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> out = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      out.put(s, 0);
    }
    for (Finding v : violations) {
      out.merge(v.getSeverity(), 1, Integer::sum);
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * {@return how many violations have the given severity}
   *
   * @param severity the severity
   */
  public int count(Severity severity) {
    int n = 0;
    for (Finding v : violations) {
      if (v.getSeverity() == severity) {
        n++;
      }
    }
    return n;
  }

  /**
   * {@return a readable summary in the given locale: a headline with the counts, then one line per
   * violation (severity, rule id, path, message)}
   *
   * @param locale the locale; Chinese locales get zh_CN, others English
   */
  public String summary(Locale locale) {
    StringBuilder sb = new StringBuilder();
    sb.append(
        Messages.render(
            isValid() ? "report.valid" : "report.invalid",
            locale,
            count(Severity.ERROR),
            count(Severity.WARNING),
            count(Severity.INFO)));
    for (Finding v : violations) {
      sb.append('\n')
          .append(
              Messages.render(
                  "report.line",
                  locale,
                  v.getSeverity(),
                  v.getCode().code(),
                  v.getLocation().text(),
                  v.message(locale)));
    }
    return sb.toString();
  }

  /** {@return the summary in zh_CN, the default display language} */
  public String summary() {
    return summary(Locale.SIMPLIFIED_CHINESE);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ValidationReport && ((ValidationReport) o).violations.equals(violations);
  }

  @Override
  public int hashCode() {
    return violations.hashCode();
  }

  @Override
  public String toString() {
    return summary(Locale.ROOT);
  }
}
