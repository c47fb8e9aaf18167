package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexRow;
import io.github.probity.finding.Finding;
import io.github.probity.model.RiskLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A level column's own words (codes 1/2/3, the middle of a colour scale) decided from the whole
 * sheet, not from its first rows: codes or a 蓝 that first appear far down, a legend under the
 * table. Rows keep their order, also when streamed to a handler.
 */
class LateLevelScaleTest {

  @TempDir Path dir;

  /** A department table: one row per level text (blank for none), then the lines under it. */
  private static Books book(String levelHeader, List<String> levels, String... under) {
    Books b = new Books();
    Books.SheetSpec s = b.sheet("科室");
    s.row("科室廉政风险点一览表", "", "", "");
    s.row("科室", "风险点", levelHeader, "防控措施");
    for (int i = 0; i < levels.size(); i++) {
      s.row("财务科", "风险点" + (i + 1), levels.get(i), "措施" + (i + 1));
    }
    for (String u : under) {
      s.row(u, "", "", "");
    }
    return b;
  }

  private static List<Optional<RiskLevel>> levels(AnnexReadResult r) {
    return r.getRows().stream().map(l -> l.getRow().getLevel()).toList();
  }

  private static AnnexReadResult read(Books b) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(b.xlsx()));
  }

  private static List<String> blanks(int n) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      out.add("");
    }
    return out;
  }

  @Test
  void codesFirstWrittenFarDownAreLevels() throws IOException {
    List<String> cells = blanks(35);
    cells.addAll(List.of("1", "2", "3"));
    AnnexReadResult r = read(book("风险等级", cells));

    assertThat(levels(r).subList(35, 38))
        .containsExactly(
            Optional.of(RiskLevel.HIGH), Optional.of(RiskLevel.MEDIUM), Optional.of(RiskLevel.LOW));
    assertThat(r.getProblems()).noneMatch(p -> p.getCode() == ProblemCode.UNKNOWN_LEVEL);
  }

  @Test
  void aLegendUnderTheTableSaysWhatTheCodesMean() throws IOException {
    AnnexReadResult r = read(book("风险等级", List.of("1", "3", "2", "1"), "注：风险等级1-低，2-中，3-高。"));

    assertThat(levels(r))
        .containsExactly(
            Optional.of(RiskLevel.LOW),
            Optional.of(RiskLevel.HIGH),
            Optional.of(RiskLevel.MEDIUM),
            Optional.of(RiskLevel.LOW));
  }

  @Test
  void yellowIsTheMiddleOfAScaleWhoseBlueComesFarDown() throws IOException {
    List<String> cells = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      cells.add(i % 2 == 0 ? "红" : "黄");
    }
    cells.add("蓝");
    AnnexReadResult r = read(book("预警等级", cells));

    assertThat(levels(r).get(1)).contains(RiskLevel.MEDIUM);
    assertThat(levels(r).get(39)).contains(RiskLevel.MEDIUM);
    assertThat(levels(r).get(40)).contains(RiskLevel.LOW);
    assertThat(r.getRows().stream().map(l -> l.getRowNumber()).toList())
        .isSortedAccordingTo(Integer::compare);
  }

  @Test
  void yellowBesideOrangeOrAloneIsLow() throws IOException {
    assertThat(levels(read(book("预警等级", List.of("红", "黄", "橙")))).get(1)).contains(RiskLevel.LOW);
    assertThat(levels(read(book("预警等级", List.of("红", "黄")))))
        .element(1)
        .isEqualTo(Optional.of(RiskLevel.LOW));
  }

  @Test
  void aColourLegendUnderTheTableDecidesYellow() throws IOException {
    AnnexReadResult r = read(book("预警等级", List.of("红", "黄", "红"), "说明：红色为高风险，黄色为中风险，绿色为低风险"));

    assertThat(levels(r).get(1)).contains(RiskLevel.MEDIUM);
  }

  @Test
  void aHandlerGetsTheSameRowsAndProblemsInTheSameOrder() throws IOException {
    List<String> cells = blanks(32);
    cells.addAll(List.of("黄", "2", "红", "蓝", "1"));
    Books b = book("风险等级", cells, "注：1-高 2-中 3-低");
    Path file = dir.resolve("late.xlsx");
    Files.write(file, b.xlsx());
    AnnexReadResult whole = AnnexReader.lenient().read(file);
    List<Object> streamed = new ArrayList<>();
    AnnexReader.lenient()
        .read(
            file,
            new AnnexRowHandler() {
              @Override
              public void row(LocatedRow row) {
                streamed.add(row);
              }

              @Override
              public void problem(Finding problem) {
                streamed.add(problem);
              }
            });

    List<Object> kept = new ArrayList<>();
    streamed.stream().filter(o -> o instanceof LocatedRow).forEach(kept::add);
    assertThat(kept).isEqualTo(new ArrayList<Object>(whole.getRows()));
    List<Object> problems = new ArrayList<>();
    streamed.stream().filter(o -> o instanceof Finding).forEach(problems::add);
    assertThat(problems)
        .isEqualTo(new ArrayList<Object>(whole.getProblems()).subList(0, problems.size()));
    assertThat(levels(whole).subList(32, 37))
        .containsExactly(
            Optional.of(RiskLevel.MEDIUM),
            Optional.of(RiskLevel.MEDIUM),
            Optional.of(RiskLevel.HIGH),
            Optional.of(RiskLevel.LOW),
            Optional.of(RiskLevel.HIGH));
    // the first blank level is reported before the first row with a level that waited
    int blank =
        streamed.indexOf(
            whole.getProblems().stream()
                .filter(p -> p.getCode() == ProblemCode.BLANK_LEVEL)
                .findFirst()
                .orElseThrow());
    assertThat(blank).isLessThan(streamed.indexOf(whole.getRows().get(32)));
  }

  // ------------------------------------------------------------------ property

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  private static final RiskLevel[] LEVELS = {RiskLevel.HIGH, RiskLevel.MEDIUM, RiskLevel.LOW};

  /**
   * Property: a level column of codes (legend in the header, under the table, or none: 1 = 一级 = 高)
   * or of a colour scale (红/黄/蓝 or 红/橙/黄), its first level anywhere down a sheet of up to 90 rows,
   * reads every row's level as the scale says.
   */
  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void levelsReadByTheScaleOfTheWholeSheet(long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed * 31 + 7);
    int rows = random.nextInt(5, 90);
    int firstLevel = random.nextInt(rows);
    String[] words;
    String header = "风险等级";
    List<String> under = new ArrayList<>();
    int scale = random.nextInt(4);
    if (scale < 2) {
      boolean reversed = random.nextBoolean();
      words = reversed ? new String[] {"3", "2", "1"} : new String[] {"1", "2", "3"};
      String legend = reversed ? "1-低 2-中 3-高" : "1-高 2-中 3-低";
      if (scale == 0 && (reversed || random.nextBoolean())) {
        under.add("注：风险等级" + legend);
      } else if (reversed || random.nextBoolean()) {
        header = "风险等级（" + legend + "）";
      }
    } else if (scale == 2) {
      words = new String[] {"红", "黄", "蓝"};
      header = "预警等级";
    } else {
      words = new String[] {"红", "橙", "黄"};
      header = "预警等级";
    }
    List<String> cells = new ArrayList<>();
    List<Optional<RiskLevel>> want = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      int l = random.nextInt(3);
      boolean blank = i < firstLevel || random.nextInt(5) == 0;
      if (i == rows - 1 && scale >= 2) {
        blank = false;
        l = 2; // the scale's last colour tells which scale it is
      }
      cells.add(blank ? "" : words[l]);
      want.add(blank ? Optional.empty() : Optional.of(LEVELS[l]));
    }
    AnnexReadResult r = read(book(header, cells, under.toArray(new String[0])));

    assertThat(levels(r))
        .as("seed %d: header %s, cells %s, under %s", seed, header, cells, under)
        .isEqualTo(want);
    assertThat(r.getRows().stream().map(LocatedRow::getRow).map(AnnexRow::getTitle).toList())
        .as("seed %d", seed)
        .isEqualTo(
            java.util.stream.IntStream.rangeClosed(1, rows).mapToObj(i -> "风险点" + i).toList());
  }
}
