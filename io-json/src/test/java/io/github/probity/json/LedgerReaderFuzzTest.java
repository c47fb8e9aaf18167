package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.probity.model.Ledger;
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
  private static final ProbityJson STRICT =
      ProbityJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(1 << 20)).build();
  private static final ProbityJson LENIENT =
      ProbityJson.builder()
          .mode(ReadMode.LENIENT)
          .limits(JsonLimits.defaults().withMaxDocumentLength(1 << 20))
          .build();

  @FuzzTest(maxDuration = "60s")
  void readersAcceptOrReportEveryInput(byte[] data) throws IOException {
    for (ProbityJson json : new ProbityJson[] {STRICT, LENIENT}) {
      try {
        Ledger ledger = json.readLedger(data).value();
        assertThat(json.readLedger(json.writeLedger(ledger)).value()).isEqualTo(ledger);
      } catch (JsonReadException e) {
        assertThat(e.getFindings()).isNotEmpty();
      }
      try {
        io.github.probity.grading.GradingPolicy policy = json.readPolicy(data).value();
        assertThat(json.readPolicy(json.writePolicy(policy)).value()).isEqualTo(policy);
      } catch (JsonReadException e) {
        assertThat(e.getFindings()).isNotEmpty();
      }
      try {
        io.github.probity.validation.ValidationReport report = json.readReport(data).value();
        assertThat(json.readReport(json.writeReport(report)).value()).isEqualTo(report);
      } catch (JsonReadException e) {
        assertThat(e.getFindings()).isNotEmpty();
      }
      try (LedgerStreamReader r = json.openLedgerReader(new ByteArrayInputStream(data))) {
        while (r.hasNext()) {
          assertThat(r.next()).isNotNull();
        }
      } catch (JsonReadException e) {
        assertThat(e.getFindings()).isNotEmpty();
      }
    }
  }
}
