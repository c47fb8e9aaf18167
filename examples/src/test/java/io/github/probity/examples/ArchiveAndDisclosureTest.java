package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveEntry;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.excel.ArchiveReadResult;
import io.github.probity.excel.ArchiveWorkbookReader;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.DispositionLadder;
import io.github.probity.warning.Subject;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningPolicy;
import io.github.probity.warning.WarningStage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArchiveAndDisclosureTest {
  static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-15T02:00:00Z"), ZoneId.of("Asia/Shanghai"));

  @Test
  void theOneCallWritesAnArchiveWorkbookAndTheDisclosureExport(@TempDir Path dir)
      throws IOException {
    Ledger ledger = SampleUnit.ledger();

    List<Path> files = ArchiveAndDisclosure.write(ledger, dir, CLOCK);

    assertThat(files).hasSize(4).allMatch(Files::isRegularFile);
    ArchiveReadResult read = ArchiveWorkbookReader.standard().read(files.get(0));
    assertThat(read.problems()).isEmpty();
    ArchiveHistory history =
        ProbityJson.strict().readArchiveHistory(Files.readAllBytes(files.get(1))).value();
    assertThat(history.verify().isIntact()).isTrue();
    assertThat(read.archives()).containsExactly(history.current().getContent());
    String disclosure = Files.readString(files.get(3), StandardCharsets.UTF_8);
    for (Person p : ledger.getPeople()) {
      assertThat(disclosure).doesNotContain(p.getName());
    }
  }

  @Test
  void thePostsWarningsAndCasesGoIntoItsArchive(@TempDir Path dir) throws IOException {
    Ledger ledger = SampleUnit.ledger();
    String post = ledger.getPosts().get(0).getId();
    Warning warning =
        Warning.builder()
            .id("REPEATED_COMPLAINTS:S-1")
            .indicator("REPEATED_COMPLAINTS")
            .level(WarningLevel.CAUTION)
            .stage(WarningStage.APPEARED)
            .ladder(DispositionLadder.PETITION)
            .subject(Subject.post(post))
            .addSignals("S-1")
            .time(Instant.parse("2026-06-10T02:00:00Z"))
            .reason("90天内对同一岗位信访举报3次")
            .build();
    CaseBook cases = new CaseBook(CLOCK, WarningPolicy.defaults(), "预警系统");
    cases.open(warning);

    List<Path> files =
        ArchiveAndDisclosure.write(ledger, post, List.of(warning), cases, "P01", dir, CLOCK);

    Archive archive = ArchiveWorkbookReader.standard().read(files.get(0)).archives().get(0);
    assertThat(archive.getEntries())
        .extracting(ArchiveEntry::getKind)
        .containsExactly(ArchiveEntry.WARNING, ArchiveEntry.DISPOSITION);
  }
}
