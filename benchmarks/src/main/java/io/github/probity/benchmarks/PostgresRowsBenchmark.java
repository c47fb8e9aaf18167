package io.github.probity.benchmarks;

import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import io.github.probity.store.jdbc.ProbityStore;
import java.io.IOException;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.PGConnection;

/**
 * Whether COPY would pay for the store's rows on PostgreSQL: {@value #ROWS} rows of {@code
 * probity_risk_point}, as {@code LedgerStore} writes them (a prepared INSERT in batches of 1,000,
 * {@code reWriteBatchedInserts=true}), against {@code COPY … FROM STDIN} of the same rows as CSV,
 * the CSV's making included. One transaction each, into a fresh, migrated database.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class PostgresRowsBenchmark {
  static final int ROWS = 100_000;

  private static final String COLUMNS =
      "unit_code, ledger_year, revision, point_id, point_no, owner_scope, owner_id, department_id,"
          + " category, title, proposed_level, decided_level, effective_level, decided,"
          + " measure_count";

  private final Ledger ledger = BigLedgers.ledger(ROWS);
  private final List<RiskPoint> points = ledger.getRiskPoints();
  private @Nullable DataSource ds;

  /** A fresh database holding revision 1 of the ledger's unit, without its rows. */
  @Setup(Level.Invocation)
  public void open() {
    DataSource d = BenchPostgres.newDatabase();
    ProbityStore store = ProbityStore.of(d);
    store.migrate();
    store.ledgers().save(BigLedgers.head(), 0, "张三");
    ds = d;
  }

  private Connection connection() throws SQLException {
    if (ds == null) {
      throw new IllegalStateException("no database");
    }
    Connection c = ds.getConnection();
    c.setAutoCommit(false);
    return c;
  }

  /**
   * Inserts the rows with a batched prepared statement.
   *
   * @return the rows
   * @throws SQLException if the database fails
   */
  @Benchmark
  public int batchedInsert() throws SQLException {
    try (Connection c = connection();
        PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO probity_risk_point ("
                    + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      int no = 0;
      for (RiskPoint rp : points) {
        ps.setString(1, ledger.getUnit().getCode());
        ps.setInt(2, ledger.getYear());
        ps.setInt(3, 1);
        ps.setString(4, rp.getId());
        ps.setInt(5, ++no);
        ps.setString(6, rp.getOwner().getScope().code());
        ps.setString(7, rp.getOwner().getId());
        ps.setString(8, "D-1");
        ps.setString(9, rp.getCategory().code());
        ps.setString(10, rp.getTitle());
        ps.setString(11, rp.getLevel().map(RiskLevel::code).orElse(null));
        ps.setString(12, rp.getDecision().map(d -> d.getLevel().code()).orElse(null));
        ps.setString(13, rp.effectiveLevel().map(RiskLevel::code).orElse(null));
        ps.setBoolean(14, rp.getDecision().isPresent());
        ps.setInt(15, rp.getMeasures().size());
        ps.addBatch();
        if (no % 1000 == 0) {
          ps.executeBatch();
        }
      }
      ps.executeBatch();
      c.commit();
      return no;
    }
  }

  /**
   * Copies the same rows in as CSV.
   *
   * @return the rows
   * @throws SQLException if the database fails
   * @throws IOException never
   */
  @Benchmark
  public long copy() throws SQLException, IOException {
    StringBuilder csv = new StringBuilder(points.size() * 120);
    int no = 0;
    for (RiskPoint rp : points) {
      csv.append(ledger.getUnit().getCode()).append(',').append(ledger.getYear()).append(",1,");
      quote(csv, rp.getId()).append(',').append(++no).append(',');
      csv.append(rp.getOwner().getScope().code()).append(',');
      quote(csv, rp.getOwner().getId()).append(",D-1,");
      csv.append(rp.getCategory().code()).append(',');
      quote(csv, rp.getTitle()).append(',');
      csv.append(rp.getLevel().map(RiskLevel::code).orElse("")).append(',');
      csv.append(rp.getDecision().map(d -> d.getLevel().code()).orElse("")).append(',');
      csv.append(rp.effectiveLevel().map(RiskLevel::code).orElse("")).append(',');
      csv.append(rp.getDecision().isPresent()).append(',');
      csv.append(rp.getMeasures().size()).append('\n');
    }
    try (Connection c = connection()) {
      long rows =
          c.unwrap(PGConnection.class)
              .getCopyAPI()
              .copyIn(
                  "COPY probity_risk_point (" + COLUMNS + ") FROM STDIN (FORMAT csv)",
                  new StringReader(csv.toString()));
      c.commit();
      return rows;
    }
  }

  private static StringBuilder quote(StringBuilder csv, String value) {
    csv.append('"');
    for (int i = 0; i < value.length(); i++) {
      char ch = value.charAt(i);
      if (ch == '"') {
        csv.append('"');
      }
      csv.append(ch);
    }
    return csv.append('"');
  }
}
