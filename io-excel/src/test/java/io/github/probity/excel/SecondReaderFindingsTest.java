package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.AnnexRow;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bugs a second reader found in the reader's new code, each with the input that showed it. */
class SecondReaderFindingsTest {

  /**
   * A long category cell made of the words stripped after a category (类, 的, 风险 …) overflowed the
   * stack: the tail pattern recursed once per word it repeated.
   */
  @Test
  void aLongCategoryCellIsNoCategoryAndNoStackOverflow() throws IOException {
    String cell = "思想道德" + "的".repeat(5000) + "x";
    assertThat(TableReader.parseCategory(cell)).isEmpty();
    assertThat(TableReader.parseCategory("外部环境方面的风险（含廉洁）")).isPresent();
    Books b = new Books();
    b.sheet("科室").row("科室", "风险类别", "风险点", "风险等级", "防控措施").row("办公室", cell, "公车私用", "高", "车辆定位");
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
    assertThat(r.getRows()).extracting(l -> l.getRow().getTitle()).containsExactly("公车私用");
    assertThat(r.getProblems()).anyMatch(p -> p.getCode().code().equals("UNKNOWN_CATEGORY"));
  }

  /**
   * A post cell with a long run of blanks took seconds per row: the pattern that finds holders in
   * brackets after a post ({@code 出纳岗（李娜）}) is quadratic in a run of blanks.
   */
  @Test
  void aPostCellWithALongRunOfBlanksIsReadQuickly() throws IOException {
    String post = "出纳岗" + " ".repeat(30_000) + "x";
    Books b = new Books();
    b.sheet("岗位")
        .row("科室", "岗位", "风险点", "防控措施")
        .row("财务科", post, "挪用公款", "每日对账")
        .row("财务科", post + "y", "坐支现金", "每日盘点")
        .row("财务科", post + "z", "白条抵库", "定期抽查")
        .row("财务科", "会计岗（王强）", "虚列支出", "票据审核");
    byte[] book = b.xlsx();
    AnnexReadResult r =
        assertTimeoutPreemptively(
            Duration.ofSeconds(5),
            () -> AnnexReader.lenient().read(new ByteArrayInputStream(book)));
    assertThat(r.getRows()).extracting(l -> l.getRow().getTitle()).contains("挪用公款", "虚列支出");
    AnnexRow held = r.getRows().get(r.getRows().size() - 1).getRow();
    assertThat(held.getOwnerName()).isEqualTo("会计岗");
    assertThat(held.getHolders()).containsExactly("王强");
  }

  /**
   * A workbook whose zip ends with zip64 records (as writers in zip64 mode write it) was refused as
   * malformed: the directory's start was reckoned from the classic end record, 76 bytes too late,
   * so every entry seemed to point at no entry.
   */
  @Test
  void aZip64WorkbookIsRead(@TempDir Path dir) throws IOException {
    Books b = new Books();
    b.sheet("科室").row("科室", "风险点", "风险等级", "防控措施").row("办公室", "公车私用", "高", "车辆定位");
    Path file = dir.resolve("zip64.xlsx");
    Files.write(file, toZip64(b.xlsx()));
    AnnexReadResult r = AnnexReader.lenient().read(file);
    assertThat(r.getRows()).extracting(l -> l.getRow().getTitle()).containsExactly("公车私用");
    assertThat(r.getRows().get(0).getRow().getLevel()).isNotEqualTo(Optional.empty());
  }

  /**
   * Risk points whose words start as a note's (签字, 盖章, 说明) were dropped as notes when the
   * department cell beside them was merged from above, so that the point was the row's first text.
   */
  @Test
  void risksStartingWithANotesWordUnderAMergedOwnerAreRead() throws IOException {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施")
        .row("办公室", "公章使用不规范", "中", "用印登记")
        .row("", "盖章不登记", "低", "用印审批")
        .row("", "签字把关不严", "中", "双人签字")
        .row("", "说明材料不实", "低", "材料复核")
        .row("说明：本表由办公室填写。")
        .row("填表人", "张三", "审核人", "李四")
        .merge("A2:A5");
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
    assertThat(r.getRows())
        .extracting(l -> l.getRow().getOwnerName() + ":" + l.getRow().getTitle())
        .containsExactly("办公室:公章使用不规范", "办公室:盖章不登记", "办公室:签字把关不严", "办公室:说明材料不实");
    assertThat(r.getProblems())
        .filteredOn(p -> p.getCode().code().equals("NOTE_ROW_SKIPPED"))
        .extracting(p -> p.getLocation().text())
        .containsExactly("科室!6", "科室!7");
  }

  /**
   * A cell without a slash under a header of two roles joined by one (责任人/分管领导) went to the first
   * role, which another column held, and was lost without a finding.
   */
  @Test
  void aSplitColumnsCellWithoutASlashGoesToTheRoleTheColumnHolds() throws IOException {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施", "直接责任人", "责任人/分管领导")
        .row("办公室", "公车私用", "高", "车辆定位", "王芳", "王芳/张明")
        .row("办公室", "公款吃喝", "中", "接待审批", "王芳", "张明");
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
    assertThat(r.getRows())
        .extracting(
            l -> AnnexPeople.responsibility(l.getRow()).getResponsibleName().orElse("-"),
            l -> AnnexPeople.responsibility(l.getRow()).getSupervisorName().orElse("-"))
        .containsExactly(tuple("王芳", "张明"), tuple("王芳", "张明"));
  }

  /** The same zip with a zip64 end record and locator before its end record, which points there. */
  static byte[] toZip64(byte[] zip) {
    ByteBuffer in = ByteBuffer.wrap(zip).order(ByteOrder.LITTLE_ENDIAN);
    int eocd = -1;
    for (int i = zip.length - 22; i >= 0; i--) {
      if (in.getInt(i) == 0x06054b50) {
        eocd = i;
        break;
      }
    }
    assertThat(eocd).isNotNegative();
    long count = in.getShort(eocd + 10) & 0xFFFF;
    long cenSize = in.getInt(eocd + 12) & 0xFFFFFFFFL;
    long cenOffset = in.getInt(eocd + 16) & 0xFFFFFFFFL;
    ByteBuffer out = ByteBuffer.allocate(zip.length + 56 + 20).order(ByteOrder.LITTLE_ENDIAN);
    out.put(zip, 0, eocd);
    out.putInt(0x06064b50).putLong(44).putShort((short) 45).putShort((short) 45);
    out.putInt(0).putInt(0).putLong(count).putLong(count).putLong(cenSize).putLong(cenOffset);
    out.putInt(0x07064b50).putInt(0).putLong(eocd).putInt(1);
    out.putInt(0x06054b50).putShort((short) 0).putShort((short) 0);
    out.putShort((short) 0xFFFF).putShort((short) 0xFFFF);
    out.putInt(0xFFFFFFFF).putInt(0xFFFFFFFF).putShort((short) 0);
    return out.array();
  }

  /**
   * A cell under a 日期 header whose sampled cells are date serials was taken for a number of days
   * wherever it parsed as a number: {@code 1e10} and {@code Infinity} threw from the date
   * arithmetic, {@code 3d} became a date.
   */
  @Test
  void onlyDateSerialsUnderADateHeaderBecomeDates() throws IOException {
    Books b = new Books();
    b.sheet("科室")
        .row("科室", "风险点", "风险等级", "防控措施", "登记日期")
        .row("办公室", "公车私用", "高", "车辆定位", "45366")
        .row("办公室", "公款吃喝", "中", "接待审批", "45367")
        .row("办公室", "私用公章", "低", "用印登记", "45368")
        .row("财务科", "挪用公款", "高", "每日对账", "45369");
    for (int i = 0; i < 8; i++) {
      b.sheets().get(0).row("财务科", "收费不开票" + i, "中", "票据核销", "4537" + i);
    }
    b.sheets()
        .get(0)
        .row("财务科", "虚列支出", "高", "票据审核", "1e10")
        .row("财务科", "坐支现金", "中", "每日盘点", "Infinity")
        .row("财务科", "白条抵库", "低", "定期抽查", "3d");
    AnnexReadResult r = AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
    assertThat(r.getRows())
        .extracting(l -> l.getExtras().get("登记日期"))
        .containsExactly(
            "2024-03-15",
            "2024-03-16",
            "2024-03-17",
            "2024-03-18",
            "2024-03-19",
            "2024-03-20",
            "2024-03-21",
            "2024-03-22",
            "2024-03-23",
            "2024-03-24",
            "2024-03-25",
            "2024-03-26",
            "1e10",
            "Infinity",
            "3d");
  }

  /**
   * The legend of level codes in a header ({@code 1-高 2-中 3-低}) was looked for with two runs of
   * blanks around an optional sign, quadratic in a long run of blanks after a digit.
   */
  @Test
  void aLevelHeaderWithALongRunOfBlanksAfterADigitIsReadQuickly() {
    String header = "风险等级（1" + " ".repeat(30_000) + "x）";
    assertThat(assertTimeoutPreemptively(Duration.ofSeconds(5), () -> ColumnContent.legend(header)))
        .isEmpty();
    assertThat(ColumnContent.legend("风险等级（1 - 高  2 - 中  3 - 低）")).hasSize(3);
  }
}
