package io.github.probity.warning;

/**
 * Receives what a {@link Monitor} emits: warnings, escalations and signals it did not evaluate.
 *
 * <p>A monitor calls its listeners one at a time, in emission order, while it holds its lock: keep
 * them short and do not submit to the same monitor from inside. An exception propagates to the
 * caller of the monitor method.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface WarningListener {

  /**
   * Called for each warning, in evaluation order.
   *
   * @param warning the warning
   */
  void onWarning(Warning warning);

  /**
   * Called for each escalation of a case in the monitor's {@link CaseBook}.
   *
   * @param escalation the escalation
   */
  default void onEscalation(Escalation escalation) {}

  /**
   * Called for a signal that was not evaluated: it came too late (at or before the point the
   * monitor had already evaluated to), repeats a buffered one, or is dated too far ahead of the
   * monitor's clock.
   *
   * @param signal the signal
   * @param reason why it was not evaluated
   */
  default void onRejected(Signal signal, Rejection reason) {}
}
