package io.github.probity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MeasureMotionTest {
  private static final String HASH =
      "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

  private static Measure.Builder measure() {
    Measure.Builder b = Measure.builder();
    b.id("M-1").text("严格执行采购双人复核制度").type(MeasureType.PROCESS);
    return b;
  }

  @Test
  void aMeasureWithoutTheNewFieldsIsPlannedAtZeroWithoutEvidenceOrReview() {
    Measure m = measure().build();
    assertThat(m.getStatus()).isEqualTo(MeasureStatus.PLANNED);
    assertThat(m.getProgress()).isZero();
    assertThat(m.getEvidence()).isEmpty();
    assertThat(m.getReviews()).isEmpty();
    assertThat(m.getAbandonReason()).isEmpty();
    assertThat(m.latestReview()).isEmpty();
    assertThat(m).isEqualTo(measure().status(MeasureStatus.PLANNED).progress(0).build());
  }

  @Test
  void overdueIsDerivedFromTheDeadlineForPlannedAndInProgressMeasuresOnly() {
    LocalDate deadline = LocalDate.of(2026, 6, 30);
    Measure planned = measure().deadline(deadline).build();
    assertThat(planned.statusOn(deadline)).isEqualTo(MeasureStatus.PLANNED);
    assertThat(planned.statusOn(deadline.plusDays(1))).isEqualTo(MeasureStatus.OVERDUE);
    Measure going = measure().deadline(deadline).status(MeasureStatus.IN_PROGRESS).build();
    assertThat(going.statusOn(deadline.plusDays(1))).isEqualTo(MeasureStatus.OVERDUE);
    Measure done = measure().deadline(deadline).status(MeasureStatus.DONE).progress(100).build();
    assertThat(done.statusOn(deadline.plusYears(1))).isEqualTo(MeasureStatus.DONE);
    assertThat(measure().build().statusOn(LocalDate.MAX)).isEqualTo(MeasureStatus.PLANNED);
  }

  @Test
  void theModelRefusesAStoredOverdueStatusAndProgressOutsideZeroToHundred() {
    assertThatThrownBy(() -> measure().status(MeasureStatus.OVERDUE).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OVERDUE")
        .hasMessageContaining("M-1");
    assertThatThrownBy(() -> measure().progress(101).build())
        .hasMessageContaining("Measure.progress must be between 0 and 100, was 101");
    assertThatThrownBy(() -> measure().progress(-1).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> measure().abandonReason(" ").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void evidenceTakesA64HexDigestNormalisedToLowerCaseAndRefusesAnyOther() {
    Evidence e =
        Evidence.builder()
            .reference("采购复核记录-2026-03.pdf")
            .sha256(HASH.toUpperCase(java.util.Locale.ROOT))
            .date(LocalDate.of(2026, 3, 31))
            .by("P-001")
            .build();
    assertThat(e.getSha256()).contains(HASH);
    assertThat(Evidence.isSha256(HASH)).isTrue();
    for (String bad : new String[] {HASH.substring(1), HASH + "0", HASH.replace('f', 'g'), ""}) {
      assertThat(Evidence.isSha256(bad)).isFalse();
      assertThatThrownBy(
              () ->
                  Evidence.builder()
                      .reference("财档〔2026〕17号")
                      .sha256(bad)
                      .date(LocalDate.of(2026, 3, 31))
                      .by("P-001")
                      .build())
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("Evidence.sha256 must be 64 hexadecimal characters");
    }
    Evidence paper =
        Evidence.builder()
            .reference("财档〔2026〕17号")
            .date(LocalDate.of(2026, 3, 31))
            .by("P-001")
            .build();
    assertThat(paper.getSha256()).isEmpty();
  }

  @Test
  void theLatestReviewIsTheLatestDatedTheLastRecordedOnATie() {
    LocalDate d = LocalDate.of(2026, 9, 30);
    EffectivenessReview early = review(d.minusMonths(3), Effectiveness.INEFFECTIVE);
    EffectivenessReview first = review(d, Effectiveness.BASICALLY_EFFECTIVE);
    EffectivenessReview second = review(d, Effectiveness.EFFECTIVE);
    Measure m = measure().addReviews(first, early, second).build();
    assertThat(m.latestReview()).containsSame(second);
  }

  private static EffectivenessReview review(LocalDate date, Effectiveness verdict) {
    return EffectivenessReview.builder().date(date).reviewer("P-009").verdict(verdict).build();
  }
}
