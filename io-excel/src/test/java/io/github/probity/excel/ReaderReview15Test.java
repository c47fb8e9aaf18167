package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.finding.Location;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A second look at the reader's struck cells (styles.xml, legacy .xls), templates' example rows and
 * sheets, and the header rules for 责任 and phases: odd input that must neither throw nor be misread.
 */
class ReaderReview15Test {

  private static AnnexReadResult read(byte[] bytes) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(bytes));
  }

  private static AnnexReadResult read(Wb b) throws IOException {
    return read(b.xlsx());
  }

  private static List<String> titles(AnnexReadResult r) {
    return r.getRows().stream().map(l -> l.getRow().getTitle()).toList();
  }

  private static List<String> found(AnnexReadResult r, ProblemCode code) {
    return r.getProblems().stream()
        .filter(f -> f.getCode() == code)
        .map(
            f -> {
              Location.Cell at = (Location.Cell) f.getLocation();
              String where = at.cell().orElse(String.valueOf(at.row().orElse(0)));
              return where + "=" + at.rawValue().orElse("");
            })
        .toList();
  }

  private static Wb table(String... titleRows) {
    Wb b = new Wb();
    FourthBlindLayoutsTest.Sh s = b.sheet("科室");
    for (String t : titleRows) {
      s.row(t);
    }
    s.row("序号", "科室", "风险点", "风险等级", "防控措施")
        .row("1", "财务科", "公款私存", "高", "每月对账")
        .row("2", "办公室", "公车私用", "低", "派车登记");
    return b;
  }

  @Test
  void anInstructionAboveTheHeaderNamingTheExampleLeavesTheSheetRead() throws IOException {
    AnnexReadResult r = read(table("XX局廉政风险防控一览表", "填表说明：请参照填写示例填写，示例行请删除"));
    assertThat(titles(r)).containsExactly("公款私存", "公车私用");
    assertThat(found(r, ProblemCode.SHEET_SKIPPED)).isEmpty();
  }

  @Test
  void aTitleWithWordsAroundExampleLettersIsNoExample() throws IOException {
    AnnexReadResult r = read(table("关于规范例行检查工作的廉政风险防控表"));
    assertThat(titles(r)).containsExactly("公款私存", "公车私用");
  }

  @Test
  void aTemplatesExampleSheetIsStillSkipped() throws IOException {
    AnnexReadResult r = read(table("廉政风险防控一览表（填写示例）"));
    assertThat(titles(r)).isEmpty();
    assertThat(found(r, ProblemCode.SHEET_SKIPPED)).hasSize(1);
  }

  @Test
  void aPostDutyColumnIsNoResponsiblePerson() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("序号", "岗位", "岗位责任", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "会计", "负责单位资金收付及账务处理", "公款私存", "高", "每月对账", "陈丽");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("公款私存");
    assertThat(r.getRows().get(0).getRow().getResponsible()).contains("陈丽");
  }

  @Test
  void aMidTermReviewColumnHoldsNoMeasures() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "中期评估")
        .row("1", "财务科", "公款私存", "高", "每月对账", "良好");
    AnnexReadResult r = read(b);
    assertThat(titles(r)).containsExactly("公款私存");
    assertThat(r.getRows().get(0).getRow().getMeasures()).containsExactly("每月对账");
  }

  // ---- legacy .xls

  private static byte[] xls(java.util.function.Consumer<HSSFWorkbook> edit) throws IOException {
    byte[] base = SeventhBlindLayoutsTest.write(table(), true);
    try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(base))) {
      edit.accept(wb);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** Adds a run to the shared string of a text holding runs already, as a damaged file may. */
  private static void addRun(HSSFWorkbook wb, String text, int at, int font) {
    var book = wb.getInternalWorkbook();
    for (int i = 0; ; i++) {
      org.apache.poi.hssf.record.common.UnicodeString u;
      try {
        u = book.getSSTString(i);
      } catch (IndexOutOfBoundsException ex) {
        return;
      }
      if (u != null && u.getString().equals(text) && u.getFormatRunCount() > 0) {
        u.addFormatRun(new org.apache.poi.hssf.record.common.FormatRun((short) at, (short) font));
      }
    }
  }

  private static void strikeStart(HSSFWorkbook wb, int row, int col, String text) {
    HSSFFont struck = wb.createFont();
    struck.setStrikeout(true);
    HSSFRichTextString rich = new HSSFRichTextString(text);
    rich.applyFont(0, 2, struck);
    wb.getSheetAt(0).getRow(row).getCell(col).setCellValue(rich);
  }

  @Test
  void anXlsRichStringWithARunPastItsTextIsReadNotRejected() throws Exception {
    byte[] bytes =
        xls(
            wb -> {
              strikeStart(wb, 1, 4, "旧规每月对账");
              addRun(wb, "旧规每月对账", 40, 0);
            });
    AnnexReadResult r = read(bytes);
    assertThat(titles(r)).containsExactly("公款私存", "公车私用");
    assertThat(r.getRows().get(0).getRow().getMeasures()).containsExactly("每月对账");
  }

  @Test
  void anXlsRunInAFontTheFileDoesNotHoldIsReadAsWritten() throws Exception {
    byte[] bytes =
        xls(
            wb -> {
              strikeStart(wb, 1, 4, "旧规每月对账");
              addRun(wb, "旧规每月对账", 4, 500);
            });
    AnnexReadResult r = read(bytes);
    assertThat(titles(r)).containsExactly("公款私存", "公车私用");
    assertThat(r.getRows().get(0).getRow().getMeasures()).containsExactly("每月对账");
  }
}
