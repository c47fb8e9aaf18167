package io.github.probity.review;

/**
 * Hears every transition a {@link ReviewWorkflow} performs, so a host's workflow engine can follow
 * without polling.
 *
 * <p>Called synchronously on the caller's thread after the new record is built and before it is
 * returned; an exception thrown here propagates to the caller. Implementations must be thread-safe
 * if the workflow is shared.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface ReviewListener {

  /**
   * Receives one transition.
   *
   * @param record the record after the transition
   * @param step the step just recorded, the last of the record's trail
   */
  void onTransition(ReviewRecord record, ReviewStep step);
}
