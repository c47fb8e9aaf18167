package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the warnings-and-dispositions ledger reader: whatever the bytes, it returns a result or
 * refuses with a typed {@link WorkbookRejectedException}; any other exception is a bug. The build
 * runs the inputs under WarningLedgerReaderFuzzTestInputs/ (regression mode); to fuzz, run {@code
 * JAZZER_FUZZ=1 mvn -pl io-excel -am test -Dtest=WarningLedgerReaderFuzzTest}.
 */
class WarningLedgerReaderFuzzTest {
  private static final WarningLedgerReader READER =
      WarningLedgerReader.lenient()
          .withLimits(ReadLimits.builder().maxFileBytes(1 << 20).maxEntryBytes(8 << 20).build());

  @FuzzTest(maxDuration = "10m")
  void readsOrRefusesAnyBytes(byte[] input) throws IOException {
    try {
      WarningLedgerReadResult result = READER.read(new ByteArrayInputStream(input));
      assertThat(result.getRowNumbers()).hasSameSizeAs(result.getRows());
    } catch (WorkbookRejectedException expected) {
      assertThat(expected.getReason()).isNotNull();
    }
  }
}
