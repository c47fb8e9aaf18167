package io.github.probity.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The store's contract on a real PostgreSQL server, and what only PostgreSQL can show. */
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

  @Test
  void everyQueryOfTheScreensIsServedByAnIndex() throws SQLException {
    String current = "unit_code = 'U' AND ledger_year = 2026 AND revision = 1";
    List<String> queries =
        List.of(
            "SELECT point_id FROM probity_risk_point WHERE "
                + current
                + " AND department_id = 'D' AND effective_level = 'HIGH'",
            "SELECT point_id FROM probity_risk_point WHERE "
                + current
                + " AND effective_level = 'HIGH' AND category = 'DUTY'",
            "SELECT point_id FROM probity_risk_point WHERE " + current + " AND category = 'DUTY'",
            "SELECT point_id FROM probity_risk_point WHERE " + current + " AND decided = FALSE",
            "SELECT measure_id FROM probity_measure WHERE "
                + current
                + " AND deadline <= DATE '2026-09-30' ORDER BY deadline",
            "SELECT case_id FROM probity_case_head WHERE book_id = 'B' AND is_open = TRUE"
                + " ORDER BY due_at",
            "SELECT 1 FROM probity_archive_revision WHERE unit_code = 'U' AND archive_year = 2026"
                + " AND post_id = 'P'",
            "SELECT point_id FROM probity_level_decision WHERE unit_code = 'U'"
                + " AND ledger_year = 2026 AND point_id = 'RP'");
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.execute("SET enable_seqscan = off");
      for (String sql : queries) {
        StringBuilder plan = new StringBuilder();
        try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
          while (rs.next()) {
            plan.append(rs.getString(1)).append('\n');
          }
        }
        assertThat(plan.toString()).as(sql).contains("Index").doesNotContain("Seq Scan");
      }
      s.execute("RESET enable_seqscan");
    }
  }
}
