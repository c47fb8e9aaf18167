package io.github.probity.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveAnchor;
import io.github.probity.model.Ledger;
import io.github.probity.review.ReviewRecord;
import io.github.probity.testkit.ArchiveGenerator;
import io.github.probity.testkit.CaseGenerator;
import io.github.probity.testkit.SignalGenerator;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningPolicy;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The store's contract on a real MariaDB server (the {@code mysql} migrations), and what only
 * MariaDB shows here: the privileges documented for an application account, and the indexes.
 */
class MariaDbStoreTest extends StoreContract {
  /** The tables that are never updated or deleted: their triggers refuse it. */
  static final List<String> APPEND_ONLY =
      List.of(
          "probity_ledger_revision",
          "probity_risk_point",
          "probity_measure",
          "probity_post",
          "probity_ledger_change",
          "probity_level_decision",
          "probity_archive_revision",
          "probity_review_step",
          "probity_warning_policy",
          "probity_case",
          "probity_case_event",
          "probity_archive_anchor",
          "probity_monitor_event",
          "probity_monitor_warning");

  /** The tables kept current. */
  static final List<String> KEPT_CURRENT =
      List.of("probity_ledger", "probity_case_book", "probity_case_head");

  @Override
  TestDb db() {
    return TestDb.MARIADB;
  }

  /**
   * Drops the table's append-only triggers for one statement, as a DBA could, and restores them.
   */
  @Override
  void tamper(String table, String sql) throws SQLException {
    dropTriggers(table);
    try {
      execute(sql);
    } finally {
      createTriggers(table);
    }
  }

  private void dropTriggers(String table) throws SQLException {
    execute("DROP TRIGGER " + table + "_append_only_u");
    execute("DROP TRIGGER " + table + "_append_only_d");
  }

  private void createTriggers(String table) throws SQLException {
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

  /** MariaDB's {@code JSON} is {@code LONGTEXT} checked by {@code JSON_VALID}: plain text. */
  @Override
  String jsonReplace(String from, String to, String column) {
    return "REPLACE(" + column + ", '" + from + "', '" + to + "')";
  }

  private String database() throws SQLException {
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT DATABASE()")) {
      rs.next();
      return rs.getString(1);
    }
  }

  @Test
  void anApplicationAccountWithOnlyTheDocumentedGrantsRunsTheStoreButRewritesNothing()
      throws SQLException {
    String database = database();
    String user = "app_" + database;
    List<String> grants = new ArrayList<>();
    grants.add("CREATE USER '" + user + "'@'127.0.0.1' IDENTIFIED BY 'app-secret'");
    for (String t : APPEND_ONLY) {
      grants.add(
          "GRANT SELECT, INSERT ON " + database + "." + t + " TO '" + user + "'@'127.0.0.1'");
    }
    for (String t : KEPT_CURRENT) {
      grants.add(
          "GRANT SELECT, INSERT, UPDATE ON "
              + database
              + "."
              + t
              + " TO '"
              + user
              + "'@'127.0.0.1'");
    }
    EmbeddedMariaDb.execute(grants.toArray(String[]::new));
    DataSource appDs = EmbeddedMariaDb.as(database, user, "app-secret");
    ProbityStore app = ProbityStore.of(appDs);

    // Everything the store does, as the application account.
    Ledger first = Fixtures.ledger(61, unit());
    String u = first.getUnit().getCode();
    int year = first.getYear();
    app.ledgers().save(first, 0, "张三");
    app.ledgers().save(Fixtures.revise(first, 61), 1, "李四");
    assertThatThrownBy(() -> app.ledgers().save(first, 1, "王五"))
        .isInstanceOf(StaleRevisionException.class);
    assertThat(app.ledgers().history(u, year)).hasSize(2);
    assertThat(app.ledgers().decisions(u, year)).isNotNull();
    Archive archive = archiveOf(first);
    app.archives().append(archive, "张三", "建档");
    app.archives().append(archive, "张三", "确认");
    ArchiveAnchor anchor = app.archives().anchor(u, year, archive.getPost().getId()).orElseThrow();
    assertThat(app.archives().keep(anchor)).isTrue();
    assertThat(app.archives().check(anchor).isIntact()).isTrue();
    for (ReviewRecord r : ArchiveGenerator.archive(61).getReviews()) {
      app.reviews().record(u, year, r);
    }
    CaseBook book = CaseGenerator.generate(61, first, 60, WarningPolicy.defaults());
    app.cases().record("BOOK-" + u, book);
    Clock clock = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);
    assertThat(app.cases().load("BOOK-" + u, clock).orElseThrow().cases()).isEqualTo(book.cases());
    List<Warning> delivered = new ArrayList<>();
    TestClock monitorClock = new TestClock();
    JournaledMonitor monitor =
        app.monitors()
            .open(
                "MONITOR-" + u,
                () ->
                    Monitor.builder()
                        .policy(WarningPolicy.defaults())
                        .ledger(first)
                        .indicators(Indicator.builtIns())
                        .allowedLateness(Duration.ofMinutes(30)),
                monitorClock,
                delivered::add);
    feed(
        SignalGenerator.stream(61, first, 40),
        0,
        40,
        monitorClock,
        monitor::submit,
        monitor::advance);
    monitor.flush();
    assertThat(monitor.journaled()).isPositive();

    // The application account may not change history, even with the triggers gone.
    for (String table : APPEND_ONLY) {
      dropTriggers(table);
    }
    try (Connection c = appDs.getConnection();
        Statement s = c.createStatement()) {
      for (String table : APPEND_ONLY) {
        for (String sql :
            List.of(
                "UPDATE " + table + " SET " + anyColumn(table) + " = NULL",
                "DELETE FROM " + table)) {
          assertThatThrownBy(() -> s.executeUpdate(sql))
              .as(sql)
              .isInstanceOf(SQLException.class)
              .hasMessageContaining("command denied");
        }
      }
    } finally {
      for (String table : APPEND_ONLY) {
        createTriggers(table);
      }
    }
    assertThat(count("probity_ledger_revision", u)).isEqualTo(2);
  }

  private static String anyColumn(String table) {
    if (table.equals("probity_warning_policy")) {
      return "policy_sha256";
    }
    if (table.startsWith("probity_case")) {
      return "book_id";
    }
    return table.startsWith("probity_monitor") ? "monitor_id" : "unit_code";
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
      for (String sql : queries) {
        try (ResultSet rs = s.executeQuery("EXPLAIN " + sql)) {
          assertThat(rs.next()).isTrue();
          assertThat(rs.getString("type")).as(sql).isNotEqualTo("ALL");
          assertThat(rs.getString("key")).as(sql).isNotNull();
        }
      }
    }
  }
}
