package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The merged ranges of a worksheet part put in sheet order as the part streams through. */
class MergeCellsOrderTest {
  private static final String ROWS =
      "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lt;mergeCells&gt; "
          + "<m</t></is></c></row></sheetData>";
  private static final String UNSORTED =
      "<mergeCells><mergeCell ref=\"B5:B9\"/><mergeCell ref=\"A10:A12\"/>"
          + "<mergeCell ref=\"AA5:AA6\"/><mergeCell ref=\"A5:A9\"/><mergeCell ref=\"C2:M2\"/>"
          + "</mergeCells>";
  private static final String SORTED =
      "<mergeCells><mergeCell ref=\"C2:M2\"/><mergeCell ref=\"A5:A9\"/>"
          + "<mergeCell ref=\"B5:B9\"/><mergeCell ref=\"AA5:AA6\"/><mergeCell ref=\"A10:A12\"/>"
          + "</mergeCells>";
  private static final String TAIL = "<pageMargins left=\"0.5\"/></worksheet>";

  /** Writes the part in pieces of the given size, the last one shorter. */
  private static String streamed(String part, int piece) throws IOException {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    MergeCellsOrder sorting = new MergeCellsOrder(out);
    for (int at = 0; at < bytes.length; at += piece) {
      int n = Math.min(piece, bytes.length - at);
      if (n == 1) {
        sorting.write(bytes[at]);
      } else {
        sorting.write(bytes, at, n);
      }
    }
    sorting.finish();
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "pieces of {0} bytes")
  @ValueSource(ints = {1, 2, 3, 5, 7, 8, 9, 11, 12, 13, 16, 31, 64, 1000, 1 << 16})
  void theRangesComeOutInSheetOrderWhateverThePieces(int piece) throws IOException {
    assertThat(streamed(ROWS + UNSORTED + TAIL, piece)).isEqualTo(ROWS + SORTED + TAIL);
  }

  @ParameterizedTest(name = "pieces of {0} bytes")
  @ValueSource(ints = {1, 3, 8, 9, 1 << 16})
  void aPartWithoutMergedRangesPassesUnchanged(int piece) throws IOException {
    String part = ROWS + "<mergeCell" + TAIL + "<mergeCe";
    assertThat(streamed(part, piece)).isEqualTo(part);
  }

  @Test
  void aPartEndingInsideItsRangesIsAnError() {
    assertThatThrownBy(() -> streamed(ROWS + "<mergeCells><mergeCell ref=\"A1:A2\"/>", 5))
        .isInstanceOf(IOException.class);
  }
}
