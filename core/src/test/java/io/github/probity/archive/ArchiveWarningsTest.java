package io.github.probity.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.warning.CaseAction;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.DispositionLadder;
import io.github.probity.warning.Subject;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningPolicy;
import io.github.probity.warning.WarningStage;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ArchiveWarningsTest {
  static final Clock CLOCK = ArchiveFixtures.clockAt(LocalDate.of(2026, 7, 1));

  static Warning warning(String id, Subject subject, Optional<String> point, String time) {
    return Warning.builder()
        .id(id)
        .indicator(id.substring(0, id.indexOf(':')))
        .level(WarningLevel.CAUTION)
        .stage(WarningStage.APPEARED)
        .ladder(DispositionLadder.RISK)
        .subject(subject)
        .riskPoint(point)
        .addSignals("S-" + id)
        .time(Instant.parse(time))
        .reason("测试预警 " + id)
        .build();
  }

  @Test
  void anArchiveListsTheWarningsAndCasesOfItsPostHolderAndPoints() {
    Ledger ledger = ArchiveFixtures.ledger().build();
    Warning byPost =
        warning("post:1", Subject.post("POST-1"), Optional.empty(), "2026-06-03T01:00:00Z");
    Warning byHolder =
        warning("holder:1", Subject.person("P4"), Optional.empty(), "2026-06-02T01:00:00Z");
    Warning byPoint =
        warning("point:1", Subject.department("D1"), Optional.of("RP-1"), "2026-06-04T01:00:00Z");
    Warning other =
        warning("other:1", Subject.person("P2"), Optional.of("RP-2"), "2026-06-01T01:00:00Z");
    Warning caseOnly =
        warning("case:1", Subject.post("POST-1"), Optional.empty(), "2026-06-05T01:00:00Z");
    CaseBook cases = new CaseBook(CLOCK, WarningPolicy.defaults(), "预警系统");
    cases.open(byHolder);
    cases.open(other);
    cases.open(caseOnly);
    cases.apply("CASE:holder:1", CaseAction.ACCEPT, "P9", "核查");

    Archive base =
        Archive.builder()
            .from(Archive.of(ledger, "POST-1", List.of()))
            .addEntries(
                ArchiveEntry.builder()
                    .kind("NOTE")
                    .id("N-1")
                    .date(LocalDate.of(2026, 1, 5))
                    .summary("年初谈话")
                    .build())
            .build();
    Archive archive =
        base.withWarnings(List.of(other, byPoint, byPost, byHolder), cases, ArchiveFixtures.ZONE);

    assertThat(archive.getEntries())
        .extracting(e -> e.getKind() + " " + e.getId())
        .containsExactly(
            "NOTE N-1",
            "WARNING holder:1",
            "WARNING post:1",
            "WARNING point:1",
            "WARNING case:1",
            "DISPOSITION CASE:case:1",
            "DISPOSITION CASE:holder:1");
    ArchiveEntry disposition = archive.getEntries().get(6);
    assertThat(disposition.getAttributes())
        .containsEntry("state", "IN_PROGRESS")
        .containsEntry("warning", "holder:1")
        .containsEntry("lastAction", "ACCEPT");
    assertThat(archive.getEntries().get(1).getSummary()).contains("警示", "测试预警 holder:1");
    assertThat(archive.getEntries().get(1).getDate()).isEqualTo(LocalDate.of(2026, 6, 2));
    assertThat(archive.withWarnings(List.of(), cases, ArchiveFixtures.ZONE).getEntries())
        .extracting(ArchiveEntry::getId)
        .doesNotContain("post:1", "point:1")
        .contains("N-1", "CASE:holder:1");
  }

  @Test
  void revisionsRecordTheWarningEntries() {
    Ledger ledger = ArchiveFixtures.ledger().build();
    CaseBook cases = new CaseBook(CLOCK, WarningPolicy.defaults(), "预警系统");
    Archive archive = Archive.of(ledger, "POST-1", List.of());
    ArchiveHistory history = ArchiveHistory.start(archive, "P3", "建立岗位廉政风险档案", CLOCK);
    Warning w = warning("post:1", Subject.post("POST-1"), Optional.empty(), "2026-06-03T01:00:00Z");
    cases.open(w);

    ArchiveHistory revised =
        history.revise(
            history.current().getContent().withWarnings(List.of(w), cases, ArchiveFixtures.ZONE),
            "P3",
            "录入预警处置记录",
            CLOCK);

    assertThat(revised.current().getKinds()).containsExactly(RevisionKind.ENTRY);
    assertThat(revised.current().getContent().getEntries()).hasSize(2);
    assertThat(revised.verify().isIntact()).isTrue();
  }
}
