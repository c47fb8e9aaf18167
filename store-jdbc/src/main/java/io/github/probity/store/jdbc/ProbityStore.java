package io.github.probity.store.jdbc;

import io.github.probity.json.ProbityJson;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.MigrateResult;
import org.jspecify.annotations.Nullable;

/**
 * The entry point of the JDBC store: ledgers with their revisions and post archives with their hash
 * chains, in the host's own database.
 *
 * <pre>{@code
 * ProbityStore store = ProbityStore.of(dataSource);
 * store.migrate();
 * LedgerRevision r1 = store.ledgers().save(ledger, 0, "张三");
 * LedgerRevision r2 = store.ledgers().save(revised, r1.getRevision(), "李四");
 * store.archives().append(archive, "张三", "建立岗位廉政风险档案");
 * }</pre>
 *
 * <p>Every operation takes a connection from the data source and returns it before it returns; a
 * write is one transaction. {@link #migrate()} applies the versioned SQL of the {@link Dialect}
 * with Flyway, its history kept in {@code probity_schema_history} beside the host's own tables (a
 * DBA may apply the same files by hand instead). Immutable and thread-safe; share one instance.
 *
 * @since 0.1.0
 */
public final class ProbityStore {
  /** The table Flyway keeps the store's schema history in. */
  public static final String HISTORY_TABLE = "probity_schema_history";

  private final DataSource dataSource;
  private final Dialect dialect;
  private final ProbityJson json;
  private final Clock clock;
  private final LedgerStore ledgers;
  private final ArchiveStore archives;
  private final ReviewStore reviews;
  private final CaseStore cases;
  private final MonitorJournal monitors;

  private ProbityStore(Builder b, Dialect dialect) {
    this.dataSource = b.dataSource;
    this.dialect = dialect;
    this.json = b.json;
    // Databases keep microseconds: what a save returns equals what a later read gives.
    this.clock = Clock.tick(b.clock, Duration.ofNanos(1000));
    this.ledgers = new LedgerStore(this);
    this.archives = new ArchiveStore(this);
    this.reviews = new ReviewStore(this);
    this.cases = new CaseStore(this);
    this.monitors = new MonitorJournal(this);
  }

  /**
   * Returns a store over a data source, its dialect detected from the database, with strict
   * canonical JSON and the system clock in UTC.
   *
   * @param dataSource the host's data source
   * @return the store
   * @throws StoreException if no connection can be had to detect the dialect
   */
  public static ProbityStore of(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /**
   * {@return a builder over a data source}
   *
   * @param dataSource the host's data source
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  /**
   * Applies the store's migrations that the database does not have yet; a database that already
   * holds the host's own tables is baselined below the store's first version, so every migration of
   * the store still runs.
   *
   * @return the number of migrations applied
   * @throws StoreException if a migration fails
   */
  public int migrate() {
    try {
      MigrateResult result = flyway().migrate();
      return result.migrationsExecuted;
    } catch (FlywayException e) {
      throw new StoreException("Migrating the Probity store failed: " + e.getMessage(), e);
    }
  }

  private Flyway flyway() {
    return Flyway.configure(ProbityStore.class.getClassLoader())
        .dataSource(dataSource)
        .locations(dialect.migrationLocation())
        .table(HISTORY_TABLE)
        .baselineOnMigrate(true)
        .baselineVersion("0")
        .load();
  }

  /** {@return the ledger store} */
  public LedgerStore ledgers() {
    return ledgers;
  }

  /** {@return the archive store} */
  public ArchiveStore archives() {
    return archives;
  }

  /** {@return the review store: measures' review trails} */
  public ReviewStore reviews() {
    return reviews;
  }

  /** {@return the case store: warnings and disposition cases} */
  public CaseStore cases() {
    return cases;
  }

  /**
   * Returns the monitor journals: monitors restored after a restart.
   *
   * @return the journals
   */
  public MonitorJournal monitors() {
    return monitors;
  }

  /** {@return the dialect} */
  public Dialect dialect() {
    return dialect;
  }

  DataSource dataSource() {
    return dataSource;
  }

  ProbityJson json() {
    return json;
  }

  Clock clock() {
    return clock;
  }

  /** Builds a {@link ProbityStore}. Not thread-safe. */
  public static final class Builder {
    private final DataSource dataSource;
    private @Nullable Dialect dialect;
    private ProbityJson json = ProbityJson.strict();
    private Clock clock = Clock.systemUTC();

    private Builder(DataSource dataSource) {
      this.dataSource = dataSource;
    }

    /**
     * Sets the dialect; detected from the database by default.
     *
     * @param dialect the dialect
     * @return this builder
     */
    public Builder dialect(Dialect dialect) {
      this.dialect = dialect;
      return this;
    }

    /**
     * Sets the JSON instance documents are written and read with; {@link ProbityJson#strict()} by
     * default. Its limits bound what is read back.
     *
     * @param json the instance
     * @return this builder
     */
    public Builder json(ProbityJson json) {
      this.json = json;
      return this;
    }

    /**
     * Sets the clock that stamps revisions; the system clock by default. It is read to the
     * microsecond.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Builds the store.
     *
     * @return the store
     * @throws StoreException if the dialect is to be detected and no connection can be had
     */
    public ProbityStore build() {
      Dialect d = dialect;
      if (d == null) {
        try (Connection c = dataSource.getConnection()) {
          d = Dialect.detect(c);
        } catch (SQLException e) {
          throw new StoreException("Detecting the database failed: " + e.getMessage(), e);
        }
      }
      return new ProbityStore(this, d);
    }
  }
}
