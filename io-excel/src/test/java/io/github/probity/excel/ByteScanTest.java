package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The byte scan of the package guard: what it finds, what it refuses, what it leaves to a parser.
 */
class ByteScanTest {
  private static ZipGuard.PartInfo scan(String xml, ReadLimits limits) throws IOException {
    return scan(xml.getBytes(StandardCharsets.UTF_8), limits);
  }

  private static ZipGuard.PartInfo scan(byte[] xml, ReadLimits limits) throws IOException {
    return ByteScan.scan(
        new ByteArrayInputStream(xml),
        "xl/worksheets/sheet1.xml",
        limits,
        limits.getMaxMergeRanges());
  }

  private static Reason reason(String xml) {
    try {
      scan(xml, ReadLimits.defaults());
    } catch (WorkbookRejectedException ex) {
      return ex.getReason();
    } catch (IOException ex) {
      throw new AssertionError(ex);
    }
    throw new AssertionError("not refused: " + xml);
  }

  @Test
  void findsTheRootAndTheMergedRangesWithOrWithoutPrefixes() throws IOException {
    ZipGuard.PartInfo info =
        scan(
            "\uFEFF<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<x:worksheet xmlns:x=\"urn:x\"><x:sheetData><x:row r=\"1\"><x:c r=\"A1\" t=\"inlineStr\">"
                + "<x:is><x:t>&#x4e2d;&amp;&lt;b&gt;</x:t></x:is></x:c></x:row></x:sheetData>"
                + "<x:mergeCells><x:mergeCell ref='A1:B2'/><x:mergeCell  ref = \"C3:C9\" /></x:mergeCells>"
                + "</x:worksheet>",
            ReadLimits.defaults());
    assertThat(info.root).isEqualTo("worksheet");
    assertThat(info.merges).containsExactly(new int[] {0, 0, 1, 1}, new int[] {2, 2, 8, 2});
  }

  @Test
  void skipsCommentsCdataAndProcessingInstructions() throws IOException {
    ZipGuard.PartInfo info =
        scan(
            "<worksheet><!-- <!DOCTYPE x> &bad; <mergeCell ref=\"A1:B2\"/> --><?pi <row> ?>"
                + "<sheetData><row><c><is><t><![CDATA[<!DOCTYPE y> &bad; <mergeCell ref=\"C3:D4\"/>]]>"
                + "</t></is></c></row></sheetData></worksheet>",
            ReadLimits.defaults());
    assertThat(info.root).isEqualTo("worksheet");
    assertThat(info.merges).isEmpty();
  }

  @Test
  void refusesMarkupDeclarationsAndUnknownEntities() {
    assertThat(
            reason("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"b\">]><worksheet/>"))
        .isEqualTo(Reason.DOCTYPE);
    assertThat(reason("<worksheet><!ENTITY a \"b\"></worksheet>")).isEqualTo(Reason.DOCTYPE);
    assertThat(reason("<styleSheet><t>&xxe;</t></styleSheet>")).isEqualTo(Reason.DOCTYPE);
    assertThat(reason("<styleSheet a=\"&lol;\"/>")).isEqualTo(Reason.DOCTYPE);
  }

  @Test
  void leavesEntityReferencesInWorksheetsAndSharedStringsToTheirParser() throws IOException {
    assertThat(scan("<worksheet><t>&xxe;</t></worksheet>", ReadLimits.defaults()).root)
        .isEqualTo("worksheet");
    assertThat(scan("<sst><si><t>&xxe;</t></si></sst>", ReadLimits.defaults()).root)
        .isEqualTo("sst");
  }

  @ParameterizedTest(name = "markup after {0} more bytes of text")
  @ValueSource(ints = {0, 1, 2, 3, 6, 7, 8, 9, 10, 15, 16, 17, 23, 31, 64, 65535, 65536, 65537})
  void findsMarkupAtEveryOffsetOfTheSkippedText(int length) throws IOException {
    String text = "中&#x4e2d;&amp;" + "x".repeat(length);
    String head = "<worksheet><sheetData><row><c><is><t>";
    String tail =
        "</t></is></c></row></sheetData><mergeCells><mergeCell ref=\"B2:C3\"/></mergeCells></worksheet>";
    assertThat(scan(head + text + tail, ReadLimits.defaults()).merges)
        .containsExactly(new int[] {1, 1, 2, 2});
    assertThat(reason(head + text + "<!DOCTYPE x>" + tail)).isEqualTo(Reason.DOCTYPE);
    String styles = "<styleSheet><numFmts><numFmt formatCode=\"";
    assertThat(reason(styles + text + "&bad;\"/></numFmts></styleSheet>"))
        .isEqualTo(Reason.DOCTYPE);
  }

  @Test
  void refusesInWorksheetsATextRunNoCellWithinTheLimitCouldHold() throws IOException {
    ReadLimits limits = ReadLimits.builder().maxTextLength(1000).build();
    // the cap is 16 bytes per allowed character but at least 4 MiB, measured 64 KiB at a time
    String longest = "&#x10ffff;".repeat(1000) + "x".repeat(4 << 20);
    String tooLong = "x".repeat((4 << 20) + (2 << 16));
    String sheet =
        "<worksheet><sheetData><row><c><is><t>%s</t></is></c></row></sheetData></worksheet>";
    assertThat(scan(String.format(sheet, longest), limits).root).isEqualTo("worksheet");
    assertThatThrownBy(() -> scan(String.format(sheet, tooLong), limits))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            ex -> assertThat(ex.getReason()).isEqualTo(Reason.LIMIT_EXCEEDED))
        .hasMessageContaining("1000 characters");
    // other parts are held to 4 MiB whatever the cell text limit
    assertThat(scan("<theme>" + "x".repeat(3 << 20) + "</theme>", limits).root).isEqualTo("theme");
    assertThatThrownBy(() -> scan("<theme>" + tooLong + "</theme>", limits))
        .isInstanceOf(WorkbookRejectedException.class);
    ReadLimits large = ReadLimits.builder().maxTextLength(1 << 20).build();
    assertThat(scan(String.format(sheet, tooLong), large).root).isEqualTo("worksheet");
  }

  @Test
  void findsMergedRangesWithoutAPrefixUnderAPrefixedRoot() throws IOException {
    ZipGuard.PartInfo info =
        scan(
            "<x:worksheet xmlns:x=\"urn:x\" xmlns=\"urn:x\"><x:sheetData/>"
                + "<mergeCells><mergeCell ref=\"A1:A3\"/></mergeCells></x:worksheet>",
            ReadLimits.defaults());
    assertThat(info.merges).containsExactly(new int[] {0, 0, 2, 0});
  }

  @Test
  void refusesOtherEncodingsAndReadsUtf8AfterLeadingWhiteSpace() throws IOException {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet/>";
    String gbk = "<?xml version=\"1.0\" encoding=\"GBK\"?><worksheet><t>中</t></worksheet>";
    for (byte[] part :
        new byte[][] {
          xml.getBytes(StandardCharsets.UTF_16), gbk.getBytes(Charset.forName("GBK"))
        }) {
      assertThatThrownBy(() -> scan(part, ReadLimits.defaults()))
          .isInstanceOfSatisfying(
              WorkbookRejectedException.class,
              e -> assertThat(e.getReason()).isEqualTo(Reason.MALFORMED))
          .hasMessageContaining("not UTF-8");
    }
    assertThat(scan(" \n<worksheet/>", ReadLimits.defaults()).root).isEqualTo("worksheet");
    assertThat(scan("", ReadLimits.defaults()).root).isEmpty();
  }

  @Test
  void boundsEveryValueOfEveryPart() {
    String huge = "x".repeat(5 << 20);
    assertThat(reason("<workbook><sheets><sheet name=\"" + huge + "\"/></sheets></workbook>"))
        .isEqualTo(Reason.LIMIT_EXCEEDED);
    assertThat(reason("<Relationships><Relationship Target=\"" + huge + "\"/></Relationships>"))
        .isEqualTo(Reason.LIMIT_EXCEEDED);
  }
}
