package io.github.probity.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import org.junit.jupiter.api.Test;

class QuickStartTest {

  @Test
  void quickStartBuildsTheLedgerItShows() {
    Ledger ledger = QuickStart.ledger();
    assertThat(ledger.riskPointsOf(RiskOwner.post("D03-01")))
        .singleElement()
        .satisfies(p -> assertThat(p.effectiveLevel()).contains(RiskLevel.HIGH));
  }
}
