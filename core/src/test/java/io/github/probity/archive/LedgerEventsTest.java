package io.github.probity.archive;

import static io.github.probity.archive.ArchiveFixtures.clockAt;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.ReviewPolicy;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewWorkflow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LedgerEventsTest {
  static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  @Test
  void ledgerChangesBecomeEvents() {
    Ledger before = ArchiveFixtures.ledger().build();
    RiskPoint rp2 = before.riskPoint("RP-2").orElseThrow();
    Ledger after =
        Ledger.builder()
            .from(before)
            .riskPoints(
                List.of(
                    before.riskPoint("RP-1").orElseThrow(),
                    RiskPoint.builder()
                        .from(rp2)
                        .decision(
                            LevelDecision.builder()
                                .meetingReference("2026年第4次党组会议")
                                .date(DAY)
                                .proposedLevel(RiskLevel.LOW)
                                .level(RiskLevel.MEDIUM)
                                .rationale("分管领域资金量大")
                                .build())
                        .build(),
                    before.riskPoint("RP-3").orElseThrow(),
                    RiskPoint.builder()
                        .id("RP-4")
                        .owner(RiskOwner.post("POST-1"))
                        .category(RiskCategory.DUTY)
                        .title("采购档案管理不规范")
                        .level(RiskLevel.LOW)
                        .build()))
            .build();
    LedgerEvents events = LedgerEvents.create(clockAt(DAY));
    List<LedgerEvent> heard = new ArrayList<>();
    events.addListener(heard::add);

    LedgerDiff diff = events.ledgerChanged(before, after);

    assertThat(heard)
        .extracting(LedgerEvent::getKind, LedgerEvent::getSubjectId)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(EventKind.LEVEL_DECIDED, "RP-2"),
            org.assertj.core.groups.Tuple.tuple(EventKind.RISK_POINT_ADDED, "RP-4"));
    assertThat(heard.get(0).getAttributes())
        .containsEntry("level", "MEDIUM")
        .containsEntry("proposedLevel", "LOW");
    assertThat(heard.get(1).getAttributes()).containsEntry("owner", "POST:POST-1");
    assertThat(heard).allSatisfy(e -> assertThat(e.getAt()).isEqualTo(clockAt(DAY).instant()));
    assertThat(diff.getLevelChanges())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getRiskPointId()).isEqualTo("RP-2");
              assertThat(c.getBefore()).contains(RiskLevel.LOW);
              assertThat(c.getAfter()).contains(RiskLevel.MEDIUM);
              assertThat(c.getDecision()).isPresent();
            });
  }

  @Test
  void filingAMeasureAndRevisingAnArchiveBecomeEvents() {
    Ledger ledger = ArchiveFixtures.ledger().build();
    LedgerEvents events = LedgerEvents.create(clockAt(DAY));
    List<LedgerEvent> heard = new ArrayList<>();
    LedgerListener listener = heard::add;
    events.addListener(listener);
    ReviewWorkflow wf =
        ReviewWorkflow.of(
                ledger, ReviewPolicy.builder().addPartyOrganisation("P9").build(), clockAt(DAY))
            .withListener(events.reviewListener());

    ReviewRecord r = wf.draft("M-4", "P3", Optional.empty());
    r = wf.review(r, "P2", "同意");
    assertThat(heard).isEmpty();
    r = wf.file(r, "P9", Optional.empty());
    assertThat(heard)
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.getKind()).isEqualTo(EventKind.MEASURE_FILED);
              assertThat(e.getSubjectId()).isEqualTo("M-4");
              assertThat(e.getAttributes()).containsEntry("riskPoint", "RP-3");
            });

    ArchiveHistory h =
        ArchiveHistory.start(Archive.of(ledger, "POST-1", List.of()), "P9", "建档", clockAt(DAY));
    events.archiveRevised(h);
    assertThat(heard.get(1).getKind()).isEqualTo(EventKind.ARCHIVE_REVISED);
    assertThat(heard.get(1).getSubjectId()).isEqualTo("POST-1");
    assertThat(heard.get(1).getAttributes())
        .containsEntry("sequence", "1")
        .containsEntry("kinds", "CREATED")
        .containsEntry("reidentificationRequired", "false")
        .containsEntry("hash", h.current().getHash());

    events.removeListener(listener);
    events.archiveRevised(h);
    assertThat(heard).hasSize(2);
  }
}
