package io.github.probity.store.jdbc;

import io.github.probity.warning.Monitor;
import io.github.probity.warning.WarningListener;
import java.time.Clock;
import java.util.function.Supplier;

/**
 * Journals of monitors (网上实时动态监控), so that a monitor restarted after a crash raises exactly the
 * warnings an uninterrupted one would.
 *
 * <p>A {@link JournaledMonitor} records every call made to it — each signal submitted, each advance
 * and flush — with the monitor clock's time, before it makes the call, and records the id of every
 * warning it delivers. {@link #open} builds a fresh monitor and replays the journal into it at the
 * recorded times, so that its windows are what they were; warnings the journal shows as delivered
 * are not delivered again, and a warning raised but not recorded before the crash is delivered now.
 * The monitor's indicators must be deterministic, as Probity's are. Thread-safe; obtained from
 * {@link ProbityStore#monitors()}.
 *
 * @since 0.1.0
 */
public final class MonitorJournal {
  private final ProbityStore store;

  MonitorJournal(ProbityStore store) {
    this.store = store;
  }

  /**
   * Opens a journaled monitor: a new one if the id has no journal yet, else the one the journal
   * restores.
   *
   * @param monitorId the monitor's id, e.g. the unit's code; one process at a time may open it
   * @param builder makes the monitor's builder — policy, ledger, indicators, lateness — the same on
   *     every start; without a clock (the journal sets it), listeners or case book (open cases from
   *     {@code downstream})
   * @param clock the clock live calls are timed with
   * @param downstream receives the warnings, escalations and rejected signals of live calls, and
   *     the warnings of the replay that were never delivered
   * @return the monitor
   * @throws StoreException if the journal cannot be read
   */
  public JournaledMonitor open(
      String monitorId,
      Supplier<Monitor.Builder> builder,
      Clock clock,
      WarningListener downstream) {
    return JournaledMonitor.open(store, monitorId, builder, clock, downstream);
  }
}
