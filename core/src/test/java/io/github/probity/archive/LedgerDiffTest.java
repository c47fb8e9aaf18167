package io.github.probity.archive;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.model.Post;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

class LedgerDiffTest {
  final Ledger ledger = ArchiveFixtures.ledger().build();

  @Test
  void aLedgerComparedWithItselfIsUnchanged() {
    LedgerDiff diff = LedgerDiff.between(ledger, ledger);
    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.getLevelChanges()).isEmpty();
  }

  @Test
  void changesAreListedFieldByField() {
    RiskPoint rp1 = ledger.riskPoint("RP-1").orElseThrow();
    Ledger after =
        Ledger.builder()
            .from(ledger)
            .posts(
                List.of(
                    Post.builder()
                        .from(ledger.post("POST-1").orElseThrow())
                        .holders(List.of("P5"))
                        .build()))
            .riskPoints(
                List.of(
                    RiskPoint.builder()
                        .from(rp1)
                        .title("采购需求审核把关不严、不及时")
                        .level(RiskLevel.HIGH)
                        .measures(
                            List.of(
                                rp1.getMeasures().get(0),
                                ArchiveFixtures.measure("M-5", "建立采购需求标准库")))
                        .build(),
                    ledger.riskPoint("RP-3").orElseThrow()))
            .build();

    LedgerDiff diff = LedgerDiff.between(ledger, after);

    assertThat(diff.changes(DiffEntity.POST, ChangeType.CHANGED))
        .singleElement()
        .satisfies(
            c -> assertThat(c.getFields()).containsExactly(FieldChange.of("holders", "P4", "P5")));
    assertThat(diff.changes(DiffEntity.RISK_POINT, ChangeType.CHANGED))
        .singleElement()
        .satisfies(
            c ->
                assertThat(c.getFields())
                    .containsExactly(
                        FieldChange.of("title", "采购需求审核把关不严", "采购需求审核把关不严、不及时"),
                        FieldChange.of("level", "MEDIUM", "HIGH")));
    assertThat(diff.changes(DiffEntity.RISK_POINT, ChangeType.REMOVED))
        .extracting(EntityChange::getId)
        .containsExactly("RP-2");
    assertThat(diff.changes(DiffEntity.MEASURE, ChangeType.ADDED))
        .extracting(EntityChange::getId, c -> c.getRiskPointId().orElse(""))
        .containsExactly(org.assertj.core.groups.Tuple.tuple("M-5", "RP-1"));
    assertThat(diff.changes(DiffEntity.MEASURE, ChangeType.REMOVED))
        .extracting(EntityChange::getId)
        .containsExactly("M-2", "M-3");
    assertThat(diff.getLevelChanges())
        .extracting(LevelChange::getRiskPointId, LevelChange::getBefore, LevelChange::getAfter)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "RP-1",
                java.util.Optional.of(RiskLevel.MEDIUM),
                java.util.Optional.of(RiskLevel.HIGH)));
  }
}
