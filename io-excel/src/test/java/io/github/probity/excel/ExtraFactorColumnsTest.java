package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.finding.Severity;
import io.github.probity.grading.ExtraFactor;
import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.LedgerGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Extra grading factors in workbook columns: a column per declared point factor, headed by its
 * label, read back to the same values, through the carried ledger and as a foreign file.
 */
class ExtraFactorColumnsTest {
  private static final List<ExtraFactor> FACTORS = LedgerGenerator.sampleExtraFactors();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  private static byte[] write(Ledger ledger, AnnexKind kind) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.builder().extraFactors(FACTORS).build().write(ledger, kind, out);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void factorColumnsReadBackToTheSameFactors(long seed) throws IOException {
    Ledger ledger = LedgerGenerator.withExtraFactors(LedgerGenerator.generate(seed), FACTORS, seed);
    AnnexKind kind = seed % 2 == 0 ? AnnexKind.LEDGER : AnnexKind.PERSONAL;
    byte[] xlsx = write(ledger, kind);
    AnnexReader reader = AnnexReader.builder().extraFactors(FACTORS).build();

    AnnexReadResult carried = reader.read(new ByteArrayInputStream(xlsx));
    assertThat(carried.getEdits()).hasValue(LedgerDiff.builder().build());
    assertThat(carried.getLedger()).isEqualTo(ledger);

    AnnexReadResult foreign =
        reader.read(new ByteArrayInputStream(AnnexLayoutWorkbookTest.withoutLedgerSheet(xlsx)));
    assertThat(foreign.problems(Severity.WARNING)).as("seed %d", seed).isEmpty();
    for (LocatedRow row : foreign.getRows()) {
      RiskPoint point = ledger.riskPoint(row.getRow().getPointId().orElseThrow()).orElseThrow();
      Map<String, FactorValue> expected =
          point.getFactors().map(RiskFactors::getExtra).orElse(Map.of());
      assertThat(row.getExtraFactors()).as("seed %d %s", seed, point.getId()).isEqualTo(expected);
      assertThat(row.getExtras()).doesNotContainKeys("信访件数", "对外接触程度");
    }
  }

  @Test
  void withoutDeclarationsNoColumnIsWrittenAndAColumnIsAnExtra() throws IOException {
    Ledger ledger = LedgerGenerator.withExtraFactors(LedgerGenerator.generate(7), FACTORS, 7);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    AnnexWriter.standard().write(ledger, AnnexKind.LEDGER, plain);
    assertThat(AnnexWriterTest.parts(plain.toByteArray()).toString()).doesNotContain("信访件数");
    AnnexReadResult asExtras =
        AnnexReader.lenient()
            .read(
                new ByteArrayInputStream(
                    AnnexLayoutWorkbookTest.withoutLedgerSheet(write(ledger, AnnexKind.LEDGER))));
    assertThat(asExtras.getRows()).allSatisfy(r -> assertThat(r.getExtraFactors()).isEmpty());
    assertThat(asExtras.getRows()).anySatisfy(r -> assertThat(r.getExtras()).containsKey("信访件数"));
  }

  @Test
  void aValueOutsideTheDeclarationIsReportedAndKept() {
    ExtraFactor petitions = FACTORS.get(1);
    assertThat(FactorColumns.value(petitions, "3")).contains(FactorValue.of(3));
    assertThat(FactorColumns.value(petitions, "25")).isEmpty();
    assertThat(FactorColumns.value(petitions, "2.5")).isEmpty();
    ExtraFactor exposure = FACTORS.get(2);
    assertThat(FactorColumns.value(exposure, "频繁")).contains(FactorValue.ofCode("HIGH"));
    assertThat(FactorColumns.value(exposure, "MID")).contains(FactorValue.ofCode("MID"));
    assertThat(FactorColumns.value(exposure, "很多")).isEmpty();
  }
}
