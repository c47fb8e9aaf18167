package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.testkit.CaseGenerator;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.testkit.SignalGenerator;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Signal;
import io.github.probity.warning.SignalKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * The v1 signal, warning and case samples in test resources were written by the release that
 * introduced them and are frozen: later releases must keep reading them, and they must keep
 * matching their v1 schemas. The samples come from the sample unit and fixed seeds; while schema
 * version 1 is current, today's output must equal them byte for byte.
 */
class FrozenWarningSamplesTest {
  static final ProbityJson STRICT = ProbityJson.strict();
  static final String DIR = "io/github/probity/json/v1/";

  static List<Signal> signals() {
    return SignalGenerator.stream(11, SampleUnit.ledger(), 12);
  }

  static WarningDocument warnings() {
    List<Signal> stream = SignalGenerator.stream(11, SampleUnit.ledger(), 60);
    return WarningDocument.of(
        Monitor.replay(
            stream,
            WarningDocumentsTest.POLICY,
            Optional.of(SampleUnit.ledger()),
            Indicator.builtIns()),
        stream);
  }

  static CaseBook cases() {
    return CaseGenerator.generate(5, SampleUnit.ledger(), 60, WarningDocumentsTest.POLICY);
  }

  static byte[] sample(String format) {
    return FrozenSampleTest.resource(DIR + format + ".sample.json");
  }

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8).strip();
  }

  @Test
  void theFrozenSignalSampleStillReadsAndMatchesItsSchema() throws IOException {
    byte[] sample = sample("probity-signals");
    List<Signal> read = STRICT.readSignals(sample).value();

    assertThat(read).hasSize(12);
    assertThat(read.get(0).getId()).isEqualTo("S0000000000");
    assertThat(read).extracting(Signal::getKind).contains(SignalKind.PROCESS_EVENT);
    assertThat(text(STRICT.writeSignals(read))).isEqualTo(text(sample));
    assertThat(
            SchemaTest.load(DocumentType.SIGNALS, 1).validate(new ObjectMapper().readTree(sample)))
        .isEmpty();
  }

  @Test
  void theFrozenWarningSampleStillReadsAndMatchesItsSchema() throws IOException {
    byte[] sample = sample("probity-warnings");
    ReadResult<WarningDocument> read = STRICT.readWarnings(sample);

    assertThat(read.value().warnings()).isNotEmpty();
    assertThat(read.findings()).isEmpty();
    assertThat(text(STRICT.writeWarnings(read.value()))).isEqualTo(text(sample));
    assertThat(
            SchemaTest.load(DocumentType.WARNINGS, 1).validate(new ObjectMapper().readTree(sample)))
        .isEmpty();
  }

  @Test
  void theFrozenCaseSampleStillReadsAndMatchesItsSchema() throws IOException {
    byte[] sample = sample("probity-cases");
    ReadResult<CaseBook> read = STRICT.readCases(sample, WarningDocumentsTest.CLOCK);

    assertThat(read.value().cases())
        .extracting(DispositionCase::getState)
        .contains(CaseState.RECTIFIED, CaseState.CLEARED);
    assertThat(read.value().cases()).anyMatch(c -> !c.getEscalations().isEmpty());
    assertThat(text(STRICT.writeCases(read.value()))).isEqualTo(text(sample));
    assertThat(SchemaTest.load(DocumentType.CASES, 1).validate(new ObjectMapper().readTree(sample)))
        .isEmpty();
  }

  @Test
  void todaysOutputIsTheV1Samples() {
    assertThat(text(STRICT.writeSignals(signals()))).isEqualTo(text(sample("probity-signals")));
    assertThat(text(STRICT.writeWarnings(warnings()))).isEqualTo(text(sample("probity-warnings")));
    assertThat(text(STRICT.writeCases(cases()))).isEqualTo(text(sample("probity-cases")));
  }
}
