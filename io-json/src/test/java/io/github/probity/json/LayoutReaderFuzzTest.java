package io.github.probity.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Fuzzes the annex layout reader: any input yields layouts that round-trip, or a {@link
 * JsonReadException} with located findings — never another exception, a hang or a crash.
 *
 * <p>A plain {@code mvn verify} replays the inputs in {@code LayoutReaderFuzzTestInputs}; {@code
 * JAZZER_FUZZ=1 mvn -pl io-json -am test -Dtest=LayoutReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false} fuzzes.
 */
class LayoutReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void readersAcceptOrReportEveryInput(byte[] data) throws IOException {
    for (ProbityJson json : FuzzChecks.MODES) {
      FuzzChecks.roundTripsOrReported(data, json::readAnnexLayouts, json::writeAnnexLayouts);
    }
  }
}
