package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.grading.GradingPolicy;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class PolicyDocumentTest {
  private static final ProbityJson STRICT = ProbityJson.strict();
  private static final ProbityJson LENIENT = ProbityJson.lenient();
  private static final com.networknt.schema.Schema SCHEMA =
      SchemaTest.load(DocumentType.GRADING_POLICY, 1);

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  /** A built-in policy with a seeded version and, for weighted factors, seeded weights. */
  @SuppressWarnings("unchecked")
  static GradingPolicy policy(long seed) {
    Random r = new Random(seed);
    List<GradingPolicy> builtIns = GradingPolicy.builtIns();
    Map<String, Object> data =
        new LinkedHashMap<>(builtIns.get(r.nextInt(builtIns.size())).toData());
    data.put("version", "2026." + seed);
    Map<String, Object> parameters =
        new LinkedHashMap<>((Map<String, Object>) data.get("parameters"));
    if (parameters.containsKey("weights")) {
      Map<String, Object> weights = new LinkedHashMap<>();
      for (String factor : ((Map<String, Object>) parameters.get("weights")).keySet()) {
        weights.put(factor, r.nextInt(500) / 100.0);
      }
      weights.put("IMPORTANCE", 1 + r.nextInt(5) / 4.0);
      parameters.put("weights", weights);
    }
    data.put("parameters", parameters);
    return GradingPolicy.fromData(data);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void policiesRoundTripCanonicallyAndMatchTheSchema(long seed) throws IOException {
    GradingPolicy policy = policy(seed);
    byte[] bytes = STRICT.writePolicy(policy);

    assertThat(STRICT.readPolicy(bytes).value()).isEqualTo(policy);
    assertThat(LENIENT.readPolicy(bytes).findings()).isEmpty();
    assertThat(STRICT.writePolicy(policy(seed))).isEqualTo(bytes);
    assertThat(STRICT.writePolicy(STRICT.readPolicy(bytes).value())).isEqualTo(bytes);
    assertThat(SCHEMA.validate(new ObjectMapper().readTree(bytes))).isEmpty();
  }

  @Test
  void unknownPropertiesAreLocatedInStrictModeAndKeptInLenientMode() {
    String doc =
        new String(STRICT.writePolicy(GradingPolicy.countRule()), StandardCharsets.UTF_8)
            .replace("\"highFrom\":5", "\"highFrom\":5,\"lowFrom\":1");

    JsonReadException e =
        catchThrowableOfType(
            JsonReadException.class, () -> STRICT.readPolicy(doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(e.firstError().getCode()).isEqualTo(JsonFindingCode.UNKNOWN_PROPERTY);
    assertThat(JsonFindings.pointer(e.firstError())).isEqualTo("/policy/parameters/lowFrom");

    ReadResult<GradingPolicy> read = LENIENT.readPolicy(doc.getBytes(StandardCharsets.UTF_8));
    assertThat(read.value()).isEqualTo(GradingPolicy.countRule());
    assertThat(read.unknownProperties()).containsEntry("/policy/parameters/lowFrom", "1");
  }

  @Test
  void invalidPoliciesAndWrongDocumentsAreReported() {
    String doc = new String(STRICT.writePolicy(GradingPolicy.countRule()), StandardCharsets.UTF_8);

    JsonReadException invalid =
        catchThrowableOfType(
            JsonReadException.class,
            () ->
                STRICT.readPolicy(
                    doc.replace("\"mediumFrom\":3", "\"mediumFrom\":9")
                        .getBytes(StandardCharsets.UTF_8)));
    assertThat(invalid.firstError().getCode()).isEqualTo(JsonFindingCode.INVALID_VALUE);
    assertThat(JsonFindings.pointer(invalid.firstError())).isEqualTo("/policy");

    JsonReadException ledger =
        catchThrowableOfType(
            JsonReadException.class,
            () -> STRICT.readPolicy(STRICT.writeLedger(Fixtures.sample())));
    assertThat(ledger.firstError().getCode()).isEqualTo(JsonFindingCode.WRONG_FORMAT);
  }
}
