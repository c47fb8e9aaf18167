package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;

/**
 * Fuzzes the worksheet reader through a valid package: the input is the XML of the one sheet of a
 * real department table (its shared strings, styles and workbook parts stay as written), so that
 * the guard, the single-pass row reader, merged ranges and the table reader all see well-packed,
 * mostly well-formed XML. Whatever the XML, reading returns rows that all reach the ledger or
 * refuses the workbook with a typed {@link WorkbookRejectedException}; any other exception is a
 * bug. The build runs the inputs under
 * src/test/resources/io/github/probity/excel/SheetXmlFuzzTestInputs/ (regression mode); to fuzz,
 * run {@code JAZZER_FUZZ=1 mvn -pl io-excel -am test -Dprobity.fuzz=true -Dtest=SheetXmlFuzzTest}.
 */
class SheetXmlFuzzTest {
  private static final String SHEET = "xl/worksheets/sheet1.xml";
  private static final byte[] BOOK = RealVariantsTest.construction().xlsx();
  private static final AnnexReader READER =
      AnnexReader.builder()
          .limits(
              ReadLimits.builder()
                  .maxEntryBytes(8 << 20)
                  .maxRowsPerSheet(10_000)
                  .maxCellsPerSheet(100_000)
                  .build())
          .build();

  @FuzzTest(maxDuration = "10m")
  void readsOrRefusesAnySheetXml(byte[] sheetXml) throws IOException {
    byte[] book =
        Zips.rewrite(BOOK, name -> name.equals(SHEET) ? bytes -> sheetXml : bytes -> bytes);
    try {
      AnnexReadResult result = READER.read(new ByteArrayInputStream(book));
      assertThat(result.getLedger().getRiskPoints()).hasSameSizeAs(result.getRows());
    } catch (WorkbookRejectedException expected) {
      assertThat(expected.getReason()).isNotNull();
    }
  }
}
