package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.finding.Finding;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateAndHeaderColumnsTest {

  private static byte[] template(AnnexKind kind, int rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().writeTemplate("示例区财政局", kind, rows, out);
    return out.toByteArray();
  }

  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = AnnexKind.class,
      names = {"LEADERSHIP_GROUP", "DEPARTMENT", "PERSONAL", "LEDGER"})
  void aTemplateReadsBackWithNoRowsAndNoProblems(AnnexKind kind) throws IOException {
    AnnexReadResult read = AnnexReader.lenient().read(new ByteArrayInputStream(template(kind, 20)));
    assertThat(read.getRows()).isEmpty();
    // only the lines under the table (sign-off, and for annex 3 publicity and filing) are skipped
    assertThat(read.getProblems())
        .isNotEmpty()
        .allSatisfy(p -> assertThat(p.getCode()).isEqualTo(ProblemCode.NOTE_ROW_SKIPPED));
    assertThat(read.getTables()).containsValue(kind);
    assertThat(read.getLedger().getRiskPoints()).isEmpty();
  }

  @Test
  void blankRowsAreBorderedAndCarryTheDropDowns() throws IOException {
    Map<String, String> parts = AnnexWriterTest.parts(template(AnnexKind.PERSONAL, 20));
    String sheet = parts.get("xl/worksheets/sheet1.xml");
    List<AnnexColumn> cols = new java.util.ArrayList<>(AnnexKind.PERSONAL.columns());
    cols.add(AnnexColumn.REMARK);
    String last = CellRefs.column(cols.size() - 1);
    // mark, title, filling line, header on rows 1-4; blank rows 5 to 24, every cell present and
    // styled; then the publicity and filing lines and the sign-off line, rows 25 to 29
    assertThat(sheet).contains("<row r=\"29\"").doesNotContain("<row r=\"30\"");
    assertThat(sheet).contains("<c r=\"A25\"", "公示时间和范围", "<c r=\"A29\"", "单位负责人");
    assertThat(sheet).doesNotContain("<v>").doesNotContain("<is><t>1</t>");
    String category = CellRefs.column(cols.indexOf(AnnexColumn.CATEGORY));
    String level = CellRefs.column(cols.indexOf(AnnexColumn.LEVEL));
    assertThat(sheet)
        .contains("sqref=\"" + category + "5:" + category + "24\"")
        .contains("sqref=\"" + level + "5:" + level + "24\"")
        .contains("\"高,一般,低\"", "\"思想道德")
        .contains("<c r=\"A24\" s=\"", "<c r=\"" + last + "24\" s=\"");
    // the blank cells share the body style: bordered, wrapped, text format
    String supervisor = CellRefs.column(cols.indexOf(AnnexColumn.SUPERVISOR));
    String measures = CellRefs.column(cols.indexOf(AnnexColumn.MEASURES));
    // the 备注 cells wrap like the other text columns
    assertThat(styleOf(sheet, last + "24")).isEqualTo(styleOf(sheet, measures + "24"));
    int style = styleOf(sheet, supervisor + "24");
    String xf = elements(parts.get("xl/styles.xml"), "cellXfs", "xf").get(style);
    assertThat(xf).contains("wrapText=\"true\"").contains("applyBorder=\"1\"");
    Matcher border = Pattern.compile("borderId=\"(\\d+)\"").matcher(xf);
    assertThat(border.find()).isTrue();
    assertThat(elements(parts.get("xl/styles.xml"), "borders", "border"))
        .element(Integer.parseInt(border.group(1)))
        .asString()
        .contains("<left style=\"thin\"", "<bottom style=\"thin\"");
    // print set-up as for filled tables
    assertThat(sheet)
        .contains("orientation=\"landscape\"", "fitToWidth=\"1\"")
        .contains("state=\"frozen\"");
    assertThat(parts.get("xl/workbook.xml")).contains("_xlnm.Print_Titles");
  }

  @Test
  void noBlankRowsGivesTheHeaderOnly() throws IOException {
    String sheet =
        AnnexWriterTest.parts(template(AnnexKind.DEPARTMENT, 0)).get("xl/worksheets/sheet1.xml");
    // mark, title, filling line, header, then the sign-off line
    assertThat(sheet).contains("<row r=\"5\"", "单位负责人").doesNotContain("<row r=\"6\"");
    assertThat(sheet).doesNotContain("dataValidation ");
  }

  @Test
  void refusesTheArchiveThePlanAndBadRowCounts() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter w = AnnexWriter.standard();
    assertThatThrownBy(() -> w.writeTemplate("x", AnnexKind.PLAN, 5, out))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.writeTemplate("x", AnnexKind.POST_ARCHIVE, 5, out))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> w.writeTemplate("x", AnnexKind.PERSONAL, -1, out))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> w.writeTemplate("x", AnnexKind.PERSONAL, AnnexWriter.MAX_BLANK_ROWS + 1, out))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void exposesWhereEachHeaderWasFoundInANonStandardOrder() throws IOException {
    Books books = new Books();
    books
        .sheet("附件2 科室")
        .row("某局廉政风险识别及防范措施一览表（科室）")
        .row("防控措施", "风险等级", "序号", "科室", "廉政风险点", "风险类别")
        .row("1.集体研究", "很高", "1", "财务科", "资金拨付把关不严", "制度机制")
        .row("2.公开公示", "一般", "2", "采购科", "采购需求倾向性", "业务流程");
    byte[] xlsx = books.xlsx();
    AnnexReadResult read = AnnexReader.lenient().read(new ByteArrayInputStream(xlsx));
    Map<AnnexColumn, Integer> cols = read.getHeaderColumns().get("附件2 科室");
    assertThat(cols)
        .containsEntry(AnnexColumn.MEASURES, 0)
        .containsEntry(AnnexColumn.LEVEL, 1)
        .containsEntry(AnnexColumn.SEQUENCE, 2)
        .containsEntry(AnnexColumn.DEPARTMENT, 3)
        .containsEntry(AnnexColumn.RISK_POINT, 4)
        .containsEntry(AnnexColumn.CATEGORY, 5);
    // the reader's own cells agree with the columns it exposes
    Finding unknownLevel =
        read.getProblems().stream()
            .filter(p -> p.getCode() == ProblemCode.UNKNOWN_LEVEL)
            .findFirst()
            .orElseThrow();
    assertThat(ReadFindings.at(unknownLevel).cell()).contains("B3");

    List<LocatedRow> streamed = new ArrayList<>();
    AnnexReadSummary summary =
        AnnexReader.lenient()
            .read(
                new ByteArrayInputStream(xlsx),
                new AnnexRowHandler() {
                  @Override
                  public void row(LocatedRow row) {
                    streamed.add(row);
                  }

                  @Override
                  public void problem(Finding problem) {}
                });
    assertThat(summary.getHeaderColumns()).isEqualTo(read.getHeaderColumns());
    assertThat(summary.getUnitName()).isEqualTo(read.getLedger().getUnit().getName());
    assertThat(summary.getYear()).isEqualTo(read.getLedger().getYear());
    assertThat(streamed).isEqualTo(read.getRows());
  }

  private static int styleOf(String sheet, String cell) {
    Matcher m = Pattern.compile("<c r=\"" + cell + "\" s=\"(\\d+)\"").matcher(sheet);
    assertThat(m.find()).isTrue();
    return Integer.parseInt(m.group(1));
  }

  private static List<String> elements(String styles, String list, String element) {
    int start = styles.indexOf("<" + list);
    int end = styles.indexOf("</" + list + ">");
    Matcher m =
        Pattern.compile("<" + element + "[ >][^>]*?(/>|.*?</" + element + ">)")
            .matcher(styles.substring(start, end));
    List<String> out = new ArrayList<>();
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }
}
