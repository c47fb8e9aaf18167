package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.archive.ChangeType;
import io.github.probity.archive.DiffEntity;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.finding.Finding;
import io.github.probity.json.ProbityJson;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.LedgerGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * Second reader's findings on workbooks that carry the ledger they were written from: the ledger
 * sheet as spreadsheet software saves it, a ledger sheet that does not parse or is too long, a
 * workbook of per-post archives read one sheet at a time, and a person's edits that the merge could
 * not take.
 */
class CarriedLedgerTest {
  private static final DataFormatter TEXT = new DataFormatter();

  private static AnnexReadResult read(byte[] xlsx) throws IOException {
    return read(AnnexReader.builder(), xlsx);
  }

  private static AnnexReadResult read(AnnexReader.Builder builder, byte[] xlsx) throws IOException {
    return builder.build().read(new ByteArrayInputStream(xlsx));
  }

  private static byte[] annexes(Ledger ledger) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().writeAnnexes(ledger, out);
    return out.toByteArray();
  }

  private static List<Finding> ledgerSheetIgnored(AnnexReadResult r) {
    return r.getProblems().stream()
        .filter(p -> p.getCode() == ProblemCode.LEDGER_SHEET_IGNORED)
        .toList();
  }

  /** The worksheet part of the ledger sheet (the one whose first cell is its mark). */
  private static String ledgerPart(byte[] xlsx) throws IOException {
    for (Map.Entry<String, byte[]> e : Zips.entries(xlsx).entrySet()) {
      if (e.getKey().startsWith("xl/worksheets/sheet")
          && new String(e.getValue(), StandardCharsets.UTF_8)
              .contains("<t>" + LedgerSheet.MARK + "</t>")) {
        return e.getKey();
      }
    }
    throw new AssertionError("no ledger sheet");
  }

  /**
   * Excel drops the spaces at either end of a text not marked {@code xml:space="preserve"}; a
   * ledger whose document had a space where the sheet cuts it into pieces was ignored once saved.
   */
  @Test
  void theLedgerSheetKeepsASpaceWhereItCutsTheDocument() throws IOException {
    Ledger ledger = spaceAtACut();
    byte[] written = annexes(ledger);
    String part = ledgerPart(written);
    Pattern plain = Pattern.compile("<t>([^<]*)</t>");
    byte[] saved =
        Zips.rewrite(
            written,
            name ->
                !name.equals(part)
                    ? b -> b
                    : b -> {
                      Matcher m = plain.matcher(new String(b, StandardCharsets.UTF_8));
                      StringBuilder sb = new StringBuilder();
                      while (m.find()) {
                        m.appendReplacement(
                            sb, Matcher.quoteReplacement("<t>" + m.group(1).strip() + "</t>"));
                      }
                      m.appendTail(sb);
                      return sb.toString().getBytes(StandardCharsets.UTF_8);
                    });
    AnnexReadResult back = read(saved);
    assertThat(ledgerSheetIgnored(back)).isEmpty();
    assertThat(back.getEdits()).hasValue(LedgerDiff.builder().build());
    assertThat(back.getLedger()).isEqualTo(ledger);
  }

  /**
   * A generated ledger whose manifestations alternate characters and spaces, one of them across the
   * first cut of its document, so that one piece ends or the next begins with a space.
   */
  private static Ledger spaceAtACut() {
    String spaced = "风 ".repeat(150) + "险";
    Pattern manifestation = Pattern.compile("\"manifestation\":\"([^\"\\\\]*)\"");
    int cut = LedgerSheet.PIECE; // the first character of the second piece
    for (long seed = 1; seed < 50; seed++) {
      Ledger ledger = RandomLedgers.generate(seed);
      List<RiskPoint> points = new ArrayList<>();
      for (RiskPoint p : ledger.getRiskPoints()) {
        points.add(RiskPoint.builder().from(p).manifestation(spaced).build());
      }
      Ledger edited = Ledger.builder().from(ledger).riskPoints(points).build();
      String json = new String(ProbityJson.strict().writeLedger(edited), StandardCharsets.UTF_8);
      Matcher m = manifestation.matcher(json);
      while (m.find()) {
        if (m.start(1) < cut && cut < m.end(1)) {
          assertThat(json.charAt(cut - 1) == ' ' || json.charAt(cut) == ' ').isTrue();
          return edited;
        }
      }
    }
    throw new AssertionError("no generated ledger has a manifestation across the first cut");
  }

  /** A ledger sheet whose part does not parse refused the whole workbook. */
  @Test
  void aLedgerSheetThatDoesNotParseIsIgnoredAndTheTablesAreRead() throws IOException {
    Ledger ledger = RandomLedgers.generate(3);
    byte[] written = annexes(ledger);
    String part = ledgerPart(written);
    byte[] cut =
        Zips.rewrite(
            written, name -> name.equals(part) ? b -> Arrays.copyOf(b, b.length / 2) : b -> b);
    AnnexReadResult back = read(cut);
    assertThat(ledgerSheetIgnored(back))
        .singleElement()
        .satisfies(
            p ->
                assertThat(ReadFindings.at(p).rawValue().orElseThrow()).contains("does not parse"));
    assertThat(back.getEdits()).isEmpty();
    assertThat(back.getLedger().getRiskPoints()).hasSameSizeAs(ledger.getRiskPoints());
  }

  /**
   * A ledger sheet of cells that repeat one long shared string held text far beyond the workbook's
   * size, up to the inflated size of one zip entry; it is held to what the shared strings may hold.
   */
  @Test
  void aLedgerSheetIsNoLongerThanTheSharedStringsMayBe() throws IOException {
    String piece = "鑫".repeat(8_000);
    Books b = new Books();
    b.sheet("科室").row("序号", "科室", "风险点", "防控措施").row("1", "财务科", "违规报销", "双人审核");
    Books.SheetSpec ledgerSheet = b.sheet(LedgerSheet.NAME).row(LedgerSheet.MARK, "1");
    for (int i = 0; i < 200; i++) {
      ledgerSheet.row(piece); // one shared string, 1,600,000 characters in all
    }
    ledgerSheet.row("sha256", "0".repeat(64));
    ReadLimits limits = ReadLimits.builder().maxSharedStringsBytes(1 << 20).build();
    AnnexReadResult back = read(AnnexReader.builder().limits(limits), b.xlsx());
    assertThat(ledgerSheetIgnored(back))
        .singleElement()
        .satisfies(
            p -> assertThat(ReadFindings.at(p).rawValue().orElseThrow()).contains("longer than"));
    assertThat(back.getRows()).hasSize(1);
  }

  /** An archive sheet shows one post: read alone, it removed every other post's points. */
  @Test
  void oneArchiveSheetReadAloneRemovesNoOtherPostsPoints() throws IOException {
    Ledger ledger = RandomLedgers.generate(3);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().write(ledger, AnnexKind.POST_ARCHIVE, out);
    byte[] written = out.toByteArray();
    AnnexReadResult all = read(written);
    assertThat(all.getTables()).hasSizeGreaterThan(1);
    String first = all.getTables().keySet().iterator().next();
    AnnexReadResult one = read(AnnexReader.builder().sheet(first), written);
    assertThat(one.getTables()).containsOnlyKeys(first);
    assertThat(one.getEdits()).hasValue(LedgerDiff.builder().build());
    assertThat(one.getLedger()).isEqualTo(ledger);
  }

  /**
   * A level lowered below a point's residual level, or a power item retyped on a point that lies in
   * a step of its process: the workbook read back threw instead of giving the edits.
   */
  @Test
  void aLevelLoweredAndAPowerItemRetypedReadBackAsEdits() throws IOException {
    Ledger ledger = LedgerGenerator.generate(5);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().write(ledger, AnnexKind.LEDGER, out);
    RiskPoint residual =
        ledger.getRiskPoints().stream()
            .filter(p -> p.getResidualLevel().filter(l -> l != RiskLevel.LOW).isPresent())
            .findFirst()
            .orElseThrow();
    RiskPoint stepped =
        ledger.getRiskPoints().stream()
            .filter(p -> p.getProcessStep().isPresent() && !p.equals(residual))
            .findFirst()
            .orElseThrow();
    byte[] edited;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = wb.getSheetAt(0);
      Row header = sheet.getRow(2);
      int ids = column(header, AnnexColumn.POINT_ID);
      for (Row row : sheet) {
        if (row.getRowNum() <= 2 || row.getCell(ids) == null) {
          continue;
        }
        String id = TEXT.formatCellValue(row.getCell(ids));
        if (id.equals(residual.getId())) {
          row.getCell(column(header, AnnexColumn.LEVEL)).setCellValue("低");
        } else if (id.equals(stepped.getId())) {
          row.getCell(column(header, AnnexColumn.POWER_ITEM)).setCellValue("另立的职权事项");
        }
      }
      ByteArrayOutputStream saved = new ByteArrayOutputStream();
      wb.write(saved);
      edited = saved.toByteArray();
    }
    AnnexReadResult back = assertReads(edited);
    assertThat(ledgerSheetIgnored(back)).isEmpty();
    LedgerDiff edits = back.getEdits().orElseThrow();
    assertThat(edits.changes(DiffEntity.RISK_POINT, ChangeType.CHANGED))
        .extracting(c -> c.getId())
        .containsExactlyInAnyOrder(residual.getId(), stepped.getId());
    assertThat(back.getLedger().riskPoint(residual.getId()).orElseThrow().effectiveLevel())
        .hasValue(RiskLevel.LOW);
    assertThat(back.getLedger().riskPoint(stepped.getId()).orElseThrow().getProcessStep())
        .isEmpty();
  }

  private static AnnexReadResult assertReads(byte[] xlsx) {
    AnnexReadResult[] back = new AnnexReadResult[1];
    assertThatCode(() -> back[0] = read(xlsx)).doesNotThrowAnyException();
    return back[0];
  }

  private static int column(Row header, AnnexColumn column) {
    for (int c = 0; c < header.getLastCellNum(); c++) {
      if (header.getCell(c) != null
          && column.displayName().equals(TEXT.formatCellValue(header.getCell(c)))) {
        return c;
      }
    }
    throw new AssertionError("no " + column.displayName());
  }
}
