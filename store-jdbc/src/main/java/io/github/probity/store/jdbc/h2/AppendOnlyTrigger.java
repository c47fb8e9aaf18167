package io.github.probity.store.jdbc.h2;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;
import org.jspecify.annotations.Nullable;

/**
 * Refuses every update and delete of a row of the table it is attached to; the H2 migrations attach
 * it to the tables of stored revisions. Called by H2, not by applications. Stateless apart from the
 * table name and thread-safe.
 *
 * @since 0.1.0
 */
public final class AppendOnlyTrigger implements Trigger {
  /** SQLState of the refusal: a raised exception, as PostgreSQL's migrations raise it. */
  public static final String SQL_STATE = "P0001";

  private String table = "";

  /** Creates the trigger; H2 calls it. */
  public AppendOnlyTrigger() {}

  @Override
  public void init(
      Connection conn,
      String schemaName,
      String triggerName,
      String tableName,
      boolean before,
      int type) {
    this.table = tableName;
  }

  @Override
  public void fire(Connection conn, Object @Nullable [] oldRow, Object @Nullable [] newRow)
      throws SQLException {
    String op = newRow == null ? "DELETE" : "UPDATE";
    throw new SQLException(
        "probity: "
            + table.toLowerCase(java.util.Locale.ROOT)
            + " is append-only ("
            + op
            + " refused)",
        SQL_STATE);
  }
}
