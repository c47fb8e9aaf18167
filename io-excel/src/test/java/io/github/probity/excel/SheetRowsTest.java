package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The single-pass worksheet reader: what each kind of cell gives, and what it refuses. */
class SheetRowsTest {
  private static final String NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

  private static List<TableReader.RawRow> rows(
      String sheetData, String[] strings, ReadLimits limits) throws WorkbookRejectedException {
    String xml =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\""
            + NS
            + "\"><dimension ref=\"A1\"/><sheetData>"
            + sheetData
            + "</sheetData><mergeCells count=\"1\"><mergeCell ref=\"A1:B1\"/></mergeCells>"
            + "</worksheet>";
    SheetRows it =
        SheetRows.open(
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
            "xl/worksheets/sheet1.xml",
            strings,
            limits,
            limits.getMaxCellsPerWorkbook());
    List<TableReader.RawRow> out = new ArrayList<>();
    it.forEachRemaining(out::add);
    return out;
  }

  private static List<TableReader.RawRow> rows(String sheetData) throws WorkbookRejectedException {
    return rows(sheetData, new String[] {"共享", "第二"}, ReadLimits.defaults());
  }

  private static WorkbookRejectedException refusal(String sheetData, ReadLimits limits) {
    try {
      rows(sheetData, new String[0], limits);
    } catch (WorkbookRejectedException ex) {
      return ex;
    }
    throw new AssertionError("not refused: " + sheetData);
  }

  @Test
  void readsEveryKindOfCellAsItsText() throws WorkbookRejectedException {
    List<TableReader.RawRow> rows =
        rows(
            "<row r=\"3\" spans=\"1:8\">"
                + "<c r=\"A3\" t=\"s\"><v>1</v></c>"
                + "<c r=\"B3\" t=\"inlineStr\"><is><t xml:space=\"preserve\"> 内联 </t></is></c>"
                + "<c r=\"C3\" t=\"inlineStr\"><is><r><rPr><b/></rPr><t>富</t></r><r><t>文本</t></r>"
                + "<rPh sb=\"0\" eb=\"1\"><t>フ</t></rPh><phoneticPr fontId=\"1\"/></is></c>"
                + "<c r=\"D3\"><v>42.5</v></c>"
                + "<c r=\"E3\" t=\"b\"><v>1</v></c>"
                + "<c r=\"F3\" t=\"str\"><f>A3&amp;\"x\"</f><v>第二x</v></c>"
                + "<c r=\"G3\" s=\"2\"/>"
                + "<c r=\"H3\" t=\"e\"><v>#N/A</v></c>"
                + "<c r=\"I3\"><f>D3*2</f></c>"
                + "</row>");
    assertThat(rows).singleElement().satisfies(r -> assertThat(r.number).isEqualTo(3));
    // a formula's error, and a formula no one computed, show no value: handed on, not read
    assertThat(rows.get(0).cells)
        .containsExactly("第二", " 内联 ", "富文本", "42.5", "TRUE", "第二x", "", "", "");
    assertThat(rows.get(0).unread)
        .containsExactly(null, null, null, null, null, null, null, "#N/A", SheetRows.UNCOMPUTED);
  }

  /**
   * A whole number loses the decimal zero some tools write, and only a number: a formula's text
   * result keeps it ({@code 2026.0} made by {@code =TEXT(…,"0.0")} is no number).
   */
  @Test
  void onlyNumbersLoseADecimalZero() throws WorkbookRejectedException {
    List<TableReader.RawRow> rows =
        rows(
            "<row r=\"1\">"
                + "<c r=\"A1\"><v>1001.0</v></c>"
                + "<c r=\"B1\" t=\"n\"><v>-2.0</v></c>"
                + "<c r=\"C1\" t=\"str\"><f>TEXT(A1,\"0.0\")</f><v>2026.0</v></c>"
                + "<c r=\"D1\"><v>1.05</v></c>"
                + "</row>");
    assertThat(rows.get(0).cells).containsExactly("1001", "-2", "2026.0", "1.05");
  }

  @Test
  void fillsGapsAndFollowsRowsAndCellsWithoutReferences() throws WorkbookRejectedException {
    List<TableReader.RawRow> rows =
        rows(
            "<row r=\"2\"><c r=\"C2\" t=\"inlineStr\"><is><t>c</t></is></c><c><v>7</v></c></row>"
                + "<row><c t=\"inlineStr\"><is><t>a</t></is></c><c r=\"$c$9\"><v>3</v></c></row>"
                + "<row r=\"10\"/>"
                + "<row r=\"12\"><c r=\"b12\"><v>x</v></c></row>");
    assertThat(rows).extracting(r -> r.number).containsExactly(2, 3, 10, 12);
    assertThat(rows.get(0).cells).containsExactly("", "", "c", "7");
    assertThat(rows.get(1).cells).containsExactly("a", "", "3");
    assertThat(rows.get(2).cells).isEmpty();
    assertThat(rows.get(3).cells).containsExactly("", "x");
  }

  @Test
  void checksRowCellAndTextLimitsWhileReading() {
    String data =
        "<row><c/><c/><c/></row><row><c/></row><row><c t=\"inlineStr\"><is><t>四个字符</t></is></c></row>";
    assertThat(refusal(data, ReadLimits.builder().maxRowsPerSheet(2).build()))
        .hasMessageContaining("3 rows, limit 2")
        .satisfies(ex -> assertThat(ex.getReason()).isEqualTo(Reason.LIMIT_EXCEEDED));
    assertThat(refusal(data, ReadLimits.builder().maxCellsPerRow(2).build()))
        .hasMessageContaining("row 1 has 3 cells, limit 2");
    assertThat(refusal(data, ReadLimits.builder().maxCellsPerSheet(4).build()))
        .hasMessageContaining("5 cells, limit 4");
    assertThat(refusal(data, ReadLimits.builder().maxTextLength(3).build()))
        .hasMessageContaining("a cell in row 3 has more than 3 characters");
    // text split by markup is measured as it is joined, not after
    assertThat(
            refusal(
                "<row><c><v>ab<x/>cd<!-- c --><![CDATA[ef]]></v></c></row>",
                ReadLimits.builder().maxTextLength(5).build()))
        .hasMessageContaining("row 1 has more than 5 characters");
    assertThat(
            refusal(
                "<row><c t=\"inlineStr\"><is><r><t>abc</t></r><r><t>def</t></r></is></c></row>",
                ReadLimits.builder().maxTextLength(5).build()))
        .hasMessageContaining("row 1 has more than 5 characters");
    assertThat(refusal("<row><c r=\"XFE1\"/></row>", ReadLimits.defaults()))
        .hasMessageContaining("cell XFE1 lies past column 16384");
  }

  @Test
  void refusesBrokenReferencesWithTheirPlace() {
    assertThat(refusal("<row r=\"1\"><c t=\"s\"><v>5</v></c></row>", ReadLimits.defaults()))
        .satisfies(ex -> assertThat(ex.getReason()).isEqualTo(Reason.MALFORMED))
        .hasMessageContaining("sheet1.xml byte ")
        .hasMessageContaining("row 1 refers to shared string 5 of 0");
    assertThat(refusal("<row r=\"0\"/>", ReadLimits.defaults()))
        .hasMessageContaining("row number \"0\"");
    assertThat(refusal("<row><c r=\"12\"/></row>", ReadLimits.defaults()))
        .hasMessageContaining("cell reference \"12\" in row 1");
    assertThat(refusal("<row><c><v>1</v></row>", ReadLimits.defaults()))
        .satisfies(ex -> assertThat(ex.getReason()).isEqualTo(Reason.MALFORMED));
    assertThat(refusal("<row><c><v>&xxe;</v></c></row>", ReadLimits.defaults()))
        .satisfies(ex -> assertThat(ex.getReason()).isIn(Reason.DOCTYPE, Reason.MALFORMED));
  }

  @Test
  void readsSharedStringsJoiningRunsAndRefusesTheirEntityReferences()
      throws WorkbookRejectedException {
    String sst =
        "<sst xmlns=\""
            + NS
            + "\" count=\"3\"><si><t>甲</t></si>"
            + "<si><r><t>乙</t></r><r><rPr/><t xml:space=\"preserve\"> 丙</t></r><rPh><t>x</t></rPh></si>"
            + "<si/></sst>";
    assertThat(SharedStrings.read(stream(sst), "xl/sharedStrings.xml", ReadLimits.defaults()))
        .containsExactly("甲", "乙 丙", "");
    assertThatThrownBy(
            () ->
                SharedStrings.read(
                    stream("<sst><si><t>&xxe;</t></si></sst>"),
                    "xl/sharedStrings.xml",
                    ReadLimits.defaults()))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            ex -> assertThat(ex.getReason()).isIn(Reason.DOCTYPE, Reason.MALFORMED));
    assertThatThrownBy(
            () ->
                SharedStrings.read(
                    stream(sst),
                    "xl/sharedStrings.xml",
                    ReadLimits.builder().maxTextLength(1).build()))
        .hasMessageContaining("shared string 1 has more than 1 characters");
  }

  private static ByteArrayInputStream stream(String xml) {
    return new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsSharedStringIndexesAndRowNumbersHoweverWritten() throws WorkbookRejectedException {
    List<TableReader.RawRow> rows =
        rows(
            "<row r=\"0001\">"
                + "<c r=\"A1\" t=\"s\"><v>1</v></c>"
                + "<c r=\"B1\" t=\"s\"><v>001</v></c>"
                + "<c r=\"C1\" t=\"s\"><v> 0 </v></c>"
                + "<c r=\"D1\" t=\"s\"><v>0<!-- split -->1</v></c>"
                + "<c r=\"E1\" t=\"s\"><v><![CDATA[1]]></v></c>"
                + "<c r=\"F1\" t=\"s\"><v/></c>"
                + "<c r=\"G1\" t=\"s\"><v>x</v><v>0</v></c>"
                + "<c r=\"H1\" t=\"s\"><v>0</v><v>1</v></c>"
                + "<c r=\" I1 \" t=\" s \"><v>0</v></c>"
                + "</row><row r=\" 3 \"/><row r=\"+4\"/>");
    assertThat(rows).extracting(r -> r.number).containsExactly(1, 3, 4);
    assertThat(rows.get(0).cells)
        .containsExactly("第二", "第二", "共享", "第二", "第二", "", "共享", "第二", "共享");
    assertThat(refusal("<row><c t=\"s\"><v>12345678901</v></c></row>", ReadLimits.defaults()))
        .hasMessageContaining("shared string index \"12345678901\" in row 1");
    assertThat(
            refusal(
                "<row><c t=\"s\"><v>123</v></c></row>",
                ReadLimits.builder().maxTextLength(2).build()))
        .hasMessageContaining("a cell in row 1 has more than 2 characters");
  }

  @Test
  void letsTheLaterOfTwoCellsWithOneReferenceWin() throws WorkbookRejectedException {
    List<TableReader.RawRow> rows =
        rows(
            "<row r=\"1\"><c r=\"B1\"><v>b</v></c><c r=\"A1\"><v>a</v></c>"
                + "<c r=\"B1\"><v>b2</v></c><c t=\"b\"><v>1</v></c><c t=\"b\"><v>0</v></c>"
                + "<c t=\"s\"><is><t>inline</t></is></c></row>");
    assertThat(rows.get(0).cells).containsExactly("a", "b2", "TRUE", "FALSE", "inline");
  }

  @Test
  void staysRefusedAfterAFailureAndBoundsRowNumbers() throws WorkbookRejectedException {
    String xml = "<worksheet><sheetData><row r=\"1048576\"/><row/></sheetData></worksheet>";
    SheetRows it =
        SheetRows.open(
            new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
            "xl/worksheets/sheet1.xml",
            new String[0],
            ReadLimits.defaults(),
            ReadLimits.defaults().getMaxCellsPerWorkbook());
    assertThat(it.next().number).isEqualTo(1_048_576);
    for (int call = 0; call < 2; call++) {
      assertThatThrownBy(it::hasNext)
          .isInstanceOf(WorkbookRejectedException.class)
          .hasMessageContaining("row number 1048577 is past the last row");
    }
  }

  @Test
  void readsNothingPastTheSheetData() throws WorkbookRejectedException {
    assertThat(rows("")).isEmpty();
  }
}
