package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the archive workbook reader: whatever the bytes, it returns archives and located problems
 * or refuses with a typed {@link WorkbookRejectedException}, and every archive it reads
 * round-trips; any other exception is a bug. To fuzz, run {@code JAZZER_FUZZ=1 mvn -pl io-excel -am
 * test -Dtest=ArchiveWorkbookReaderFuzzTest}.
 */
class ArchiveWorkbookReaderFuzzTest {
  private static final ArchiveWorkbookReader READER =
      ArchiveWorkbookReader.standard()
          .withLimits(ReadLimits.builder().maxFileBytes(1 << 20).maxEntryBytes(8 << 20).build());

  @FuzzTest(maxDuration = "10m")
  void readsOrRefusesAnyBytes(byte[] input) throws IOException {
    try {
      ArchiveReadResult result = READER.read(new ByteArrayInputStream(input));
      for (io.github.probity.archive.Archive a : result.archives()) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        ArchiveWorkbookWriter.standard().write(a, out);
        assertThat(READER.read(new ByteArrayInputStream(out.toByteArray())).archives())
            .containsExactly(a);
      }
    } catch (WorkbookRejectedException expected) {
      assertThat(expected.getReason()).isNotNull();
    }
  }
}
