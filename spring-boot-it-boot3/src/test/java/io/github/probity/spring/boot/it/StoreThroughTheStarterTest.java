package io.github.probity.spring.boot.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import io.github.probity.store.jdbc.Dialect;
import io.github.probity.store.jdbc.ProbityStore;
import io.github.probity.testkit.SampleUnit;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * The JDBC store through the starter, over the H2 data source Boot declares for the application:
 * migrated at start-up, a ledger saved and read back over HTTP, on Boot 3 and Boot 4.
 */
@SpringBootTest(classes = AnnexApp.class)
class StoreThroughTheStarterTest {
  @Autowired WebApplicationContext context;
  @Autowired ProbityJson json;
  @Autowired ProbityStore store;
  @Autowired DataSource dataSource;

  private MockMvc mvc;

  @BeforeEach
  void setUp() {
    mvc = MockMvcBuilders.webAppContextSetup(context).build();
  }

  private static List<String> tables(DataSource ds) throws Exception {
    List<String> names = new ArrayList<>();
    try (Connection c = ds.getConnection();
        ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
      while (rs.next()) {
        names.add(rs.getString("TABLE_NAME").toLowerCase(java.util.Locale.ROOT));
      }
    }
    return names;
  }

  @Test
  void theStoreIsTheApplicationsDatabaseMigrated() throws Exception {
    assertThat(store.dialect()).isEqualTo(Dialect.H2);
    assertThat(tables(dataSource))
        .contains(
            ProbityStore.HISTORY_TABLE,
            "probity_ledger",
            "probity_ledger_revision",
            "probity_case",
            "probity_monitor_event");
  }

  @Test
  void aLedgerIsSavedAndReadBackThroughTheApplication() throws Exception {
    Ledger ledger = SampleUnit.ledger();
    String unit = ledger.getUnit().getCode();
    int year = ledger.getYear() + 7;
    Ledger first = Ledger.builder().from(ledger).year(year).build();

    mvc.perform(
            post("/stored-ledgers")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-User", "张三")
                .content(json.writeLedger(first)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.revision").value(1));
    byte[] read =
        mvc.perform(get("/stored-ledgers/" + unit + "/" + year))
            .andExpect(status().isOk())
            .andReturn()
            .getResponse()
            .getContentAsByteArray();
    assertThat(json.readLedger(read).value()).isEqualTo(first);

    RiskPoint dropped = first.getRiskPoints().get(0);
    Ledger second =
        Ledger.builder()
            .from(first)
            .riskPoints(first.getRiskPoints().subList(1, first.getRiskPoints().size()))
            .build();
    mvc.perform(
            post("/stored-ledgers")
                .param("basedOn", "1")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-User", "李四")
                .content(json.writeLedger(second)))
        .andExpect(status().isOk())
        .andExpect(jsonPath("$.revision").value(2))
        .andExpect(jsonPath("$.changes").value(org.hamcrest.Matchers.greaterThan(0)));
    mvc.perform(
            post("/stored-ledgers")
                .param("basedOn", "1")
                .contentType(MediaType.APPLICATION_JSON)
                .header("X-User", "王五")
                .content(json.writeLedger(first)))
        .andExpect(status().isConflict())
        .andExpect(jsonPath("$.current").value(2));

    Ledger current =
        json.readLedger(
                mvc.perform(get("/stored-ledgers/" + unit + "/" + year))
                    .andExpect(status().isOk())
                    .andReturn()
                    .getResponse()
                    .getContentAsByteArray())
            .value();
    assertThat(current).isEqualTo(second);
    assertThat(current.getRiskPoints()).doesNotContain(dropped);
    assertThat(store.ledgers().history(unit, year)).hasSize(2);
    mvc.perform(get("/stored-ledgers/" + unit + "/" + (year + 1))).andExpect(status().isNotFound());
  }
}
