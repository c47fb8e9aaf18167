package io.github.probity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.ReviewAction;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewState;
import io.github.probity.review.ReviewStep;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** PR-REVIEW-001: a measure is never reviewed by whoever proposed it. */
class ReviewRuleTest {
  static final Instant AT = Instant.parse("2026-05-08T02:00:00Z");

  static ReviewRecord departmentMeasure(String drafter, String reviewer) {
    return record("M-3", "RP-3", RiskOwner.department("D1"), drafter, reviewer);
  }

  /** A record of a measure drafted and reviewed by the same person. */
  static ReviewRecord selfReviewed(String measureId, RiskPoint rp, String person) {
    return record(measureId, rp.getId(), rp.getOwner(), person, person);
  }

  static ReviewRecord record(
      String measureId, String pointId, RiskOwner owner, String drafter, String reviewer) {
    return ReviewRecord.builder()
        .measureId(measureId)
        .riskPointId(pointId)
        .owner(owner)
        .addTrail(
            ReviewStep.builder()
                .action(ReviewAction.DRAFT)
                .toState(ReviewState.DRAFTED)
                .actor(drafter)
                .at(AT)
                .build(),
            ReviewStep.builder()
                .action(ReviewAction.REVIEW)
                .fromState(ReviewState.DRAFTED)
                .toState(ReviewState.REVIEWED)
                .actor(reviewer)
                .at(AT.plusSeconds(3600))
                .opinion("同意")
                .build())
        .build();
  }

  static List<Finding> found(ReviewRecord... records) {
    return RuleSet.standard()
        .validate(
            ValidationContext.of(Fixtures.ledger(), Fixtures.CLOCK).withReviews(List.of(records)))
        .byRule("PR-REVIEW-001");
  }

  @Test
  void aSupervisingLeadersSignOffPasses() {
    assertThat(found(departmentMeasure("P3", "P2"))).isEmpty();
  }

  @Test
  void withoutReviewRecordsTheRuleIsSilent() {
    assertThat(
            RuleSet.standard().validate(Fixtures.ledger(), Fixtures.CLOCK).byRule("PR-REVIEW-001"))
        .isEmpty();
  }

  @Test
  void theProposerReviewingHisOwnMeasureIsAnError() {
    List<Finding> found = found(departmentMeasure("P2", "P3"));
    assertThat(found).hasSize(1);
    Finding f = found.get(0);
    assertThat(f.getSeverity()).isEqualTo(Severity.ERROR);
    assertThat(f.getLocation().text())
        .isEqualTo("departments[D1].riskPoints[RP-3].measures[M-3].reviewer");
    assertThat(f.message(Locale.SIMPLIFIED_CHINESE))
        .isEqualTo("风险点 RP-3 的防控措施 M-3 由其提出人赵敏审核，应由他人审核。");
    assertThat(f.message(Locale.ENGLISH))
        .isEqualTo(
            "Measure M-3 of risk point RP-3 was reviewed by 赵敏, who proposed it; another"
                + " person must review it.");
  }

  @Test
  void theDrafterReviewingIsAnErrorToo() {
    assertThat(found(departmentMeasure("P2", "P2"))).hasSize(1);
  }

  @Test
  void recordsOfMeasuresTheLedgerLacksAreSkipped() {
    ReviewRecord foreign =
        ReviewRecord.builder().from(departmentMeasure("P3", "P3")).measureId("M-X").build();
    assertThat(found(foreign)).isEmpty();
  }
}
