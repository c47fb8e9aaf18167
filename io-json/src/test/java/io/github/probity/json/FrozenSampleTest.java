package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

/**
 * The v1 sample in test resources was written by the first release and is frozen: every later
 * release must keep reading it into the same ledger. The second test pins today's output to it;
 * when schema version 2 arrives, that test moves to a v2 sample and the v1 sample stays.
 */
class FrozenSampleTest {
  static final String V1_SAMPLE = "io/github/probity/json/v1/probity-ledger.sample.json";

  static final String V1_MEETINGS_SAMPLE =
      "io/github/probity/json/v1/probity-ledger-meetings.sample.json";

  static byte[] v1Sample() {
    try (InputStream in = FrozenSampleTest.class.getClassLoader().getResourceAsStream(V1_SAMPLE)) {
      assertThat(in).as(V1_SAMPLE).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void theFrozenV1SampleStillReads() {
    assertThat(ProbityJson.strict().readLedger(v1Sample()).value()).isEqualTo(Fixtures.sample());
  }

  @Test
  void theFrozenV1PolicySampleStillReads() {
    byte[] sample = resource("io/github/probity/json/v1/probity-grading-policy.sample.json");
    assertThat(ProbityJson.strict().readPolicy(sample).value())
        .isEqualTo(io.github.probity.grading.GradingPolicy.standard());
    assertThat(
            new String(
                ProbityJson.strict()
                    .writePolicy(io.github.probity.grading.GradingPolicy.standard()),
                java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(sample, java.nio.charset.StandardCharsets.UTF_8).strip());
  }

  @Test
  void theFrozenV1ReportSampleStillReads() {
    byte[] sample = resource("io/github/probity/json/v1/probity-validation-report.sample.json");
    io.github.probity.validation.ValidationReport expected =
        io.github.probity.validation.ValidationReport.of(
            java.util.List.of(
                JsonFindings.violation(
                    "R-1",
                    io.github.probity.finding.Severity.ERROR,
                    "riskPoints[RP-0001].title",
                    "test.key",
                    java.util.List.of("采购", 3, 2.5, true)),
                JsonFindings.violation(
                    "R-2",
                    io.github.probity.finding.Severity.INFO,
                    "unit",
                    "test.other",
                    java.util.List.of())));

    assertThat(ProbityJson.strict().readReport(sample).value()).isEqualTo(expected);
    assertThat(
            new String(
                ProbityJson.strict().writeReport(expected),
                java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(sample, java.nio.charset.StandardCharsets.UTF_8).strip());
  }

  static byte[] resource(String name) {
    try (InputStream in = FrozenSampleTest.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void todaysOutputIsTheV1Sample() {
    assertThat(
            new String(
                ProbityJson.strict().writeLedger(Fixtures.sample()),
                java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(v1Sample(), java.nio.charset.StandardCharsets.UTF_8).strip());
  }

  @Test
  void theFrozenV1MeetingsSampleReadsAndIsTodaysOutput() {
    byte[] sample = resource(V1_MEETINGS_SAMPLE);
    assertThat(ProbityJson.strict().readLedger(sample).value())
        .isEqualTo(Fixtures.sampleWithMeetings());
    assertThat(
            new String(
                ProbityJson.strict().writeLedger(Fixtures.sampleWithMeetings()),
                java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo(new String(sample, java.nio.charset.StandardCharsets.UTF_8).strip());
  }

  @Test
  void aLedgerWithoutMeetingsWritesNoMeetingsProperty() {
    String json =
        new String(
            ProbityJson.strict().writeLedger(Fixtures.sample()),
            java.nio.charset.StandardCharsets.UTF_8);
    assertThat(json).doesNotContain("\"meetings\"");
    assertThat(ProbityJson.strict().readLedger(v1Sample()).value().getMeetings()).isEmpty();
  }
}
