package io.github.probity.spring.boot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.archive.ArchiveHistory;
import io.github.probity.archive.DisclosureKind;
import io.github.probity.archive.DisclosureView;
import io.github.probity.archive.RedactionPolicy;
import io.github.probity.finding.Location;
import io.github.probity.json.DisclosureDocument;
import io.github.probity.json.JsonReadException;
import io.github.probity.json.ProbityJson;
import io.github.probity.json.WarningDocument;
import io.github.probity.testkit.ArchiveGenerator;
import io.github.probity.testkit.CaseGenerator;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.testkit.SignalGenerator;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.WarningPolicy;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.http.MockHttpInputMessage;
import org.springframework.mock.http.MockHttpOutputMessage;

class ProbityHttpMessageConverterTest {
  private final ProbityJson json = ProbityJson.strict();
  private final ProbityHttpMessageConverter converter = new ProbityHttpMessageConverter(json);

  private byte[] written(Object value) throws Exception {
    MockHttpOutputMessage out = new MockHttpOutputMessage();
    assertThat(converter.canWrite(value.getClass(), MediaType.APPLICATION_JSON)).isTrue();
    converter.write(value, MediaType.APPLICATION_JSON, out);
    return out.getBodyAsBytes();
  }

  private Object read(Class<?> type, byte[] body) throws Exception {
    assertThat(converter.canRead(type, MediaType.APPLICATION_JSON)).isTrue();
    return converter.read(type, new MockHttpInputMessage(body));
  }

  @Test
  void archiveHistoryDisclosureAndWarningDocumentsAreBodies() throws Exception {
    ArchiveHistory history = ArchiveGenerator.history(7);
    DisclosureView view = DisclosureView.of(SampleUnit.ledger(), RedactionPolicy.standard());
    DisclosureDocument disclosure =
        new DisclosureDocument(
            view,
            view.register(
                DisclosureKind.PARTY_AFFAIRS,
                "局机关全体干部",
                "公开栏",
                Optional.of(LocalDate.of(2026, 6, 30)),
                "P02",
                Clock.fixed(Instant.parse("2026-06-15T01:30:00Z"), ZoneOffset.UTC)));
    WarningDocument warnings = new WarningDocument(List.of(), List.of());

    byte[] h = written(history);
    byte[] d = written(disclosure);
    byte[] w = written(warnings);

    assertThat(h).isEqualTo(json.writeArchiveHistory(history));
    assertThat(d).isEqualTo(json.writeDisclosure(disclosure));
    assertThat(w).isEqualTo(json.writeWarnings(warnings));
    assertThat(json.writeArchiveHistory((ArchiveHistory) read(ArchiveHistory.class, h)))
        .isEqualTo(h);
    assertThat(json.writeDisclosure((DisclosureDocument) read(DisclosureDocument.class, d)))
        .isEqualTo(d);
    assertThat(json.writeWarnings((WarningDocument) read(WarningDocument.class, w))).isEqualTo(w);
  }

  @Test
  void caseBooksAreReadWithTheConvertersClockAndSignalDocumentsAreBodies() throws Exception {
    CaseBook book = CaseGenerator.generate(11, SampleUnit.ledger(), 60, WarningPolicy.defaults());
    assertThat(book.cases()).isNotEmpty();
    Instant now = Instant.parse("2026-09-01T02:00:00Z");
    ProbityHttpMessageConverter clocked =
        new ProbityHttpMessageConverter(json, Clock.fixed(now, ZoneOffset.UTC));
    SignalDocument signals =
        new SignalDocument(SignalGenerator.stream(11, SampleUnit.ledger(), 25));

    byte[] c = written(book);
    byte[] s = written(signals);

    assertThat(c).isEqualTo(json.writeCases(book));
    assertThat(s).isEqualTo(json.writeSignals(signals.signals()));
    assertThat(converter.canRead(List.class, MediaType.APPLICATION_JSON)).isFalse();
    CaseBook read = (CaseBook) clocked.read(CaseBook.class, new MockHttpInputMessage(c));
    assertThat(json.writeCases(read)).isEqualTo(c);
    DispositionCase first = read.cases().get(0);
    read.remove(first.getId());
    DispositionCase reopened = read.open(first.getWarning());
    assertThat(reopened.getHistory().get(0).getTime()).isEqualTo(now);
    assertThat(((SignalDocument) read(SignalDocument.class, s)).signals())
        .isEqualTo(signals.signals());
  }

  @Test
  void anUnreadableSignalDocumentIsRefusedWithLocatedFindings() {
    byte[] wrong =
        "{\"format\":\"probity-signals\",\"schemaVersion\":1,\"signals\":[{\"id\":1}]}"
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);

    assertThatThrownBy(() -> read(SignalDocument.class, wrong))
        .isInstanceOfSatisfying(
            JsonReadException.class,
            e ->
                assertThat(e.getFindings())
                    .allSatisfy(
                        f ->
                            assertThat(((Location.JsonPointer) f.getLocation()).pointer())
                                .startsWith("/signals/0")));
  }
}
