package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Post;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.LedgerGenerator;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Annex 3 gives each holder of a post a block of their own, and reads back with each point once:
 * with the ledger it carries, from its rows alone, and after a copy was edited.
 */
class PerPersonAnnexTest {
  private static final LedgerDiff NO_EDITS = LedgerDiff.builder().build();
  private static final DataFormatter TEXT = new DataFormatter();
  private static final String SHEET = AnnexKind.PERSONAL.sheetName();

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  /** A generated ledger of 40 points; about a third of its posts are held by two people. */
  private static Ledger multiHolder(long seed) {
    return LedgerGenerator.generate(seed, 40);
  }

  private static boolean hasSharedPost(Ledger ledger) {
    return ledger.getPosts().stream()
        .anyMatch(
            p ->
                p.getHolders().size() > 1
                    && !ledger.riskPointsOf(RiskOwner.post(p.getId())).isEmpty());
  }

  private static byte[] write(Ledger ledger) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().write(ledger, AnnexKind.PERSONAL, out);
    return out.toByteArray();
  }

  private static AnnexReadResult read(byte[] xlsx) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(xlsx));
  }

  private static List<AnnexRow> withoutIds(List<AnnexRow> rows) {
    return rows.stream()
        .map(r -> AnnexRow.builder().from(r).pointId(Optional.empty()).build())
        .collect(Collectors.toList());
  }

  private static int postPoints(Ledger ledger) {
    return (int)
        ledger.getRiskPoints().stream()
            .filter(rp -> rp.getOwner().getScope() == OwnerScope.POST)
            .count();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void writtenAndReadWithItsLedgerGivesTheLedgerBack(long seed) throws IOException {
    Ledger ledger = multiHolder(seed);
    AnnexReadResult read = read(write(ledger));
    assertThat(read.getRows()).hasSize(AnnexTables.count(ledger, AnnexKind.PERSONAL));
    if (hasSharedPost(ledger)) {
      assertThat(read.getRows().size()).isGreaterThan(postPoints(ledger));
    }
    assertThat(read.problems(Severity.WARNING)).isEmpty();
    assertThat(read.getEdits()).hasValue(NO_EDITS);
    assertThat(read.getLedger()).isEqualTo(ledger);
  }

  private static List<AnnexRow> decidedOrNot(List<AnnexRow> rows) {
    return rows.stream().map(r -> AnnexRow.builder().from(r).levelProposed(false).build()).toList();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void rowsReadWithoutLedgerOrIdsGiveEachPointOnce(long seed) throws IOException {
    Ledger ledger = multiHolder(seed);
    List<AnnexRow> rows = withoutIds(AnnexTables.carriedRows(ledger, AnnexKind.PERSONAL));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard()
        .writeRows(ledger.getUnit().getName(), AnnexKind.PERSONAL, rows.iterator(), out);
    AnnexReadResult read = read(out.toByteArray());
    assertThat(read.getEdits()).isEmpty();
    assertThat(read.problems(Severity.WARNING)).isEmpty();
    Ledger back = read.getLedger();
    assertThat(back.getRiskPoints()).hasSize(postPoints(ledger));
    // a table without its ledger cannot say which meeting decided a level: decisions do not come
    // back, so a decided level reads as proposed; everything else does
    assertThat(decidedOrNot(withoutIds(AnnexTables.carriedRows(back, AnnexKind.PERSONAL))))
        .isEqualTo(decidedOrNot(rows));
    assertThat(back.getPosts().stream().mapToInt(p -> p.getHolders().size()).sum())
        .isEqualTo(
            ledger.getPosts().stream()
                .filter(p -> !ledger.riskPointsOf(RiskOwner.post(p.getId())).isEmpty())
                .mapToInt(p -> p.getHolders().size())
                .sum());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void randomLedgersWithVacantAndThreeHolderPostsRoundTrip(long seed) throws IOException {
    Ledger ledger = RandomLedgers.generate(seed);
    AnnexReadResult read = read(write(ledger));
    assertThat(read.getEdits()).hasValue(NO_EDITS);
    assertThat(read.getLedger()).isEqualTo(ledger);
  }

  @Test
  void eachHolderHasABlockAndAVacantPostSaysSo() throws IOException {
    Ledger ledger = withVacantPost(Fixtures.sample());
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(ledger)))) {
      Sheet s = wb.getSheet(SHEET);
      int header = headerRow(s);
      int post = column(s, header, AnnexColumn.POST);
      int holder = column(s, header, AnnexColumn.HOLDER);
      List<String> holders = new ArrayList<>();
      for (int r = header + 1; r <= s.getLastRowNum(); r++) {
        String h = text(s, r, holder);
        if (!h.isEmpty()) {
          holders.add(text(s, r, post) + "/" + h);
        }
      }
      assertThat(holders).containsExactly("采购审核岗/赵强", "采购审核岗/孙丽", "预算编制岗/王芳", "档案管理岗/空缺");
      int zhao = rowOf(s, holder, "赵强");
      int sun = rowOf(s, holder, "孙丽");
      int points = ledger.riskPointsOf(RiskOwner.post("S1")).size();
      assertThat(sun - zhao).as("赵强's block holds the post's points").isEqualTo(points);
      if (points > 1) {
        assertThat(s.getMergedRegions())
            .contains(new CellRangeAddress(zhao, sun - 1, holder, holder))
            .contains(new CellRangeAddress(sun, sun + points - 1, holder, holder))
            .contains(new CellRangeAddress(zhao, sun - 1, post, post));
      }
    }
    AnnexReadResult read = read(write(ledger));
    assertThat(read.getEdits()).hasValue(NO_EDITS);
    assertThat(read.getLedger()).isEqualTo(ledger);
  }

  @Test
  void anEditOnOneCopyIsOneEditAndDisagreeingCopiesAreLocated() throws IOException {
    Ledger ledger = Fixtures.sample();
    RiskPoint shared = ledger.riskPointsOf(RiskOwner.post("S1")).get(0);
    byte[] once =
        editTitles(write(ledger), shared.getTitle(), List.of("", shared.getTitle() + "（含变更）"));
    AnnexReadResult edited = read(once);
    assertThat(edited.getLedger().riskPoint(shared.getId()).orElseThrow().getTitle())
        .isEqualTo(shared.getTitle() + "（含变更）");
    assertThat(edited.getLedger().getRiskPoints()).hasSize(ledger.getRiskPoints().size());
    assertThat(edited.getLedger().post("S1").map(Post::getHolders)).hasValue(List.of("P5", "P6"));
    assertThat(edited.getEdits().orElseThrow().getChanges()).hasSize(1);
    assertThat(edited.problems(Severity.WARNING)).isEmpty();

    byte[] twice =
        editTitles(
            write(ledger),
            shared.getTitle(),
            List.of(shared.getTitle() + "（甲）", shared.getTitle() + "（乙）"));
    AnnexReadResult conflicting = read(twice);
    assertThat(conflicting.getLedger().riskPoint(shared.getId()).orElseThrow().getTitle())
        .isEqualTo(shared.getTitle() + "（甲）");
    assertThat(conflicting.getLedger().getRiskPoints()).hasSize(ledger.getRiskPoints().size());
    List<Finding> found =
        conflicting.getProblems().stream()
            .filter(f -> f.getCode() == ProblemCode.COPIES_DISAGREE)
            .collect(Collectors.toList());
    assertThat(found).hasSize(1);
    Location.Cell at = (Location.Cell) found.get(0).getLocation();
    assertThat(at.sheet()).hasValue(SHEET);
    assertThat(at.rawValue()).hasValue(shared.getTitle() + "（乙）");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(write(ledger)))) {
      Sheet s = wb.getSheet(SHEET);
      int col = column(s, headerRow(s), AnnexColumn.RISK_POINT);
      int first = rowOf(s, col, shared.getTitle());
      int second = first + ledger.riskPointsOf(RiskOwner.post("S1")).size();
      assertThat(text(s, second, col)).isEqualTo(shared.getTitle());
      assertThat(at.row()).as("the second copy's row").hasValue(second + 1);
    }
  }

  /** Sets the risk point texts of the copies of a point, in row order; an empty text leaves it. */
  private static byte[] editTitles(byte[] xlsx, String title, List<String> texts)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet s = wb.getSheet(SHEET);
      int col = column(s, headerRow(s), AnnexColumn.RISK_POINT);
      int n = 0;
      for (int r = 0; r <= s.getLastRowNum(); r++) {
        if (text(s, r, col).equals(title) && n < texts.size()) {
          if (!texts.get(n).isEmpty()) {
            s.getRow(r).getCell(col).setCellValue(texts.get(n));
          }
          n++;
        }
      }
      assertThat(n).as("copies of " + title).isEqualTo(texts.size());
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  /** The sample with a vacant post (档案管理岗, no holder) that has a point. */
  static Ledger withVacantPost(Ledger sample) {
    RiskPoint like = sample.riskPointsOf(RiskOwner.post("S2")).get(0);
    return Ledger.builder()
        .from(sample)
        .addPosts(Post.builder().id("S3").name("档案管理岗").department("D2").build())
        .addRiskPoints(
            RiskPoint.builder()
                .from(like)
                .id("R90")
                .owner(RiskOwner.post("S3"))
                .title("违规借阅、复制会计档案")
                .powerItem(Optional.empty())
                .measures(List.of())
                .build())
        .build();
  }

  private static int headerRow(Sheet s) {
    int header = rowOf(s, 0, "序号");
    assertThat(header).as("header row").isNotNegative();
    return header;
  }

  private static int column(Sheet s, int header, AnnexColumn col) {
    Row row = s.getRow(header);
    for (int c = 0; c < row.getLastCellNum(); c++) {
      if (col.displayName().equals(text(s, header, c))) {
        return c;
      }
    }
    throw new AssertionError("no column " + col);
  }

  private static int rowOf(Sheet s, int col, String text) {
    for (int r = 0; r <= s.getLastRowNum(); r++) {
      if (text.equals(text(s, r, col))) {
        return r;
      }
    }
    return -1;
  }

  private static String text(Sheet s, int r, int c) {
    Row row = s.getRow(r);
    return row == null || row.getCell(c) == null ? "" : TEXT.formatCellValue(row.getCell(c));
  }

  @Test
  void aTemplateThatPrintsSmallerThanNinePointsIsReportedAndLeftAsItIs() throws IOException {
    Ledger ledger = Fixtures.sample();
    AnnexTemplate plain = AnnexTemplate.of(AnnexTemplateTest.countyPersonalTemplate());
    assertThat(plain.fill(ledger, new ByteArrayOutputStream())).isEmpty();

    byte[] scaled = scaled(AnnexTemplateTest.countyPersonalTemplate());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Finding> found = AnnexTemplate.of(scaled).fill(ledger, out);
    assertThat(found).hasSize(1);
    assertThat(found.get(0).getCode()).isEqualTo(ProblemCode.PRINTED_TEXT_SMALL);
    assertThat(((Location.Cell) found.get(0).getLocation()).sheet()).hasValue("个人岗位");
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getSheet("个人岗位").getPrintSetup().getScale())
          .as("the template's set-up is kept")
          .isEqualTo((short) 60);
    }
  }

  /** The template printed at 60 %: its 12 pt header prints at 7.2 pt. */
  private static byte[] scaled(byte[] template) throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(template))) {
      PrintSetup ps = wb.getSheetAt(0).getPrintSetup();
      ps.setScale((short) 60);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }
}
