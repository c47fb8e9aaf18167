package io.github.probity.store.jdbc;

import java.nio.file.Path;
import org.h2.jdbcx.JdbcDataSource;

/**
 * The embedded default: a store in an H2 database file, for a command-line tool or a single-user
 * installation that has no database server. Needs {@code com.h2database:h2} on the class path.
 *
 * @since 0.1.0
 */
public final class H2Files {
  private H2Files() {}

  /**
   * Opens (or creates) a store in an H2 database file and applies the migrations. Commits are on
   * disk when a call returns ({@code WRITE_DELAY=0}), so a killed process loses none; one process
   * at a time holds the file.
   *
   * @param file the database file without H2's {@code .mv.db} suffix, e.g. {@code
   *     probity-out/store}
   * @return the migrated store
   * @throws StoreException if the file cannot be opened or migrated
   */
  public static ProbityStore open(Path file) {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL(
        "jdbc:h2:file:" + file.toAbsolutePath() + ";WRITE_DELAY=0;FILE_LOCK=FS;LOCK_TIMEOUT=10000");
    ds.setUser("sa");
    ProbityStore store = ProbityStore.builder(ds).dialect(Dialect.H2).build();
    store.migrate();
    return store;
  }
}
