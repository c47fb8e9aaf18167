package io.github.probity.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ValuesTest {

  @Test
  void anOwnersHashIsTheSameInEveryRun() {
    // 31 × "POST".hashCode() + "P-D01-1".hashCode(): no identity hash of the scope enum in it
    assertThat(RiskOwner.post("P-D01-1").hashCode()).isEqualTo(-585_242_292);
    assertThat(RiskOwner.post("P-D01-1")).isEqualTo(RiskOwner.of(OwnerScope.POST, "P-D01-1"));
    assertThat(RiskOwner.post("P-D01-1")).isNotEqualTo(RiskOwner.department("P-D01-1"));
  }

  @Test
  void missingRequiredAttributesAreNamed() {
    assertThatThrownBy(() -> RiskPoint.builder().id("RP-1").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("owner")
        .hasMessageContaining("category")
        .hasMessageContaining("title");
    assertThatThrownBy(() -> Person.builder().name("张三").build()).hasMessageContaining("id");
  }

  @ParameterizedTest(name = "id ''{0}''")
  @ValueSource(strings = {"", "  ", "\u3000", " RP-1", "RP-1 "})
  void blankOrPaddedIdsAreRejectedNamingFieldAndValue(String id) {
    assertThatThrownBy(
            () ->
                RiskPoint.builder()
                    .id(id)
                    .owner(RiskOwner.post("POST-1"))
                    .category(RiskCategory.DUTY)
                    .title("t")
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("RiskPoint.id")
        .hasMessageContaining("'" + id + "'");
    assertThatThrownBy(() -> RiskOwner.department(id))
        .hasMessageContaining("RiskOwner.id")
        .hasMessageContaining("'" + id + "'");
    assertThatThrownBy(() -> Person.builder().id(id).name("张三").build())
        .hasMessageContaining("Person.id");
  }

  @ParameterizedTest(name = "value {0}")
  @ValueSource(ints = {0, 6, -3, 100})
  void factorsOutsideTheScaleAreRejectedNamingFieldAndValue(int value) {
    assertThatThrownBy(
            () -> RiskFactors.builder().importance(value).frequency(3).probability(3).build())
        .hasMessage("RiskFactors.importance must be between 1 and 5, was " + value);
    assertThatThrownBy(
            () ->
                RiskFactors.builder().importance(3).frequency(3).probability(3).harm(value).build())
        .hasMessage("RiskFactors.harm must be between 1 and 5, was " + value);
    assertThatThrownBy(
            () ->
                RiskFactors.builder()
                    .importance(3)
                    .frequency(3)
                    .probability(3)
                    .discretion(value)
                    .build())
        .hasMessage("RiskFactors.discretion must be between 1 and 5, was " + value);
  }

  @Test
  void factorsAcceptTheWholeScale() {
    for (int v = RiskFactors.MIN; v <= RiskFactors.MAX; v++) {
      RiskFactors f =
          RiskFactors.builder()
              .importance(v)
              .frequency(v)
              .probability(v)
              .discretion(v)
              .harm(v)
              .build();
      assertThat(f.getImportance()).isEqualTo(v);
      assertThat(f.getHarm()).hasValue(v);
    }
  }

  @Test
  void processStepNeedsItsPowerItem() {
    assertThatThrownBy(
            () -> ModelFixtures.point("RP-1", RiskOwner.post("P")).processStep("S1").build())
        .hasMessageContaining("processStep 'S1' needs a powerItem");
  }

  @Test
  void measureIdsAreUniqueWithinAPoint() {
    assertThatThrownBy(
            () ->
                ModelFixtures.point("RP-1", RiskOwner.post("P"))
                    .addMeasures(ModelFixtures.measure("M-RP-1"))
                    .build())
        .hasMessageContaining("duplicate id 'M-RP-1'");
  }

  @Test
  void processStepIdsAreUniqueWithinAPowerItem() {
    ProcessStep step = ProcessStep.builder().id("S1").name("审核").build();
    assertThatThrownBy(
            () ->
                PowerItem.builder()
                    .id("PI-1")
                    .name("审批")
                    .owner(RiskOwner.post("P"))
                    .kind(PowerKind.APPROVAL)
                    .discretion(Discretion.LIMITED)
                    .frequency(Frequency.DAILY)
                    .addProcessSteps(step, step)
                    .build())
        .hasMessageContaining("duplicate id 'S1'");
  }

  @Test
  void decisionThatChangesTheProposalNeedsARationale() {
    LevelDecision.Builder decision =
        LevelDecision.builder()
            .meetingReference("2026年第3次党组会议")
            .date(LocalDate.of(2026, 6, 12))
            .proposedLevel(RiskLevel.MEDIUM)
            .level(RiskLevel.HIGH);
    assertThatThrownBy(decision::build)
        .hasMessageContaining("rationale is required")
        .hasMessageContaining("HIGH")
        .hasMessageContaining("MEDIUM");
    LevelDecision withRationale = decision.rationale("涉及大额资金，集体研究上调").build();
    assertThat(withRationale.changesProposal()).isTrue();

    LevelDecision confirmed =
        LevelDecision.builder()
            .meetingReference("2026年第3次党组会议")
            .date(LocalDate.of(2026, 6, 12))
            .proposedLevel(RiskLevel.LOW)
            .level(RiskLevel.LOW)
            .build();
    assertThat(confirmed.changesProposal()).isFalse();
    assertThatThrownBy(() -> LevelDecision.builder().from(confirmed).meetingReference(" ").build())
        .hasMessageContaining("meetingReference");
  }

  @Test
  void effectiveLevelIsTheDecidedOneWhenPresent() {
    RiskPoint proposed = ModelFixtures.point("RP-1", RiskOwner.post("P")).build();
    assertThat(proposed.effectiveLevel()).contains(RiskLevel.MEDIUM);

    RiskPoint decided =
        RiskPoint.builder()
            .from(proposed)
            .decision(
                LevelDecision.builder()
                    .meetingReference("2026年第3次党组会议")
                    .date(LocalDate.of(2026, 6, 12))
                    .proposedLevel(RiskLevel.MEDIUM)
                    .level(RiskLevel.HIGH)
                    .rationale("涉及大额资金")
                    .build())
            .build();
    assertThat(decided.effectiveLevel()).contains(RiskLevel.HIGH);

    RiskPoint ungraded =
        RiskPoint.builder().from(proposed).level(java.util.Optional.empty()).build();
    assertThat(ungraded.effectiveLevel()).isEmpty();
  }

  @Test
  void residualAboveEffectiveLevelNeedsARationale() {
    RiskPoint.Builder point =
        ModelFixtures.point("RP-1", RiskOwner.post("P"))
            .level(RiskLevel.LOW)
            .residualLevel(RiskLevel.MEDIUM);
    assertThatThrownBy(point::build).hasMessageContaining("residualRationale is required");
    assertThat(point.residualRationale("措施尚未落实").build().getResidualLevel())
        .contains(RiskLevel.MEDIUM);
    assertThat(
            ModelFixtures.point("RP-2", RiskOwner.post("P"))
                .level(RiskLevel.HIGH)
                .residualLevel(RiskLevel.LOW)
                .build()
                .getResidualRationale())
        .isEmpty();
  }

  @Test
  void valuesHaveValueEquality() {
    RiskPoint a = ModelFixtures.point("RP-1", RiskOwner.post("P")).build();
    RiskPoint b = ModelFixtures.point("RP-1", RiskOwner.post("P")).build();
    RiskPoint c = RiskPoint.builder().from(a).title("另一个风险点").build();
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(c);
    assertThat(RiskOwner.post("P")).isEqualTo(RiskOwner.of(OwnerScope.POST, "P"));
    assertThat(RiskOwner.post("P")).isNotEqualTo(RiskOwner.department("P"));
    assertThat(RiskOwner.leader("P1")).hasToString("LEADER:P1");
    assertThat(ModelFixtures.measure("M1")).isEqualTo(ModelFixtures.measure("M1"));
  }

  @Test
  void listsAreImmutable() {
    RiskPoint a = ModelFixtures.point("RP-1", RiskOwner.post("P")).build();
    assertThatThrownBy(() -> a.getMeasures().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
