package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.grading.GradingPolicy;
import io.github.probity.grading.WeightedFactorsParameters;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.LedgerGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Ledgers and policies with extra grading factors round-trip and match their schemas. */
class ExtraFactorsJsonTest {
  private static final ProbityJson STRICT = ProbityJson.strict();
  private static final ProbityJson LENIENT = ProbityJson.lenient();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ledgersWithExtraFactorsRoundTripAndMatchTheSchema(long seed) throws IOException {
    Ledger ledger =
        LedgerGenerator.withExtraFactors(
            LedgerGenerator.generate(seed), LedgerGenerator.sampleExtraFactors(), seed);
    byte[] bytes = STRICT.writeLedger(ledger);

    assertThat(STRICT.readLedger(bytes).value()).isEqualTo(ledger);
    assertThat(STRICT.writeLedger(LENIENT.readLedger(bytes).value())).isEqualTo(bytes);
    assertThat(SchemaTest.validate(bytes)).isEmpty();
    if (!ledger.getOwnerFactors().isEmpty()) {
      assertThat(new String(bytes, StandardCharsets.UTF_8)).contains("\"ownerFactors\":[");
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ledgersWithoutExtraFactorsWriteNoNewProperties(long seed) {
    String json =
        new String(STRICT.writeLedger(LedgerGenerator.generate(seed)), StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("\"ownerFactors\"").doesNotContain("\"extra\"");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void policiesWithExtraFactorsRoundTripAndMatchTheSchema(long seed) throws IOException {
    java.util.SplittableRandom r = new java.util.SplittableRandom(seed);
    GradingPolicy policy =
        GradingPolicy.builder()
            .from(GradingPolicy.standard())
            .id("unit-" + r.nextInt(1000))
            .parameters(
                WeightedFactorsParameters.builder()
                    .from(WeightedFactorsParameters.defaults())
                    .putExtraWeights("APPRAISAL", r.nextInt(9) / 2.0)
                    .putExtraWeights("PETITIONS", r.nextInt(9) / 2.0)
                    .build())
            .addAllExtraFactors(LedgerGenerator.sampleExtraFactors())
            .build();
    byte[] bytes = STRICT.writePolicy(policy);

    assertThat(STRICT.readPolicy(bytes).value()).isEqualTo(policy);
    assertThat(STRICT.writePolicy(STRICT.readPolicy(bytes).value())).isEqualTo(bytes);
    assertThat(SchemaTest.load(DocumentType.GRADING_POLICY, 1).validate(MAPPER.readTree(bytes)))
        .isEmpty();
  }
}
