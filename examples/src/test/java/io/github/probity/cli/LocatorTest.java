package io.github.probity.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Location;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.validation.Paths;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

/** Model paths placed in a file as the SDK's own locations, printed as the command line prints. */
class LocatorTest {
  private final Ledger ledger = SampleUnit.ledger();

  @Test
  void aJsonLedgerPlacesAModelPathAtItsPointer() {
    RiskPoint p = ledger.getRiskPoints().get(5);
    Location.ModelPath path = Paths.measure(ledger, p, p.getMeasures().get(0));
    assertThat(Locator.json(ledger).locate(path))
        .contains(Location.jsonPointer("/ledger/riskPoints/5/measures/0", -1, -1));
    assertThat(Locator.json(ledger).locate(Location.modelPath("departments[NONE].posts[X]")))
        .isEmpty();
  }

  @Test
  void aPlaceIsPrintedWithTheHeaderOfItsColumn() {
    Location.Cell cell =
        new Location.Cell(
            Optional.of("附件2 科室"),
            OptionalInt.of(5),
            Optional.of("H5"),
            Optional.of("防控措施"),
            Optional.empty());
    assertThat(Reported.place(cell)).isEqualTo("附件2 科室!H5 (防控措施)");
    assertThat(Reported.place(Location.jsonPointer("/ledger/year", 1, 9)))
        .isEqualTo("/ledger/year (line 1, column 9)");
    assertThat(Locator.NONE.locate(Location.modelPath("leadershipGroup"))).isEmpty();
  }
}
