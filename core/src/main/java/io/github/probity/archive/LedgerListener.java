package io.github.probity.archive;

/**
 * Receives {@link LedgerEvent}s from {@link LedgerEvents}. Called synchronously on the publishing
 * thread; an exception propagates to the publisher. Implementations must be thread-safe if events
 * are published from several threads.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface LedgerListener {

  /**
   * Receives one event.
   *
   * @param event the event
   */
  void onEvent(LedgerEvent event);
}
