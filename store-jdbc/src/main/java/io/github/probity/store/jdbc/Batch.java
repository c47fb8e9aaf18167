package io.github.probity.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Adds rows to a prepared statement's batch and sends them a thousand at a time. */
final class Batch {
  private static final int SIZE = 1000;

  private final PreparedStatement ps;
  private int pending;

  Batch(PreparedStatement ps) {
    this.ps = ps;
  }

  void add() throws SQLException {
    ps.addBatch();
    if (++pending == SIZE) {
      ps.executeBatch();
      pending = 0;
    }
  }

  void finish() throws SQLException {
    if (pending > 0) {
      ps.executeBatch();
      pending = 0;
    }
  }
}
