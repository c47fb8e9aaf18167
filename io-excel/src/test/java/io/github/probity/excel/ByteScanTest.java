package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * The byte scan of the package guard: what it finds, what it refuses, what it leaves to a parser.
 */
class ByteScanTest {
  private static ZipGuard.PartInfo scan(String xml, ReadLimits limits) throws IOException {
    return scan(xml.getBytes(StandardCharsets.UTF_8), limits);
  }

  private static ZipGuard.PartInfo scan(byte[] xml, ReadLimits limits) throws IOException {
    return ByteScan.scan(new ByteArrayInputStream(xml), "xl/worksheets/sheet1.xml", limits);
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
            "<worksheet><!-- <!DOCTYPE x> &bad; <row> --><?pi <row> ?>"
                + "<sheetData><row><c><is><t><![CDATA[<!DOCTYPE y> &bad; <row>]]></t></is></c></row>"
                + "</sheetData></worksheet>",
            ReadLimits.builder().maxRowsPerSheet(1).build());
    assertThat(info.root).isEqualTo("worksheet");
  }

  @Test
  void refusesMarkupDeclarationsAndUnknownEntities() {
    assertThat(
            reason("<?xml version=\"1.0\"?><!DOCTYPE worksheet [<!ENTITY a \"b\">]><worksheet/>"))
        .isEqualTo(Reason.DOCTYPE);
    assertThat(reason("<worksheet><!ENTITY a \"b\"></worksheet>")).isEqualTo(Reason.DOCTYPE);
    assertThat(reason("<worksheet><t>&xxe;</t></worksheet>")).isEqualTo(Reason.DOCTYPE);
    assertThat(reason("<worksheet a=\"&lol;\"/>")).isEqualTo(Reason.DOCTYPE);
  }

  @Test
  void countsRowsAndCellsAgainstTheLimits() {
    String sheet =
        "<worksheet><sheetData><row><c/><c/><c/></row><x:row><x:c/></x:row></sheetData>"
            + "<cols><col/></cols></worksheet>";
    assertThatThrownBy(() -> scan(sheet, ReadLimits.builder().maxRowsPerSheet(1).build()))
        .isInstanceOf(WorkbookRejectedException.class)
        .hasMessageContaining("2 rows");
    assertThatThrownBy(() -> scan(sheet, ReadLimits.builder().maxCellsPerRow(2).build()))
        .isInstanceOf(WorkbookRejectedException.class)
        .hasMessageContaining("3 cells");
    assertThatThrownBy(() -> scan(sheet, ReadLimits.builder().maxCellsPerSheet(3).build()))
        .isInstanceOf(WorkbookRejectedException.class)
        .hasMessageContaining("4 cells");
  }

  @Test
  void leavesOtherEncodingsToTheParser() throws IOException {
    String xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><worksheet/>";
    assertThat(scan(xml.getBytes(StandardCharsets.UTF_16), ReadLimits.defaults()).root).isEmpty();
    String gbk = "<?xml version=\"1.0\" encoding=\"GBK\"?><worksheet><t>中</t></worksheet>";
    assertThat(scan(gbk.getBytes(Charset.forName("GBK")), ReadLimits.defaults()).root).isEmpty();
    assertThat(scan(" <worksheet/>", ReadLimits.defaults()).root).isEmpty();
    assertThat(scan("", ReadLimits.defaults()).root).isEmpty();
  }
}
