package io.github.probity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.archive.Archive;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.Post;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class ArchiveRuleTest {
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-06-01T02:00:00Z"), ZoneId.of("UTC"));

  static ValidationReport archiveFindings(Ledger ledger, List<Archive> archives) {
    return RuleSet.standard()
        .validate(ValidationContext.of(ledger, CLOCK).withArchives(archives))
        .byRule("PR-ARCHIVE-001")
        .stream()
        .collect(
            java.util.stream.Collectors.collectingAndThen(
                java.util.stream.Collectors.toList(), ValidationReport::of));
  }

  @Test
  void silentWithoutArchivesAndWhenEveryPostHasExactlyOne() {
    Ledger ledger = Fixtures.ledger();

    assertThat(RuleSet.standard().validate(ledger, CLOCK).byRule("PR-ARCHIVE-001")).isEmpty();
    assertThat(archiveFindings(ledger, Archive.allOf(ledger, List.of())).getFindings()).isEmpty();
  }

  @Test
  void reportsMissingDuplicateAndUnknownArchives() {
    Ledger ledger = Fixtures.ledger();
    List<Archive> archives = new ArrayList<>(Archive.allOf(ledger, List.of()));
    Post first = ledger.getPosts().get(0);
    Archive removed = archives.remove(0);
    archives.add(archives.get(0));
    Archive lastYear = Archive.builder().from(removed).year(ledger.getYear() - 1).build();
    archives.add(lastYear);
    Archive stray =
        Archive.builder()
            .from(archives.get(0))
            .post(Post.builder().from(archives.get(0).getPost()).id("POST-GONE").build())
            .riskPoints(List.of())
            .reviews(List.of())
            .build();
    archives.add(stray);

    ValidationReport report = archiveFindings(ledger, archives);

    assertThat(report.getFindings())
        .extracting(Finding::getMessageKey)
        .containsExactlyInAnyOrder(
            "PR-ARCHIVE-001", "PR-ARCHIVE-001.duplicate", "PR-ARCHIVE-001.unknownPost");
    assertThat(report.getFindings()).allMatch(v -> v.getSeverity() == Severity.ERROR);
    Finding missing =
        report.getFindings().stream()
            .filter(v -> v.getMessageKey().equals("PR-ARCHIVE-001"))
            .findFirst()
            .orElseThrow();
    assertThat(missing.getLocation()).isEqualTo(Paths.post(first).property("archive"));
    assertThat(missing.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("岗位“" + first.getName() + "”（" + first.getId() + "）没有2026年度的岗位廉政风险档案（一岗一档）。");
    assertThat(missing.message(Locale.ENGLISH))
        .isEqualTo(
            "Post "
                + first.getName()
                + " ("
                + first.getId()
                + ") has no current archive for 2026 (one post, one archive).");
    for (Finding v : report.getFindings()) {
      assertThat(v.message(Locale.ENGLISH)).doesNotContain("{");
      assertThat(v.message(Locale.SIMPLIFIED_CHINESE)).doesNotContain("{");
    }
  }
}
