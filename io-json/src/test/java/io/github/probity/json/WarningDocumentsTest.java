package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.testkit.CaseGenerator;
import io.github.probity.testkit.LedgerGenerator;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.testkit.SignalGenerator;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.DispositionMeasure;
import io.github.probity.warning.Indicator;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningPolicy;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class WarningDocumentsTest {
  static final ProbityJson STRICT = ProbityJson.strict();
  static final ProbityJson LENIENT = ProbityJson.lenient();
  static final Clock CLOCK = Clock.fixed(Instant.parse("2027-01-01T00:00:00Z"), ZoneOffset.UTC);

  /** Keeps decimals exact when a test edits a document as a tree. */
  static final ObjectMapper MAPPER =
      com.fasterxml.jackson.databind.json.JsonMapper.builder()
          .enable(com.fasterxml.jackson.databind.DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(
              com.fasterxml.jackson.databind.cfg.JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES,
              false)
          .build();

  static final com.networknt.schema.Schema SIGNALS = SchemaTest.load(DocumentType.SIGNALS, 1);
  static final com.networknt.schema.Schema WARNINGS = SchemaTest.load(DocumentType.WARNINGS, 1);
  static final com.networknt.schema.Schema CASES = SchemaTest.load(DocumentType.CASES, 1);

  /** A policy that differs from the defaults, so that every field is exercised. */
  static final WarningPolicy POLICY =
      WarningPolicy.builder()
          .complaintThreshold(2)
          .complaintWindow(Duration.ofDays(60))
          .purchaseThreshold(new java.math.BigDecimal("150000.50"))
          .putReviewCadences(RiskLevel.HIGH, Period.ofMonths(2))
          .putReplyDeadlines(DispositionMeasure.WRITTEN_INQUIRY, 12)
          .build();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  static Ledger ledger(long seed) {
    return seed % 2 == 0 ? SampleUnit.ledger() : LedgerGenerator.generate(seed, 40);
  }

  static WarningDocument warnings(long seed, int count) {
    Ledger ledger = ledger(seed);
    List<Signal> signals = SignalGenerator.stream(seed, ledger, count);
    List<Warning> raised =
        Monitor.replay(signals, POLICY, Optional.of(ledger), Indicator.builtIns());
    return WarningDocument.of(raised, signals);
  }

  static void schemaAccepts(com.networknt.schema.Schema schema, byte[] doc) throws IOException {
    assertThat(schema.validate(MAPPER.readTree(doc))).isEmpty();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void signalStreamsRoundTripCanonicallyAndMatchTheSchema(long seed) throws IOException {
    List<Signal> signals = SignalGenerator.stream(seed, ledger(seed), 60);

    byte[] bytes = STRICT.writeSignals(signals);
    List<Signal> back = STRICT.readSignals(bytes).value();

    assertThat(back).isEqualTo(signals);
    assertThat(STRICT.writeSignals(back)).isEqualTo(bytes);
    schemaAccepts(SIGNALS, bytes);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void warningDocumentsRoundTripCanonicallyAndMatchTheSchema(long seed) throws IOException {
    WarningDocument doc = warnings(seed, 300);

    byte[] bytes = STRICT.writeWarnings(doc);
    ReadResult<WarningDocument> back = STRICT.readWarnings(bytes);

    assertThat(back.value()).isEqualTo(doc);
    assertThat(back.findings()).isEmpty();
    assertThat(STRICT.writeWarnings(back.value())).isEqualTo(bytes);
    schemaAccepts(WARNINGS, bytes);
    for (Warning w : doc.warnings()) {
      assertThat(back.value().signalsOf(w)).extracting(Signal::getId).isEqualTo(w.getSignals());
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void caseDocumentsRoundTripCanonicallyAndMatchTheSchema(long seed) throws IOException {
    CaseBook book = CaseGenerator.generate(seed, ledger(seed), 200, POLICY);

    byte[] bytes = STRICT.writeCases(book);
    ReadResult<CaseBook> back = STRICT.readCases(bytes, CLOCK);

    assertThat(back.value().cases()).isEqualTo(book.cases());
    assertThat(back.value().getPolicy()).isEqualTo(book.getPolicy());
    assertThat(back.value().getSystemActor()).isEqualTo(book.getSystemActor());
    assertThat(back.findings()).isEmpty();
    assertThat(STRICT.writeCases(back.value())).isEqualTo(bytes);
    schemaAccepts(CASES, bytes);
  }

  @Test
  void theGeneratedCasesCoverEveryStateAndEscalation() {
    List<io.github.probity.warning.DispositionCase> all = new ArrayList<>();
    for (long seed = 0; seed < 20; seed++) {
      all.addAll(CaseGenerator.generate(seed, SampleUnit.ledger(), 200, POLICY).cases());
    }
    assertThat(all)
        .extracting(io.github.probity.warning.DispositionCase::getState)
        .contains(io.github.probity.warning.CaseState.values());
    assertThat(all).anyMatch(c -> !c.getEscalations().isEmpty());
    assertThat(all).anyMatch(io.github.probity.warning.DispositionCase::isAccountability);
  }

  @Test
  void aSignalStreamIsReadOneSignalAtATime() throws IOException {
    List<Signal> signals = SignalGenerator.stream(3, SampleUnit.ledger(), 500);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    STRICT.writeSignals(signals::iterator, out);

    List<Signal> seen = new ArrayList<>();
    ReadResult<Long> r = STRICT.readSignals(new ByteArrayInputStream(out.toByteArray()), seen::add);

    assertThat(r.value()).isEqualTo(500L);
    assertThat(seen).isEqualTo(signals);
    assertThat(out.toByteArray()).isEqualTo(STRICT.writeSignals(signals));
  }

  // ------------------------------------------------------------------ strict and lenient

  static final WarningDocument SMALL = warnings(0, 400);

  static String text(byte[] b) {
    return new String(b, StandardCharsets.UTF_8);
  }

  static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void unknownPropertiesAndLabelsAreErrorsInStrictModeAndKeptInLenientMode() {
    String doc = text(STRICT.writeSignals(SMALL.signals()));
    String unknown = doc.replaceFirst("\\{\"id\":", "{\"colour\":\"red\",\"id\":");

    JsonReadException e =
        catchThrowableOfType(JsonReadException.class, () -> STRICT.readSignals(bytes(unknown)));
    assertThat(e.firstError().getCode()).isEqualTo(JsonFindingCode.UNKNOWN_PROPERTY);
    assertThat(JsonFindings.pointer(e.firstError())).isEqualTo("/signals/0/colour");
    assertThat(JsonFindings.line(e.firstError())).isEqualTo(1);
    assertThat(JsonFindings.column(e.firstError())).isPositive();

    ReadResult<List<Signal>> lenient = LENIENT.readSignals(bytes(unknown));
    assertThat(lenient.value()).isEqualTo(SMALL.signals());
    assertThat(lenient.unknownProperties()).containsEntry("/signals/0/colour", "\"red\"");

    String label = doc.replaceFirst("\"kind\":\"PERSON\"", "\"kind\":\"人员\"");
    assertThat(
            catchThrowableOfType(JsonReadException.class, () -> STRICT.readSignals(bytes(label)))
                .firstError()
                .getCode())
        .isEqualTo(JsonFindingCode.INVALID_CODE);
    ReadResult<List<Signal>> byLabel = LENIENT.readSignals(bytes(label));
    assertThat(byLabel.value()).isEqualTo(SMALL.signals());
    assertThat(byLabel.findings())
        .extracting(Finding::getCode)
        .containsExactly(JsonFindingCode.LABEL_ACCEPTED);
  }

  @Test
  void badTimesAndBrokenSignalsAreLocated() {
    String doc = text(STRICT.writeSignals(SMALL.signals()));
    String time = doc.replaceFirst("\"time\":\"[^\"]+\"", "\"time\":\"2026-13-01\"");

    Finding f =
        catchThrowableOfType(JsonReadException.class, () -> LENIENT.readSignals(bytes(time)))
            .firstError();
    assertThat(f.getCode()).isEqualTo(JsonFindingCode.WRONG_TYPE);
    assertThat(JsonFindings.pointer(f)).isEqualTo("/signals/0/time");

    String source = doc.replaceFirst("\"source\":\"[^\"]+\"", "\"source\":\" \"");
    Finding blank =
        catchThrowableOfType(JsonReadException.class, () -> LENIENT.readSignals(bytes(source)))
            .firstError();
    assertThat(blank.getCode()).isEqualTo(JsonFindingCode.INVALID_VALUE);
    assertThat(JsonFindings.pointer(blank)).isEqualTo("/signals/0");
  }

  @Test
  void aWarningNamingAMissingSignalIsAnErrorOrAWarning() {
    assertThat(SMALL.warnings()).isNotEmpty();
    Warning first = SMALL.warnings().get(0);
    List<Signal> fewer = new ArrayList<>(SMALL.signals());
    fewer.removeIf(s -> s.getId().equals(first.getSignals().get(0)));
    byte[] doc = STRICT.writeWarnings(new WarningDocument(SMALL.warnings(), fewer));

    Finding f =
        catchThrowableOfType(JsonReadException.class, () -> STRICT.readWarnings(doc)).firstError();
    assertThat(f.getCode()).isEqualTo(JsonFindingCode.UNRESOLVED_SIGNAL);
    assertThat(JsonFindings.pointer(f)).isEqualTo("/record/warnings/0/signals");
    assertThat(f.getArguments()).containsExactly(first.getId(), first.getSignals().get(0));

    ReadResult<WarningDocument> lenient = LENIENT.readWarnings(doc);
    assertThat(lenient.value().warnings()).isEqualTo(SMALL.warnings());
    assertThat(lenient.findings()).hasSize(1);
    assertThat(lenient.findings().get(0).getSeverity()).isEqualTo(Severity.WARNING);
  }

  static final CaseBook BOOK = CaseGenerator.generate(5, SampleUnit.ledger(), 300, POLICY);

  @Test
  void anIllegalCaseHistoryIsAnErrorInBothModes() throws IOException {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(STRICT.writeCases(BOOK));
    int index = caseWith(doc, "IN_PROGRESS");
    ObjectNode accept = (ObjectNode) doc.at("/caseBook/cases/" + index + "/history/1");
    accept.put("action", "ARCHIVE");
    byte[] broken = MAPPER.writeValueAsBytes(doc);

    for (ProbityJson json : List.of(STRICT, LENIENT)) {
      Finding f =
          catchThrowableOfType(JsonReadException.class, () -> json.readCases(broken, CLOCK))
              .firstError();
      assertThat(f.getCode()).isEqualTo(JsonFindingCode.INVALID_CASE_HISTORY);
      assertThat(JsonFindings.pointer(f)).isEqualTo("/caseBook/cases/" + index + "/history/1");
      assertThat(f.message(Locale.SIMPLIFIED_CHINESE)).contains("ARCHIVE");
    }
  }

  @Test
  void aStoredRecordThatDiffersFromItsHistoryIsAnErrorOrTheHistoryWins() throws IOException {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(STRICT.writeCases(BOOK));
    int index = caseWith(doc, "IN_PROGRESS");
    ((ObjectNode) doc.at("/caseBook/cases/" + index)).put("state", "ARCHIVED");
    byte[] edited = MAPPER.writeValueAsBytes(doc);

    Finding f =
        catchThrowableOfType(JsonReadException.class, () -> STRICT.readCases(edited, CLOCK))
            .firstError();
    assertThat(f.getCode()).isEqualTo(JsonFindingCode.CASE_RECORD_MISMATCH);
    assertThat(JsonFindings.pointer(f)).isEqualTo("/caseBook/cases/" + index + "/state");
    assertThat(f.getArguments()).containsExactly("state", "ARCHIVED", "IN_PROGRESS");

    ReadResult<CaseBook> lenient = LENIENT.readCases(edited, CLOCK);
    assertThat(lenient.value().cases()).isEqualTo(BOOK.cases());
    assertThat(lenient.findings()).extracting(Finding::getSeverity).containsOnly(Severity.WARNING);
  }

  @Test
  void aCaseWithItsOwnPolicyKeepsIt() throws IOException {
    io.github.probity.warning.DispositionCase c = BOOK.cases().get(0);
    io.github.probity.warning.DispositionCase own =
        io.github.probity.warning.DispositionCase.restore(
            c.getWarning(), WarningPolicy.defaults(), c.getHistory());
    CaseBook mixed = CaseBook.restore(CLOCK, POLICY, "预警系统", List.of(own));

    byte[] bytes = STRICT.writeCases(mixed);

    assertThat(text(bytes)).contains("\"cases\":[{\"id\":\"" + c.getId() + "\",\"warning\":");
    assertThat(MAPPER.readTree(bytes).at("/caseBook/cases/0/policy").isObject()).isTrue();
    assertThat(STRICT.readCases(bytes, CLOCK).value().cases()).containsExactly(own);
    schemaAccepts(CASES, bytes);
  }

  @Test
  void theSchemasRejectUnknownPropertiesAndSignalsWithoutTheirEvent() throws IOException {
    ObjectNode doc = (ObjectNode) MAPPER.readTree(STRICT.writeSignals(SMALL.signals()));
    int event = -1;
    for (int i = 0; i < SMALL.signals().size(); i++) {
      if (SMALL.signals().get(i).getProcessEvent().isPresent()) {
        event = i;
        break;
      }
    }
    ObjectNode s = (ObjectNode) doc.at("/signals/" + event);
    s.remove("processEvent");
    assertThat(SIGNALS.validate(doc)).isNotEmpty();
    doc = (ObjectNode) MAPPER.readTree(STRICT.writeSignals(SMALL.signals()));
    ((ObjectNode) doc.at("/signals/0")).put("colour", "red");
    assertThat(SIGNALS.validate(doc)).isNotEmpty();

    ObjectNode cases = (ObjectNode) MAPPER.readTree(STRICT.writeCases(BOOK));
    ((ObjectNode) cases.at("/caseBook/cases/0")).put("state", "已归档");
    assertThat(CASES.validate(cases)).isNotEmpty();
  }

  private static int caseWith(ObjectNode doc, String state) {
    com.fasterxml.jackson.databind.JsonNode cases = doc.at("/caseBook/cases");
    for (int i = 0; i < cases.size(); i++) {
      if (cases.get(i).get("state").asText().equals(state)
          && cases.get(i).get("history").size() == 2) {
        return i;
      }
    }
    throw new AssertionError("no case in state " + state);
  }
}
