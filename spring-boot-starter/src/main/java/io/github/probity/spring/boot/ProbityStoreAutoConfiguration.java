package io.github.probity.spring.boot;

import io.github.probity.json.ProbityJson;
import io.github.probity.store.jdbc.Dialect;
import io.github.probity.store.jdbc.ProbityStore;
import java.time.Clock;
import javax.sql.DataSource;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization;
import org.springframework.context.annotation.Bean;

/**
 * Declares the JDBC store ({@link ProbityStore}) over the application's {@link DataSource}, where
 * {@code probity-store-jdbc} is on the class path and the application has one data source (its own
 * or Boot's), unless {@code probity.store.enabled=false} or the application declares its own store.
 *
 * <p>The store's migrations run when the bean is created, by the store's own means ({@link
 * ProbityStore#migrate()}: Flyway, its history in {@code probity_schema_history}), apart from the
 * application's own migrations and after them: the bean depends on the application's database
 * initialization (Boot's Flyway or Liquibase integration, {@code spring.sql.init}), so the
 * application's first migration meets the schema it expects. {@code probity.store.migrate=false}
 * leaves the schema to a DBA who applies the store's SQL by hand.
 *
 * @since 0.1.0
 */
@AutoConfiguration(
    after = ProbityAutoConfiguration.class,
    afterName = {
      "org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration",
      "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration"
    })
@ConditionalOnClass(ProbityStore.class)
@ConditionalOnSingleCandidate(DataSource.class)
@ConditionalOnProperty(
    prefix = "probity.store",
    name = "enabled",
    havingValue = "true",
    matchIfMissing = true)
@EnableConfigurationProperties(ProbityStoreProperties.class)
public class ProbityStoreAutoConfiguration {

  /** Creates the configuration; Spring calls it. */
  public ProbityStoreAutoConfiguration() {}

  /**
   * The store over the application's data source, migrated unless {@code
   * probity.store.migrate=false}, once the application's own database initialization is done. It
   * stamps revisions with the {@link Clock} bean and writes strict, canonical documents within the
   * {@link ProbityJson} bean's limits, whatever {@code probity.json.mode} and {@code
   * probity.json.pretty} say of the documents over HTTP.
   *
   * @param dataSource the application's data source
   * @param json the JSON entry point whose limits apply
   * @param clock the clock
   * @param properties the store's settings
   * @return the store
   * @throws io.github.probity.store.jdbc.StoreException if the database cannot be reached to detect
   *     its dialect, or a migration fails
   */
  @Bean
  @ConditionalOnMissingBean
  @DependsOnDatabaseInitialization
  public ProbityStore probityStore(
      DataSource dataSource, ProbityJson json, Clock clock, ProbityStoreProperties properties) {
    ProbityStore.Builder b =
        ProbityStore.builder(dataSource)
            .json(ProbityJson.builder().limits(json.limits()).build())
            .clock(clock);
    Dialect dialect = properties.getDialect();
    if (dialect != null) {
      b.dialect(dialect);
    }
    ProbityStore store = b.build();
    if (properties.isMigrate()) {
      store.migrate();
    }
    return store;
  }
}
