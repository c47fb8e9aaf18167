package io.github.probity.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.grading.GradingPolicy;
import io.github.probity.json.JsonReadException;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ProbityJackson3ModuleTest {
  private final ProbityJson json = ProbityJson.strict();
  private final JsonMapper mapper =
      JsonMapper.builder().addModule(new ProbityJackson3Module(json)).build();

  @Test
  void aLedgerInTheHostsJsonHasTheShapeOfItsDocument() {
    Ledger ledger = SampleUnit.ledger();
    JsonNode written = mapper.readTree(mapper.writeValueAsString(Map.of("ledger", ledger)));
    JsonNode document = mapper.readTree(json.writeLedger(ledger));
    assertThat(written.get("ledger")).isEqualTo(document.get("ledger"));
  }

  @Test
  void valuesRoundTrip() {
    Map<String, Ledger> back =
        mapper.readValue(
            mapper.writeValueAsString(Map.of("ledger", SampleUnit.ledger())),
            new TypeReference<Map<String, Ledger>>() {});
    assertThat(back.get("ledger")).isEqualTo(SampleUnit.ledger());
    GradingPolicy policy = GradingPolicy.matrix();
    assertThat(mapper.readValue(mapper.writeValueAsString(policy), GradingPolicy.class))
        .isEqualTo(policy);
  }

  @Test
  void probitysChecksApply() {
    assertThatThrownBy(() -> mapper.readValue("{\"unit\":{}}", Ledger.class))
        .isInstanceOf(JsonReadException.class);
  }
}
