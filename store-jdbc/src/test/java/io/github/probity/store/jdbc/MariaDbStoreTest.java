package io.github.probity.store.jdbc;

import java.sql.SQLException;

/**
 * The store's contract on a real MariaDB server (the {@code mysql} migrations), and what only
 * MariaDB can show: the documented privileges of an application account.
 */
class MariaDbStoreTest extends StoreContract {
  @Override
  TestDb db() {
    return TestDb.MARIADB;
  }

  /**
   * Drops the table's append-only triggers for one statement, as a DBA could, and restores them.
   */
  @Override
  void tamper(String table, String sql) throws SQLException {
    execute("DROP TRIGGER " + table + "_append_only_u");
    execute("DROP TRIGGER " + table + "_append_only_d");
    try {
      execute(sql);
    } finally {
      for (String[] event : new String[][] {{"u", "UPDATE"}, {"d", "DELETE"}}) {
        execute(
            "CREATE TRIGGER "
                + table
                + "_append_only_"
                + event[0]
                + " BEFORE "
                + event[1]
                + " ON "
                + table
                + " FOR EACH ROW SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = 'probity: "
                + table
                + " is append-only'");
      }
    }
  }

  /** MariaDB's {@code JSON} is {@code LONGTEXT} checked by {@code JSON_VALID}: plain text. */
  @Override
  String jsonReplace(String from, String to, String column) {
    return "REPLACE(" + column + ", '" + from + "', '" + to + "')";
  }
}
