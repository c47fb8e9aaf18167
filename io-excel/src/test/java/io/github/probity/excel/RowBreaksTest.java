package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Manual row breaks put into a worksheet part as it streams through, where the schema wants them.
 */
class RowBreaksTest {
  private static final String HEAD =
      "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&lt;/worksheet&gt;"
          + "</t></is></c></row></sheetData><pageMargins left=\"0.5\"/>"
          + "<headerFooter differentFirst=\"false\"><oddFooter>&amp;P</oddFooter></headerFooter>";
  private static final String BREAKS =
      "<rowBreaks count=\"2\" manualBreakCount=\"2\"><brk id=\"12\" max=\"16383\" man=\"1\"/>"
          + "<brk id=\"40\" max=\"16383\" man=\"1\"/></rowBreaks>";

  private static String streamed(String part, List<Integer> rows, int piece) throws IOException {
    byte[] bytes = part.getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    RowBreaks breaks = new RowBreaks(out, rows);
    for (int at = 0; at < bytes.length; at += piece) {
      int n = Math.min(piece, bytes.length - at);
      if (n == 1) {
        breaks.write(bytes[at]);
      } else {
        breaks.write(bytes, at, n);
      }
    }
    breaks.finish();
    return out.toString(StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "pieces of {0} bytes")
  @ValueSource(ints = {1, 2, 3, 7, 13, 14, 15, 64, 1 << 16})
  void breaksGoAfterTheHeaderAndFooterAtTheEnd(int piece) throws IOException {
    assertThat(streamed(HEAD + "</worksheet>", List.of(12, 40), piece))
        .isEqualTo(HEAD + BREAKS + "</worksheet>");
  }

  @ParameterizedTest(name = "pieces of {0} bytes")
  @ValueSource(ints = {1, 5, 16, 1 << 16})
  void breaksGoBeforeADrawingAndTables(int piece) throws IOException {
    String tail = "<drawing r:id=\"d1\"/><tableParts count=\"0\"></tableParts></worksheet>";
    assertThat(streamed(HEAD + tail, List.of(12, 40), piece)).isEqualTo(HEAD + BREAKS + tail);
  }

  @Test
  void noBreaksLeaveThePartAsItIs() throws IOException {
    assertThat(streamed(HEAD + "</worksheet>", List.of(), 9)).isEqualTo(HEAD + "</worksheet>");
  }

  @Test
  void aPartCutShortIsRefused() {
    assertThatThrownBy(() -> streamed(HEAD, List.of(3), 9)).isInstanceOf(IOException.class);
  }
}
