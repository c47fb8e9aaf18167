package io.github.probity.validation;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.finding.Location.ModelPath;
import io.github.probity.finding.Location.ModelPath.Segment;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Model paths: built by {@link Paths} and the rules, printed as before, read back as printed. */
class ModelPathTest {
  private static final RuleSet RULES = RuleSet.standard();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @Test
  void aMeasurePropertyHasItsOwnerPointAndField() {
    ModelPath p =
        Paths.department("D03")
            .element("riskPoints", "RP-0042")
            .element("measures", "M-1")
            .property("deadline");
    assertThat(p.text()).isEqualTo("departments[D03].riskPoints[RP-0042].measures[M-1].deadline");
    assertThat(p.segments())
        .extracting(Segment::name)
        .containsExactly("departments", "riskPoints", "measures", "deadline");
    assertThat(p.owner()).contains(new Segment("departments", Optional.of("D03")));
    assertThat(p.pointId()).contains("RP-0042");
    assertThat(p.field()).contains("deadline");
    assertThat(Location.modelPath(p.text())).isEqualTo(p);
  }

  @Test
  void aPostUnderItsDepartmentIsTheOwnerAndAnElementHasNoField() {
    ModelPath p = Location.modelPath("departments[D1].posts[P.7]");
    assertThat(p.owner()).contains(new Segment("posts", Optional.of("P.7")));
    assertThat(p.pointId()).isEmpty();
    assertThat(p.field()).isEmpty();
    assertThat(Location.modelPath("leadershipGroup").field()).isEmpty();
    assertThat(Location.modelPath("leadershipGroup.riskPoints").field()).contains("riskPoints");
    assertThat(Location.modelPath("people[P01]").owner()).isEmpty();
  }

  @Test
  void theLedgerAsAWholeHasNoSegmentsAndEmptyText() {
    assertThat(Location.modelPath("")).isEqualTo(ModelPath.LEDGER);
    assertThat(ModelPath.LEDGER.text()).isEmpty();
    assertThat(ModelPath.LEDGER.owner()).isEmpty();
  }

  @Test
  void aKeyMayHoldDotsAndBracketsThatAreNotFollowedByADot() {
    ModelPath p = Paths.department("D.1").element("riskPoints", "a]b[c").property("title");
    assertThat(p.text()).isEqualTo("departments[D.1].riskPoints[a]b[c].title");
    assertThat(Location.modelPath(p.text())).isEqualTo(p);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyFindingsPathReadsBackAsPrinted(long seed) {
    Ledger ledger = FlawedLedgers.generate(seed, 30 + (int) (seed % 50));
    int paths = 0;
    for (Finding f : RULES.validate(ledger, Fixtures.CLOCK).getFindings()) {
      ModelPath p = (ModelPath) f.getLocation();
      assertThat(Location.modelPath(p.text())).isEqualTo(p);
      p.pointId()
          .flatMap(ledger::riskPoint)
          .map(RiskPoint::getOwner)
          .map(o -> Paths.owner(ledger, o).segments())
          .ifPresent(owner -> assertThat(p.owner()).contains(owner.get(owner.size() - 1)));
      paths++;
    }
    assertThat(paths).isPositive();
  }
}
