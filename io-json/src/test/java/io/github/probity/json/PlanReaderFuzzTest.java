package io.github.probity.json;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;

/**
 * Fuzzes the plan reader: any input yields a plan that round-trips, or a {@link JsonReadException}
 * with located findings — never another exception, a hang or a crash.
 *
 * <p>A plain {@code mvn verify} replays the inputs in {@code PlanReaderFuzzTestInputs}; {@code
 * JAZZER_FUZZ=1 mvn -pl io-json -am test -Dtest=PlanReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false} fuzzes.
 */
class PlanReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void readersAcceptOrReportEveryInput(byte[] data) throws IOException {
    for (ProbityJson json : FuzzChecks.MODES) {
      FuzzChecks.roundTripsOrReported(data, json::readPlan, json::writePlan);
    }
  }
}
