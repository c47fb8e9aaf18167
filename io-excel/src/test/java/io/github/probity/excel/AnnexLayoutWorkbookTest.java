package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexLayout;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.annex.LayoutColumn;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelLabelStyle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Tables written in a unit's own layout: the standard layout writes exactly what the writer always
 * wrote; a custom one prints its columns, headers, widths, title and footer; and three differently
 * shaped layouts read back to the same ledger (carried) and, read as foreign files, to the same
 * cells and extras.
 */
class AnnexLayoutWorkbookTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
  private static final DataFormatter TEXT = new DataFormatter();
  private static final LedgerDiff NO_EDITS = LedgerDiff.builder().build();

  /** Annex 2 reordered and reworded, an extra column, the commission's title and footer. */
  static final AnnexLayout DEPARTMENTS =
      AnnexLayout.builder()
          .kind(AnnexKind.DEPARTMENT)
          .title("{unit}{year}年度廉政风险点及防控措施登记表")
          .addColumns(
              LayoutColumn.of(AnnexColumn.SEQUENCE, "序号", 5),
              LayoutColumn.of(AnnexColumn.RISK_POINT, "风险点", 24),
              LayoutColumn.of(AnnexColumn.DEPARTMENT, "部门", 12),
              LayoutColumn.of(AnnexColumn.LEVEL, "风险级别", 8),
              LayoutColumn.of(AnnexColumn.MEASURES, "防范措施", 40),
              LayoutColumn.of(AnnexColumn.CATEGORY, "风险类型", 10),
              LayoutColumn.of(AnnexColumn.POWER_ITEM, "职权内容", 16),
              LayoutColumn.of(AnnexColumn.MANIFESTATION, "风险描述", 28),
              LayoutColumn.of(AnnexColumn.RESPONSIBLE, "责任人", 10),
              LayoutColumn.of(AnnexColumn.SUPERVISOR, "分管领导", 10),
              LayoutColumn.extra("整改时限", 12))
          .addFooter("单位负责人：　　　　填表人：　　　　审核人：　　　　联系电话：")
          .build();

  /** Annex 3 with fewer columns, headers the built-in synonyms do not all know, an extra column. */
  static final AnnexLayout POSTS =
      AnnexLayout.builder()
          .kind(AnnexKind.PERSONAL)
          .title("{unit}岗位廉洁风险防控登记表（{year}年）")
          .addColumns(
              LayoutColumn.of(AnnexColumn.DEPARTMENT, "所在处室", 12),
              LayoutColumn.of(AnnexColumn.POST, "岗位名称", 12),
              LayoutColumn.of(AnnexColumn.HOLDER, "在岗人员", 10),
              LayoutColumn.of(AnnexColumn.RISK_POINT, "岗位廉洁风险", 26),
              LayoutColumn.of(AnnexColumn.LEVEL, "风险等级（高/中/低）", 10),
              LayoutColumn.of(AnnexColumn.MEASURES, "防控举措", 44),
              LayoutColumn.of(AnnexColumn.RESPONSIBLE, "直接责任人", 10),
              LayoutColumn.of(AnnexColumn.SUPERVISOR, "监督责任人", 10),
              LayoutColumn.extra("完成情况", 10))
          .build();

  /** The whole ledger, every column in another order under other words, two extra columns. */
  static final AnnexLayout LEDGER =
      AnnexLayout.builder()
          .kind(AnnexKind.LEDGER)
          .title("{unit}廉政风险点台账")
          .addColumns(
              LayoutColumn.of(AnnexColumn.SEQUENCE, "No.", 5),
              LayoutColumn.of(AnnexColumn.OWNER, "风险主体", 14),
              LayoutColumn.of(AnnexColumn.SCOPE, "风险层级", 8),
              LayoutColumn.of(AnnexColumn.DEPARTMENT, "科室（部门）", 12),
              LayoutColumn.of(AnnexColumn.POST, "工作岗位", 12),
              LayoutColumn.of(AnnexColumn.HOLDER, "在岗人姓名", 10),
              LayoutColumn.of(AnnexColumn.RISK_POINT, "风险名称", 22),
              LayoutColumn.of(AnnexColumn.CATEGORY, "风险种类", 10),
              LayoutColumn.of(AnnexColumn.LEVEL, "级别", 8),
              LayoutColumn.of(AnnexColumn.MANIFESTATION, "主要表现形式", 26),
              LayoutColumn.of(AnnexColumn.MEASURES, "预防和控制措施", 36),
              LayoutColumn.of(AnnexColumn.POWER_ITEM, "权力事项", 16),
              LayoutColumn.of(AnnexColumn.RESPONSIBLE, "第一责任人", 10),
              LayoutColumn.of(AnnexColumn.SUPERVISOR, "主管领导", 10),
              LayoutColumn.of(AnnexColumn.MONITORING, "预警指标", 16),
              LayoutColumn.extra("整改时限", 10),
              LayoutColumn.extra("完成情况", 10))
          .addFooter("填表人：", "审核人：　　　　联系电话：")
          .build();

  static final List<AnnexLayout> LAYOUTS = List.of(DEPARTMENTS, POSTS, LEDGER);

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  private static AnnexWriter writer(AnnexLayout... layouts) {
    return AnnexWriter.builder()
        .clock(CLOCK)
        .fillDate(LocalDate.of(2026, 3, 1))
        .layouts(List.of(layouts))
        .build();
  }

  private static byte[] write(AnnexWriter w, Ledger ledger, AnnexKind kind) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    w.write(ledger, kind, out);
    return out.toByteArray();
  }

  @ParameterizedTest
  @EnumSource(value = AnnexKind.class, names = "PLAN", mode = EnumSource.Mode.EXCLUDE)
  void theStandardLayoutWritesTheSameWorkbook(AnnexKind kind) throws IOException {
    AnnexWriter standard = writer();
    AnnexWriter explicit = writer(AnnexLayout.standard(kind));
    Ledger ledger = Fixtures.sample();
    assertThat(write(explicit, ledger, kind)).isEqualTo(write(standard, ledger, kind));
    if (kind != AnnexKind.POST_ARCHIVE) {
      ByteArrayOutputStream a = new ByteArrayOutputStream();
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      standard.writeRows("示例区财政局", kind, AnnexTables.stream(ledger, kind).iterator(), a);
      explicit.writeRows("示例区财政局", kind, AnnexTables.stream(ledger, kind).iterator(), b);
      assertThat(b.toByteArray()).isEqualTo(a.toByteArray());
    }
  }

  @ParameterizedTest
  @EnumSource(value = AnnexKind.class, names = "PLAN", mode = EnumSource.Mode.EXCLUDE)
  void theStandardLayoutsCellsAreTheKindsColumnsTitleAndSignOff(AnnexKind kind) throws IOException {
    Ledger ledger = Fixtures.sample();
    try (XSSFWorkbook wb =
        new XSSFWorkbook(new ByteArrayInputStream(write(writer(), ledger, kind)))) {
      Sheet s = wb.getSheetAt(0);
      int header = headerRow(s);
      List<String> expected = new ArrayList<>();
      kind.columns().forEach(c -> expected.add(c.displayName()));
      expected.add(AnnexColumn.REMARK.displayName());
      expected.add(AnnexColumn.POINT_ID.displayName());
      assertThat(cells(s.getRow(header))).isEqualTo(expected);
      assertThat(texts(s)).contains(kind.title(ledger.getUnit().getName()), AnnexLayout.SIGN_OFF);
    }
  }

  @Test
  void aCustomLayoutPrintsItsColumnsTitleWidthsAndFooter() throws IOException {
    Ledger ledger = Fixtures.sample();
    try (XSSFWorkbook wb =
        new XSSFWorkbook(
            new ByteArrayInputStream(write(writer(DEPARTMENTS), ledger, AnnexKind.DEPARTMENT)))) {
      Sheet s = wb.getSheetAt(0);
      int header = headerRow(s);
      List<String> expected = new ArrayList<>();
      DEPARTMENTS.getColumns().forEach(c -> expected.add(c.getHeader()));
      expected.add(AnnexColumn.POINT_ID.displayName());
      assertThat(cells(s.getRow(header))).isEqualTo(expected);
      // the layout's width, or wider: running-text columns share the room A4 has to spare
      assertThat(s.getColumnWidth(1) / 256).isGreaterThanOrEqualTo(24);
      assertThat(s.isColumnHidden(expected.size() - 1)).isTrue();
      assertThat(texts(s))
          .contains(
              ledger.getUnit().getName() + ledger.getYear() + "年度廉政风险点及防控措施登记表",
              DEPARTMENTS.getFooter().get(0))
          .doesNotContain(AnnexLayout.SIGN_OFF);
    }
  }

  @Test
  void aLayoutThatWouldPrintBelowNinePointsIsRefused() {
    AnnexLayout.Builder wide = AnnexLayout.builder().kind(AnnexKind.DEPARTMENT).title("{unit}表");
    for (int i = 0; i < 30; i++) {
      wide.addColumns(LayoutColumn.extra("栏目" + i, 12));
    }
    wide.addColumns(LayoutColumn.of(AnnexColumn.RISK_POINT));
    AnnexLayout layout = wide.build();
    assertThatThrownBy(() -> AnnexWriter.builder().layout(layout).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ANNEX_2")
        .hasMessageContaining("9 pt");
  }

  @Test
  void aPostArchiveLayoutIsRefusedWhereOnlyA3WouldHoldItAtNinePoints() {
    List<LayoutColumn> cols = new ArrayList<>();
    for (int i = 0; i < 17; i++) {
      cols.add(LayoutColumn.extra("栏目" + i, 12));
    }
    cols.add(LayoutColumn.of(AnnexColumn.RISK_POINT));
    AnnexLayout department =
        AnnexLayout.builder().kind(AnnexKind.DEPARTMENT).title("{unit}表").columns(cols).build();
    AnnexLayout archive =
        AnnexLayout.builder().kind(AnnexKind.POST_ARCHIVE).title("{unit}表").columns(cols).build();

    assertThat(AnnexWriter.builder().layout(department).build()).isNotNull();
    // 一岗一档 stays on A4, a post to a page, as its sheets are written
    assertThatThrownBy(() -> AnnexWriter.builder().layout(archive).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("A4 landscape")
        .hasMessageContaining("9 pt");
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aCustomLayoutReadsBackToTheLedgerItCarries(long seed) throws IOException {
    AnnexLayout layout = LAYOUTS.get((int) (seed % LAYOUTS.size()));
    Ledger ledger = RandomLedgers.generate(seed);
    byte[] xlsx = write(writer(layout), ledger, layout.getKind());
    AnnexReadResult back =
        AnnexReader.builder()
            .strict(true)
            .layout(layout)
            .build()
            .read(new ByteArrayInputStream(xlsx));
    assertThat(back.getEdits()).as("the table shows exactly the ledger").hasValue(NO_EDITS);
    assertThat(back.getLedger()).isEqualTo(ledger);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void aCustomLayoutReadAsAForeignFileGivesTheSameCells(long seed) throws IOException {
    AnnexLayout layout = LAYOUTS.get((int) (seed % LAYOUTS.size()));
    AnnexKind kind = layout.getKind();
    Ledger ledger = RandomLedgers.generate(seed);
    byte[] carried = write(writer(layout), ledger, kind);
    AnnexReader reader = AnnexReader.builder().layout(layout).build();
    AnnexReadResult foreign = reader.read(new ByteArrayInputStream(withoutLedgerSheet(carried)));
    assertThat(foreign.getEdits()).isEmpty();
    List<AnnexRow> expected = AnnexTables.rows(ledger, kind);
    assertSameCells(layout, expected, foreign, seed);
    foreign.getRows().forEach(r -> assertThat(extras(layout, r)).isEmpty());

    // rows with values for the extra columns, written without a ledger
    List<AnnexRow> withExtras = new ArrayList<>();
    for (int i = 0; i < expected.size(); i++) {
      AnnexRow.Builder b = AnnexRow.builder().from(expected.get(i));
      if (i % 2 == 0) {
        b.putExtras("整改时限", "2026年" + (i % 12 + 1) + "月底前");
      }
      if (i % 3 == 0) {
        b.putExtras("完成情况", i % 2 == 0 ? "已完成" : "推进中");
      }
      withExtras.add(b.build());
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer(layout).writeRows(ledger.getUnit().getName(), kind, withExtras.iterator(), out);
    AnnexReadResult rows = reader.read(new ByteArrayInputStream(out.toByteArray()));
    assertSameCells(layout, expected, rows, seed);
    for (int i = 0; i < expected.size(); i++) {
      Map<String, String> printed = new java.util.LinkedHashMap<>();
      withExtras
          .get(i)
          .getExtras()
          .forEach(
              (h, v) -> {
                if (extraHeaders(layout).contains(h)) {
                  printed.put(h, v);
                }
              });
      assertThat(extras(layout, rows.getRows().get(i)))
          .as("seed %d row %d", seed, i)
          .isEqualTo(printed);
    }
  }

  private static List<String> extraHeaders(AnnexLayout layout) {
    List<String> out = new ArrayList<>();
    layout.getColumns().stream().filter(LayoutColumn::isExtra).forEach(c -> out.add(c.getHeader()));
    return out;
  }

  /**
   * The row's values of the layout's extra columns (a vacant post's 空缺 travels as an extra under
   * the holder column's header, as with the standard layout).
   */
  private static Map<String, String> extras(AnnexLayout layout, LocatedRow row) {
    Map<String, String> out = new java.util.LinkedHashMap<>(row.getExtras());
    out.keySet().retainAll(extraHeaders(layout));
    return out;
  }

  private static void assertSameCells(
      AnnexLayout layout, List<AnnexRow> expected, AnnexReadResult read, long seed) {
    assertThat(read.problems(Severity.ERROR)).as("seed %d", seed).isEmpty();
    assertThat(read.getRows()).as("seed %d", seed).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      AnnexRow back = read.getRows().get(i).getRow();
      for (AnnexColumn c : layout.canonicalColumns()) {
        if (c == AnnexColumn.SEQUENCE) {
          continue;
        }
        assertThat(AnnexTables.cell(back, c, LevelLabelStyle.HIGH_GENERAL_LOW))
            .as("seed %d row %d %s", seed, i, c)
            .isEqualTo(AnnexTables.cell(expected.get(i), c, LevelLabelStyle.HIGH_GENERAL_LOW));
      }
    }
  }

  static byte[] withoutLedgerSheet(byte[] xlsx) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      wb.removeSheetAt(wb.getSheetIndex(LedgerSheet.NAME));
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  static int headerRow(Sheet s) {
    for (Row r : s) {
      for (org.apache.poi.ss.usermodel.Cell c : r) {
        if (TEXT.formatCellValue(c).equals(AnnexColumn.POINT_ID.displayName())) {
          return r.getRowNum();
        }
      }
    }
    throw new AssertionError("no header row");
  }

  static List<String> cells(Row r) {
    List<String> out = new ArrayList<>();
    for (int c = 0; c < r.getLastCellNum(); c++) {
      out.add(r.getCell(c) == null ? "" : TEXT.formatCellValue(r.getCell(c)));
    }
    return out;
  }

  static List<String> texts(Sheet s) {
    List<String> out = new ArrayList<>();
    for (Row r : s) {
      for (org.apache.poi.ss.usermodel.Cell c : r) {
        out.add(TEXT.formatCellValue(c));
      }
    }
    return out;
  }
}
