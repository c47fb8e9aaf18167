package io.github.probity.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Effectiveness;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Evidence;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.RiskPoint;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Status changes, evidence and effectiveness reviews are recorded changes of the ledger. */
class MeasureMotionArchiveTest {
  static final LocalDate DAY = LocalDate.of(2026, 6, 1);
  static final Evidence EVIDENCE =
      Evidence.builder()
          .reference("双人复核记录-2026-05.pdf")
          .sha256("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08")
          .date(LocalDate.of(2026, 5, 31))
          .by("P4")
          .build();
  static final EffectivenessReview REVIEW =
      EffectivenessReview.builder()
          .date(DAY)
          .reviewer("P2")
          .verdict(Effectiveness.INEFFECTIVE)
          .note("抽查未留痕")
          .build();

  /** The fixture ledger with measure M-1 changed. */
  static Ledger withM1(UnaryOperator<Measure.Builder> change) {
    Ledger base = ArchiveFixtures.ledger().build();
    List<RiskPoint> points = new ArrayList<>();
    for (RiskPoint rp : base.getRiskPoints()) {
      List<Measure> measures = new ArrayList<>();
      for (Measure m : rp.getMeasures()) {
        measures.add(m.getId().equals("M-1") ? change.apply(Measure.builder().from(m)).build() : m);
      }
      points.add(RiskPoint.builder().from(rp).measures(measures).build());
    }
    return Ledger.builder().from(base).riskPoints(points).build();
  }

  static Ledger done() {
    return withM1(b -> b.status(MeasureStatus.DONE).progress(100).addEvidence(EVIDENCE));
  }

  @Test
  void aStatusChangeEvidenceAndAReviewAreChangesInTheDiff() {
    Ledger before = ArchiveFixtures.ledger().build();
    LedgerDiff diff = LedgerDiff.between(before, done());
    assertThat(diff.getChanges())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.getEntity()).isEqualTo(DiffEntity.MEASURE);
              assertThat(c.getType()).isEqualTo(ChangeType.CHANGED);
              assertThat(c.getId()).isEqualTo("M-1");
              assertThat(c.getFields())
                  .extracting(FieldChange::getField, FieldChange::getBefore, FieldChange::getAfter)
                  .containsExactly(
                      org.assertj.core.groups.Tuple.tuple("status", "PLANNED", "DONE"),
                      org.assertj.core.groups.Tuple.tuple("progress", "0", "100"),
                      org.assertj.core.groups.Tuple.tuple(
                          "evidence",
                          "",
                          "2026-05-31 双人复核记录-2026-05.pdf sha256:"
                              + EVIDENCE.getSha256().orElseThrow()
                              + " (P4)"));
            });
    Ledger reviewed =
        withM1(
            b ->
                b.status(MeasureStatus.DONE)
                    .progress(100)
                    .addEvidence(EVIDENCE)
                    .addReviews(REVIEW));
    assertThat(LedgerDiff.between(done(), reviewed).getChanges())
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.getFields())
                    .extracting(FieldChange::getField, FieldChange::getAfter)
                    .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                            "reviews", "2026-06-01 P2: INEFFECTIVE (抽查未留痕)")));
    assertThat(LedgerDiff.between(before, ArchiveFixtures.ledger().build()).isEmpty()).isTrue();
  }

  @Test
  void ledgerChangesPublishStatusEvidenceAndReviewEvents() {
    Ledger before = done();
    Ledger after =
        withM1(
            b ->
                b.status(MeasureStatus.ABANDONED)
                    .progress(100)
                    .abandonReason("改由系统控制")
                    .addEvidence(EVIDENCE)
                    .addReviews(REVIEW));
    LedgerEvents events = LedgerEvents.create(ArchiveFixtures.clockAt(DAY));
    List<LedgerEvent> heard = new ArrayList<>();
    events.addListener(heard::add);
    events.ledgerChanged(ArchiveFixtures.ledger().build(), before);
    assertThat(heard)
        .extracting(LedgerEvent::getKind)
        .containsExactly(EventKind.MEASURE_STATUS_CHANGED, EventKind.EVIDENCE_FILED);
    assertThat(heard.get(0).getAttributes())
        .containsEntry("from", "PLANNED")
        .containsEntry("to", "DONE")
        .containsEntry("riskPoint", "RP-1");
    assertThat(heard.get(1).getAttributes())
        .containsEntry("reference", "双人复核记录-2026-05.pdf")
        .containsEntry("sha256", EVIDENCE.getSha256().orElseThrow());

    heard.clear();
    events.ledgerChanged(before, after);
    assertThat(heard)
        .extracting(LedgerEvent::getKind)
        .containsExactly(EventKind.MEASURE_STATUS_CHANGED, EventKind.EFFECTIVENESS_REVIEWED);
    assertThat(heard.get(0).getAttributes())
        .containsEntry("to", "ABANDONED")
        .containsEntry("reason", "改由系统控制");
    assertThat(heard.get(1).getAttributes())
        .containsEntry("verdict", "INEFFECTIVE")
        .containsEntry("reviewer", "P2");
    assertThat(heard).allSatisfy(e -> assertThat(e.getSubjectId()).isEqualTo("M-1"));
  }

  @Test
  void theCanonicalFormCarriesTheMotionAndKeepsTheBytesOfMeasuresWithoutIt() {
    CanonicalForm form = CanonicalForm.builtIn();
    Ledger plain = ArchiveFixtures.ledger().build();
    byte[] before = form.encode(Archive.of(plain, "POST-1", List.of()));
    byte[] same =
        form.encode(
            Archive.of(
                withM1(b -> b.status(MeasureStatus.PLANNED).progress(0)), "POST-1", List.of()));
    assertThat(same).isEqualTo(before);
    byte[] inProgress =
        form.encode(
            Archive.of(withM1(b -> b.status(MeasureStatus.IN_PROGRESS)), "POST-1", List.of()));
    byte[] doneBytes = form.encode(Archive.of(done(), "POST-1", List.of()));
    byte[] reviewed =
        form.encode(
            Archive.of(
                withM1(
                    b ->
                        b.status(MeasureStatus.DONE)
                            .progress(100)
                            .addEvidence(EVIDENCE)
                            .addReviews(REVIEW)),
                "POST-1",
                List.of()));
    assertThat(List.of(before, inProgress, doneBytes, reviewed))
        .extracting(java.util.Arrays::toString)
        .doesNotHaveDuplicates();
  }
}
