package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexLayout;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.annex.LayoutColumn;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelLabelStyle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.LongStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A workbook written in a unit's own layout carries it: read with the default settings, after a
 * person edited a visible cell and the carried ledger was altered or removed, every field of every
 * row comes back, the layout's extra columns included; also once LibreOffice saved it again. A
 * layout the caller passes takes the place of the carried one of its kind.
 */
class CarriedLayoutTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
  private static final List<AnnexLayout> LAYOUTS = AnnexLayoutWorkbookTest.LAYOUTS;

  static LongStream seeds() {
    return LongStream.rangeClosed(1, 200);
  }

  private static AnnexWriter writer(AnnexLayout layout) {
    return AnnexWriter.builder()
        .clock(CLOCK)
        .fillDate(LocalDate.of(2026, 3, 1))
        .layout(layout)
        .build();
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void anEditedWorkbookWhoseLedgerNoLongerReadsIsReadInItsCarriedLayout(long seed)
      throws IOException {
    AnnexLayout layout = LAYOUTS.get((int) (seed % LAYOUTS.size()));
    AnnexKind kind = layout.getKind();
    Ledger ledger = RandomLedgers.generate(seed);
    boolean carriesLedger = seed % 2 == 1;
    List<AnnexRow> plain = AnnexTables.rows(ledger, kind);
    List<AnnexRow> rows = carriesLedger ? plain : withExtras(plain, layout);
    byte[] written = written(layout, ledger, carriesLedger, rows);
    if (rows.isEmpty()) {
      return;
    }
    String title = "经办人私自收受礼品" + seed;
    byte[] edited = edit(written, layout, title, seed % 4 == 1);
    List<AnnexRow> expected = new ArrayList<>(rows);
    expected.set(0, AnnexRow.builder().from(rows.get(0)).title(title).build());

    AnnexReadResult back = AnnexReader.lenient().read(new ByteArrayInputStream(edited));
    assertThat(back.getEdits()).as("seed %d: no carried ledger used", seed).isEmpty();
    assertSameFields(layout, expected, back, seed);
  }

  @Test
  void aWorkbookSavedAgainByLibreOfficeIsReadInItsCarriedLayout(@TempDir Path dir)
      throws Exception {
    for (int i = 0; i < LAYOUTS.size(); i++) {
      AnnexLayout layout = LAYOUTS.get(i);
      long seed = 31 + i;
      Ledger ledger = RandomLedgers.generate(seed);
      boolean carriesLedger = i == 1;
      List<AnnexRow> plain = AnnexTables.rows(ledger, layout.getKind());
      List<AnnexRow> rows = carriesLedger ? plain : withExtras(plain, layout);
      assertThat(rows).as("seed %d has rows", seed).isNotEmpty();
      String title = "经办人私自收受礼品" + seed;
      byte[] edited = edit(written(layout, ledger, carriesLedger, rows), layout, title, i == 1);
      byte[] saved = resave(edited, dir.resolve("s" + i));
      List<AnnexRow> expected = new ArrayList<>(rows);
      expected.set(0, AnnexRow.builder().from(rows.get(0)).title(title).build());
      AnnexReadResult back = AnnexReader.lenient().read(new ByteArrayInputStream(saved));
      assertThat(back.getEdits()).as("seed %d", seed).isEmpty();
      assertSameFields(layout, expected, back, seed);
    }
  }

  @Test
  void aLayoutPassedByTheCallerTakesThePlaceOfTheCarriedOne() throws IOException {
    AnnexLayout layout = AnnexLayoutWorkbookTest.DEPARTMENTS;
    Ledger ledger = RandomLedgers.generate(5);
    List<AnnexRow> rows = withExtras(AnnexTables.rows(ledger, layout.getKind()), layout);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    writer(layout).writeRows(ledger.getUnit().getName(), layout.getKind(), rows.iterator(), out);
    List<LayoutColumn> cols = new ArrayList<>();
    for (LayoutColumn c : layout.getColumns()) {
      cols.add(c.isExtra() ? LayoutColumn.of(AnnexColumn.MONITORING, c.getHeader(), 12) : c);
    }
    AnnexLayout passed = AnnexLayout.builder().from(layout).columns(cols).build();

    AnnexReadResult carried =
        AnnexReader.lenient().read(new ByteArrayInputStream(out.toByteArray()));
    AnnexReadResult given =
        AnnexReader.builder()
            .layout(passed)
            .build()
            .read(new ByteArrayInputStream(out.toByteArray()));

    assertThat(carried.getRows()).hasSameSizeAs(rows).isNotEmpty();
    for (int i = 0; i < rows.size(); i++) {
      String value = rows.get(i).getExtras().get("整改时限");
      AnnexRow g = given.getRows().get(i).getRow();
      assertThat(carried.getRows().get(i).getExtras().get("整改时限")).as("row %d", i).isEqualTo(value);
      assertThat(given.getRows().get(i).getExtras()).as("row %d", i).doesNotContainKey("整改时限");
      assertThat(AnnexTables.cell(g, AnnexColumn.MONITORING, LevelLabelStyle.HIGH_GENERAL_LOW))
          .as("row %d", i)
          .isEqualTo(value == null ? "" : value);
    }
  }

  @Test
  void aWorkbookInTheStandardLayoutsCarriesNoLayout() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    AnnexWriter.builder()
        .layout(AnnexLayout.standard(AnnexKind.DEPARTMENT))
        .build()
        .writeAnnexes(Fixtures.sample(), out);
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      assertThat(wb.getSheet(LayoutSheet.NAME)).isNull();
      assertThat(wb.getSheet(LedgerSheet.NAME)).isNotNull();
    }
  }

  /** Rows with values in the layout's extra columns, some blank. */
  private static List<AnnexRow> withExtras(List<AnnexRow> rows, AnnexLayout layout) {
    List<AnnexRow> out = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      AnnexRow.Builder b = AnnexRow.builder().from(rows.get(i));
      for (LayoutColumn c : layout.getColumns()) {
        if (c.isExtra() && (i + c.getHeader().length()) % 3 != 0) {
          b.putExtras(c.getHeader(), c.getHeader().charAt(0) + "值" + i);
        }
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * The table in the layout: from rows with values in the extra columns (no ledger carried), or,
   * when {@code ledger}, from the ledger (carried beside it; a ledger's rows have no extras).
   */
  private static byte[] written(
      AnnexLayout layout, Ledger source, boolean ledger, List<AnnexRow> rows) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (ledger) {
      writer(layout).write(source, layout.getKind(), out);
    } else {
      writer(layout).writeRows(source.getUnit().getName(), layout.getKind(), rows.iterator(), out);
    }
    return out.toByteArray();
  }

  /**
   * Rewords the first data row's risk point, as a person would, and alters the carried ledger's
   * first piece (or removes the sheet).
   */
  private static byte[] edit(byte[] xlsx, AnnexLayout layout, String title, boolean remove)
      throws IOException {
    try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      Sheet s = wb.getSheetAt(0);
      int header = AnnexLayoutWorkbookTest.headerRow(s);
      int col = 0;
      while (layout.getColumns().get(col).getColumn().orElse(null) != AnnexColumn.RISK_POINT) {
        col++;
      }
      // a new cell: POI keeps an inline string's old text beside a value set over it
      org.apache.poi.ss.usermodel.Row first = s.getRow(header + 1);
      org.apache.poi.ss.usermodel.CellStyle style = first.getCell(col).getCellStyle();
      first.removeCell(first.getCell(col));
      Cell typed = first.createCell(col);
      typed.setCellStyle(style);
      typed.setCellValue(title);
      int kept = wb.getSheetIndex(LedgerSheet.NAME);
      if (kept >= 0 && remove) {
        wb.removeSheetAt(kept);
      } else if (kept >= 0) {
        Cell piece = wb.getSheetAt(kept).getRow(1).getCell(0);
        piece.setCellValue(piece.getStringCellValue().replaceFirst("\\d", "9"));
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      wb.write(out);
      return out.toByteArray();
    }
  }

  private static void assertSameFields(
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
      assertThat(extras(layout, read.getRows().get(i).getExtras()))
          .as("seed %d row %d extras", seed, i)
          .isEqualTo(extras(layout, expected.get(i).getExtras()));
    }
  }

  private static Map<String, String> extras(AnnexLayout layout, Map<String, String> all) {
    Map<String, String> out = new LinkedHashMap<>();
    for (LayoutColumn c : layout.getColumns()) {
      String v = all.get(c.getHeader());
      if (c.isExtra() && v != null && !v.isEmpty()) {
        out.put(c.getHeader(), v);
      }
    }
    return out;
  }

  private static byte[] resave(byte[] xlsx, Path dir) throws Exception {
    Path office = office();
    if (office == null) { // without LibreOffice, POI saves it again
      try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        wb.write(out);
        return out.toByteArray();
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

  private static @Nullable Path office() {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
      Path soffice = Path.of(dir, "soffice");
      if (Files.isExecutable(soffice)) {
        return soffice;
      }
    }
    return null;
  }
}
