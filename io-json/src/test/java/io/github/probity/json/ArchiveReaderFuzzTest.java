package io.github.probity.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.probity.archive.ArchiveHistory;
import java.io.IOException;

/**
 * Fuzzes the archive, archive history and disclosure readers: any input yields a value that
 * round-trips, or a {@link JsonReadException} with located findings — never another exception.
 *
 * <p>A plain {@code mvn verify} replays the inputs in {@code ArchiveReaderFuzzTestInputs}; to fuzz,
 * run {@code JAZZER_FUZZ=1 mvn -pl io-json -am test -Dtest=ArchiveReaderFuzzTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ArchiveReaderFuzzTest {
  @FuzzTest(maxDuration = "10m")
  void readersAcceptOrReportEveryInput(byte[] data) throws IOException {
    for (ProbityJson json : FuzzChecks.MODES) {
      FuzzChecks.roundTripsOrReported(data, json::readArchive, json::writeArchive);
      FuzzChecks.acceptedOrReported(
          () -> {
            ArchiveHistory history = json.readArchiveHistory(data).value();
            assertThat(history.verify()).isNotNull();
            assertThat(
                    json.readArchiveHistory(json.writeArchiveHistory(history))
                        .value()
                        .getRevisions())
                .isEqualTo(history.getRevisions());
          });
      FuzzChecks.roundTripsOrReported(data, json::readDisclosure, json::writeDisclosure);
    }
  }
}
