package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class SchemaTest {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final ProbityJson JSON = ProbityJson.strict();
  private static final Schema LEDGER_SCHEMA = load(DocumentType.LEDGER, 1);

  static Schema load(DocumentType type, int version) {
    try (InputStream in =
        SchemaTest.class.getClassLoader().getResourceAsStream(type.schemaResource(version))) {
      assertThat(in).as(type.schemaResource(version)).isNotNull();
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(in);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  static List<Error> validate(byte[] json) throws IOException {
    return LEDGER_SCHEMA.validate(MAPPER.readTree(json));
  }

  @Test
  void theSampleLedgerMatchesTheSchema() throws IOException {
    assertThat(validate(JSON.writeLedger(Fixtures.sample()))).isEmpty();
  }

  @Test
  void theSampleUnitMatchesTheSchemaAndRoundTrips() throws IOException {
    io.github.probity.model.Ledger sample = io.github.probity.testkit.SampleUnit.ledger();
    byte[] bytes = JSON.writeLedger(sample);

    assertThat(validate(bytes)).isEmpty();
    assertThat(JSON.readLedger(bytes).value()).isEqualTo(sample);
    assertThat(validate(ProbityJson.builder().pretty(true).build().writeLedger(sample))).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyWrittenLedgerMatchesTheSchema(long seed) throws IOException {
    assertThat(validate(JSON.writeLedger(RandomLedgers.generate(seed)))).isEmpty();
  }

  @Test
  void theSchemaRejectsUnknownPropertiesLabelsAndNulls() throws IOException {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(JSON.writeLedger(Fixtures.sample()));
    ObjectNode point = (ObjectNode) doc.at("/ledger/riskPoints/0");

    point.put("colour", "red");
    assertThat(LEDGER_SCHEMA.validate(doc)).isNotEmpty();
    point.remove("colour");
    point.put("level", "高");
    assertThat(LEDGER_SCHEMA.validate(doc)).isNotEmpty();
    point.putNull("level");
    assertThat(LEDGER_SCHEMA.validate(doc)).isNotEmpty();
    point.put("level", "HIGH");
    assertThat(LEDGER_SCHEMA.validate(doc)).isEmpty();
    doc.put("schemaVersion", 2);
    assertThat(LEDGER_SCHEMA.validate(doc)).isNotEmpty();
  }

  @Test
  void theFrozenV1SampleMatchesTheV1Schema() throws IOException {
    JsonNode sample = MAPPER.readTree(FrozenSampleTest.v1Sample());
    assertThat(load(DocumentType.LEDGER, 1).validate(sample)).isEmpty();
  }
}
