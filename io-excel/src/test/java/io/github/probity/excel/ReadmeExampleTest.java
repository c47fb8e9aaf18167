package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexMergeResult;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.archive.EntityChange;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.SampleUnit;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's io-excel snippet, compiled and run on the sample unit. */
class ReadmeExampleTest {

  @Test
  void writesTheAnnexesAndReadsThemBack(@TempDir Path dir) throws IOException {
    Ledger ledger = SampleUnit.ledger();
    Path file = dir.resolve("附件1-3.xlsx");

    // tag::excel[]
    AnnexWriter writer = AnnexWriter.builder().fillDate(LocalDate.of(2026, 5, 11)).build();
    try (OutputStream out = Files.newOutputStream(file)) {
      writer.writeAnnexes(ledger, out); // 附件1 领导班子, 附件2 科室, 附件3 个人
    }

    AnnexReadResult result = AnnexReader.lenient().read(file);
    for (Finding p : result.getProblems()) {
      System.out.println(p.getSeverity() + " " + p.describe(Locale.CHINA)); // 附件3 个人!G12 [风险等级]：…
    }
    Ledger back = result.getLedger(); // the ledger written; a unit's own file: inferred
    // end::excel[]

    assertThat(back).isEqualTo(ledger);
    for (AnnexKind kind :
        new AnnexKind[] {AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL}) {
      assertThat(AnnexTables.carriedRows(back, kind))
          .isEqualTo(AnnexTables.carriedRows(ledger, kind));
    }
    assertThat(back.getRiskPoints()).hasSameSizeAs(ledger.getRiskPoints());
    assertThat(result.problems(Severity.WARNING)).isEmpty();
  }

  @Test
  void streamsATableFromRowsAndBackThroughAHandler(@TempDir Path dir) throws IOException {
    Ledger ledger = SampleUnit.ledger();
    Path file = dir.resolve("附件3.xlsx");
    Iterator<AnnexRow> cursor = AnnexTables.stream(ledger, AnnexKind.PERSONAL).iterator();
    List<AnnexRow> imported = new ArrayList<>();

    // tag::excel-streaming[]
    // rows one at a time, e.g. mapped from a database cursor: no Ledger, bounded memory
    try (OutputStream out = Files.newOutputStream(file)) {
      AnnexWriter.standard().writeRows("示例区财政局", AnnexKind.PERSONAL, cursor, out);
    }

    AnnexReadSummary summary =
        AnnexReader.lenient()
            .read(
                file,
                new AnnexRowHandler() {
                  @Override
                  public void row(LocatedRow row) {
                    imported.add(row.getRow()); // or insert it: row.getSheet(), getRowNumber()
                  }

                  @Override
                  public void problem(Finding p) {
                    System.out.println(p.describe(Locale.CHINA)); // rows not read are named here
                  }
                });
    // end::excel-streaming[]

    assertThat(summary.getRowCount()).isEqualTo(imported.size());
    assertThat(summary.getDroppedRowCount()).isZero();
    assertThat(imported).isEqualTo(AnnexTables.carriedRows(ledger, AnnexKind.PERSONAL));
  }

  @Test
  void writesABlankTemplateAndTellsWhereHeadersStand(@TempDir Path dir) throws IOException {
    Path blank = dir.resolve("附件2 科室.xlsx");
    Path filled = dir.resolve("附件1-3.xlsx");
    try (OutputStream out = Files.newOutputStream(filled)) {
      AnnexWriter.standard().writeAnnexes(SampleUnit.ledger(), out);
    }

    // tag::excel-template[]
    // a fill-in form: title, header, 20 bordered blank rows with category/level drop-downs
    try (OutputStream out = Files.newOutputStream(blank)) {
      AnnexWriter.standard().writeTemplate("示例区财政局", AnnexKind.DEPARTMENT, 20, out);
    }

    // where each header was found, by sheet: to name a row's cell, e.g. 附件2 科室!H5
    AnnexReadResult read = AnnexReader.lenient().read(filled);
    Map<AnnexColumn, Integer> columns = read.getHeaderColumns().get("附件2 科室");
    int measures = columns.get(AnnexColumn.MEASURES); // 0-based: 7 is column H
    // end::excel-template[]

    AnnexReadResult template = AnnexReader.lenient().read(blank);
    assertThat(template.getRows()).isEmpty();
    assertThat(template.getProblems()) // the sign-off line under the table
        .singleElement()
        .satisfies(p -> assertThat(p.getCode()).isEqualTo(ProblemCode.NOTE_ROW_SKIPPED));
    assertThat(measures).isEqualTo(AnnexKind.DEPARTMENT.columns().indexOf(AnnexColumn.MEASURES));
    assertThat(CellRefs.column(measures)).isEqualTo("H");
  }

  @Test
  void fillsTheCommissionsOwnTemplate(@TempDir Path dir) throws IOException {
    Path commissionsTemplate =
        Files.write(dir.resolve("区纪委模板.xlsx"), AnnexTemplateTest.districtDepartmentTemplate());
    Path filled = dir.resolve("附件2 已填.xlsx");
    Ledger ledger = SampleUnit.ledger();

    // tag::excel-commission-template[]
    // the 纪委's own blank form: its title, header words, widths, print set-up and sign-off lines
    AnnexTemplate template = AnnexTemplate.of(commissionsTemplate);
    Map<String, AnnexKind> tables = template.tables(); // {科室风险点=ANNEX_2}: sheets and annexes
    template.fill(ledger, filled); // rows under its header; the sign-off lines move down

    // reading the filled form back gives the ledger it was filled from
    AnnexReadResult back = AnnexReader.lenient().read(filled);
    // end::excel-commission-template[]

    assertThat(tables).containsEntry("科室风险点", AnnexKind.DEPARTMENT);
    assertThat(back.getLedger()).isEqualTo(ledger);
  }

  @Test
  void readsBackAnEditedWorkbookAndMergesAUnitsTableIntoLastYearsLedger(@TempDir Path dir)
      throws IOException {
    Ledger lastYear = SampleUnit.ledger();
    Path file = dir.resolve("附件1-3.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      AnnexWriter.standard().writeAnnexes(lastYear, out);
    }
    String reworded = rewordFirstRiskPoint(file, "附件3 个人");
    Path unitsFile = dir.resolve("科室报送.xlsx");
    try (OutputStream out = Files.newOutputStream(unitsFile)) { // the table alone, no ledger kept
      AnnexWriter.standard()
          .writeRows(
              "示例区财政局",
              AnnexKind.PERSONAL,
              AnnexTables.stream(lastYear, AnnexKind.PERSONAL).iterator(),
              out);
    }

    // tag::excel-edited[]
    // a workbook Probity wrote keeps its ledger: edits come back as changes of that ledger
    AnnexReadResult edited = AnnexReader.lenient().read(file);
    Ledger now = edited.getLedger(); // the ledger written, with the edits, same ids
    for (EntityChange c : edited.getEdits().orElseThrow().getChanges()) {
      System.out.println(
          c.getType() + " " + c.getEntity() + " " + c.getId()); // CHANGED RISK_POINT …
    }

    // any unit's table updates last year's ledger: rows matched by (owner, title), no new ids
    AnnexMergeResult merged = AnnexReader.lenient().read(unitsFile).mergeInto(lastYear);
    LedgerDiff changes = merged.getChanges(); // added, changed and removed points and measures
    // end::excel-edited[]

    RiskPoint first =
        AnnexTables.owners(lastYear, AnnexKind.PERSONAL).stream()
            .map(o -> lastYear.riskPointsOf(o).get(0))
            .findFirst()
            .orElseThrow();
    assertThat(edited.getEdits().orElseThrow().getChanges())
        .singleElement()
        .satisfies(c -> assertThat(c.getId()).isEqualTo(first.getId()));
    assertThat(now.riskPoint(first.getId()).orElseThrow().getTitle()).isEqualTo(reworded);
    assertThat(now.getRiskPoints()).hasSameSizeAs(lastYear.getRiskPoints());
    assertThat(changes.isEmpty()).as(changes.toString()).isTrue();
    assertThat(merged.getLedger()).isEqualTo(lastYear);
  }

  /** Rewords the first data row's risk point with POI, as a person would in a spreadsheet. */
  private static String rewordFirstRiskPoint(Path file, String sheetName) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(file))) {
      Sheet sheet = wb.getSheet(sheetName);
      int col = AnnexKind.PERSONAL.columns().indexOf(AnnexColumn.RISK_POINT);
      Cell cell = sheet.getRow(4).getCell(col); // below the 附件3 mark, title, filling line, header
      String reworded = cell.getStringCellValue() + "（修订）";
      cell.setCellValue(reworded);
      try (OutputStream out = Files.newOutputStream(file)) {
        wb.write(out);
      }
      return reworded;
    }
  }

  @Test
  void readsATableWordedItsOwnWayAndMapsWhatItCannotPlace(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("住建局.xlsx");
    Books b = new Books();
    b.sheet("Sheet1")
        .row("部门", "廉政风险点表现形式", "风险点涉及的岗位", "风险等级", "防控要点及防控措施", "问题清单", "状态")
        .row("保障科", "降低标准审核保障资格", "审核岗", "高", "双人审核", "资格审核", "已公示");
    Files.write(file, b.xlsx());

    // tag::excel-mapping[]
    // headers are placed by what they mean: 廉政风险点表现形式 holds the risk points here,
    // 风险点涉及的岗位 the posts; a header that means nothing is mapped by the caller,
    // and what is still unplaced travels with each row as an extra
    AnnexReadResult read =
        AnnexReader.builder()
            .mapHeader("问题清单", AnnexColumn.POWER_ITEM) // CLI: --map 问题清单=职权事项
            .build()
            .read(file);
    LocatedRow row = read.getRows().get(0);
    String post = row.getRow().getOwnerName(); // 审核岗
    Map<String, String> extras = row.getExtras(); // {状态=已公示}
    // end::excel-mapping[]

    assertThat(post).isEqualTo("审核岗");
    assertThat(row.getRow().getTitle()).isEqualTo("降低标准审核保障资格");
    assertThat(row.getRow().getPowerItem()).contains("资格审核");
    assertThat(extras).containsExactly(Map.entry("状态", "已公示"));
  }
}
