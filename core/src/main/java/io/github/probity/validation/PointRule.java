package io.github.probity.validation;

import io.github.probity.finding.Severity;

/**
 * A standard rule that looks at risk points and their measures one owner at a time. The rule does
 * not walk the ledger itself: the shared {@link PointScan} hands each owner's points to every point
 * rule in turn and records what each reports; {@link #check} then reports the recorded findings.
 * Adding such a rule is one subclass, its entry in {@link StandardRules} and its messages in both
 * bundles.
 *
 * <p>Rules loop over points and measures by index, reading a measure list's size once: the model's
 * lists come in several classes, so a for-each would allocate an iterator per point and rule, and
 * each call on a measure list is a virtual call. Stateless and thread-safe.
 */
abstract class PointRule extends StandardRule {

  PointRule(String id, Severity severity, String... messageKeys) {
    super(id, severity, messageKeys);
  }

  /**
   * Checks the points of one owner ({@link OwnerPoints#points()}) and reports each finding to
   * {@code out}, in the order of the points. Called once per owner that has points, in ledger
   * order.
   *
   * @param owner the owner being scanned, its points and what the rules know about it
   * @param out where to report; builds each finding's path
   */
  abstract void scan(OwnerPoints owner, PointFindings out);

  @Override
  public final void check(ValidationContext context, Findings findings) {
    PointScan.of(context).emit(this, findings);
  }
}
