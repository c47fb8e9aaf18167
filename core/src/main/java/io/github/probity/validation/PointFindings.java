package io.github.probity.validation;

import io.github.probity.finding.Location.ModelPath;
import io.github.probity.model.Measure;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.List;

/**
 * What one {@link PointRule} reported during a {@link PointScan}, with the path of each point or
 * measure, kept until the rule runs in its rule set. Belongs to one scan; not thread-safe while the
 * scan runs, read-only afterwards.
 */
final class PointFindings {
  /** One finding waiting for its rule. */
  private record Finding(ModelPath path, String key, Object[] args) {}

  private final OwnerPoints owner;
  private final List<Finding> found = new ArrayList<>();

  PointFindings(OwnerPoints owner) {
    this.owner = owner;
  }

  /**
   * Reports a finding on a property of a point of the owner being scanned.
   *
   * @param property the property's name, or names joined by dots such as {@code
   *     decision.meetingReference}
   */
  void point(RiskPoint rp, String property, String key, Object... args) {
    found.add(new Finding(properties(owner.pointPath(rp), property), key, args));
  }

  private static ModelPath properties(ModelPath path, String names) {
    ModelPath out = path;
    for (String name : names.split("\\.", -1)) {
      out = out.property(name);
    }
    return out;
  }

  /** Reports a finding on a property of a measure of a point of the owner being scanned. */
  void measure(RiskPoint rp, Measure m, String property, String key, Object... args) {
    found.add(
        new Finding(
            properties(owner.pointPath(rp).element("measures", m.getId()), property), key, args));
  }

  /** Reports every recorded finding, in the order recorded. */
  void emit(Findings out) {
    for (Finding f : found) {
      out.add(f.path(), f.key(), f.args());
    }
  }
}
