package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.archive.Archive;
import io.github.probity.model.Measure;
import io.github.probity.model.Post;
import io.github.probity.model.RiskPoint;
import io.github.probity.testkit.ArchiveGenerator;
import io.github.probity.testkit.SampleUnit;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 一岗一档 over several printed pages: every page after the first begins with a section's title (marked
 * 续 where its table runs on from the page before) and that section's header, the pages broken where
 * the writer's row heights fill one; the archive reads back the same.
 */
class ArchiveContinuedPagesTest {
  /** The printable height of an A4 landscape page at 100 %, in points, as the writer fills it. */
  private static final double PAGE = 509;

  private static final DataFormatter TEXT = new DataFormatter();

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void everyPageOfAGeneratedArchiveBeginsUnderAHeader(long seed) throws IOException {
    Archive a = longer(ArchiveGenerator.archive(seed), (int) (seed % 5) * 12);
    byte[] xlsx = ArchiveWorkbookTest.write(List.of(a));
    checkPages(xlsx, "seed " + seed);
    assertThat(ArchiveWorkbookTest.read(xlsx).archives()).containsExactly(a);
  }

  @Test
  void aSectionLongerThanAPageRepeatsItsTitleAndHeaderOnEveryPage() throws IOException {
    Archive big =
        Archive.allOf(SampleUnit.ledger(), List.of()).stream()
            .max(Comparator.comparingInt(a -> a.getRiskPoints().size()))
            .orElseThrow();
    Archive a = longer(big, 80);
    byte[] xlsx = ArchiveWorkbookTest.write(List.of(a));

    int continued = checkPages(xlsx, "80 duties");

    assertThat(continued).as("the duties run over pages").isGreaterThanOrEqualTo(2);
    assertThat(ArchiveWorkbookTest.read(xlsx).archives()).containsExactly(a);
  }

  /** The archive with {@code duties} duties and, for some, long measures on each point. */
  private static Archive longer(Archive a, int duties) {
    List<String> list = new ArrayList<>(a.getPost().getDuties());
    for (int i = 0; i < duties; i++) {
      list.add("岗位职责第" + i + "项：负责有关业务的审核、登记与归档工作，按规定时限办结并留存记录");
    }
    List<RiskPoint> points = new ArrayList<>();
    for (RiskPoint rp : a.getRiskPoints()) {
      List<Measure> measures = new ArrayList<>(rp.getMeasures());
      for (int i = 0; duties > 24 && i < duties / 6; i++) {
        measures.add(
            Measure.builder()
                .from(rp.getMeasures().isEmpty() ? sample() : rp.getMeasures().get(0))
                .id(rp.getId() + "-L" + i)
                .text("落实第" + i + "项防控要求：事前审核、事中监督、事后检查，全过程留痕，定期通报执行情况")
                .build());
      }
      points.add(RiskPoint.builder().from(rp).measures(measures).build());
    }
    return Archive.builder()
        .from(a)
        .post(Post.builder().from(a.getPost()).duties(list).build())
        .riskPoints(points)
        .build();
  }

  private static Measure sample() {
    return SampleUnit.ledger().getRiskPoints().get(0).getMeasures().get(0);
  }

  /**
   * Checks each page of each sheet: its rows fit its height and, after the first, it begins with a
   * section title and that section's header. Returns how many pages begin with a continued table.
   */
  private static int checkPages(byte[] xlsx, String what) throws IOException {
    int continued = 0;
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      for (int s = 0; s < wb.getNumberOfSheets(); s++) {
        Sheet sheet = wb.getSheetAt(s);
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int b : sheet.getRowBreaks()) {
          starts.add(b + 1); // POI gives the row above the break
        }
        starts.add(sheet.getLastRowNum() + 1);
        for (int p = 0; p + 1 < starts.size(); p++) {
          int first = starts.get(p);
          int end = starts.get(p + 1);
          assertThat(height(sheet, first, end))
              .as("%s sheet %d page %d rows %d-%d fit a page", what, s, p + 1, first, end - 1)
              .isLessThanOrEqualTo(PAGE + 1e-6);
          if (p == 0) {
            continue;
          }
          String title = text(sheet, first, 0);
          String section =
              title.endsWith(ArchiveLayout.CONTINUED)
                  ? title.substring(0, title.length() - ArchiveLayout.CONTINUED.length())
                  : title;
          assertThat(ArchiveLayout.TABLES)
              .as("%s sheet %d page %d begins with a section title: %s", what, s, p + 1, title)
              .contains(section);
          if (!section.equals(title)) {
            continued++;
          }
          List<String> headers = ArchiveLayout.headers(section);
          int[] at = ArchiveLayout.starts(section);
          for (int c = 0; c < headers.size(); c++) {
            assertThat(text(sheet, first + 1, at[c]))
                .as("%s sheet %d page %d header", what, s, p + 1)
                .isEqualTo(headers.get(c));
          }
        }
      }
    }
    return continued;
  }

  /** The rows' height, but for the 6-point gap a section may end the page with. */
  private static double height(Sheet sheet, int first, int end) {
    double sum = 0;
    int last = end - 1;
    Row tail = sheet.getRow(last);
    if (tail != null && Math.abs(tail.getHeightInPoints() - 6) < 1e-6) {
      last--;
    }
    for (int r = first; r <= last; r++) {
      Row row = sheet.getRow(r);
      sum += row == null ? sheet.getDefaultRowHeightInPoints() : row.getHeightInPoints();
    }
    return sum;
  }

  private static String text(Sheet sheet, int r, int c) {
    Row row = sheet.getRow(r);
    return row == null || row.getCell(c) == null ? "" : TEXT.formatCellValue(row.getCell(c));
  }
}
