package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the reader: whatever the bytes, it returns a result or refuses with a typed {@link
 * WorkbookRejectedException}; any other exception is a bug. The build runs the inputs under
 * src/test/resources/io/github/probity/excel/AnnexReaderFuzzTestInputs/ (regression mode); to fuzz,
 * run {@code JAZZER_FUZZ=1 mvn -pl io-excel -am test -Dtest=AnnexReaderFuzzTest}.
 */
class AnnexReaderFuzzTest {
  private static final AnnexReader READER =
      AnnexReader.builder()
          .limits(ReadLimits.builder().maxFileBytes(1 << 20).maxEntryBytes(8 << 20).build())
          .build();

  @FuzzTest(maxDuration = "10m")
  void readsOrRefusesAnyBytes(byte[] input) throws IOException {
    try {
      AnnexReadResult result = READER.read(new ByteArrayInputStream(input));
      // every row reached the ledger; a workbook Probity wrote carries points of other tables too
      assertThat(result.getLedger().getRiskPoints().size())
          .isGreaterThanOrEqualTo(result.getRows().size());
    } catch (WorkbookRejectedException expected) {
      assertThat(expected.getReason()).isNotNull();
    }
  }
}
