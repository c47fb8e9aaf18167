package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.annex.AnnexRow;
import io.github.probity.excel.FourthBlindLayoutsTest.Wb;
import io.github.probity.excel.WorkbookRejectedException.Reason;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A second reading of the record sheets, department trees, pasted text, bodies named as people and
 * the shared strings checked as they are read: each case an input read wrongly before.
 */
class ReaderReview19Test {

  private static AnnexReadResult read(byte[] book) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(book));
  }

  /** The parts of the minimal workbook with its sheet's entry renamed. */
  private static Map<String, byte[]> renamed(String entry, byte[] sheet) {
    Map<String, byte[]> p = new LinkedHashMap<>();
    HostileFilesTest.parts("")
        .forEach(
            (name, bytes) -> p.put(name, name.equals("xl/worksheets/sheet1.xml") ? sheet : bytes));
    p.put(entry, p.remove("xl/worksheets/sheet1.xml"));
    return p;
  }

  // ---- package checks

  /**
   * A zip's reader finds an entry named like a folder ({@code sheet1.xml/}) when asked for the part
   * without the slash; the package scan skips folders, so such an entry with bytes in it was read
   * as the sheet without any check (here a sheet in UTF-16, which is refused when named rightly).
   */
  @Test
  void anEntryNamedLikeAFolderIsNoPartReadUnchecked() {
    byte[] utf16 =
        ("<?xml version=\"1.0\" encoding=\"UTF-16\"?>"
                + HostileFilesTest.SHEET_HEAD.substring(
                    HostileFilesTest.SHEET_HEAD.indexOf("?>") + 2)
                + HostileFilesTest.SHEET_ROWS
                + HostileFilesTest.SHEET_TAIL)
            .getBytes(StandardCharsets.UTF_16);
    assertThatThrownBy(
            () -> read(HostileFilesTest.zip(renamed("xl/worksheets/sheet1.xml/", utf16))))
        .isInstanceOfSatisfying(
            WorkbookRejectedException.class,
            e -> assertThat(e.getReason()).isEqualTo(Reason.MALFORMED));
  }

  // ---- a row pasted into one cell

  private static List<AnnexRow> rows(AnnexReadResult r) {
    return r.getRows().stream().map(LocatedRow::getRow).toList();
  }

  /**
   * A sign-off line of three blanks under a table without a level column ({@code 单位负责人： 填表人：
   * 联系电话：}, parted by runs of spaces as a form is typed) is no row pasted into one cell.
   */
  @Test
  void aSignOffOfThreeBlanksIsNoPastedRow() throws IOException {
    Wb b = new Wb();
    b.sheet("站所")
        .row("序号", "站所", "风险点", "防控措施", "责任人")
        .row("1", "民政办", "低保对象认定优亲厚友", "低保名单三榜公示", "孙红")
        .row("单位负责人：        填表人：周敏        联系电话：");
    AnnexReadResult r = read(b.xlsx());

    assertThat(rows(r)).extracting(AnnexRow::getTitle).containsExactly("低保对象认定优亲厚友");
    assertThat(r.getProblems()).noneMatch(f -> f.getCode() == ProblemCode.ROW_IN_ONE_CELL);
  }

  // ---- pasted text in people's cells

  /**
   * A no-break space a web page put between a name and a title ({@code 张伟 科长}, also written as
   * {@code &nbsp;}) separates them as a space does: the name is no part of the role. Only in risk
   * points, manifestations and measures is such a blank between Chinese characters nothing.
   */
  @Test
  void aNoBreakSpaceInAPeopleCellSeparatesNameAndTitle() throws IOException {
    Wb b = new Wb();
    b.sheet("科室")
        .row("序号", "科室", "风险点", "风险等级", "防控措施", "责任人")
        .row("1", "财务科", "公款私存", "高", "定期对账", "张伟 科长")
        .row("2", "财务科", "公车私用", "高", "用车登记", "张伟\u00A0科长")
        .row("3", "财务科", "超标接待", "高", "接待清单", "张伟&nbsp;科长");
    List<AnnexRow> rows = rows(read(b.xlsx()));
    assertThat(rows).hasSize(3);
    for (AnnexRow row : rows) {
      assertThat(row.getResponsible()).as(row.getTitle()).contains("张伟");
    }
  }
}
