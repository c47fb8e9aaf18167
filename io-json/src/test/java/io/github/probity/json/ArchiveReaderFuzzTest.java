package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveHistory;

/**
 * Fuzzes the archive, archive history and disclosure readers: any input yields a value that
 * round-trips, or a {@link JsonReadException} with located findings — never another exception.
 *
 * <p>A plain {@code mvn verify} replays the inputs in {@code ArchiveReaderFuzzTestInputs}; to fuzz,
 * run {@code JAZZER_FUZZ=1 mvn -pl io-json -am test -Dtest=ArchiveReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ArchiveReaderFuzzTest {
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
        Archive archive = json.readArchive(data).value();
        assertThat(json.readArchive(json.writeArchive(archive)).value()).isEqualTo(archive);
      } catch (JsonReadException e) {
        assertThat(e.getFindings()).isNotEmpty();
      }
      try {
        ArchiveHistory history = json.readArchiveHistory(data).value();
        assertThat(history.verify()).isNotNull();
        assertThat(
                json.readArchiveHistory(json.writeArchiveHistory(history)).value().getRevisions())
            .isEqualTo(history.getRevisions());
      } catch (JsonReadException e) {
        assertThat(e.getFindings()).isNotEmpty();
      }
      try {
        DisclosureDocument d = json.readDisclosure(data).value();
        assertThat(json.readDisclosure(json.writeDisclosure(d)).value()).isEqualTo(d);
      } catch (JsonReadException e) {
        assertThat(e.getFindings()).isNotEmpty();
      }
    }
  }
}
