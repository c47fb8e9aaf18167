package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the ledger readers: any input yields a ledger that round-trips, or a {@link
 * JsonReadException} with located findings — never another exception, a hang or a crash.
 *
 * <p>A plain {@code mvn verify} replays the inputs in {@code LedgerReaderFuzzTestInputs}
 * (regression mode). To fuzz, run {@code JAZZER_FUZZ=1 mvn -pl io-json -am test
 * -Dtest=LedgerReaderFuzzTest -Dsurefire.failIfNoSpecifiedTests=false}; findings land in that
 * directory as new regression inputs.
 */
class LedgerReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void readersAcceptOrReportEveryInput(byte[] data) throws IOException {
    for (ProbityJson json : FuzzChecks.MODES) {
      FuzzChecks.roundTripsOrReported(data, json::readLedger, json::writeLedger);
      FuzzChecks.roundTripsOrReported(data, json::readPolicy, json::writePolicy);
      FuzzChecks.roundTripsOrReported(data, json::readReport, json::writeReport);
      FuzzChecks.acceptedOrReported(
          () -> {
            try (LedgerStreamReader r = json.openLedgerReader(new ByteArrayInputStream(data))) {
              while (r.hasNext()) {
                assertThat(r.next()).isNotNull();
              }
            }
          });
    }
  }
}
