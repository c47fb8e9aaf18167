package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Printed text is never smaller than 9 pt: the smallest font a sheet's cells use, times the scale
 * at which the sheet's visible columns fit the printable width of its paper (fit to one page wide),
 * all computed from the file's own print settings, column widths and styles.
 */
class PrintedFontSizeTest {
  /** Width of a column of width 1 in points: a 7-pixel digit plus padding, at 96 dpi. */
  static double columnPoints(double width) {
    return (Math.floor(width * 7 + 5)) * 0.75;
  }

  /** Paper width in points by OOXML paper size code (portrait). */
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
    Matcher margins = Pattern.compile("<pageMargins([^>]*)/>").matcher(sheet);
    assertThat(margins.find()).isTrue();
    double left = Double.parseDouble(attr(margins.group(1), "left")) * 72;
    double right = Double.parseDouble(attr(margins.group(1), "right")) * 72;
    double printable = paperWidth - left - right;

    double total = 0;
    Matcher col = Pattern.compile("<col ([^>]*)/>").matcher(sheet);
    while (col.find()) {
      String a = col.group(1);
      if ("true".equals(attr(a, "hidden")) || "1".equals(attr(a, "hidden"))) {
        continue;
      }
      int min = Integer.parseInt(attr(a, "min"));
      int max = Integer.parseInt(attr(a, "max"));
      total += (max - min + 1) * columnPoints(Double.parseDouble(attr(a, "width")));
    }
    assertThat(sheet).contains("fitToWidth=\"1\"");
    double scale = Math.min(1.0, printable / total);

    // fonts used by the styles of cells that hold text in this sheet
    List<Double> fontSizes = new ArrayList<>();
    Matcher fonts = Pattern.compile("<fonts[^>]*>(.*?)</fonts>", Pattern.DOTALL).matcher(styles);
    assertThat(fonts.find()).isTrue();
    Matcher font =
        Pattern.compile("<font>(.*?)</font>|<font/>", Pattern.DOTALL).matcher(fonts.group(1));
    while (font.find()) {
      Matcher sz = Pattern.compile("<sz val=\"([0-9.]+)\"").matcher(font.group());
      fontSizes.add(sz.find() ? Double.parseDouble(sz.group(1)) : 11.0);
    }
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

  @ParameterizedTest
  @EnumSource(
      value = AnnexKind.class,
      names = {"LEADERSHIP_GROUP", "DEPARTMENT", "PERSONAL", "LEDGER", "POST_ARCHIVE"})
  void everyAnnexPrintsAtNineOrMorePoints(AnnexKind kind) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.standard().write(Fixtures.sample(), kind, out);
    Map<String, String> parts = AnnexWriterTest.parts(out.toByteArray());
    int sheets = 0;
    for (String part : parts.keySet()) {
      if (!part.startsWith("xl/worksheets/sheet")
          || !parts.get(part).contains("fitToPage=\"true\"")) {
        continue; // the hidden ledger sheet is not printed
      }
      Printed p = printed(parts, part);
      assertThat(p.effective())
          .as("%s %s: smallest font %s pt at scale %.3f", kind, part, p.smallestFont(), p.scale())
          .isGreaterThanOrEqualTo(9.0);
      sheets++;
    }
    assertThat(sheets).isPositive();
  }
}
