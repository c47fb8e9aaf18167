package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class RoundTripPropertyTest {
  private static final ProbityJson STRICT = ProbityJson.strict();
  private static final ProbityJson LENIENT = ProbityJson.lenient();
  private static final ProbityJson PRETTY = ProbityJson.builder().pretty(true).build();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writeThenReadGivesAnEqualLedger(long seed) {
    Ledger ledger = RandomLedgers.generate(seed);
    byte[] bytes = STRICT.writeLedger(ledger);

    ReadResult<Ledger> strict = STRICT.readLedger(bytes);
    ReadResult<Ledger> lenient = LENIENT.readLedger(bytes);

    assertThat(strict.value()).isEqualTo(ledger);
    assertThat(strict.findings()).isEmpty();
    assertThat(lenient.value()).isEqualTo(ledger);
    assertThat(lenient.findings()).isEmpty();
    assertThat(lenient.unknownProperties()).isEmpty();
    assertThat(STRICT.readLedger(PRETTY.writeLedger(ledger)).value()).isEqualTo(ledger);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void testkitLedgersRoundTripAndMatchTheSchema(long seed) throws IOException {
    Ledger ledger = io.github.probity.testkit.LedgerGenerator.generate(seed);
    byte[] bytes = STRICT.writeLedger(ledger);

    assertThat(STRICT.readLedger(bytes).value()).isEqualTo(ledger);
    assertThat(STRICT.writeLedger(LENIENT.readLedger(bytes).value())).isEqualTo(bytes);
    assertThat(SchemaTest.validate(bytes)).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void equalLedgersGiveIdenticalBytes(long seed) {
    Ledger one = RandomLedgers.generate(seed);
    Ledger other = Ledger.builder().from(RandomLedgers.generate(seed)).build();
    byte[] bytes = STRICT.writeLedger(one);

    assertThat(other).isEqualTo(one);
    assertThat(STRICT.writeLedger(other)).isEqualTo(bytes);
    assertThat(STRICT.writeLedger(STRICT.readLedger(bytes).value())).isEqualTo(bytes);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void streamingWriteAndReadMatchTheWholeDocument(long seed) throws IOException {
    Ledger ledger = RandomLedgers.generate(seed);
    Ledger head = Ledger.builder().from(ledger).riskPoints(List.of()).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (LedgerStreamWriter w = STRICT.openLedgerWriter(out, head)) {
      for (RiskPoint rp : ledger.getRiskPoints()) {
        w.write(rp);
      }
    }

    assertThat(out.toByteArray()).isEqualTo(STRICT.writeLedger(ledger));
    List<RiskPoint> points = new ArrayList<>();
    try (LedgerStreamReader r =
        STRICT.openLedgerReader(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(r.head()).isEqualTo(head);
      r.forEachRemaining(points::add);
      assertThat(r.count()).isEqualTo(ledger.getRiskPoints().size());
    }
    assertThat(points).isEqualTo(ledger.getRiskPoints());
  }
}
