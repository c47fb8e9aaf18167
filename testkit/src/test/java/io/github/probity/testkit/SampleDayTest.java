package io.github.probity.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.warning.Indicator;
import io.github.probity.warning.Monitor;
import io.github.probity.warning.Signal;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningPolicy;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SampleDayTest {
  @Test
  void twelveSignalsOfOneDayInTimeOrderNamingTheSampleUnitsPeopleAndPoints() {
    List<Signal> day = SampleDay.signals();

    assertThat(day).hasSize(12).isSortedAccordingTo(Signal.ORDER);
    assertThat(day).extracting(Signal::getId).doesNotHaveDuplicates();
    assertThat(day)
        .extracting(s -> LocalDate.ofInstant(s.getTime(), SampleDay.ZONE))
        .containsOnly(SampleDay.DAY);
    assertThat(day).allSatisfy(s -> assertThat(s.getTime()).isBefore(SampleDay.END_OF_DAY));
    assertThat(day)
        .allSatisfy(
            s -> assertThat(SampleUnit.ledger().person(s.getSubject().getId())).isPresent());
    assertThat(day)
        .flatExtracting(s -> s.getRiskPoint().stream().toList())
        .allSatisfy(p -> assertThat(SampleUnit.ledger().riskPoint(p)).isPresent());
    assertThat(SampleDay.signals()).isEqualTo(SampleDay.signals(SampleUnit.ledger()));
  }

  @Test
  void raisesTheFiveDocumentedWarningsWithTheBuiltInsAndTheDefaultPolicy() {
    List<Warning> warnings =
        Monitor.replay(
            SampleDay.signals(),
            WarningPolicy.defaults(),
            Optional.of(SampleUnit.ledger()),
            Indicator.builtIns());

    assertThat(warnings)
        .extracting(Warning::getId)
        .containsExactly(
            "MAJOR_MATTER_WITHOUT_DECISION:ZF-0915-01",
            "SAME_APPROVER_AND_EXECUTOR:ZF-0915-03",
            "SPLIT_PURCHASES:CG-0915-02",
            "REPEATED_PETITIONS:XF-0915-03",
            "OVERDUE:ZG-0915-01");
    assertThat(warnings)
        .extracting(Warning::getLevel)
        .containsExactly(
            WarningLevel.SEVERE,
            WarningLevel.CAUTION,
            WarningLevel.CAUTION,
            WarningLevel.CAUTION,
            WarningLevel.CAUTION);
    assertThat(warnings.get(2).getSignals()).containsExactly("CG-0915-01", "CG-0915-02");
  }
}
