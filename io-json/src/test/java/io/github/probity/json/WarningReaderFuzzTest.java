package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.Signal;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Fuzzes the signal, warning and case readers: any input yields a value that round-trips, or a
 * {@link JsonReadException} with located findings — never another exception, a hang or a crash.
 *
 * <p>A plain {@code mvn verify} replays the inputs in {@code WarningReaderFuzzTestInputs}
 * (regression mode); {@code JAZZER_FUZZ=1} fuzzes, as for {@link LedgerReaderFuzzTest}.
 */
class WarningReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void readersAcceptOrReportEveryInput(byte[] data) throws IOException {
    for (ProbityJson json : FuzzChecks.MODES) {
      FuzzChecks.acceptedOrReported(
          () -> {
            List<Signal> signals = json.readSignals(data).value();
            assertThat(json.readSignals(json.writeSignals(signals)).value()).isEqualTo(signals);
            List<Signal> streamed = new ArrayList<>();
            json.readSignals(new ByteArrayInputStream(data), streamed::add);
            assertThat(streamed).isEqualTo(signals);
          });
      FuzzChecks.roundTripsOrReported(data, json::readWarnings, json::writeWarnings);
      FuzzChecks.acceptedOrReported(
          () -> {
            CaseBook book = json.readCases(data, WarningDocumentsTest.CLOCK).value();
            assertThat(
                    json.readCases(json.writeCases(book), WarningDocumentsTest.CLOCK)
                        .value()
                        .cases())
                .isEqualTo(book.cases());
          });
    }
  }
}
