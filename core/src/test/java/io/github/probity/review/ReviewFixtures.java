package io.github.probity.review;

import io.github.probity.TestLedgers;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureType;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The shared {@link TestLedgers} unit with one risk point and measure per owner scope. People: P1
 * principal leader, P2 deputy supervising D1, P3 head of D1, P4 holder of POST-1, P9 acting for the
 * party organisation.
 */
final class ReviewFixtures {
  static final String[] PEOPLE = {"P1", "P2", "P3", "P4", "P9"};

  /** The measure of each scope's risk point. */
  static final String GROUP_MEASURE = "M-G";

  static final String LEADER_MEASURE = "M-L";
  static final String DEPARTMENT_MEASURE = "M-D";
  static final String POST_MEASURE = "M-P";

  private ReviewFixtures() {}

  static Ledger ledger() {
    return TestLedgers.ledger(PEOPLE)
        .addPosts(TestLedgers.procurementPost("P4", "审核政府采购需求"))
        .addRiskPoints(
            point("RP-G", RiskOwner.leadershipGroup("LG"), GROUP_MEASURE),
            point("RP-L", RiskOwner.leader("P2"), LEADER_MEASURE),
            point("RP-D", RiskOwner.department("D1"), DEPARTMENT_MEASURE),
            point("RP-P", RiskOwner.post("POST-1"), POST_MEASURE))
        .build();
  }

  static ReviewPolicy policy() {
    return ReviewPolicy.builder().addPartyOrganisation("P9").build();
  }

  static Clock clockAt(LocalDate date) {
    return TestLedgers.clockAt(date.atTime(10, 0));
  }

  static ReviewWorkflow workflow(LocalDate date) {
    return ReviewWorkflow.of(ledger(), policy(), clockAt(date));
  }

  private static RiskPoint point(String id, RiskOwner owner, String measureId) {
    return RiskPoint.builder()
        .id(id)
        .owner(owner)
        .category(RiskCategory.DUTY)
        .title("风险点 " + id)
        .level(RiskLevel.MEDIUM)
        .addMeasures(
            Measure.builder()
                .id(measureId)
                .text("措施 " + measureId)
                .type(MeasureType.INSTITUTIONAL)
                .build())
        .build();
  }
}
