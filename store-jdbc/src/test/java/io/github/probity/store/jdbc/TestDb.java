package io.github.probity.store.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The databases the contract tests run on; each call gives a fresh, empty database. */
enum TestDb {
  H2(Dialect.H2) {
    @Override
    DataSource newDatabase() {
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL(
          "jdbc:h2:mem:probity"
              + COUNTER.incrementAndGet()
              + ";DB_CLOSE_DELAY=-1;LOCK_TIMEOUT=10000");
      ds.setUser("sa");
      return ds;
    }
  },
  POSTGRESQL(Dialect.POSTGRESQL) {
    @Override
    DataSource newDatabase() {
      return new PooledDataSource(EmbeddedPg.newDatabase());
    }
  },
  /** A real MariaDB server from the system's package; skipped where it is not installed. */
  MARIADB(Dialect.MYSQL) {
    @Override
    DataSource newDatabase() {
      return new PooledDataSource(EmbeddedMariaDb.newDatabase());
    }
  };

  private static final AtomicInteger COUNTER = new AtomicInteger();

  private final Dialect dialect;

  TestDb(Dialect dialect) {
    this.dialect = dialect;
  }

  /** {@return the dialect the store detects on this database} */
  Dialect dialect() {
    return dialect;
  }

  abstract DataSource newDatabase();
}
