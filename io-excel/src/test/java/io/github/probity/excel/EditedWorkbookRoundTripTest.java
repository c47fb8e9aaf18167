package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.archive.ChangeType;
import io.github.probity.archive.DiffEntity;
import io.github.probity.archive.EntityChange;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A workbook Probity wrote, edited the way a person edits it — merged owner cells split and filled
 * (spreadsheets refuse to sort merged cells), a risk point reworded, a row deleted, a row added by
 * copying another's owner, the rows re-sorted — and saved again, reads back as the ledger it was
 * written from plus exactly those edits.
 */
class EditedWorkbookRoundTripTest {
  /** The header row of a table sheet: below the 附件N mark (annexes), the title and filling line. */
  private static int headerRow(Sheet sheet) {
    for (int r = 0; r <= Math.min(6, sheet.getLastRowNum()); r++) {
      Row row = sheet.getRow(r);
      for (int c = 0; row != null && c < row.getLastCellNum(); c++) {
        if (AnnexColumn.RISK_POINT.displayName().equals(text(sheet, r, c))) {
          return r;
        }
      }
    }
    return 2;
  }

  /** The last data row: the lines under the table (公示…, 单位负责人…) are not data. */
  private static int lastDataRow(Sheet sheet) {
    int last = sheet.getLastRowNum();
    while (last > headerRow(sheet)
        && !text(sheet, last, 0).isEmpty()
        && !Character.isDigit(text(sheet, last, 0).charAt(0))) {
      last--;
    }
    return last;
  }

  private static final DataFormatter TEXT = new DataFormatter();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  /** What the edit did, by point id, and what the ledger must become. */
  private record Edit(String changed, String newTitle, String removed, String copiedOwnerOf) {}

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anEditedWorkbookReadsBackAsItsLedgerPlusTheEdits(long seed) throws IOException {
    Ledger ledger = RandomLedgers.generate(seed);
    byte[] written = write(ledger, seed);
    Random rnd = new Random(seed);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(written))) {
      Sheet sheet = editableSheet(wb, rnd);
      if (sheet == null) {
        assertThat(read(written).getEdits()).hasValue(LedgerDiff.builder().build());
        return;
      }
      Edit edit = edit(sheet, rnd, seed);
      if (edit == null) { // one point's copies fill the table
        assertThat(read(written).getEdits()).hasValue(LedgerDiff.builder().build());
        return;
      }
      check(ledger, read(save(wb)), edit, seed);
    }
  }

  @Test
  void anUneditedWorkbookSavedAgainReadsBackAsItsLedger(@TempDir Path dir) throws Exception {
    Ledger ledger = RandomLedgers.generate(7);
    byte[] written = write(ledger, 7);
    byte[] saved = resave(written, dir);
    AnnexReadResult back = read(saved);
    assertThat(back.getEdits()).hasValue(LedgerDiff.builder().build());
    assertThat(back.getLedger()).isEqualTo(ledger);
  }

  @Test
  void anEditedWorkbookSavedBySpreadsheetSoftwareReadsBackAsItsLedgerPlusTheEdits(@TempDir Path dir)
      throws Exception {
    for (long seed = 11; seed <= 12; seed++) {
      Ledger ledger = RandomLedgers.generate(seed);
      Random rnd = new Random(seed);
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(ledger, seed)))) {
        Sheet sheet = editableSheet(wb, rnd);
        assertThat(sheet).as("seed %d has a table to edit", seed).isNotNull();
        Edit edit = java.util.Objects.requireNonNull(edit(sheet, rnd, seed), "an edit");
        check(ledger, read(resave(save(wb), dir)), edit, seed);
      }
    }
  }

  @Test
  void anAlteredLedgerSheetIsReportedAndTheTablesAreReadAsTheyAre() throws IOException {
    Ledger ledger = RandomLedgers.generate(3);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(ledger, 3)))) {
      Sheet kept = wb.getSheet(LedgerSheet.NAME);
      Cell piece = kept.getRow(1).getCell(0);
      piece.setCellValue(piece.getStringCellValue().replaceFirst("\"year\":\\d+", "\"year\":1999"));
      AnnexReadResult back = read(save(wb));
      assertThat(back.getEdits()).isEmpty();
      assertThat(back.getProblems())
          .anySatisfy(p -> assertThat(p.getCode()).isEqualTo(ProblemCode.LEDGER_SHEET_IGNORED));
      assertThat(back.getLedger().getRiskPoints()).hasSameSizeAs(ledger.getRiskPoints());
    }
  }

  private static void check(Ledger ledger, AnnexReadResult back, Edit edit, long seed) {
    assertThat(back.problems(Severity.ERROR)).as("seed %d", seed).isEmpty();
    LedgerDiff edits = back.getEdits().orElseThrow();
    assertThat(ids(edits, DiffEntity.RISK_POINT, ChangeType.CHANGED))
        .as("seed %d changed", seed)
        .containsExactly(edit.changed());
    assertThat(edits.changes(DiffEntity.RISK_POINT, ChangeType.CHANGED).get(0).getFields())
        .as("seed %d: only the title changed", seed)
        .singleElement()
        .satisfies(f -> assertThat(f.getAfter()).isEqualTo(edit.newTitle()));
    assertThat(ids(edits, DiffEntity.RISK_POINT, ChangeType.REMOVED))
        .as("seed %d removed", seed)
        .containsExactly(edit.removed());
    List<String> added = ids(edits, DiffEntity.RISK_POINT, ChangeType.ADDED);
    assertThat(added).as("seed %d added", seed).hasSize(1);
    assertThat(edits.getLevelChanges()).as("seed %d", seed).isEmpty();

    Ledger merged = back.getLedger();
    RiskPoint addedPoint = merged.riskPoint(added.get(0)).orElseThrow();
    assertThat(addedPoint.getTitle()).isEqualTo("新增风险点" + seed);
    assertThat(addedPoint.getOwner())
        .isEqualTo(ledger.riskPoint(edit.copiedOwnerOf()).orElseThrow().getOwner());
    assertThat(addedPoint.getMeasures())
        .extracting(m -> m.getText())
        .containsExactly("加强日常监督", "每季度抽查一次");

    List<RiskPoint> expected = new ArrayList<>();
    for (RiskPoint rp : ledger.getRiskPoints()) {
      if (rp.getId().equals(edit.removed())) {
        continue;
      }
      expected.add(
          rp.getId().equals(edit.changed())
              ? RiskPoint.builder().from(rp).title(edit.newTitle()).build()
              : rp);
    }
    List<RiskPoint> kept =
        merged.getRiskPoints().stream()
            .filter(rp -> !rp.getId().equals(addedPoint.getId()))
            .collect(Collectors.toList());
    assertThat(Ledger.builder().from(merged).riskPoints(kept).build())
        .as("seed %d: everything else as written", seed)
        .isEqualTo(Ledger.builder().from(ledger).riskPoints(expected).build());
  }

  private static List<String> ids(LedgerDiff diff, DiffEntity entity, ChangeType type) {
    return diff.changes(entity, type).stream().map(EntityChange::getId).toList();
  }

  /** The ledger as three annexes in one workbook, or as the ledger table, by seed. */
  private static byte[] write(Ledger ledger, long seed) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (seed % 2 == 0) {
      AnnexWriter.standard().write(ledger, AnnexKind.LEDGER, out);
    } else {
      AnnexWriter.standard().writeAnnexes(ledger, out);
    }
    return out.toByteArray();
  }

  private static AnnexReadResult read(byte[] xlsx) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(xlsx));
  }

  private static byte[] save(XSSFWorkbook wb) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    wb.write(out);
    return out.toByteArray();
  }

  /** A table sheet with at least three data rows, drawn at random, its merges split and filled. */
  private static Sheet editableSheet(XSSFWorkbook wb, Random rnd) {
    List<Sheet> candidates = new ArrayList<>();
    for (int i = 0; i < wb.getNumberOfSheets(); i++) {
      Sheet s = wb.getSheetAt(i);
      if (!s.getSheetName().equals(LedgerSheet.NAME) && lastDataRow(s) >= headerRow(s) + 3) {
        candidates.add(s);
      }
    }
    if (candidates.isEmpty()) {
      return null;
    }
    Sheet sheet = candidates.get(rnd.nextInt(candidates.size()));
    unmerge(sheet);
    return sheet;
  }

  /** Splits merged body cells, giving each cell the merged value, as a person does to sort. */
  private static void unmerge(Sheet sheet) {
    for (int i = sheet.getNumMergedRegions() - 1; i >= 0; i--) {
      CellRangeAddress r = sheet.getMergedRegion(i);
      if (r.getFirstRow() <= headerRow(sheet) || r.getFirstRow() > lastDataRow(sheet)) {
        continue;
      }
      String value = text(sheet, r.getFirstRow(), r.getFirstColumn());
      sheet.removeMergedRegion(i);
      for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
        for (int c = r.getFirstColumn(); c <= r.getLastColumn(); c++) {
          cell(sheet, row, c).setCellValue(value);
        }
      }
    }
  }

  /**
   * Rewords one row, deletes another point (every copy of it), adds one, then re-sorts the rows;
   * null when all rows show one point.
   */
  private static @Nullable Edit edit(Sheet sheet, Random rnd, long seed) {
    int titleCol = column(sheet, AnnexColumn.RISK_POINT);
    int idCol = column(sheet, AnnexColumn.POINT_ID);
    int measuresCol = column(sheet, AnnexColumn.MEASURES);
    List<String[]> rows = new ArrayList<>();
    int headerRow = headerRow(sheet);
    int lastData = lastDataRow(sheet);
    int width = sheet.getRow(headerRow).getLastCellNum();
    for (int r = headerRow + 1; r <= lastData; r++) {
      String[] values = new String[width];
      for (int c = 0; c < width; c++) {
        values[c] = text(sheet, r, c);
      }
      rows.add(values);
    }
    int changed = rnd.nextInt(rows.size());
    // annex 3 prints a point once per holder: removing a point removes all its copies
    List<Integer> others = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      if (!rows.get(i)[idCol].equals(rows.get(changed)[idCol])) {
        others.add(i);
      }
    }
    if (others.isEmpty()) {
      return null;
    }
    int removed = others.get(rnd.nextInt(others.size()));
    int copied = rnd.nextInt(rows.size());
    String newTitle = rows.get(changed)[titleCol] + "（修订）";
    Edit edit =
        new Edit(
            rows.get(changed)[idCol], newTitle, rows.get(removed)[idCol], rows.get(copied)[idCol]);
    rows.get(changed)[titleCol] = newTitle;
    String[] fresh = rows.get(copied).clone();
    fresh[idCol] = "";
    fresh[titleCol] = "新增风险点" + seed;
    fresh[measuresCol] = "1.加强日常监督\n2.每季度抽查一次";
    String removedId = rows.get(removed)[idCol];
    rows.removeIf(r -> r[idCol].equals(removedId));
    rows.add(fresh);
    Collections.shuffle(rows, rnd);
    for (int r = headerRow + 1; r <= lastData; r++) {
      Row row = sheet.getRow(r);
      if (row != null) {
        sheet.removeRow(row);
      }
    }
    for (int i = 0; i < rows.size(); i++) {
      for (int c = 0; c < width; c++) {
        if (!rows.get(i)[c].isEmpty()) {
          cell(sheet, headerRow + 1 + i, c).setCellValue(rows.get(i)[c]);
        }
      }
    }
    return edit;
  }

  private static int column(Sheet sheet, AnnexColumn column) {
    int headerRow = headerRow(sheet);
    Row header = sheet.getRow(headerRow);
    for (int c = 0; c < header.getLastCellNum(); c++) {
      if (column.displayName().equals(text(sheet, headerRow, c))) {
        return c;
      }
    }
    throw new AssertionError("no " + column.displayName() + " column in " + sheet.getSheetName());
  }

  private static String text(Sheet sheet, int row, int col) {
    Row r = sheet.getRow(row);
    Cell c = r == null ? null : r.getCell(col);
    return c == null ? "" : TEXT.formatCellValue(c);
  }

  private static Cell cell(Sheet sheet, int row, int col) {
    Row r = sheet.getRow(row);
    if (r == null) {
      r = sheet.createRow(row);
    }
    Cell c = r.getCell(col);
    return c == null ? r.createCell(col) : c;
  }

  /**
   * Saves a workbook again the way spreadsheet software does: with LibreOffice when it is
   * installed, otherwise with POI (which also rewrites every part and moves text to shared
   * strings).
   */
  private static byte[] resave(byte[] xlsx, Path dir) throws Exception {
    Path office = office();
    if (office == null) {
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
        return save(wb);
      }
    }
    Path in = Files.createDirectories(dir.resolve("in")).resolve("book.xlsx");
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.write(in, xlsx);
    Process p =
        new ProcessBuilder(
                office.toString(),
                "-env:UserInstallation=" + dir.resolve("profile").toUri(),
                "--headless",
                "--convert-to",
                "xlsx:Calc MS Excel 2007 XML",
                "--outdir",
                out.toString(),
                in.toString())
            .redirectErrorStream(true)
            .start();
    String log =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).as(log).isTrue();
    return Files.readAllBytes(out.resolve("book.xlsx"));
  }

  private static Path office() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path soffice = Path.of(dir, "soffice");
      if (Files.isExecutable(soffice)) {
        return soffice;
      }
    }
    return null;
  }
}
