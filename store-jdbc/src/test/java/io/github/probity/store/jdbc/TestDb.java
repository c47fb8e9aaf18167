package io.github.probity.store.jdbc;

import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;

/** The databases the contract tests run on; each call gives a fresh, empty database. */
enum TestDb {
  H2 {
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
  POSTGRESQL {
    @Override
    DataSource newDatabase() {
      return new PooledDataSource(EmbeddedPg.newDatabase());
    }
  };

  private static final AtomicInteger COUNTER = new AtomicInteger();

  abstract DataSource newDatabase();
}
