package io.github.probity.store.jdbc;

import io.github.probity.archive.Archive;
import io.github.probity.model.Ledger;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.mariadb.jdbc.MariaDbDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The writer {@link KilledWriterTest} kills: one thread appends archive revisions without end while
 * the main thread saves a large ledger revision. Announces both on standard output.
 */
final class KilledWriterChild {
  private KilledWriterChild() {}

  /**
   * Runs the writer.
   *
   * @param args JDBC URL, unit code, number of risk points
   */
  public static void main(String[] args) throws InterruptedException {
    String url = args[0];
    DataSource ds;
    if (url.startsWith("jdbc:h2:")) {
      JdbcDataSource h2 = new JdbcDataSource();
      h2.setURL(url);
      h2.setUser("sa");
      ds = h2;
    } else if (url.startsWith("jdbc:mariadb:")) {
      try {
        ds = new MariaDbDataSource(url);
      } catch (SQLException e) {
        throw new IllegalArgumentException(e);
      }
    } else {
      PGSimpleDataSource pg = new PGSimpleDataSource();
      pg.setURL(url);
      pg.setUser("postgres");
      ds = pg;
    }
    ProbityStore store = ProbityStore.of(ds);
    Archive archive = KilledWriterTest.archive(args[1]);
    Thread appender =
        new Thread(
            () -> {
              for (int i = 0; ; i++) {
                store.archives().append(archive, "被终止的写入者", "记录" + i);
                if (i == 0) {
                  announce("APPENDING");
                }
              }
            });
    appender.setDaemon(true);
    appender.start();
    Ledger ledger = KilledWriterTest.large(args[1], Integer.parseInt(args[2]));
    announce("SAVING");
    store.ledgers().save(ledger, 1, "被终止的写入者");
    announce("SAVED");
    appender.join();
  }

  private static synchronized void announce(String what) {
    System.out.println(what);
    System.out.flush();
  }
}
