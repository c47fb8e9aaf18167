package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.archive.Archive;
import io.github.probity.archive.RedactionPolicy;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.ArchiveGenerator;
import io.github.probity.testkit.CaseGenerator;
import io.github.probity.testkit.SampleUnit;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.WarningPolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Printed text is never smaller than 9 pt: the smallest font a sheet's cells use, times the scale
 * at which the sheet's visible columns fit the printable width of its paper (and, fitted to pages
 * tall, its rows the printable height), all computed from the file's own print settings, column
 * widths, row heights and styles. Column widths count digits of the default font, taken 0.64 em
 * wide as LibreOffice measures them where 宋体 is missing, and scales are whole percent, rounded
 * down.
 */
class PrintedFontSizeTest {
  /**
   * Width of a column of width {@code width} in points, in digits of a default font of the size.
   */
  static double columnPoints(double width, double defaultFont) {
    return Math.max(Math.floor(width * 7 + 5) * 0.75, width * 0.64 * defaultFont);
  }

  /** Paper size in points by OOXML paper size code (portrait width, height). */
  static final Map<Integer, double[]> PAPER =
      Map.of(9, new double[] {595.3, 841.9}, 8, new double[] {841.9, 1190.6});

  record Printed(double scale, double smallestFont, double effective) {}

  static Printed printed(Map<String, String> parts, String sheetPart) {
    String sheet = parts.get(sheetPart);
    String styles = parts.get("xl/styles.xml");
    Matcher setup = Pattern.compile("<pageSetup([^>]*)/>").matcher(sheet);
    assertThat(setup.find()).as("page set-up of " + sheetPart).isTrue();
    String attrs = setup.group(1);
    int paper = Integer.parseInt(attr(attrs, "paperSize"));
    boolean landscape = "landscape".equals(attr(attrs, "orientation"));
    double[] size = PAPER.get(paper);
    assertThat(size).as("paper " + attrs).isNotNull();
    double paperWidth = landscape ? size[1] : size[0];
    double paperHeight = landscape ? size[0] : size[1];
    Matcher margins = Pattern.compile("<pageMargins([^>]*)/>").matcher(sheet);
    assertThat(margins.find()).isTrue();
    String m = margins.group(1);
    double printable =
        paperWidth
            - (Double.parseDouble(attr(m, "left")) + Double.parseDouble(attr(m, "right"))) * 72;
    double printableHeight =
        paperHeight
            - (Double.parseDouble(attr(m, "top")) + Double.parseDouble(attr(m, "bottom"))) * 72;

    // fonts used by the styles of cells that hold text in this sheet; the first is the default
    List<Double> fontSizes = new ArrayList<>();
    Matcher fonts = Pattern.compile("<fonts[^>]*>(.*?)</fonts>", Pattern.DOTALL).matcher(styles);
    assertThat(fonts.find()).isTrue();
    Matcher font =
        Pattern.compile("<font>(.*?)</font>|<font/>", Pattern.DOTALL).matcher(fonts.group(1));
    while (font.find()) {
      Matcher sz = Pattern.compile("<sz val=\"([0-9.]+)\"").matcher(font.group());
      fontSizes.add(sz.find() ? Double.parseDouble(sz.group(1)) : 11.0);
    }
    double defaultFont = fontSizes.get(0);

    double total = 0;
    Matcher col = Pattern.compile("<col ([^>]*)/>").matcher(sheet);
    while (col.find()) {
      String a = col.group(1);
      if ("true".equals(attr(a, "hidden")) || "1".equals(attr(a, "hidden"))) {
        continue; // a hidden column does not print
      }
      int min = Integer.parseInt(attr(a, "min"));
      int max = Integer.parseInt(attr(a, "max"));
      total += (max - min + 1) * columnPoints(Double.parseDouble(attr(a, "width")), defaultFont);
    }
    assertThat(sheet).contains("fitToWidth=\"1\"");
    double scale = Math.min(1.0, printable / total);
    int tall =
        Integer.parseInt(attr(attrs, "fitToHeight").isEmpty() ? "1" : attr(attrs, "fitToHeight"));
    if (tall > 0) {
      Matcher format = Pattern.compile("<sheetFormatPr([^>]*)/>").matcher(sheet);
      double defaultRow = 15;
      if (format.find() && !attr(format.group(1), "defaultRowHeight").isEmpty()) {
        defaultRow =
            Math.max(defaultRow, Double.parseDouble(attr(format.group(1), "defaultRowHeight")));
      }
      double height = 0;
      Matcher row = Pattern.compile("<row ([^>]*?)/?>").matcher(sheet);
      while (row.find()) {
        String ht = attr(row.group(1), "ht");
        height += ht.isEmpty() ? defaultRow : Double.parseDouble(ht);
      }
      scale = Math.min(scale, tall * printableHeight / height);
    }
    scale = Math.floor(scale * 100) / 100; // printed at whole percent

    List<Integer> xfFonts = new ArrayList<>();
    Matcher xfs = Pattern.compile("<cellXfs[^>]*>(.*?)</cellXfs>", Pattern.DOTALL).matcher(styles);
    assertThat(xfs.find()).isTrue();
    Matcher xf = Pattern.compile("<xf ([^>]*?)/?>").matcher(xfs.group(1));
    while (xf.find()) {
      xfFonts.add(Integer.parseInt(attr(xf.group(1), "fontId")));
    }
    double smallest = Double.MAX_VALUE;
    Matcher cell = Pattern.compile("<c ([^>]*)>").matcher(sheet);
    while (cell.find()) {
      String s = attr(cell.group(1), "s");
      int style = s.isEmpty() ? 0 : Integer.parseInt(s);
      smallest = Math.min(smallest, fontSizes.get(xfFonts.get(style)));
    }
    return new Printed(scale, smallest, smallest * scale);
  }

  static String attr(String attrs, String name) {
    Matcher m = Pattern.compile("\\b" + name + "=\"([^\"]*)\"").matcher(attrs);
    return m.find() ? m.group(1) : "";
  }

  /** Asserts that every printed sheet of the workbook prints at 9 pt or more; returns how many. */
  static int assertPrintsAtNineOrMore(byte[] xlsx, String what) throws IOException {
    Map<String, String> parts = AnnexWriterTest.parts(xlsx);
    int sheets = 0;
    for (String part : parts.keySet()) {
      if (!part.startsWith("xl/worksheets/sheet")
          || !parts.get(part).contains("fitToPage=\"true\"")) {
        continue; // the hidden ledger sheet is not printed
      }
      Printed p = printed(parts, part);
      assertThat(p.effective())
          .as("%s %s: smallest font %s pt at scale %.2f", what, part, p.smallestFont(), p.scale())
          .isGreaterThanOrEqualTo(9.0);
      sheets++;
    }
    assertThat(sheets).as(what).isPositive();
    return sheets;
  }

  @ParameterizedTest
  @EnumSource(
      value = AnnexKind.class,
      names = {"LEADERSHIP_GROUP", "DEPARTMENT", "PERSONAL", "LEDGER", "POST_ARCHIVE"})
  void everyAnnexPrintsAtNineOrMorePoints(AnnexKind kind) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().write(Fixtures.sample(), kind, out);
    assertPrintsAtNineOrMore(out.toByteArray(), kind.name());
  }

  @Test
  void thePlanPrintsAtNineOrMorePoints() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().writePlan(SampleUnit.plan(), out);
    assertPrintsAtNineOrMore(out.toByteArray(), "plan");
  }

  @Test
  void theSampleUnitsTablesPrintAtNineOrMorePoints() throws IOException {
    for (AnnexKind kind : AnnexKind.values()) {
      if (kind == AnnexKind.PLAN) {
        continue;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      AnnexWriter.standard().write(SampleUnit.ledger(), kind, out);
      assertPrintsAtNineOrMore(out.toByteArray(), "sample " + kind.name());
    }
  }

  @Test
  void theSampleUnitsPostArchivesPrintAtNineOrMorePoints() throws IOException {
    for (Archive archive : Archive.allOf(SampleUnit.ledger(), List.of())) {
      assertPrintsAtNineOrMore(
          ArchiveWorkbookTest.write(List.of(archive)), archive.getPost().getId());
    }
  }

  static LongStream seeds() {
    return LongStream.range(0, 200);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void postArchivesPrintAtNineOrMorePoints(long seed) throws IOException {
    Archive current = ArchiveGenerator.history(seed).current().getContent();
    assertPrintsAtNineOrMore(ArchiveWorkbookTest.write(List.of(current)), "seed " + seed);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void warningLedgersPrintAtNineOrMorePoints(long seed) throws IOException {
    Ledger ledger = WarningLedgerSheetTest.ledger(seed);
    CaseBook book = CaseGenerator.generate(seed, ledger, 60, WarningPolicy.defaults());
    assertPrintsAtNineOrMore(WarningLedgerSheetTest.write(ledger, List.of(), book), "seed " + seed);
  }

  @Test
  void theDisclosurePrintsAtNineOrMorePoints() throws IOException {
    assertPrintsAtNineOrMore(
        DisclosureWorkbookTest.export(SampleUnit.ledger(), RedactionPolicy.standard()),
        "disclosure");
  }

  @Test
  void theRollupPrintsAtNineOrMorePoints() throws IOException {
    assertThat(
            assertPrintsAtNineOrMore(
                RollupWorkbookTest.write(RollupWorkbookTest.rollup()), "rollup"))
        .isEqualTo(3);
  }
}
