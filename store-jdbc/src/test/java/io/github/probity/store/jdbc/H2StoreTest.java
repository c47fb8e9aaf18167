package io.github.probity.store.jdbc;

import java.sql.SQLException;

/** The store's contract on H2. */
class H2StoreTest extends StoreContract {
  @Override
  TestDb db() {
    return TestDb.H2;
  }

  @Override
  void tamper(String table, String sql) throws SQLException {
    execute("DROP TRIGGER " + table + "_append_only");
    try {
      execute(sql);
    } finally {
      execute(
          "CREATE TRIGGER "
              + table
              + "_append_only BEFORE UPDATE, DELETE ON "
              + table
              + " FOR EACH ROW CALL 'io.github.probity.store.jdbc.h2.AppendOnlyTrigger'");
    }
  }

  @Override
  String jsonReplace(String from, String to, String column) {
    return "REPLACE(" + column + ", '" + from + "', '" + to + "')";
  }
}
