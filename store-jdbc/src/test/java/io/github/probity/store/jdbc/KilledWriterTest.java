package io.github.probity.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.archive.Archive;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.LedgerGenerator;
import java.io.BufferedReader;
import java.io.File;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A JVM killed (SIGKILL) in the middle of a large ledger save and of archive appends: afterwards
 * the save is there whole or not at all, the archive chain verifies, and writing goes on.
 */
class KilledWriterTest {
  private static final int POINTS = 5_000;
  private static final int SMALL = 200;

  /** The year of the generated ledgers. */
  static final int YEAR = LedgerGenerator.generate(77, 1).getYear();

  static Ledger large(String unitCode, int points) {
    return Fixtures.withUnit(LedgerGenerator.generate(77, points), unitCode);
  }

  static Archive archive(String unitCode) {
    Ledger ledger = large(unitCode, SMALL);
    return Archive.of(ledger, ledger.getPosts().get(0).getId(), List.of());
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(TestDb.class)
  void aKilledWriterLeavesNothingHalfWritten(TestDb db) throws Exception {
    String unit = "KILLED-" + db;
    String url;
    DataSource ds;
    if (db == TestDb.H2) {
      url =
          "jdbc:h2:file:"
              + Paths.get("target", "killed-" + ProcessHandle.current().pid()).toAbsolutePath()
              + ";LOCK_TIMEOUT=10000;FILE_LOCK=FS;WRITE_DELAY=0";
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser("sa");
      ds = h2;
    } else {
      ds = db.newDatabase();
      DataSource target = ((PooledDataSource) ds).target();
      url =
          target instanceof MariaDbDataSource mariadb
              ? mariadb.getUrl()
              : ((PGSimpleDataSource) target).getUrl();
    }
    ProbityStore store = ProbityStore.of(ds);
    store.migrate();
    Ledger first = large(unit, SMALL);
    store.ledgers().save(first, 0, "张三");
    Archive archive = archive(unit);
    String post = archive.getPost().getId();
    store.archives().append(archive, "张三", "建档");

    Process child = start(url, unit);
    try (BufferedReader out =
        new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
      Set<String> seen = new HashSet<>();
      while (seen.size() < 2) {
        String line = out.readLine();
        assertThat(line).as("the child's output").isIn("APPENDING", "SAVING");
        seen.add(line);
      }
      // Mid-save: the document and the first batches of rows are on their way.
      Thread.sleep(300);
      child.destroyForcibly();
      assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
    }

    int current = store.ledgers().currentRevision(unit, YEAR).orElseThrow();
    assertThat(current).isIn(1, 2);
    assertThat(count(ds, "probity_ledger_revision", unit)).isEqualTo(current);
    long rows = count(ds, "probity_risk_point", unit);
    if (current == 1) {
      assertThat(rows).as("no half-written revision").isEqualTo(SMALL);
      assertThat(count(ds, "probity_measure", unit))
          .isEqualTo(first.getRiskPoints().stream().mapToLong(rp -> rp.getMeasures().size()).sum());
      assertThat(store.ledgers().latest(unit, YEAR).orElseThrow().getLedger()).isEqualTo(first);
    } else {
      assertThat(rows).isEqualTo(SMALL + POINTS);
      assertThat(store.ledgers().latest(unit, YEAR).orElseThrow().getLedger())
          .isEqualTo(large(unit, POINTS));
    }

    ArchiveCheck check = store.archives().check(unit, YEAR, post);
    assertThat(check.isIntact()).isTrue();
    // The child's first append was committed before it said so (H2 with WRITE_DELAY=0).
    assertThat(check.getRevisionCount()).isGreaterThan(1);
    assertThat(store.archives().append(archive, "张三", "重启后记录").getSequence())
        .isEqualTo(check.getRevisionCount() + 1);
    assertThat(store.ledgers().save(first, current, "张三").getRevision()).isEqualTo(current + 1);
  }

  private static Process start(String url, String unit) throws Exception {
    String cp =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    String java = Paths.get(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
            java,
            "-Xmx512m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            cp,
            KilledWriterChild.class.getName(),
            url,
            unit,
            Integer.toString(POINTS));
    pb.redirectError(new File("target", "killed-writer.log"));
    return pb.start();
  }

  private static long count(DataSource ds, String table, String unit) throws SQLException {
    try (Connection c = ds.getConnection();
        PreparedStatement ps =
            c.prepareStatement("SELECT COUNT(*) FROM " + table + " WHERE unit_code = ?")) {
      ps.setString(1, unit);
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getLong(1);
      }
    }
  }
}
