package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.annex.MeasureState;
import io.github.probity.archive.ChangeType;
import io.github.probity.archive.DiffEntity;
import io.github.probity.archive.EntityChange;
import io.github.probity.archive.FieldChange;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.finding.Finding;
import io.github.probity.grading.ExtraFactor;
import io.github.probity.model.Effectiveness;
import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.LedgerGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The 台账's columns of measures in motion (落实情况, 成效评价, 残余风险) and owner factor columns: written, read
 * back to the same ledger, edited by a person and read back as those edits, and read from a foreign
 * 台账.
 */
class LedgerMotionColumnsTest {
  private static final List<ExtraFactor> FACTORS = LedgerGenerator.sampleExtraFactors();
  private static final DataFormatter TEXT = new DataFormatter();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  private static Ledger ledger(long seed) {
    return LedgerGenerator.withExtraFactors(
        LedgerGenerator.withMeasuresInMotion(LedgerGenerator.generate(seed), seed), FACTORS, seed);
  }

  private static byte[] write(Ledger ledger) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.builder().extraFactors(FACTORS).build().write(ledger, AnnexKind.LEDGER, out);
    return out.toByteArray();
  }

  private static AnnexReadResult read(byte[] xlsx) throws IOException {
    return AnnexReader.builder().extraFactors(FACTORS).build().read(new ByteArrayInputStream(xlsx));
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void theLedgerTableReadsBackToTheSameLedger(long seed) throws IOException {
    Ledger ledger = ledger(seed);
    byte[] xlsx = write(ledger);

    AnnexReadResult carried = read(xlsx);
    assertThat(carried.getEdits()).as("seed %d", seed).hasValue(LedgerDiff.builder().build());
    assertThat(carried.getLedger()).as("seed %d", seed).isEqualTo(ledger);

    AnnexReadResult foreign = read(AnnexLayoutWorkbookTest.withoutLedgerSheet(xlsx));
    assertThat(foreign.getProblems())
        .extracting(Finding::getCode)
        .as("seed %d", seed)
        .doesNotContain(ProblemCode.UNREADABLE_MEASURE_STATE, ProblemCode.OWNER_FACTOR_CONFLICT);
    Ledger back = foreign.getLedger();
    for (LocatedRow row : foreign.getRows()) {
      RiskPoint point = ledger.riskPoint(row.getRow().getPointId().orElseThrow()).orElseThrow();
      AnnexRow expected = AnnexTables.row(ledger, point);
      assertThat(row.getRow().getMeasureStates())
          .as("seed %d %s", seed, point.getId())
          .isEqualTo(expected.getMeasureStates());
      assertThat(row.getRow().getResidualLevel()).isEqualTo(expected.getResidualLevel());
      assertThat(row.getExtras()).doesNotContainKeys("落实情况", "成效评价", "残余风险");
      RiskPoint read = back.riskPoint(point.getId()).orElseThrow();
      assertThat(read.getMeasures())
          .extracting(Measure::getStatus, Measure::getProgress)
          .as("seed %d %s", seed, point.getId())
          .containsExactlyElementsOf(
              point.getMeasures().stream()
                  .map(m -> org.assertj.core.groups.Tuple.tuple(m.getStatus(), m.getProgress()))
                  .toList());
      assertThat(back.ownerFactors(read.getOwner()))
          .as("seed %d %s", seed, point.getId())
          .isEqualTo(ledger.ownerFactors(point.getOwner()));
    }
  }

  @Test
  void cellsShowEachMeasureNumberedAsTheMeasuresCellIs() {
    Ledger ledger = edited(ledger(11));
    RiskPoint rp = target(ledger);
    AnnexRow row = AnnexTables.row(ledger, rp);
    assertThat(AnnexTables.cell(row, AnnexColumn.MEASURE_STATUS, ledgerStyle()))
        .startsWith("1.推进中（60%）\n2.已落实");
    assertThat(AnnexTables.cell(row, AnnexColumn.EFFECTIVENESS, ledgerStyle()))
        .startsWith("2.有效（")
        .contains("，2026年12月6日）");
    assertThat(AnnexColumn.match("落实情况")).isEmpty(); // read from the extras, by exact spelling
    assertThat(AnnexKind.LEDGER.columns())
        .contains(
            AnnexColumn.MEASURE_STATUS, AnnexColumn.EFFECTIVENESS, AnnexColumn.RESIDUAL_LEVEL);
    assertThat(AnnexKind.PERSONAL.columns()).doesNotContain(AnnexColumn.MEASURE_STATUS);
  }

  private static io.github.probity.model.LevelLabelStyle ledgerStyle() {
    return io.github.probity.model.LevelLabelStyle.HIGH_GENERAL_LOW;
  }

  /** The first point with two measures or more and a supervisor. */
  private static RiskPoint target(Ledger ledger) {
    return ledger.getRiskPoints().stream()
        .filter(p -> p.getMeasures().size() >= 2 && p.getSupervisor().isPresent())
        .findFirst()
        .orElseThrow();
  }

  /** The ledger with the target's first measure 推进中 at 60 %, its second 已落实 and reviewed 有效. */
  private static Ledger edited(Ledger ledger) {
    RiskPoint rp = target(ledger);
    List<Measure> ms = new ArrayList<>(rp.getMeasures());
    ms.set(
        0,
        Measure.builder()
            .from(ms.get(0))
            .status(MeasureStatus.IN_PROGRESS)
            .progress(60)
            .reviews(List.of())
            .build());
    ms.set(
        1,
        Measure.builder()
            .from(ms.get(1))
            .status(MeasureStatus.DONE)
            .progress(100)
            .reviews(
                List.of(
                    io.github.probity.model.EffectivenessReview.builder()
                        .date(LocalDate.of(2026, 12, 6))
                        .reviewer(rp.getSupervisor().orElseThrow())
                        .verdict(Effectiveness.EFFECTIVE)
                        .build()))
            .build());
    for (int i = 2; i < ms.size(); i++) {
      ms.set(
          i, Measure.builder().from(ms.get(i)).status(MeasureStatus.PLANNED).progress(0).build());
    }
    List<RiskPoint> points = new ArrayList<>();
    for (RiskPoint p : ledger.getRiskPoints()) {
      points.add(p == rp ? RiskPoint.builder().from(rp).measures(ms).build() : p);
    }
    return Ledger.builder().from(ledger).riskPoints(points).build();
  }

  @Test
  void aStatusChangedInTheWorkbookReadsBackAsThatChange() throws IOException {
    Ledger ledger = edited(ledger(11));
    RiskPoint rp = target(ledger);
    String cell =
        AnnexTables.cell(AnnexTables.row(ledger, rp), AnnexColumn.MEASURE_STATUS, ledgerStyle());
    byte[] xlsx = setCell(write(ledger), rp.getId(), "落实情况", cell.replace("推进中（60%）", "已完成"));

    AnnexReadResult back = read(xlsx);
    Measure first = back.getLedger().riskPoint(rp.getId()).orElseThrow().getMeasures().get(0);
    assertThat(first.getStatus()).isEqualTo(MeasureStatus.DONE);
    assertThat(first.getProgress()).isEqualTo(100);
    LedgerDiff edits = back.getEdits().orElseThrow();
    assertThat(edits.getChanges()).hasSize(1);
    EntityChange change = edits.getChanges().get(0);
    assertThat(change.getEntity()).isEqualTo(DiffEntity.MEASURE);
    assertThat(change.getType()).isEqualTo(ChangeType.CHANGED);
    assertThat(change.getId()).isEqualTo(first.getId());
    assertThat(change.getFields())
        .extracting(FieldChange::getField)
        .containsExactlyInAnyOrder("status", "progress");
  }

  @Test
  void aFactorChangedInTheWorkbookReadsBackAsAChangeOfThePointsAndTheOwnersFactor()
      throws IOException {
    Ledger ledger = ledger(11);
    RiskPoint rp =
        ledger.getRiskPoints().stream()
            .filter(
                p -> p.getFactors().map(f -> f.getExtra().containsKey("PETITIONS")).orElse(false))
            .filter(p -> ledger.ownerFactors(p.getOwner()).containsKey("APPRAISAL"))
            .findFirst()
            .orElseThrow();
    ExtraFactor points = factor("PETITIONS");
    ExtraFactor owners = factor("APPRAISAL");
    double before = ledger.ownerFactors(rp.getOwner()).get("APPRAISAL").number().orElseThrow();
    double after = before >= 50 ? before - 10 : before + 10;
    int petitions =
        (int) rp.getFactors().orElseThrow().getExtra().get("PETITIONS").number().orElseThrow();
    int changed = (petitions + 1) % 21;
    byte[] xlsx = setCell(write(ledger), rp.getId(), points.getLabel(), String.valueOf(changed));
    xlsx = setOwnerCells(xlsx, rp.getId(), owners.getLabel(), FactorValue.of(after).toString());

    AnnexReadResult back = read(xlsx);
    RiskPoint read = back.getLedger().riskPoint(rp.getId()).orElseThrow();
    assertThat(read.getFactors().map(RiskFactors::getExtra).orElseThrow())
        .containsEntry("PETITIONS", FactorValue.of(changed));
    assertThat(back.getLedger().ownerFactors(rp.getOwner()))
        .containsEntry("APPRAISAL", FactorValue.of(after));
    assertThat(back.getEdits().orElseThrow().changes(DiffEntity.RISK_POINT, ChangeType.CHANGED))
        .extracting(EntityChange::getId)
        .containsExactly(rp.getId());
    assertThat(back.getProblems())
        .extracting(Finding::getCode)
        .doesNotContain(ProblemCode.OWNER_FACTOR_CONFLICT);
  }

  private static ExtraFactor factor(String code) {
    return FACTORS.stream().filter(f -> f.getCode().equals(code)).findFirst().orElseThrow();
  }

  @Test
  void aForeignLedgerTableGivesEachMeasureItsNumberedStatus() throws IOException {
    Books b = new Books();
    b.sheet("台账")
        .row("序号", "科室", "廉政风险点", "风险等级", "防控措施", "完成情况", "效果评价", "剩余风险")
        .row(
            "1",
            "办公室",
            "公车私用",
            "一般",
            "1.派车审批\n2.定位监控",
            "2.已完成\n1.推进中（40%）",
            "2.有效（李明，2026年11月3日）",
            "低")
        .row("2", "财务科", "坐支现金", "高", "1.日清月结\n2.双人复核", "1.已落实；2.还行吧", "", "")
        .row("3", "财务科", "虚报冒领", "高", "严格审核", "5.已落实", "", "");
    AnnexReadResult read = AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
    List<LocatedRow> rows = read.getRows();
    assertThat(rows).hasSize(3);
    assertThat(rows.get(0).getRow().getMeasureStates())
        .containsExactly(
            MeasureState.builder().number(1).status(MeasureStatus.IN_PROGRESS).progress(40).build(),
            MeasureState.builder()
                .number(2)
                .status(MeasureStatus.DONE)
                .verdict(Effectiveness.EFFECTIVE)
                .reviewer("李明")
                .reviewDate(LocalDate.of(2026, 11, 3))
                .build());
    assertThat(rows.get(0).getRow().getResidualLevel()).contains(RiskLevel.LOW);
    RiskPoint car = read.getLedger().getRiskPoints().get(0);
    assertThat(car.getMeasures())
        .extracting(Measure::getStatus, Measure::getProgress)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(MeasureStatus.IN_PROGRESS, 40),
            org.assertj.core.groups.Tuple.tuple(MeasureStatus.DONE, 100));
    assertThat(car.getMeasures().get(1).latestReview().orElseThrow().getVerdict())
        .isEqualTo(Effectiveness.EFFECTIVE);
    assertThat(car.getResidualLevel()).contains(RiskLevel.LOW);
    // 还行吧 is no status: measure 1 takes its line, the cell stays as an extra, reported
    assertThat(read.getLedger().getRiskPoints().get(1).getMeasures().get(0).getStatus())
        .isEqualTo(MeasureStatus.DONE);
    assertThat(rows.get(1).getExtras()).containsEntry("完成情况", "1.已落实；2.还行吧");
    // measure 5 of a row of one measure
    assertThat(rows.get(2).getExtras()).containsEntry("完成情况", "5.已落实");
    assertThat(read.getProblems())
        .filteredOn(f -> f.getCode() == ProblemCode.UNREADABLE_MEASURE_STATE)
        .extracting(f -> f.getLocation().toString())
        .hasSize(2)
        .allSatisfy(l -> assertThat(l).contains("完成情况"));
  }

  @Test
  void anOwnersFactorReadsOncePerOwnerAndAConflictKeepsTheFirst() throws IOException {
    ExtraFactor score = factor("APPRAISAL");
    Books b = new Books();
    b.sheet("台账")
        .row("序号", "层级", "责任主体", "廉政风险点", "防控措施", score.getLabel())
        .row("1", "班子成员", "张强（局长）", "违规决策", "集体研究", "92")
        .row("2", "班子成员", "张强（局长）", "干预招投标", "回避制度", "88")
        .row("3", "班子成员", "李华（副局长）", "违规审批", "双人复核", "75");
    AnnexReadResult read =
        AnnexReader.builder()
            .extraFactors(FACTORS)
            .build()
            .read(new ByteArrayInputStream(b.xlsx()));
    Ledger ledger = read.getLedger();
    Map<RiskOwner, Map<String, FactorValue>> owners = ledger.getOwnerFactors();
    RiskOwner zhang = ledger.getRiskPoints().get(0).getOwner();
    RiskOwner li = ledger.getRiskPoints().get(2).getOwner();
    assertThat(owners.get(zhang)).containsEntry(score.getCode(), FactorValue.of(92));
    assertThat(owners.get(li)).containsEntry(score.getCode(), FactorValue.of(75));
    assertThat(read.getProblems())
        .filteredOn(f -> f.getCode() == ProblemCode.OWNER_FACTOR_CONFLICT)
        .singleElement()
        .satisfies(f -> assertThat(f.getLocation().toString()).contains("3"));
  }

  /** The workbook with one cell of a point's row set, found by the header and the hidden id. */
  static byte[] setCell(byte[] xlsx, String pointId, String header, String value)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheet(AnnexKind.LEDGER.sheetName());
      int[] at = find(sheet, pointId, header);
      cell(sheet, at[0], at[1]).setCellValue(value);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** The workbook with an owner cell set on the point's row and every row merged with it. */
  static byte[] setOwnerCells(byte[] xlsx, String pointId, String header, String value)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet sheet = wb.getSheet(AnnexKind.LEDGER.sheetName());
      int[] at = find(sheet, pointId, header);
      int top = at[0];
      for (int i = 0; i < sheet.getNumMergedRegions(); i++) {
        var range = sheet.getMergedRegion(i);
        if (range.isInRange(at[0], at[1])) {
          top = range.getFirstRow();
        }
      }
      cell(sheet, top, at[1]).setCellValue(value);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static int[] find(Sheet sheet, String pointId, String header) {
    int headerRow = -1;
    int col = -1;
    int ids = -1;
    for (int r = 0; r <= 6 && headerRow < 0; r++) {
      Row row = sheet.getRow(r);
      for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
        String t = TEXT.formatCellValue(row.getCell(c));
        if (t.equals(header)) {
          headerRow = r;
          col = c;
        }
        if (t.equals(AnnexColumn.POINT_ID.displayName())) {
          ids = c;
        }
      }
    }
    Row h = sheet.getRow(headerRow);
    for (int c = 0; c < h.getLastCellNum(); c++) {
      if (TEXT.formatCellValue(h.getCell(c)).equals(AnnexColumn.POINT_ID.displayName())) {
        ids = c;
      }
    }
    for (int r = headerRow + 1; r <= sheet.getLastRowNum(); r++) {
      Row row = sheet.getRow(r);
      if (row != null && pointId.equals(TEXT.formatCellValue(row.getCell(ids)))) {
        return new int[] {r, col};
      }
    }
    throw new AssertionError("no row of " + pointId + " under " + header);
  }

  private static Cell cell(Sheet sheet, int r, int c) {
    Row row = sheet.getRow(r) == null ? sheet.createRow(r) : sheet.getRow(r);
    return row.getCell(c) == null ? row.createCell(c) : row.getCell(c);
  }
}
