package io.github.probity.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.store.jdbc.Dialect;
import io.github.probity.store.jdbc.LedgerRevision;
import io.github.probity.store.jdbc.ProbityStore;
import io.github.probity.testkit.SampleUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.sql.init.SqlInitializationAutoConfiguration;
import org.springframework.boot.test.context.FilteredClassLoader;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class ProbityStoreAutoConfigurationTest {
  private static final AtomicInteger DATABASES = new AtomicInteger();
  private static final Instant NOW = Instant.parse("2026-04-01T02:03:04.123456Z");

  private final ApplicationContextRunner runner =
      new ApplicationContextRunner()
          .withConfiguration(
              AutoConfigurations.of(
                  ProbityAutoConfiguration.class, ProbityStoreAutoConfiguration.class));

  private static DataSource h2() {
    JdbcDataSource ds = new JdbcDataSource();
    ds.setURL("jdbc:h2:mem:starter-store-" + DATABASES.incrementAndGet() + ";DB_CLOSE_DELAY=-1");
    return ds;
  }

  private static boolean hasTable(DataSource ds, String table) throws Exception {
    try (Connection c = ds.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, null, "%", null)) {
      while (rs.next()) {
        if (rs.getString("TABLE_NAME").equalsIgnoreCase(table)) {
          return true;
        }
      }
      return false;
    }
  }

  /** The types of the store's schema history rows, in order (TABLE, BASELINE, SQL). */
  private static List<String> historyTypes(DataSource ds) throws Exception {
    List<String> types = new ArrayList<>();
    try (Connection c = ds.getConnection();
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT \"type\" FROM \""
                        + ProbityStore.HISTORY_TABLE
                        + "\" ORDER BY \"installed_rank\"")) {
      while (rs.next()) {
        types.add(rs.getString(1));
      }
    }
    return types;
  }

  @Test
  void theStoreIsMigratedOverTheApplicationsDataSourceAndStampsWithTheClockBean() {
    DataSource ds = h2();
    runner
        .withBean(DataSource.class, () -> ds)
        .withBean(Clock.class, () -> Clock.fixed(NOW, ZoneOffset.UTC))
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed().hasSingleBean(ProbityStore.class);
              ProbityStore store = ctx.getBean(ProbityStore.class);
              assertThat(store.dialect()).isEqualTo(Dialect.H2);
              assertThat(hasTable(ds, ProbityStore.HISTORY_TABLE)).isTrue();
              assertThat(historyTypes(ds))
                  .doesNotContain("BASELINE")
                  .endsWith("SQL", "SQL", "SQL", "SQL");
              Ledger ledger = SampleUnit.ledger();
              LedgerRevision saved = store.ledgers().save(ledger, 0, "张三");
              assertThat(saved.getRevision()).isEqualTo(1);
              assertThat(saved.getSummary().getSavedAt()).isEqualTo(NOW);
              LedgerRevision read =
                  store
                      .ledgers()
                      .latest(ledger.getUnit().getCode(), ledger.getYear())
                      .orElseThrow();
              assertThat(read.getLedger()).isEqualTo(ledger);
            });
  }

  @Test
  void theStoreMigratesAfterTheApplicationsOwnDatabaseInitialization() {
    DataSource ds = h2();
    runner
        .withConfiguration(AutoConfigurations.of(SqlInitializationAutoConfiguration.class))
        .withBean(DataSource.class, () -> ds)
        .withPropertyValues(
            "spring.sql.init.mode=always",
            "spring.sql.init.schema-locations=classpath:store/host-schema.sql")
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed().hasSingleBean(ProbityStore.class);
              assertThat(hasTable(ds, "oa_document")).isTrue();
              // The store found the application's table already there: it baselined below its
              // first version and then ran every migration of its own.
              assertThat(historyTypes(ds))
                  .contains("BASELINE")
                  .endsWith("SQL", "SQL", "SQL", "SQL");
            });
  }

  @Test
  void withoutMigrationsTheSchemaIsLeftToTheDba() {
    DataSource ds = h2();
    runner
        .withBean(DataSource.class, () -> ds)
        .withPropertyValues("probity.store.migrate=false", "probity.store.dialect=H2")
        .run(
            ctx -> {
              assertThat(ctx).hasNotFailed().hasSingleBean(ProbityStore.class);
              assertThat(hasTable(ds, ProbityStore.HISTORY_TABLE)).isFalse();
              assertThat(hasTable(ds, "probity_ledger")).isFalse();
            });
  }

  @Test
  void noStoreWithoutADataSourceWhenSwitchedOffOrWithoutTheStoresJar() {
    runner.run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(ProbityStore.class));
    runner
        .withBean(DataSource.class, ProbityStoreAutoConfigurationTest::h2)
        .withPropertyValues("probity.store.enabled=false")
        .run(ctx -> assertThat(ctx).hasNotFailed().doesNotHaveBean(ProbityStore.class));
    runner
        .withBean(DataSource.class, ProbityStoreAutoConfigurationTest::h2)
        .withClassLoader(new FilteredClassLoader(ProbityStore.class))
        .run(
            ctx ->
                assertThat(ctx)
                    .hasNotFailed()
                    .doesNotHaveBean(ProbityStore.class)
                    .doesNotHaveBean(ProbityStoreProperties.class));
  }

  @Test
  void theApplicationsOwnStoreWins() {
    DataSource ds = h2();
    ProbityStore own = ProbityStore.builder(ds).dialect(Dialect.H2).build();
    runner
        .withBean(DataSource.class, () -> ds)
        .withBean(ProbityStore.class, () -> own)
        .run(
            ctx -> {
              assertThat(ctx.getBean(ProbityStore.class)).isSameAs(own);
              assertThat(hasTable(ds, ProbityStore.HISTORY_TABLE)).isFalse();
            });
  }
}
