package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexTables;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.validation.RuleSet;
import io.github.probity.validation.ValidationReport;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A ledger read back from the sample unit's own ledger table: the standard rules find only what the
 * table cannot record, the rules for tables find nothing.
 */
class TableValidationTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-06-30T00:00:00Z"), ZoneOffset.UTC);

  private static Ledger readBack() throws IOException {
    Ledger sample = SampleUnit.ledger();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard() // the table alone, as a unit's own file: no ledger travels with it
        .writeRows(
            sample.getUnit().getName(),
            AnnexKind.LEDGER,
            AnnexTables.stream(sample, AnnexKind.LEDGER).iterator(),
            out);
    return AnnexReader.lenient().read(new ByteArrayInputStream(out.toByteArray())).getLedger();
  }

  @Test
  void theSampleUnitsLedgerTableHasNoErrorsUnderTheRulesForTables() throws IOException {
    Ledger table = readBack();
    assertThat(RuleSet.standard().validate(SampleUnit.ledger(), CLOCK).isValid()).isTrue();

    ValidationReport standard = RuleSet.standard().validate(table, CLOCK);
    Set<String> failing =
        standard.getFindings().stream()
            .filter(v -> v.getSeverity() == Severity.ERROR)
            .map(f -> f.getCode().code())
            .collect(Collectors.toSet());
    assertThat(failing).isNotEmpty().isSubsetOf(RuleSet.NEEDING_STRUCTURE);

    ValidationReport forTables = RuleSet.forTables().validate(table, CLOCK);
    assertThat(forTables.getFindings())
        .filteredOn(v -> v.getSeverity() == Severity.ERROR)
        .isEmpty();
    assertThat(RuleSet.forTables().rules())
        .hasSize(RuleSet.standard().rules().size() - RuleSet.NEEDING_STRUCTURE.size());
  }
}
