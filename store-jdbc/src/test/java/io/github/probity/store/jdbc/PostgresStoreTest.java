package io.github.probity.store.jdbc;

import java.sql.SQLException;

/** The store's contract on a real PostgreSQL server. */
class PostgresStoreTest extends StoreContract {
  @Override
  TestDb db() {
    return TestDb.POSTGRESQL;
  }

  @Override
  void tamper(String table, String sql) throws SQLException {
    execute("ALTER TABLE " + table + " DISABLE TRIGGER USER");
    try {
      execute(sql);
    } finally {
      execute("ALTER TABLE " + table + " ENABLE TRIGGER USER");
    }
  }

  @Override
  String jsonReplace(String from, String to, String column) {
    return "CAST(REPLACE(CAST(" + column + " AS text), '" + from + "', '" + to + "') AS jsonb)";
  }
}
