package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.testkit.LedgerGenerator;
import java.io.IOException;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Generated ledgers with measures in motion round-trip through the ledger document. */
class MeasuresInMotionRoundTripTest {

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aLedgerWithMeasuresInMotionRoundTripsAndMatchesTheSchema(long seed) throws IOException {
    Ledger ledger = LedgerGenerator.withMeasuresInMotion(LedgerGenerator.generate(seed), seed);
    byte[] bytes = ProbityJson.strict().writeLedger(ledger);
    assertThat(ProbityJson.strict().readLedger(bytes).value()).isEqualTo(ledger);
    assertThat(ProbityJson.strict().writeLedger(ProbityJson.lenient().readLedger(bytes).value()))
        .isEqualTo(bytes);
    assertThat(SchemaTest.validate(bytes)).isEmpty();
  }
}
