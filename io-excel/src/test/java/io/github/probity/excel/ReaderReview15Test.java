package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.finding.Location;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.hssf.usermodel.HSSFCell;
import org.apache.poi.hssf.usermodel.HSSFFont;
import org.apache.poi.hssf.usermodel.HSSFRichTextString;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
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

  /**
   * An xlsx of {@link #table} whose 防控措施 cell of the first point is struck through by its format.
   */
  private static byte[] struckMeasure() throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(table().xlsx()))) {
      var font = wb.createFont();
      font.setStrikeout(true);
      var struck = wb.createCellStyle();
      struck.setFont(font);
      wb.getSheetAt(0).getRow(1).getCell(4).setCellStyle(struck);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** Rewrites one part of a zip package. */
  private static byte[] rewrite(
      byte[] zip, String part, java.util.function.UnaryOperator<String> edit) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip));
        var z = new java.util.zip.ZipOutputStream(out)) {
      for (var e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
        byte[] data = in.readAllBytes();
        if (e.getName().equals(part)) {
          data =
              edit.apply(new String(data, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        z.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
        z.write(data);
        z.closeEntry();
      }
    }
    return out.toByteArray();
  }

  @Test
  void aStruckFormatIsFoundWhateverTheOrderOfFontsAndCellFormats() throws IOException {
    byte[] plain = struckMeasure();
    byte[] reordered =
        rewrite(
            plain,
            "xl/styles.xml",
            x -> {
              int from = x.indexOf("<cellXfs");
              int to = x.indexOf("</cellXfs>") + "</cellXfs>".length();
              String formats = x.substring(from, to);
              String rest = x.substring(0, from) + x.substring(to);
              int fonts = rest.indexOf("<fonts");
              return rest.substring(0, fonts) + formats + rest.substring(fonts);
            });
    for (byte[] bytes : List.of(plain, reordered)) {
      AnnexReadResult r = read(bytes);
      assertThat(titles(r)).containsExactly("公款私存", "公车私用");
      assertThat(r.getRows().get(0).getRow().getMeasures()).isEmpty();
      assertThat(found(r, ProblemCode.STRUCK_TEXT_LEFT_OUT)).containsExactly("E2=每月对账");
    }
  }

  @Test
  void anXlsFormulaWithAnErrorPoiDoesNotNameIsReadNotRejected() throws Exception {
    byte[] bytes =
        xls(
            wb -> {
              HSSFCell cell = wb.getSheetAt(0).getRow(2).createCell(6);
              cell.setCellFormula("1/0");
              cell.setCellErrorValue(org.apache.poi.ss.usermodel.FormulaError.DIV0);
              try {
                var m = HSSFCell.class.getDeclaredMethod("getCellValueRecord");
                m.setAccessible(true);
                var agg =
                    (org.apache.poi.hssf.record.aggregates.FormulaRecordAggregate) m.invoke(cell);
                agg.getFormulaRecord().setCachedResultErrorCode(0x2B); // #GETTING_DATA
              } catch (ReflectiveOperationException ex) {
                throw new IllegalStateException(ex);
              }
            });
    AnnexReadResult r = read(bytes);
    assertThat(titles(r)).containsExactly("公款私存", "公车私用");
  }

  @Test
  void anXlsFormulaGivingADateReadsAsTheDateCellBesideIt() throws Exception {
    Wb b = new Wb();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "完成时间")
        .row("1", "财务科", "公款私存", "高", "每月对账", "")
        .row("2", "办公室", "公车私用", "低", "派车登记", "");
    byte[] base = SeventhBlindLayoutsTest.write(b, true);
    byte[] bytes;
    try (HSSFWorkbook wb = new HSSFWorkbook(new ByteArrayInputStream(base))) {
      var style = wb.createCellStyle();
      style.setDataFormat(wb.createDataFormat().getFormat("m/d/yy"));
      var sheet = wb.getSheetAt(0);
      HSSFCell date = sheet.getRow(1).createCell(5);
      date.setCellValue(java.time.LocalDate.of(2024, 12, 31));
      date.setCellStyle(style);
      HSSFCell formula = sheet.getRow(2).createCell(5);
      formula.setCellFormula("F2");
      formula.setCellStyle(style);
      wb.getCreationHelper().createFormulaEvaluator().evaluateFormulaCell(formula);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      bytes = out.toByteArray();
    }
    AnnexReadResult r = read(bytes);
    assertThat(titles(r)).containsExactly("公款私存", "公车私用");
    assertThat(r.getRows().get(0).getExtras()).containsValue("2024-12-31");
    assertThat(r.getRows().get(1).getExtras()).isEqualTo(r.getRows().get(0).getExtras());
  }
}
