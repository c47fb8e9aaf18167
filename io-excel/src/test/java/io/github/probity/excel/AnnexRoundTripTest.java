package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexTables;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Ledger → xlsx → ledger gives back every field the tables carry, for 200 generated ledgers. */
class AnnexRoundTripTest {
  private static final AnnexKind[] ANNEXES = {
    AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL
  };

  private static final LedgerDiff NO_EDITS = LedgerDiff.builder().build();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  private static AnnexReadResult read(byte[] xlsx) throws IOException {
    return AnnexReader.builder().strict(true).build().read(new ByteArrayInputStream(xlsx));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void annexWorkbookRoundTrips(long seed) throws IOException {
    Ledger ledger = RandomLedgers.generate(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().writeAnnexes(ledger, out);
    AnnexReadResult result = read(out.toByteArray());
    Ledger back = result.getLedger();
    assertThat(back.getUnit().getName()).isEqualTo(ledger.getUnit().getName());
    assertThat(result.problems(Severity.WARNING)).isEmpty();
    assertThat(result.getEdits()).as("the tables show exactly the ledger").hasValue(NO_EDITS);
    assertThat(back).isEqualTo(ledger);
    for (AnnexKind kind : ANNEXES) {
      assertThat(AnnexTables.carriedRows(back, kind))
          .as(kind.code())
          .isEqualTo(AnnexTables.carriedRows(ledger, kind));
    }
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void ledgerSheetAndArchiveRoundTrip(long seed) throws IOException {
    Ledger ledger = RandomLedgers.generate(seed);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().write(ledger, AnnexKind.LEDGER, out);
    AnnexReadResult result = read(out.toByteArray());
    assertThat(result.getEdits()).as("the table shows exactly the ledger").hasValue(NO_EDITS);
    Ledger back = result.getLedger();
    assertThat(back).isEqualTo(ledger);
    assertThat(AnnexTables.carriedRows(back, AnnexKind.LEDGER))
        .isEqualTo(AnnexTables.carriedRows(ledger, AnnexKind.LEDGER));
    ByteArrayOutputStream archive = new ByteArrayOutputStream();
    AnnexWriter.standard().write(ledger, AnnexKind.POST_ARCHIVE, archive);
    if (AnnexTables.count(ledger, AnnexKind.PERSONAL) > 0) {
      Ledger fromArchive = read(archive.toByteArray()).getLedger();
      assertThat(AnnexTables.carriedRows(fromArchive, AnnexKind.PERSONAL))
          .isEqualTo(AnnexTables.carriedRows(ledger, AnnexKind.PERSONAL));
    }
  }
}
