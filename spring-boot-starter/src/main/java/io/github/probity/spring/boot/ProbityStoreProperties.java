package io.github.probity.spring.boot;

import io.github.probity.store.jdbc.Dialect;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The store's settings under {@code probity.store.*}, bound where {@code probity-store-jdbc} is on
 * the class path:
 *
 * <pre>
 * probity:
 *   store:
 *     migrate: false      # the DBA applies the store's SQL by hand
 *     dialect: POSTGRESQL # e.g. for a PostgreSQL-compatible database not detected as such
 * </pre>
 *
 * <p>A mutable bean bound once at start-up by Spring; not for use from other threads while bound.
 *
 * @since 0.1.0
 */
@ConfigurationProperties("probity.store")
public class ProbityStoreProperties {
  /** Whether the store is declared over the application's DataSource. */
  private boolean enabled = true;

  /**
   * Whether the store's migrations run at start-up (ProbityStore.migrate(), history in
   * probity_schema_history, apart from the application's own Flyway history); false when a DBA
   * applies the store's SQL files by hand.
   */
  private boolean migrate = true;

  /** The database's dialect (POSTGRESQL, MYSQL, H2); detected from the connection when not set. */
  private @Nullable Dialect dialect;

  /** Creates the settings with their defaults; Spring binds them. */
  public ProbityStoreProperties() {}

  /**
   * Returns whether the store is declared.
   *
   * @return whether it is
   */
  public boolean isEnabled() {
    return enabled;
  }

  /**
   * Sets whether the store is declared.
   *
   * @param enabled whether it is
   */
  public void setEnabled(boolean enabled) {
    this.enabled = enabled;
  }

  /**
   * Returns whether the store's migrations run at start-up.
   *
   * @return whether they do
   */
  public boolean isMigrate() {
    return migrate;
  }

  /**
   * Sets whether the store's migrations run at start-up.
   *
   * @param migrate whether they do
   */
  public void setMigrate(boolean migrate) {
    this.migrate = migrate;
  }

  /**
   * Returns the dialect.
   *
   * @return the dialect, or {@code null} to detect it
   */
  public @Nullable Dialect getDialect() {
    return dialect;
  }

  /**
   * Sets the dialect.
   *
   * @param dialect the dialect, or {@code null} to detect it
   */
  public void setDialect(@Nullable Dialect dialect) {
    this.dialect = dialect;
  }
}
