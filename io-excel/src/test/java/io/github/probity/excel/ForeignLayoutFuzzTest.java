package io.github.probity.excel;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.testkit.ForeignLayouts;
import io.github.probity.testkit.ForeignTable;
import io.github.probity.testkit.LedgerGenerator;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: a generated ledger's table, written in a randomly drawn foreign layout ({@link
 * ForeignLayouts} with its standard variations: header wordings and decorations, title rows, one-
 * and two-row headers, merged owners, numbered measures, level labels, extra columns, spacer and
 * note rows …), is read back by the default lenient reader to exactly the same field values of
 * every row, with the extras, in order, and without an error. A failure prints the seed, what was
 * drawn and the sheet.
 */
class ForeignLayoutFuzzTest {
  private static final AnnexKind[] KINDS = {
    AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL
  };

  /** Tables are kept small: a window of at most this many rows of the ledger's table. */
  static final int MAX_ROWS = 40;

  /**
   * Seeds 0–239, or the range in the system property {@code probity.layouts.seeds} ({@code 927} or
   * {@code 0-5000}, end exclusive).
   */
  static LongStream seeds() {
    String range = System.getProperty("probity.layouts.seeds", "").strip();
    if (range.isEmpty()) {
      return LongStream.range(0, 240);
    }
    int dash = range.indexOf('-');
    return dash < 0
        ? LongStream.of(Long.parseLong(range))
        : LongStream.range(
            Long.parseLong(range.substring(0, dash)), Long.parseLong(range.substring(dash + 1)));
  }

  /** A share of the seeds, also written as legacy xls. */
  static LongStream xlsSeeds() {
    return seeds().filter(s -> s % 6 == 0);
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("seeds")
  void readsATableInADrawnLayoutBackToTheSameRows(long seed) throws IOException {
    ForeignTable table = draw(seed, layouts(seed));
    assertReadsBack(seed, table, books(table).xlsx());
  }

  @ParameterizedTest(name = "seed {0}")
  @MethodSource("xlsSeeds")
  void readsTheSameTableAsLegacyXls(long seed) throws IOException {
    ForeignTable table = draw(seed, layouts(seed));
    assertReadsBack(seed, table, books(table).xls());
  }

  /**
   * The standard layouts, with the variations named in the system property {@code
   * probity.layouts.with} switched on and those in {@code probity.layouts.without} off, numbering
   * in the styles named in {@code probity.layouts.numberings} if given (comma-separated), so that a
   * finding reproduces from the command line: {@code mvn -pl io-excel -am test
   * -Dtest=ForeignLayoutFuzzTest -Dsurefire.failIfNoSpecifiedTests=false
   * -Dprobity.layouts.with=HOLLOW_STARS -Dprobity.layouts.seeds=5}.
   */
  static ForeignLayouts layouts(long seed) {
    ForeignLayouts layouts = ForeignLayouts.seeded(seed);
    for (String v : names("probity.layouts.with")) {
      layouts = layouts.with(ForeignLayouts.Variation.valueOf(v));
    }
    for (String v : names("probity.layouts.without")) {
      layouts = layouts.without(ForeignLayouts.Variation.valueOf(v));
    }
    List<ForeignLayouts.Numbering> styles = new ArrayList<>();
    for (String n : names("probity.layouts.numberings")) {
      styles.add(ForeignLayouts.Numbering.valueOf(n));
    }
    return styles.isEmpty()
        ? layouts
        : layouts.numberedIn(styles.toArray(new ForeignLayouts.Numbering[0]));
  }

  private static List<String> names(String property) {
    List<String> out = new ArrayList<>();
    for (String s : System.getProperty(property, "").split(",", -1)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  /** Draws the seed's table: a window of its ledger's rows of one of the three kinds. */
  static ForeignTable draw(long seed, ForeignLayouts layouts) {
    Ledger ledger = LedgerGenerator.generate(seed);
    AnnexKind kind = KINDS[(int) Math.floorMod(seed, (long) KINDS.length)];
    List<AnnexRow> rows = AnnexTables.rows(ledger, kind);
    SplittableRandom r = new SplittableRandom(seed ^ 0x6A09E667F3BCC909L);
    int size = Math.min(rows.size(), r.nextInt(1, MAX_ROWS + 1));
    int from = r.nextInt(rows.size() - size + 1);
    return layouts.table(kind, rows.subList(from, from + size));
  }

  static Books books(ForeignTable table) {
    Books b = new Books();
    Books.SheetSpec s = b.sheet(table.getSheetName());
    for (String[] row : table.getCells()) {
      s.row(row);
    }
    table.getMerges().forEach(s::merge);
    return b;
  }

  static AnnexReadResult read(byte[] book) throws IOException {
    return AnnexReader.lenient().read(new ByteArrayInputStream(book));
  }

  private static void assertReadsBack(long seed, ForeignTable table, byte[] book)
      throws IOException {
    AnnexReadResult result = read(book);
    List<String> mismatches = mismatches(table, result);
    assertThat(mismatches)
        .as("seed %d read back differently:%n%s%nproblems: %s", seed, table, result.getProblems())
        .isEmpty();
  }

  /**
   * Compares what was read with what the table should give back, field by field; returns one line
   * per difference, none when all agree.
   */
  static List<String> mismatches(ForeignTable table, AnnexReadResult result) {
    List<String> out = new ArrayList<>();
    for (Finding p : result.problems(Severity.ERROR)) {
      out.add(
          "error "
              + p.getCode()
              + " at "
              + p.getLocation().text()
              + ": "
              + ReadFindings.at(p).rawValue().orElse(""));
    }
    AnnexKind kind = result.getTables().get(table.getSheetName());
    if (kind != table.getKind()) {
      out.add("kind: expected " + table.getKind() + " but read " + kind);
    }
    List<LocatedRow> read = result.getRows();
    List<AnnexRow> expected = table.getExpectedRows();
    if (read.size() != expected.size()) {
      out.add("rows: expected " + expected.size() + " but read " + read.size());
    }
    for (int i = 0; i < Math.min(read.size(), expected.size()); i++) {
      LocatedRow got = read.get(i);
      AnnexRow e = expected.get(i);
      AnnexRow a = got.getRow();
      String at = "row " + (i + 1) + " (sheet row " + table.getRowNumbers().get(i) + ") ";
      int before = out.size();
      field(out, at, "scope", e, a, AnnexRow::getScope);
      field(out, at, "owner", e, a, AnnexRow::getOwnerName);
      field(out, at, "leader role", e, a, AnnexRow::getLeaderRole);
      field(out, at, "department", e, a, AnnexRow::getDepartment);
      field(out, at, "holders", e, a, AnnexRow::getHolders);
      field(out, at, "power item", e, a, AnnexRow::getPowerItem);
      field(out, at, "category", e, a, AnnexRow::getCategory);
      field(out, at, "title", e, a, AnnexRow::getTitle);
      field(out, at, "manifestation", e, a, AnnexRow::getManifestation);
      field(out, at, "level", e, a, AnnexRow::getLevel);
      field(out, at, "measures", e, a, AnnexRow::getMeasures);
      field(out, at, "responsible", e, a, AnnexRow::getResponsible);
      field(out, at, "supervisor", e, a, AnnexRow::getSupervisor);
      field(out, at, "monitoring", e, a, AnnexRow::getMonitoringIndicators);
      if (out.size() == before && !a.equals(e)) {
        out.add(at + "row: expected " + e + " but read " + a);
      }
      Map<String, String> extras = table.getExpectedExtras().get(i);
      if (!got.getExtras().equals(extras)) {
        out.add(at + "extras: expected " + extras + " but read " + got.getExtras());
      }
      if (got.getRowNumber() != table.getRowNumbers().get(i)) {
        out.add(at + "row number: read " + got.getRowNumber());
      }
    }
    return out;
  }

  private static void field(
      List<String> out, String at, String name, AnnexRow e, AnnexRow a, Function<AnnexRow, ?> f) {
    Object want = f.apply(e);
    Object got = f.apply(a);
    if (!Objects.equals(want, got)) {
      out.add(at + name + ": expected " + want + " but read " + got);
    }
  }
}
