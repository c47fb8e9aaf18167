package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.probity.plan.ImplementationPlan;

/**
 * Fuzzes the plan reader: any input yields a plan that round-trips, or a {@link JsonReadException}
 * with located findings — never another exception, a hang or a crash.
 *
 * <p>A plain {@code mvn verify} replays the inputs in {@code PlanReaderFuzzTestInputs}; {@code
 * JAZZER_FUZZ=1 mvn -pl io-json -am test -Dtest=PlanReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false} fuzzes.
 */
class PlanReaderFuzzTest {
  private static final ProbityJson STRICT =
      ProbityJson.builder().limits(JsonLimits.defaults().withMaxDocumentLength(1 << 20)).build();
  private static final ProbityJson LENIENT =
      ProbityJson.builder()
          .mode(ReadMode.LENIENT)
          .limits(JsonLimits.defaults().withMaxDocumentLength(1 << 20))
          .build();

  @FuzzTest(maxDuration = "60s")
  void readersAcceptOrReportEveryInput(byte[] data) {
    for (ProbityJson json : new ProbityJson[] {STRICT, LENIENT}) {
      try {
        ImplementationPlan plan = json.readPlan(data).value();
        assertThat(json.readPlan(json.writePlan(plan)).value()).isEqualTo(plan);
      } catch (JsonReadException e) {
        assertThat(e.getFindings()).isNotEmpty();
      }
    }
  }
}
