package io.github.probity.excel;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexLayout;
import io.github.probity.annex.AnnexRow;
import io.github.probity.grading.ExtraFactor;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelLabelStyle;
import io.github.probity.plan.ImplementationPlan;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a ledger's standard tables as print-ready xlsx workbooks: annex 1 (领导班子), annex 2 (科室) and
 * annex 3 (个人) as three sheets of one workbook or as three files, the per-post archive (一岗一档, one
 * sheet per post) and the whole ledger (台账).
 *
 * <p>Each sheet has the merged title row, a line with 填报单位 and 填报日期, the header row and the data
 * rows, with owner cells merged over their rows, wrapped 宋体 text, borders, column widths for
 * Chinese, drop-down lists for category and level, the header frozen, and A4 landscape printing one
 * page wide with the header repeated on every page and page numbers in the footer. Text that a
 * spreadsheet would take for a formula stays text. Rows are streamed: memory does not grow with the
 * number of rows beyond the ledger itself, and {@link #writeRows(String, AnnexKind, Iterator,
 * OutputStream)} writes from rows produced one at a time, without a ledger.
 *
 * <p>Immutable and thread-safe; one instance may write many workbooks concurrently.
 *
 * @since 0.1.0
 */
public final class AnnexWriter {
  /** The most blank rows {@link #writeTemplate(String, AnnexKind, int, OutputStream)} writes. */
  public static final int MAX_BLANK_ROWS = 10_000;

  private final LevelLabelStyle levelStyle;
  private final Optional<LocalDate> fillDate;
  private final Optional<String> fillingUnit;
  private final String author;
  private final Clock clock;
  private final Map<AnnexKind, AnnexLayout> layouts;
  private final List<ExtraFactor> factors;

  private AnnexWriter(Builder b) {
    this.levelStyle = b.levelStyle;
    this.fillDate = b.fillDate;
    this.fillingUnit = b.fillingUnit;
    this.author = b.author;
    this.clock = b.clock;
    this.layouts = java.util.Collections.unmodifiableMap(new EnumMap<>(b.layouts));
    this.factors = List.copyOf(b.factors);
  }

  /**
   * Returns the layout a kind of table is printed in: the one set on the builder, else {@link
   * AnnexLayout#standard(AnnexKind)}.
   *
   * @param kind a table of risk points
   * @return the layout
   * @throws IllegalArgumentException for {@link AnnexKind#PLAN}
   */
  public AnnexLayout layout(AnnexKind kind) {
    AnnexLayout l = layouts.get(kind);
    return l != null ? l : AnnexLayout.standard(kind);
  }

  /**
   * Returns a writer with the defaults: levels as 高/一般/低, no fill date, the ledger's unit as
   * filling unit.
   *
   * @return the writer
   */
  public static AnnexWriter standard() {
    return builder().build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Writes annexes 1, 2 and 3 as three sheets of one workbook.
   *
   * @param ledger the ledger
   * @param out where the workbook goes; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a risk point to print has a blank title or its owner a
   *     blank name (the message names the point and the field); {@code out} then receives nothing
   */
  public void writeAnnexes(Ledger ledger, OutputStream out) throws IOException {
    write(
        ledger, List.of(AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL), out);
  }

  /**
   * Writes annexes 1, 2 and 3 as one file each into a directory, named after the sheet, e.g. {@code
   * 附件3 个人.xlsx}. The three files are written beside their targets and moved into place once all
   * are complete: a failure leaves no half-written file and no new file of the set.
   *
   * @param ledger the ledger
   * @param directory an existing directory
   * @return the files written, in annex order
   * @throws IOException if writing fails
   * @throws IllegalArgumentException as {@link #writeAnnexes(Ledger, OutputStream)}; no file of the
   *     set is written then
   */
  public List<Path> writeAnnexFiles(Ledger ledger, Path directory) throws IOException {
    List<AnnexKind> kinds =
        List.of(AnnexKind.LEADERSHIP_GROUP, AnnexKind.DEPARTMENT, AnnexKind.PERSONAL);
    List<Path> parts = new ArrayList<>();
    try {
      for (AnnexKind kind : kinds) {
        Path tmp = WorkbookFiles.partBeside(directory.resolve(kind.sheetName() + ".xlsx"));
        parts.add(tmp);
        try (OutputStream out = Files.newOutputStream(tmp)) {
          write(ledger, kind, out);
        }
      }
      List<Path> files = new ArrayList<>();
      for (int i = 0; i < kinds.size(); i++) {
        Path file = directory.resolve(kinds.get(i).sheetName() + ".xlsx");
        WorkbookFiles.moveIntoPlace(parts.get(i), file);
        files.add(file);
      }
      return files;
    } finally {
      for (Path tmp : parts) {
        Files.deleteIfExists(tmp);
      }
    }
  }

  /**
   * Writes one table as a workbook: an annex, the per-post archive (one sheet per post that has
   * risk points), the ledger, or annex 4.
   *
   * <p>For {@link AnnexKind#PLAN} it writes annex 4 from the reference template for the ledger's
   * unit and year ({@link ImplementationPlan#forLedger(Ledger)}); see {@link
   * #writePlan(ImplementationPlan, OutputStream)} for a plan of one's own.
   *
   * @param ledger the ledger
   * @param kind the table kind
   * @param out where the workbook goes; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException as {@link #writeAnnexes(Ledger, OutputStream)}
   */
  public void write(Ledger ledger, AnnexKind kind, OutputStream out) throws IOException {
    if (kind == AnnexKind.PLAN) {
      writePlan(ImplementationPlan.forLedger(ledger), out);
      return;
    }
    write(ledger, List.of(kind), out);
  }

  /**
   * Writes annex 4, the implementation plan (工作实施计划), as a print-ready workbook of one sheet: the
   * title, 填报单位 with the plan year and 填报日期, the header, one row per task with each phase's name
   * and dates merged over its tasks, the notes under the table, A4 landscape with the header
   * repeated and page numbers.
   *
   * @param plan the plan
   * @param out where the workbook goes; not closed
   * @throws IOException if writing fails
   */
  public void writePlan(ImplementationPlan plan, OutputStream out) throws IOException {
    PlanSheetWriter.write(plan, fillDate, fillingUnit, author, clock.instant(), out);
  }

  /**
   * Writes one table from rows produced one at a time, e.g. read from a database cursor, without a
   * ledger: only a block of 256 rows is held, plus each row's height and each merged range (some 80
   * bytes a row, about 8 MB for 100,000 rows) until the sheet ends. Layout and printing are those
   * of {@link #write(Ledger, AnnexKind, OutputStream)}; rows must come in print order, an owner's
   * rows adjacent, for its cells to be merged over them. Given the rows of {@link
   * io.github.probity.annex.AnnexTables#stream(Ledger, AnnexKind)}, it writes the same table.
   *
   * @param unitName the unit's name, printed in the title (and after 填报单位 unless set)
   * @param kind the table kind: an annex 1–3 or the ledger
   * @param rows the rows, in print order; consumed
   * @param out where the workbook goes; not closed
   * @return the number of rows written
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if the kind is the per-post archive or the plan (they need the
   *     ledger), or a row's owner scope is one the table does not list (rows before it have then
   *     been written and the output is incomplete)
   */
  public long writeRows(String unitName, AnnexKind kind, Iterator<AnnexRow> rows, OutputStream out)
      throws IOException {
    if (kind == AnnexKind.PLAN || kind == AnnexKind.POST_ARCHIVE) {
      throw new IllegalArgumentException(
          kind.code()
              + " is written from a ledger; rows can make annexes 1-3 and the ledger table");
    }
    long[] written = new long[1];
    OfficePackage.stream(
        out,
        author,
        clock.instant(),
        wb -> {
          SheetWriter sw =
              new SheetWriter(unitName, year(), levelStyle, fillDate, fillingUnit, layouts);
          written[0] = sw.writeRows(wb, kind, new ScopeCheck(kind, rows), 0);
          LayoutSheet.write(wb, ownLayouts(List.of(kind)));
        });
    return written[0];
  }

  /**
   * Writes a blank table for a department to fill in: the title with the unit's name, the 填报单位 and
   * 填报日期 line, the header, then {@code blankRows} empty rows laid out like data rows — borders,
   * wrapped 宋体 text, the category and level drop-down lists — and the same print set-up as a filled
   * table. Blank rows are not data: reading the template back gives no rows and no problems.
   *
   * @param unitName the unit's name, printed in the title (and after 填报单位 unless set)
   * @param kind the table kind: an annex 1–3 or the ledger
   * @param blankRows the number of blank rows, at least 0
   * @param out where the workbook goes; not closed
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if {@code blankRows} is negative or greater than {@value
   *     #MAX_BLANK_ROWS}, or the kind is the per-post archive or the plan (see {@link
   *     #writePlan(ImplementationPlan, OutputStream)} for annex 4)
   */
  public void writeTemplate(String unitName, AnnexKind kind, int blankRows, OutputStream out)
      throws IOException {
    if (blankRows < 0 || blankRows > MAX_BLANK_ROWS) {
      throw new IllegalArgumentException(
          "blank rows must be 0 to " + MAX_BLANK_ROWS + ", not " + blankRows);
    }
    if (kind == AnnexKind.PLAN || kind == AnnexKind.POST_ARCHIVE) {
      throw new IllegalArgumentException(
          kind.code() + " has no blank template; templates are annexes 1-3 and the ledger table");
    }
    OfficePackage.write(
        out,
        author,
        clock.instant(),
        wb -> {
          SheetWriter sw =
              new SheetWriter(unitName, year(), levelStyle, fillDate, fillingUnit, layouts);
          sw.writeRows(wb, kind, java.util.Collections.emptyIterator(), blankRows);
          LayoutSheet.write(wb, ownLayouts(List.of(kind)));
        });
  }

  /** The year a title's {@code {year}} shows without a ledger: the fill date's, else this year. */
  private int year() {
    return fillDate.map(LocalDate::getYear).orElseGet(() -> LocalDate.now(clock).getYear());
  }

  /** Refuses rows whose owner scope the table does not list, naming the row. */
  private static final class ScopeCheck implements Iterator<AnnexRow> {
    private final AnnexKind kind;
    private final Iterator<AnnexRow> rows;
    private long index;

    ScopeCheck(AnnexKind kind, Iterator<AnnexRow> rows) {
      this.kind = kind;
      this.rows = rows;
    }

    @Override
    public boolean hasNext() {
      return rows.hasNext();
    }

    @Override
    public AnnexRow next() {
      AnnexRow row = rows.next();
      index++;
      if (!kind.scopes().contains(row.getScope())) {
        throw new IllegalArgumentException(
            "row "
                + index
                + " ("
                + row.getTitle()
                + ") has owner scope "
                + row.getScope().code()
                + ", which "
                + kind.code()
                + " does not list");
      }
      return row;
    }
  }

  private void write(Ledger ledger, List<AnnexKind> kinds, OutputStream out) throws IOException {
    OfficePackage.write(
        out,
        author,
        clock.instant(),
        wb -> {
          SheetWriter sw =
              new SheetWriter(ledger, levelStyle, fillDate, fillingUnit, layouts, factors);
          for (AnnexKind kind : kinds) {
            if (kind == AnnexKind.POST_ARCHIVE) {
              sw.writeArchive(wb);
            } else {
              sw.writeTable(wb, kind);
            }
          }
          LedgerSheet.write(wb, ledger);
          LayoutSheet.write(wb, ownLayouts(kinds));
        });
  }

  /**
   * The layouts of the unit's own the tables of these kinds are printed in, for the workbook to
   * carry: none for a kind in the standard layout.
   */
  private List<AnnexLayout> ownLayouts(List<AnnexKind> kinds) {
    List<AnnexLayout> out = new ArrayList<>();
    for (AnnexKind kind : kinds) {
      AnnexLayout l = layouts.get(kind);
      if (l != null && !l.equals(AnnexLayout.standard(kind))) {
        out.add(l);
      }
    }
    return out;
  }

  /** Builds an {@link AnnexWriter}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private LevelLabelStyle levelStyle = LevelLabelStyle.HIGH_GENERAL_LOW;
    private Optional<LocalDate> fillDate = Optional.empty();
    private Optional<String> fillingUnit = Optional.empty();
    private String author = OfficePackage.AUTHOR;
    private Clock clock = Clock.systemUTC();
    private final Map<AnnexKind, AnnexLayout> layouts = new EnumMap<>(AnnexKind.class);
    private final List<ExtraFactor> factors = new ArrayList<>();

    Builder() {}

    /**
     * Prints one kind of table in a layout of the unit's own (its {@link AnnexLayout#getKind()
     * kind}) instead of {@link AnnexLayout#standard(AnnexKind) Probity's}: its columns in its order
     * with its header texts and widths, its title and the lines under the table. The rest stays the
     * writer's: the {@code 附件N} mark, the 填报单位 and 填报日期 line, owner cells merged over their rows,
     * drop-down lists where the category and level columns are, the note on how levels were
     * decided, the hidden column of point ids and the carried ledger, so that {@link AnnexReader}
     * reads the workbook back as the ledger it was written from. A reader recognises a column by
     * what its header means; give it the layout ({@link AnnexReader.Builder#layout}) for header
     * words of the unit's own that it does not know.
     *
     * <p>Printing keeps to 9 pt as with the standard layout: A4 landscape one page wide when the
     * columns fit at 92&nbsp;% or more, else A3 (一岗一档 stays on A4, a post to a sheet), wrapping
     * columns narrowed alike as needed down to 8 characters; a layout whose columns would print
     * smaller even so is refused by {@link #build()}. Setting a layout again for the same kind
     * replaces it.
     *
     * @param layout the layout
     * @return this builder
     */
    public Builder layout(AnnexLayout layout) {
      layouts.put(layout.getKind(), layout);
      return this;
    }

    /**
     * Prints each kind of table that one of the layouts is of in that layout, as {@link
     * #layout(AnnexLayout)} does for one, e.g. the layouts read from a unit's layout document.
     *
     * @param layouts the layouts; a later one of the same kind replaces an earlier
     * @return this builder
     */
    public Builder layouts(Collection<AnnexLayout> layouts) {
      layouts.forEach(this::layout);
      return this;
    }

    /**
     * Declares the extra grading factors of the unit's policy ({@link
     * io.github.probity.grading.GradingPolicy}): each table written from a ledger gets, after the
     * layout's columns, a column per declared {@link ExtraFactor.Scope#POINT point} factor that
     * some risk point of the ledger has a value of, headed by the factor's label, the value printed
     * as a number or as its code's label; then a column per declared {@link ExtraFactor.Scope#OWNER
     * owner} factor that an owner the table lists has a value of, the owner's value merged over the
     * owner's rows as the owner's cell is. {@link AnnexReader.Builder#extraFactors(Collection)}
     * reads such columns back. None by default.
     *
     * @param factors the declarations
     * @return this builder
     */
    public Builder extraFactors(Collection<ExtraFactor> factors) {
      this.factors.clear();
      this.factors.addAll(factors);
      return this;
    }

    /**
     * Sets the author the workbook's document properties name; {@code Probity} by default.
     *
     * @param author the author, e.g. the unit or the clerk who fills the tables
     * @return this builder
     */
    public Builder author(String author) {
      this.author = author;
      return this;
    }

    /**
     * Sets the clock that stamps the workbook's creation time (to the second) in its document
     * properties; the system clock by default. With a fixed clock, the same ledger and settings
     * always give the same bytes.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets how levels are labelled; 高/一般/低 by default.
     *
     * @param style the label style
     * @return this builder
     */
    public Builder levelLabelStyle(LevelLabelStyle style) {
      this.levelStyle = style;
      return this;
    }

    /**
     * Sets the date printed after 填报日期; blank by default, to be filled in by hand.
     *
     * @param date the fill date
     * @return this builder
     */
    public Builder fillDate(LocalDate date) {
      this.fillDate = Optional.of(date);
      return this;
    }

    /**
     * Sets the name printed after 填报单位; the ledger's unit by default.
     *
     * @param name the filling unit's name
     * @return this builder
     */
    public Builder fillingUnit(String name) {
      this.fillingUnit = Optional.of(name);
      return this;
    }

    /**
     * Builds the writer.
     *
     * @return the writer
     */
    public AnnexWriter build() {
      List<ExtraFactor> points = new ArrayList<>();
      for (ExtraFactor f : factors) {
        if (f.getScope() == ExtraFactor.Scope.POINT) {
          points.add(f);
        }
      }
      for (AnnexLayout l : layouts.values()) {
        PrintedColumns cols = PrintedColumns.of(l, points);
        boolean a3 = SheetWriter.a3(l.getKind());
        double printed = Sheets.printedPoints(cols.visibleWidths(), cols.wraps(), a3);
        if (printed < PrintScale.MIN_POINTS - 1e-9) {
          throw new IllegalArgumentException(
              String.format(
                  Locale.ROOT,
                  "layout of %s prints its text at %.1f pt even on %s landscape with its wrapping"
                      + " columns narrowed to %d characters; annexes keep to %.0f pt: narrow or"
                      + " drop columns of %s",
                  l.getKind().code(),
                  printed,
                  a3 ? "A3" : "A4",
                  Sheets.NARROWEST,
                  PrintScale.MIN_POINTS,
                  cols.visibleHeaders()));
        }
      }
      return new AnnexWriter(this);
    }
  }
}
