package io.github.probity.store.jdbc;

import io.github.probity.warning.Escalation;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Rejection;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningListener;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * A {@link Monitor} whose calls are journaled in the store, see {@link MonitorJournal}. Use it as
 * the monitor: {@link #submit}, {@link #advance} and {@link #flush} record the call, then make it.
 * Thread-safe: calls are serialised.
 *
 * @since 0.1.0
 */
public final class JournaledMonitor {
  private static final String SUBMIT = "SUBMIT";
  private static final String ADVANCE = "ADVANCE";
  private static final String FLUSH = "FLUSH";

  private final ProbityStore store;
  private final String monitorId;
  private final Clock live;
  private final JournalClock clock = new JournalClock();
  private final WarningListener downstream;
  private final Set<String> delivered = new HashSet<>();
  private @Nullable Monitor monitor;
  private long events;
  private boolean replaying;
  private int redelivered;

  private JournaledMonitor(
      ProbityStore store, String monitorId, Clock live, WarningListener downstream) {
    this.store = store;
    this.monitorId = monitorId;
    this.live = live;
    this.downstream = downstream;
  }

  static JournaledMonitor open(
      ProbityStore store,
      String monitorId,
      Supplier<Monitor.Builder> builder,
      Clock live,
      WarningListener downstream) {
    JournaledMonitor jm = new JournaledMonitor(store, monitorId, live, downstream);
    jm.monitor = builder.get().clock(jm.clock).addListener(jm.new Relay()).build();
    jm.replay();
    return jm;
  }

  /** Replays the journal into the fresh monitor. */
  private synchronized void replay() {
    replaying = true;
    try {
      Tx.read(
          store.dataSource(),
          "Replaying the journal of monitor " + monitorId,
          c -> {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT warning_id FROM probity_monitor_warning WHERE monitor_id = ?")) {
              ps.setString(1, monitorId);
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  delivered.add(rs.getString(1));
                }
              }
            }
            try (PreparedStatement ps =
                c.prepareStatement(
                    "SELECT event_no, kind, clock_exact, signal_document FROM probity_monitor_event"
                        + " WHERE monitor_id = ? ORDER BY event_no")) {
              ps.setString(1, monitorId);
              try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                  events = rs.getLong(1);
                  clock.at = Instant.parse(rs.getString(3));
                  String kind = rs.getString(2);
                  Monitor m = monitor();
                  if (kind.equals(SUBMIT)) {
                    m.submit(signal(rs.getString(4)));
                  } else if (kind.equals(ADVANCE)) {
                    m.advance();
                  } else {
                    m.flush();
                  }
                }
              }
            }
            return true;
          });
    } finally {
      replaying = false;
    }
  }

  private Monitor monitor() {
    Monitor m = monitor;
    if (m == null) {
      throw new IllegalStateException("The monitor is not built yet");
    }
    return m;
  }

  private Signal signal(String document) {
    List<Signal> signals =
        store.json().readSignals(document.getBytes(StandardCharsets.UTF_8)).value();
    if (signals.size() != 1) {
      throw new StoreException("A journaled signal document holds " + signals.size() + " signals");
    }
    return signals.get(0);
  }

  /**
   * Journals the signal, then submits it; see {@link Monitor#submit}.
   *
   * @param signal the signal
   * @return whether the monitor took it
   * @throws StoreException if it cannot be journaled; then it is not submitted
   */
  public synchronized boolean submit(Signal signal) {
    journal(SUBMIT, signal);
    return monitor().submit(signal);
  }

  /**
   * Journals the call, then advances the monitor to its clock; see {@link Monitor#advance}.
   *
   * @return the warnings raised
   * @throws StoreException if it cannot be journaled; then the monitor is not advanced
   */
  public synchronized List<Warning> advance() {
    journal(ADVANCE, null);
    return monitor().advance();
  }

  /**
   * Journals the call, then evaluates every buffered signal; see {@link Monitor#flush}.
   *
   * @return the warnings raised
   * @throws StoreException if it cannot be journaled; then nothing is flushed
   */
  public synchronized List<Warning> flush() {
    journal(FLUSH, null);
    return monitor().flush();
  }

  /**
   * Returns the number of calls the journal holds, replayed ones included.
   *
   * @return the count
   */
  public synchronized long journaled() {
    return events;
  }

  /**
   * Returns the number of warnings the replay at {@link MonitorJournal#open} delivered because the
   * journal did not show them as delivered (raised just before a crash).
   *
   * @return the count
   */
  public synchronized int redelivered() {
    return redelivered;
  }

  private void journal(String kind, @Nullable Signal signal) {
    Instant now = live.instant();
    long no = events + 1;
    Tx.run(
        store.dataSource(),
        "Journaling a call to monitor " + monitorId,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO probity_monitor_event (monitor_id, event_no, kind, clock_exact,"
                      + " signal_document) VALUES (?, ?, ?, ?, "
                      + store.dialect().jsonParameter()
                      + ")")) {
            ps.setString(1, monitorId);
            ps.setLong(2, no);
            ps.setString(3, kind);
            ps.setString(4, now.toString());
            if (signal == null) {
              ps.setNull(5, Types.VARCHAR);
            } else {
              ps.setString(
                  5,
                  new String(store.json().writeSignals(List.of(signal)), StandardCharsets.UTF_8));
            }
            ps.executeUpdate();
          }
          return true;
        });
    events = no;
    clock.at = now;
  }

  private void record(Warning w) {
    Tx.run(
        store.dataSource(),
        "Journaling warning " + w.getId(),
        c -> {
          insertWarning(c, w);
          return true;
        });
    delivered.add(w.getId());
  }

  private void insertWarning(Connection c, Warning w) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO probity_monitor_warning (monitor_id, warning_id, event_no)"
                + " VALUES (?, ?, ?)")) {
      ps.setString(1, monitorId);
      ps.setString(2, w.getId());
      ps.setLong(3, events);
      ps.executeUpdate();
    } catch (SQLException e) {
      if (!Dialect.isDuplicateKey(e)) {
        throw e;
      }
    }
  }

  /** Forwards what the monitor raises: live always, in the replay only what was never delivered. */
  private final class Relay implements WarningListener {
    @Override
    public void onWarning(Warning warning) {
      if (replaying) {
        if (delivered.contains(warning.getId())) {
          return;
        }
        redelivered++;
      }
      // Delivered first, then recorded: a crash in between delivers it again, never loses it.
      downstream.onWarning(warning);
      record(warning);
    }

    @Override
    public void onEscalation(Escalation escalation) {
      if (!replaying) {
        downstream.onEscalation(escalation);
      }
    }

    @Override
    public void onRejected(Signal signal, Rejection reason) {
      if (!replaying) {
        downstream.onRejected(signal, reason);
      }
    }
  }

  /** The monitor's clock: the time of the call being made or replayed. */
  private static final class JournalClock extends Clock {
    private volatile Instant at = Instant.EPOCH;

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("The journal clock is UTC");
    }

    @Override
    public Instant instant() {
      return at;
    }
  }
}
