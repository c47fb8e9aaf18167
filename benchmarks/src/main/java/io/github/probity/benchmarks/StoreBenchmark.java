package io.github.probity.benchmarks;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.model.Ledger;
import io.github.probity.store.jdbc.Dialect;
import io.github.probity.store.jdbc.LedgerRevision;
import io.github.probity.store.jdbc.ProbityStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The JDBC store on embedded PostgreSQL (zonky's binaries, durable defaults, {@code
 * reWriteBatchedInserts=true}) and on an H2 file ({@code WRITE_DELAY=0}, as {@code H2Files.open}
 * sets it): saving a ledger revision of {@value #POINTS} risk points (its document, posts, points
 * and measures rows), loading it back (document read, parsed, hash checked), and storing {@value
 * #CHAINS} posts' archive chains of {@value #REVISIONS} revisions each ({@code ArchiveStore.save},
 * {@value #CHAINS} transactions, {@code CHAINS × REVISIONS} revisions in all). Each invocation gets
 * a fresh, migrated database; times are of one call, in seconds.
 *
 * <pre>
 * java -cp "benchmarks/target/classes:benchmarks/target/lib/*" org.openjdk.jmh.Main StoreBenchmark
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 5)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms3g", "-Xmx3g"})
public class StoreBenchmark {
  static final int POINTS = 100_000;
  static final int CHAINS = 1_000;
  static final int REVISIONS = 100;

  /** Where the store is. */
  @Param({"POSTGRESQL", "H2_FILE"})
  public String database = "POSTGRESQL";

  private final Ledger ledger = BigLedgers.ledger(POINTS);
  private final List<ArchiveHistory> histories = histories();

  private @Nullable Path h2Directory;
  private @Nullable Connection keepOpen;
  private @Nullable ProbityStore store;
  private int databases;

  /** {@value #CHAINS} chains of {@value #REVISIONS} revisions, of one post in as many units. */
  private static List<ArchiveHistory> histories() {
    Ledger small = BigLedgers.ledger(20);
    Archive base = Archive.of(small, small.getPosts().get(0).getId(), List.of());
    Instant t0 = Instant.parse("2026-03-01T00:00:00Z");
    List<ArchiveHistory> out = new ArrayList<>();
    for (int c = 0; c < CHAINS; c++) {
      Archive content = Archive.builder().from(base).unitCode("U-" + c).build();
      ArchiveHistory h =
          ArchiveHistory.start(content, "张三", "建立岗位廉政风险档案", Clock.fixed(t0, ZoneOffset.UTC));
      for (int r = 1; r < REVISIONS; r++) {
        h = h.revise(content, "张三", "年度确认", Clock.fixed(t0.plusSeconds(r), ZoneOffset.UTC));
      }
      out.add(h);
    }
    return out;
  }

  /** Opens a fresh, migrated database. */
  @Setup(Level.Invocation)
  public void open() throws SQLException, IOException {
    databases++;
    DataSource ds;
    if (database.equals("POSTGRESQL")) {
      ds = BenchPostgres.newDatabase();
      store = ProbityStore.of(ds);
    } else {
      h2Directory = Files.createTempDirectory("probity-bench-h2");
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(
          "jdbc:h2:file:"
              + h2Directory.resolve("store")
              + ";WRITE_DELAY=0;FILE_LOCK=FS;LOCK_TIMEOUT=10000");
      h2.setUser("sa");
      // H2 closes a file database with its last connection: one held open keeps it open.
      keepOpen = h2.getConnection();
      ds = h2;
      store = ProbityStore.builder(ds).dialect(Dialect.H2).build();
    }
    store.migrate();
  }

  /** Closes and deletes the H2 file. */
  @TearDown(Level.Invocation)
  public void close() throws SQLException, IOException {
    if (keepOpen != null) {
      keepOpen.close();
      keepOpen = null;
    }
    if (h2Directory != null) {
      try (Stream<Path> files = Files.walk(h2Directory)) {
        for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      h2Directory = null;
    }
  }

  private ProbityStore store() {
    if (store == null) {
      throw new IllegalStateException("no store");
    }
    return store;
  }

  /**
   * Saves the ledger as the first revision of its unit and year.
   *
   * @return the revision
   */
  @Benchmark
  public LedgerRevision saveLedger() {
    return store().ledgers().save(ledger, 0, "张三");
  }

  /** The ledger saved before each invocation of {@link #loadLedger}. */
  @State(Scope.Benchmark)
  public static class Saved {
    /**
     * Saves the ledger into the invocation's fresh database.
     *
     * @param b the benchmark's state, set up first
     */
    @Setup(Level.Invocation)
    public void save(StoreBenchmark b) {
      b.store().ledgers().save(b.ledger, 0, "张三");
    }
  }

  /**
   * Loads the saved ledger: its document read, parsed and checked against its hash.
   *
   * @param saved makes sure the ledger is saved
   * @return the revision read
   */
  @Benchmark
  public LedgerRevision loadLedger(Saved saved) {
    return store().ledgers().latest(ledger.getUnit().getCode(), ledger.getYear()).orElseThrow();
  }

  /**
   * Stores every chain, one transaction each.
   *
   * @return the revisions stored
   */
  @Benchmark
  public int saveArchiveRevisions() {
    int n = 0;
    for (ArchiveHistory h : histories) {
      n += store().archives().save(h);
    }
    return n;
  }
}
