package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.archive.ChainVerification;
import io.github.probity.archive.DisclosureKind;
import io.github.probity.archive.DisclosureView;
import io.github.probity.archive.RedactionPolicy;
import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.ArchiveGenerator;
import io.github.probity.testkit.LedgerGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ArchiveDocumentTest {
  private static final ProbityJson STRICT = ProbityJson.strict();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final com.networknt.schema.Schema ARCHIVE_SCHEMA =
      SchemaTest.load(DocumentType.ARCHIVE, 1);
  private static final com.networknt.schema.Schema HISTORY_SCHEMA =
      SchemaTest.load(DocumentType.ARCHIVE_HISTORY, 1);
  private static final com.networknt.schema.Schema DISCLOSURE_SCHEMA =
      SchemaTest.load(DocumentType.DISCLOSURE, 1);

  /** Free-text properties: changing one of them alters content without breaking the model. */
  private static final Set<String> FREE_TEXT =
      Set.of(
          "unitName",
          "departmentName",
          "name",
          "title",
          "text",
          "summary",
          "manifestation",
          "opinion",
          "range",
          "reason");

  @org.junit.jupiter.api.Test
  void anArchiveFilesItsMeetingsAndPeopleAndItsHashCoversThem() throws IOException {
    Archive archive =
        Archive.of(Fixtures.sampleWithMeetings(), "POST-01", List.of(ArchiveSamples.review()));
    assertThat(archive.getMeetings()).isEqualTo(Fixtures.sampleWithMeetings().getMeetings());
    assertThat(archive.getPeople())
        .extracting(io.github.probity.model.Person::getId)
        .containsExactly("P01", "P02"); // the attendee and supervisor; P04 is the holder

    byte[] doc = STRICT.writeArchive(archive);
    assertThat(STRICT.readArchive(doc).value()).isEqualTo(archive);
    assertThat(ARCHIVE_SCHEMA.validate(MAPPER.readTree(doc))).isEmpty();

    Archive withoutDissent =
        Archive.builder()
            .from(archive)
            .meetings(
                List.of(
                    io.github.probity.model.Meeting.builder()
                        .from(archive.getMeetings().get(0))
                        .dissent(java.util.Optional.empty())
                        .build()))
            .build();
    for (io.github.probity.archive.CanonicalForm form :
        List.of(io.github.probity.archive.CanonicalForm.builtIn(), STRICT.canonicalForm())) {
      assertThat(form.encode(withoutDissent)).as(form.id()).isNotEqualTo(form.encode(archive));
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void archivesAndHistoriesRoundTripCanonicallyAndMatchTheirSchemas(long seed) throws IOException {
    ArchiveHistory history = ArchiveGenerator.history(seed, STRICT.canonicalForm());
    Archive archive = history.current().getContent();

    byte[] doc = STRICT.writeArchive(archive);
    assertThat(STRICT.readArchive(doc).value()).isEqualTo(archive);
    assertThat(STRICT.writeArchive(STRICT.readArchive(doc).value())).isEqualTo(doc);
    assertThat(ARCHIVE_SCHEMA.validate(MAPPER.readTree(doc))).isEmpty();
    assertThat(new String(doc, StandardCharsets.UTF_8))
        .isEqualTo(
            "{\"format\":\"probity-archive\",\"schemaVersion\":1,\"archive\":"
                + new String(STRICT.canonicalForm().encode(archive), StandardCharsets.UTF_8)
                + "}");

    byte[] hdoc = STRICT.writeArchiveHistory(history);
    ArchiveHistory back = STRICT.readArchiveHistory(hdoc).value();
    assertThat(back.getRevisions()).isEqualTo(history.getRevisions());
    assertThat(back.form().id()).isEqualTo("probity-json-1");
    assertThat(back.verify().isIntact()).isTrue();
    assertThat(STRICT.writeArchiveHistory(back)).isEqualTo(hdoc);
    assertThat(HISTORY_SCHEMA.validate(MAPPER.readTree(hdoc))).isEmpty();

    ArchiveHistory builtIn = ArchiveGenerator.history(seed);
    ArchiveHistory builtInBack =
        STRICT.readArchiveHistory(STRICT.writeArchiveHistory(builtIn)).value();
    assertThat(builtInBack.form().id()).isEqualTo("probity-lp-1");
    assertThat(builtInBack.verify().isIntact()).isTrue();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void flippingOneCharacterOfAnyRevisionIsFoundByVerify(long seed) throws IOException {
    ArchiveHistory history = ArchiveGenerator.history(seed, STRICT.canonicalForm());
    ObjectNode doc = (ObjectNode) MAPPER.readTree(STRICT.writeArchiveHistory(history));
    Random r = new Random(seed);
    int index = r.nextInt(history.getRevisions().size());
    List<ObjectNode> holders = new ArrayList<>();
    List<String> fields = new ArrayList<>();
    collect(doc.at("/history/revisions/" + index), holders, fields);
    int pick = r.nextInt(holders.size());
    ObjectNode holder = holders.get(pick);
    String field = fields.get(pick);
    holder.set(field, new TextNode(flip(holder.get(field).asText(), r)));

    ArchiveHistory tampered = STRICT.readArchiveHistory(MAPPER.writeValueAsBytes(doc)).value();
    ChainVerification v = tampered.verify();

    assertThat(v.isIntact()).isFalse();
    assertThat(v.getFirstAltered()).hasValue(index);
    assertThat(v.getProblem()).hasValue(ChainVerification.Problem.CONTENT_ALTERED);
  }

  /** Collects the non-empty free-text properties under a node, with the objects holding them. */
  private static void collect(JsonNode node, List<ObjectNode> holders, List<String> fields) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> e : node.properties()) {
        if (e.getValue().isTextual()
            && FREE_TEXT.contains(e.getKey())
            && !e.getValue().asText().isEmpty()) {
          holders.add((ObjectNode) node);
          fields.add(e.getKey());
        } else {
          collect(e.getValue(), holders, fields);
        }
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, holders, fields));
    }
  }

  /** Changes one character: its lowest bit flipped, unless that would make it unsafe. */
  private static String flip(String text, Random r) {
    int i = r.nextInt(text.length());
    char c = text.charAt(i);
    char flipped = (char) (c ^ 1);
    if (Character.isSurrogate(c) || Character.isSurrogate(flipped) || flipped < 0x20) {
      flipped = 'x' == c ? 'y' : 'x';
    }
    return text.substring(0, i) + flipped + text.substring(i + 1);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void disclosuresRoundTripAndMatchTheSchema(long seed) throws IOException {
    Ledger ledger = LedgerGenerator.generate(seed);
    DisclosureView view = DisclosureView.of(ledger, RedactionPolicy.standard());
    DisclosureDocument d =
        new DisclosureDocument(
            view,
            view.register(
                seed % 2 == 0 ? DisclosureKind.PARTY_AFFAIRS : DisclosureKind.GOVERNMENT_AFFAIRS,
                "局机关全体干部",
                "公开栏",
                seed % 3 == 0 ? Optional.empty() : Optional.of(java.time.LocalDate.of(2026, 7, 1)),
                "P01",
                ArchiveSamples.at("2026-06-15T01:30:00Z")));

    byte[] doc = STRICT.writeDisclosure(d);

    assertThat(STRICT.readDisclosure(doc).value()).isEqualTo(d);
    assertThat(STRICT.writeDisclosure(STRICT.readDisclosure(doc).value())).isEqualTo(doc);
    assertThat(DISCLOSURE_SCHEMA.validate(MAPPER.readTree(doc))).isEmpty();
    String text = new String(doc, StandardCharsets.UTF_8);
    for (io.github.probity.model.Person p : ledger.getPeople()) {
      assertThat(text).doesNotContain(p.getName()); // redacted everywhere in the file
    }
  }

  @Test
  void strictReadingLocatesProblemsAndLenientReadingKeepsGoing() {
    String doc = new String(STRICT.writeArchive(ArchiveSamples.archive()), StandardCharsets.UTF_8);

    JsonReadException unknown =
        catchThrowableOfType(
            JsonReadException.class,
            () ->
                STRICT.readArchive(
                    doc.replace("\"personId\"", "\"colour\":1,\"personId\"")
                        .getBytes(StandardCharsets.UTF_8)));
    assertThat(unknown.firstError().getCode()).isEqualTo(JsonFindingCode.UNKNOWN_PROPERTY);
    assertThat(JsonFindings.pointer(unknown.firstError())).isEqualTo("/archive/pledges/0/colour");

    byte[] labelled = doc.replace("\"DRAFTED\"", "\"已起草\"").getBytes(StandardCharsets.UTF_8);
    JsonReadException label =
        catchThrowableOfType(JsonReadException.class, () -> STRICT.readArchive(labelled));
    assertThat(label.firstError().getCode()).isEqualTo(JsonFindingCode.INVALID_CODE);
    assertThat(JsonFindings.pointer(label.firstError())).startsWith("/archive/reviews/0/trail/0/");
    ReadResult<Archive> lenient = ProbityJson.lenient().readArchive(labelled);
    assertThat(lenient.value()).isEqualTo(ArchiveSamples.archive());
    assertThat(lenient.findings())
        .extracting(Finding::getCode)
        .contains(JsonFindingCode.LABEL_ACCEPTED);

    JsonReadException wrongFormat =
        catchThrowableOfType(
            JsonReadException.class,
            () -> STRICT.readArchiveHistory(doc.getBytes(StandardCharsets.UTF_8)));
    assertThat(wrongFormat.firstError().getCode()).isEqualTo(JsonFindingCode.WRONG_FORMAT);
  }

  @Test
  void aRegistrationThatDoesNotFitItsViewIsRefused() {
    String doc =
        new String(STRICT.writeDisclosure(ArchiveSamples.disclosure()), StandardCharsets.UTF_8);
    String altered = doc.replaceFirst("\"title\":\"", "\"title\":\"X");

    JsonReadException e =
        catchThrowableOfType(
            JsonReadException.class,
            () -> ProbityJson.lenient().readDisclosure(altered.getBytes(StandardCharsets.UTF_8)));

    assertThat(e.firstError().getCode()).isEqualTo(JsonFindingCode.INVALID_VALUE);
    assertThat(JsonFindings.pointer(e.firstError())).isEqualTo("/disclosure");
  }

  @Test
  void anUnknownCanonicalFormIsReported() {
    String doc =
        new String(
            STRICT.writeArchiveHistory(ArchiveSamples.history(STRICT.canonicalForm())),
            StandardCharsets.UTF_8);
    JsonReadException e =
        catchThrowableOfType(
            JsonReadException.class,
            () ->
                STRICT.readArchiveHistory(
                    doc.replace("\"form\":\"probity-json-1\"", "\"form\":\"sha-xml-9\"")
                        .getBytes(StandardCharsets.UTF_8)));
    assertThat(e.firstError().getCode()).isEqualTo(JsonFindingCode.INVALID_VALUE);
    assertThat(JsonFindings.pointer(e.firstError())).isEqualTo("/history/form");
  }
}
