package io.github.probity.store.jdbc;

import io.github.probity.model.Coded;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Calendar;
import java.util.Locale;
import java.util.TimeZone;

/**
 * The databases the store runs on, each with its own migrations where the SQL differs.
 *
 * <p>PostgreSQL-compatible databases (e.g. KingbaseES in its PostgreSQL mode) use {@link
 * #POSTGRESQL}. Detected from the driver's product name by {@link #detect(Connection)}, or set on
 * the {@link ProbityStore.Builder}.
 *
 * @since 0.1.0
 */
public enum Dialect implements Coded {
  /** PostgreSQL 12 or later: documents as {@code jsonb}, triggers keep revisions append-only. */
  POSTGRESQL("POSTGRESQL", "PostgreSQL", "postgresql"),
  /**
   * MySQL 8.0 or later and MariaDB (InnoDB): documents as {@code JSON}, times in UTC. MariaDB is
   * detected as this dialect, by MariaDB's driver and by MySQL's.
   */
  MYSQL("MYSQL", "MySQL", "mysql"),
  /** H2 2.x, in memory or in a file: documents as {@code CLOB}. */
  H2("H2", "H2", "h2");

  private final String code;
  private final String label;
  private final String folder;

  Dialect(String code, String label, String folder) {
    this.code = code;
    this.label = label;
    this.folder = folder;
  }

  @Override
  public String code() {
    return code;
  }

  @Override
  public String displayName() {
    return label;
  }

  /**
   * Returns where this dialect's migrations are on the class path, in Flyway's notation; a DBA who
   * applies them by hand finds them in the jar under the same path.
   *
   * @return e.g. {@code classpath:io/github/probity/store/jdbc/migration/postgresql}
   */
  public String migrationLocation() {
    return "classpath:io/github/probity/store/jdbc/migration/" + folder;
  }

  /**
   * Finds the dialect of a connection from its database product name.
   *
   * @param connection an open connection
   * @return the dialect
   * @throws SQLException if the metadata cannot be read
   * @throws IllegalArgumentException if the database is none of the supported ones
   */
  public static Dialect detect(Connection connection) throws SQLException {
    DatabaseMetaData meta = connection.getMetaData();
    String product = meta.getDatabaseProductName().toLowerCase(Locale.ROOT);
    if (product.contains("postgres") || product.contains("kingbase")) {
      return POSTGRESQL;
    }
    if (product.contains("mysql") || product.contains("mariadb")) {
      return MYSQL;
    }
    if (product.equals("h2")) {
      return H2;
    }
    throw new IllegalArgumentException(
        "Unsupported database "
            + meta.getDatabaseProductName()
            + "; supported: PostgreSQL, MySQL 8, MariaDB, H2 (set the dialect explicitly for a"
            + " compatible database)");
  }

  /** The parameter marker of a JSON document column. */
  String jsonParameter() {
    return this == POSTGRESQL ? "CAST(? AS jsonb)" : "?";
  }

  /** Binds an instant to a timestamp column. */
  void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
    if (this == MYSQL) {
      ps.setTimestamp(index, Timestamp.from(at), utc());
    } else {
      ps.setObject(index, at.atOffset(ZoneOffset.UTC));
    }
  }

  /** Reads an instant from a timestamp column. */
  Instant getInstant(ResultSet rs, String column) throws SQLException {
    if (this == MYSQL) {
      return rs.getTimestamp(column, utc()).toInstant();
    }
    return rs.getObject(column, OffsetDateTime.class).toInstant();
  }

  private static Calendar utc() {
    return Calendar.getInstance(TimeZone.getTimeZone(ZoneOffset.UTC), Locale.ROOT);
  }

  /** Tells whether an exception says that a unique key is already taken. */
  static boolean isDuplicateKey(SQLException e) {
    String state = e.getSQLState();
    return state != null
        && (state.equals("23505") || (state.equals("23000") && e.getErrorCode() == 1062));
  }

  /**
   * Tells whether an exception says that a concurrent transaction got in the way: serialization
   * failure, deadlock, lock timeout, H2's concurrent update, or MariaDB's "record has changed since
   * last read" (1020, under {@code innodb_snapshot_isolation}, the default from MariaDB 11.6).
   */
  static boolean isConcurrencyFailure(SQLException e) {
    String state = e.getSQLState();
    int code = e.getErrorCode();
    return state != null
        && (state.startsWith("40")
            || state.equals("55P03")
            || code == 90131
            || code == 50200
            || code == 1205
            || code == 1213
            || (code == 1020 && state.equals("HY000")));
  }
}
