package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProbityJsonModuleTest {
  /** A host's own record that embeds model values. */
  record Envelope(String source, RiskPoint riskPoint, List<RiskLevel> levels) {}

  @Test
  void aHostMapperWritesTheBodyOfTheDocumentAndReadsItBack() throws Exception {
    ObjectMapper mapper = new ObjectMapper().registerModule(new ProbityJsonModule());
    Ledger sample = Fixtures.sample();

    String json = mapper.writeValueAsString(sample);

    String document = new String(ProbityJson.strict().writeLedger(sample), StandardCharsets.UTF_8);
    assertThat(document).contains(json);
    assertThat(mapper.readValue(json, Ledger.class)).isEqualTo(sample);
  }

  @Test
  void modelValuesNestInsideTheHostsOwnTypes() throws Exception {
    ObjectMapper mapper = JsonMapper.builder().addModule(new ProbityJsonModule()).build();
    Envelope value =
        new Envelope(
            "OA", Fixtures.sample().getRiskPoints().get(0), List.of(RiskLevel.HIGH, RiskLevel.LOW));

    String json = mapper.writeValueAsString(value);

    assertThat(json).contains("\"levels\":[\"HIGH\",\"LOW\"]");
    assertThat(mapper.readValue(json, Envelope.class)).isEqualTo(value);
  }

  @Test
  void strictnessFollowsTheHostsUnknownPropertySetting() throws Exception {
    String json = "{\"scope\":\"岗位\",\"id\":\"POST-01\",\"extra\":1}";
    ObjectMapper strict = new ObjectMapper().registerModule(new ProbityJsonModule());
    ObjectMapper lenient =
        new ObjectMapper()
            .registerModule(new ProbityJsonModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    assertThatThrownBy(() -> strict.readValue(json, io.github.probity.model.RiskOwner.class))
        .isInstanceOf(JsonMappingException.class)
        .hasMessageContaining("JSON_INVALID_CODE")
        .hasMessageContaining("/scope");
    assertThat(lenient.readValue(json, io.github.probity.model.RiskOwner.class))
        .isEqualTo(io.github.probity.model.RiskOwner.post("POST-01"));
    assertThat(lenient.readValue("\"高\"", RiskLevel.class)).isEqualTo(RiskLevel.HIGH);
  }

  @Test
  void newObjectMapperCarriesTheLimits() {
    ObjectMapper mapper =
        ProbityJson.builder()
            .limits(JsonLimits.defaults().withMaxStringLength(20))
            .build()
            .newObjectMapper();

    assertThatThrownBy(
            () ->
                mapper.readValue(
                    "{\"code\":\"C\",\"name\":\"" + "x".repeat(50) + "\"}",
                    io.github.probity.model.Unit.class))
        .hasMessageContaining("String value length");
  }
}
