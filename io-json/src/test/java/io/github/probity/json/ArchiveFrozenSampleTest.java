package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.archive.ArchiveHistory;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The v1 archive, archive history and disclosure samples in test resources are frozen: every later
 * release must keep reading them into the same values, and they match the v1 schemas. Today's
 * output is pinned to them until schema version 2.
 */
class ArchiveFrozenSampleTest {
  private static final ProbityJson STRICT = ProbityJson.strict();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  static byte[] sample(String format) {
    return FrozenSampleTest.resource("io/github/probity/json/v1/" + format + ".sample.json");
  }

  static String text(byte[] bytes) {
    return new String(bytes, StandardCharsets.UTF_8).strip();
  }

  @Test
  void theFrozenV1ArchiveSampleStillReadsAndMatchesItsSchema() throws IOException {
    byte[] sample = sample("probity-archive");
    assertThat(STRICT.readArchive(sample).value()).isEqualTo(ArchiveSamples.archive());
    assertThat(text(STRICT.writeArchive(ArchiveSamples.archive()))).isEqualTo(text(sample));
    assertThat(SchemaTest.load(DocumentType.ARCHIVE, 1).validate(MAPPER.readTree(sample)))
        .isEmpty();
  }

  @Test
  void theFrozenV1HistorySampleStillReadsVerifiesAndMatchesItsSchema() throws IOException {
    byte[] sample = sample("probity-archive-history");
    ArchiveHistory expected = ArchiveSamples.history(STRICT.canonicalForm());
    ArchiveHistory back = STRICT.readArchiveHistory(sample).value();
    assertThat(back.getRevisions()).isEqualTo(expected.getRevisions());
    assertThat(back.verify().isIntact()).isTrue();
    assertThat(text(STRICT.writeArchiveHistory(expected))).isEqualTo(text(sample));
    assertThat(SchemaTest.load(DocumentType.ARCHIVE_HISTORY, 1).validate(MAPPER.readTree(sample)))
        .isEmpty();
  }

  @Test
  void theFrozenV1DisclosureSampleStillReadsAndMatchesItsSchema() throws IOException {
    byte[] sample = sample("probity-disclosure");
    assertThat(STRICT.readDisclosure(sample).value()).isEqualTo(ArchiveSamples.disclosure());
    assertThat(text(STRICT.writeDisclosure(ArchiveSamples.disclosure()))).isEqualTo(text(sample));
    assertThat(SchemaTest.load(DocumentType.DISCLOSURE, 1).validate(MAPPER.readTree(sample)))
        .isEmpty();
  }
}
