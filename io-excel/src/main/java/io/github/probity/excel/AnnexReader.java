package io.github.probity.excel;

import io.github.probity.annex.AnnexAssembler;
import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexMergeResult;
import io.github.probity.annex.AnnexPeople;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.excel.WorkbookRejectedException.Reason;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.model.Unit;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads the annex tables out of real workbooks: xlsx (each sheet streamed in one pass with the
 * Aalto StAX parser, after Probity's own package check has collected its merged ranges) and legacy
 * xls (with the optional {@code org.apache.poi:poi}).
 *
 * <p>It picks the tables out of every sheet by sheet name or content, finds the header row under
 * any title rows (also two-row headers with merged group cells), matches headers by their canonical
 * names and synonyms (or the caller's own mapping), expands merged cells, splits numbered lists in
 * one cell into several measures or risk points, accepts level synonyms including stars and blanks
 * (to be graded), trims full-width spaces, and skips blank and note rows. A table printed in two
 * halves side by side (its header repeated to the right) is read as one table, the left half's rows
 * first; a level column's own words (codes 1/2/3, the colours of a warning scale) are decided from
 * the whole sheet, a legend under the table included. Every data row is either read or reported: a
 * {@link Finding} names the cell, header and raw value. In lenient mode (the default) problems are
 * collected; in strict mode the first {@link Severity#ERROR} stops reading with a {@link
 * WorkbookRejectedException}.
 *
 * <p>{@link #read(Path)} returns the rows, the problems and the ledger built from the rows; {@link
 * #read(Path, AnnexRowHandler)} hands the same rows and problems, in the same order, to a handler
 * as they are read and keeps none of them, so that memory stays bounded whatever the number of rows
 * (but the cells of a right half printed beside a table's left half, held until the left half is
 * read, and at most 4,096 points whose level waits for a legend or a colour further down).
 *
 * <p>Hostile files are refused, each with its own {@link WorkbookRejectedException.Reason}: zip
 * bombs, DOCTYPE declarations, files that are not workbooks, encrypted files, truncated files, and
 * workbooks beyond the {@link ReadLimits}. Limits apply per call; no JVM-global setting is changed.
 * Most refusals come before the first row; row, cell and text limits and XML errors inside a sheet
 * are found as its rows are read, so a handler may have received rows of a workbook that is then
 * refused (the exception says so; discard what it received).
 *
 * <p>Immutable and thread-safe; one instance may read many workbooks concurrently.
 *
 * @since 0.1.0
 */
public final class AnnexReader {
  /**
   * The unit code a ledger read from tables gets when neither the caller nor the file gives one.
   */
  public static final String DEFAULT_UNIT_CODE = "UNIT";

  private static final Pattern UNIT_IN_TITLE =
      Pattern.compile("^(.+?)(?:廉政风险|廉洁风险|岗位廉政|风险防控|党风廉政)");
  private static final Pattern YEAR = Pattern.compile("(20\\d\\d)\\s*年");

  private final boolean strict;
  private final ReadLimits limits;
  private final ReaderConfig config;
  private final Optional<String> unitName;
  private final Optional<String> unitCode;
  private final Optional<Integer> year;
  private final Clock clock;
  private final Optional<String> password;
  private final FactorColumns factors;
  private final MotionColumns motion;
  private final java.util.Set<AnnexKind> layoutKinds;

  private AnnexReader(Builder b) {
    this.strict = b.strict;
    this.limits = b.limits;
    this.config =
        new ReaderConfig(
            b.mapping, b.defaultCategory, b.kind, b.sheetKinds, b.sheets, b.suggestCategories);
    this.unitName = b.unitName;
    this.unitCode = b.unitCode;
    this.year = b.year;
    this.clock = b.clock;
    this.password = b.password;
    this.factors = new FactorColumns(b.factors);
    this.motion = new MotionColumns(b.mapping, b.layoutExtras);
    this.layoutKinds = java.util.Set.copyOf(b.layoutKinds);
  }

  /**
   * Returns a lenient reader with the default limits.
   *
   * @return the reader
   */
  public static AnnexReader lenient() {
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
   * Reads a workbook from a stream, which is copied to a temporary file first (at most {@link
   * ReadLimits#getMaxFileBytes()} bytes) and not closed.
   *
   * @param in the workbook's bytes
   * @return what was read
   * @throws WorkbookRejectedException if the workbook is refused
   * @throws IOException if reading fails
   */
  public AnnexReadResult read(InputStream in) throws IOException {
    return WorkbookSource.spooled(in, limits, tmp -> read(tmp));
  }

  /**
   * Reads a workbook of a known unit and year from a stream, like {@link #read(Path, Unit, int)};
   * the stream is copied to a temporary file first and not closed.
   *
   * @param in the workbook's bytes
   * @param unit the unit whose ledger the workbook holds
   * @param year the year the ledger covers
   * @return what was read
   * @throws WorkbookRejectedException if the workbook is refused
   * @throws IOException if reading fails
   */
  public AnnexReadResult read(InputStream in, Unit unit, int year) throws IOException {
    return WorkbookSource.spooled(in, limits, tmp -> read(tmp, unit, year));
  }

  /**
   * Reads a workbook of a known unit and year, e.g. an upload by a user of that unit: a ledger
   * built from the tables has this unit and year, whatever the titles say and whatever this reader
   * was built with, so one reader serves every unit. A workbook that keeps the ledger it was
   * written from gives that ledger's unit and year.
   *
   * @param file the workbook
   * @param unit the unit whose ledger the workbook holds
   * @param year the year the ledger covers
   * @return what was read
   * @throws WorkbookRejectedException if the workbook is refused
   * @throws IOException if reading fails
   */
  public AnnexReadResult read(Path file, Unit unit, int year) throws IOException {
    return read(file, Optional.of(unit), Optional.of(year));
  }

  /**
   * Reads a workbook file, xlsx or xls, whatever its name ends with. The ledger's unit and year are
   * this reader's, else those the titles name (e.g. 填报单位：…, 2026年度…); what neither gives is
   * defaulted (unit 未命名单位, code {@value #DEFAULT_UNIT_CODE}, the clock's year) and each default
   * reported as {@link ProblemCode#VALUE_DEFAULTED}. See {@link #read(Path, Unit, int)} to give
   * them per call.
   *
   * @param file the workbook
   * @return what was read
   * @throws WorkbookRejectedException if the workbook is refused
   * @throws IOException if reading fails
   */
  public AnnexReadResult read(Path file) throws IOException {
    return read(file, Optional.empty(), Optional.empty());
  }

  private AnnexReadResult read(Path file, Optional<Unit> unitGiven, Optional<Integer> yearGiven)
      throws IOException {
    List<LocatedRow> rows = new ArrayList<>();
    List<Finding> problems = new ArrayList<>();
    Dispatcher d =
        new Dispatcher(
            limits.getMaxRowsInMemory(),
            new AnnexRowHandler() {
              @Override
              public void row(LocatedRow row) {
                rows.add(row);
              }

              @Override
              public void problem(Finding problem) {
                problems.add(problem);
              }
            });
    d.keepLedgerSheet = true;
    dispatch(file, d);
    LedgerSheet.Found carried = d.ledgerSheet;
    if (carried != null && carried.ledger.isPresent()) {
      return withEdits(carried.ledger.get(), rows, problems, d, factors);
    }
    if (carried != null) {
      problems.add(
          CellFinding.builder()
              .code(ProblemCode.LEDGER_SHEET_IGNORED)
              .sheet(LedgerSheet.NAME)
              .rawValue(carried.why)
              .build());
    }
    String unit = unitGiven.map(Unit::getName).orElseGet(() -> unit(d.titles));
    String code = unitGiven.map(Unit::getCode).or(() -> unitCode).orElse(DEFAULT_UNIT_CODE);
    int ledgerYear = yearGiven.orElseGet(() -> year(d.titles));
    if (!rows.isEmpty()) { // a ledger of no rows holds nothing a default could mislabel
      if (unit.equals(WorkbookFiles.UNNAMED_UNIT)) {
        problems.add(defaulted("单位名称=" + unit));
      }
      if (unitGiven.isEmpty() && unitCode.isEmpty()) {
        problems.add(defaulted("单位代码=" + code));
      }
      if (yearGiven.isEmpty() && year.isEmpty() && titleYear(d.titles).isEmpty()) {
        problems.add(defaulted("年度=" + ledgerYear));
      }
    }
    AnnexAssembler assembler = AnnexAssembler.create(unit, code, ledgerYear);
    for (LocatedRow r : rows) {
      assembler.add(r.getRow());
    }
    Ledger assembled = assembler.build();
    Ledger built = assembled;
    Map<String, RiskOwner> owners = new HashMap<>();
    for (RiskPoint rp : assembled.getRiskPoints()) {
      owners.putIfAbsent(ownerIdentity(AnnexTables.row(assembled, rp)), rp.getOwner());
    }
    Map<RiskOwner, Map<String, FactorValue>> ownerValues =
        ownerFactors(rows, r -> ownerOf(assembled, r, owners), problems);
    if (!ownerValues.isEmpty()) {
      built = Ledger.builder().from(built).ownerFactors(ownerValues).build();
    }
    return AnnexReadResult.builder()
        .rows(rows)
        .problems(problems)
        .tables(d.tables)
        .headerColumns(d.headerColumns)
        .ledger(built)
        .build();
  }

  /**
   * The owner of a row of a foreign table: its point's, where the row carries the point's id, else
   * the first owner of the same scope, department and name.
   */
  private static Optional<RiskOwner> ownerOf(
      Ledger ledger, LocatedRow row, Map<String, RiskOwner> owners) {
    return row.getRow()
        .getPointId()
        .flatMap(ledger::riskPoint)
        .map(RiskPoint::getOwner)
        .or(() -> Optional.ofNullable(owners.get(ownerIdentity(row.getRow()))));
  }

  /** An owner as a row names it: scope, department and name, names compared by identity. */
  private static String ownerIdentity(AnnexRow row) {
    return row.getScope().code()
        + "\u0000"
        + row.getDepartment().orElse("")
        + "\u0000"
        + AnnexPeople.identityKey(row.getOwnerName());
  }

  /**
   * The owner factors the rows give, by owner: an owner's first value of a factor is kept, a
   * different value on a later row of the same owner is reported as {@link
   * ProblemCode#OWNER_FACTOR_CONFLICT}.
   */
  private Map<RiskOwner, Map<String, FactorValue>> ownerFactors(
      List<LocatedRow> rows,
      java.util.function.Function<LocatedRow, Optional<RiskOwner>> ownerOf,
      List<Finding> problems) {
    Map<RiskOwner, Map<String, FactorValue>> out = new LinkedHashMap<>();
    for (LocatedRow r : rows) {
      if (r.getOwnerFactors().isEmpty()) {
        continue;
      }
      Optional<RiskOwner> owner = ownerOf.apply(r);
      if (owner.isEmpty()) {
        continue;
      }
      Map<String, FactorValue> values =
          out.computeIfAbsent(owner.get(), o -> new LinkedHashMap<>());
      for (Map.Entry<String, FactorValue> e : r.getOwnerFactors().entrySet()) {
        FactorValue first = values.putIfAbsent(e.getKey(), e.getValue());
        if (first != null && !first.equals(e.getValue())) {
          problems.add(
              CellFinding.builder()
                  .code(ProblemCode.OWNER_FACTOR_CONFLICT)
                  .sheet(r.getSheet())
                  .row(r.getRowNumber())
                  .header(factors.label(e.getKey()))
                  .rawValue(e.getValue().toString())
                  .build());
        }
      }
    }
    return out;
  }

  /**
   * The result for a workbook that carries the ledger it was written from: that ledger with the
   * rows merged in, and the edits. Factor columns edited on rows that carry their point's id change
   * that point's value, or its owner's.
   */
  private AnnexReadResult withEdits(
      Ledger written,
      List<LocatedRow> rows,
      List<Finding> problems,
      Dispatcher d,
      FactorColumns factorColumns) {
    if (problems.stream().anyMatch(ProblemCode::isRowDropped)) {
      problems.add(CellFinding.builder().code(ProblemCode.REMOVALS_NOT_INFERRED).build());
    }
    AnnexReadResult read =
        AnnexReadResult.builder()
            .rows(rows)
            .problems(problems)
            .tables(d.tables)
            .headerColumns(d.headerColumns)
            .ledger(written)
            .build();
    AnnexMergeResult merged = read.merge(written, false);
    List<Finding> all = new ArrayList<>(problems);
    all.addAll(conflicts(merged, rows, d.headerColumns));
    Ledger ledger = merged.getLedger();
    LedgerDiff edits = merged.getChanges();
    if (!factorColumns.isEmpty()) {
      Ledger edited = factorEdits(ledger, rows, all);
      if (!edited.equals(ledger)) {
        ledger = edited;
        edits = LedgerDiff.between(written, ledger);
      }
    }
    return AnnexReadResult.builder().from(read).problems(all).ledger(ledger).edits(edits).build();
  }

  /**
   * The ledger with the factor values the rows show where they differ: a point factor's on the
   * point whose id the row carries (a point that records no grading factors takes none), an owner
   * factor's on that point's owner. A blank cell leaves the value as it was.
   */
  private Ledger factorEdits(Ledger ledger, List<LocatedRow> rows, List<Finding> problems) {
    Map<String, RiskPoint> points = new LinkedHashMap<>();
    for (LocatedRow r : rows) {
      Optional<RiskPoint> rp = r.getRow().getPointId().flatMap(ledger::riskPoint);
      if (rp.isEmpty() || r.getExtraFactors().isEmpty()) {
        continue;
      }
      RiskPoint now = points.getOrDefault(rp.get().getId(), rp.get());
      if (now.getFactors().isEmpty()) {
        continue;
      }
      RiskFactors f = now.getFactors().get();
      Map<String, FactorValue> extra = new LinkedHashMap<>(f.getExtra());
      extra.putAll(r.getExtraFactors());
      if (!extra.equals(f.getExtra())) {
        points.put(
            now.getId(),
            RiskPoint.builder()
                .from(now)
                .factors(RiskFactors.builder().from(f).extra(extra).build())
                .build());
      }
    }
    Map<RiskOwner, Map<String, FactorValue>> shown =
        ownerFactors(
            rows,
            r -> r.getRow().getPointId().flatMap(ledger::riskPoint).map(RiskPoint::getOwner),
            problems);
    Map<RiskOwner, Map<String, FactorValue>> owners = new LinkedHashMap<>(ledger.getOwnerFactors());
    shown.forEach(
        (owner, values) -> {
          Map<String, FactorValue> m = new LinkedHashMap<>(ledger.ownerFactors(owner));
          m.putAll(values);
          owners.put(owner, m);
        });
    if (points.isEmpty() && owners.equals(ledger.getOwnerFactors())) {
      return ledger;
    }
    List<RiskPoint> all = new ArrayList<>();
    for (RiskPoint rp : ledger.getRiskPoints()) {
      all.add(points.getOrDefault(rp.getId(), rp));
    }
    return Ledger.builder().from(ledger).riskPoints(all).ownerFactors(owners).build();
  }

  /** A finding at each per-person copy whose edit was not taken, in the copy's risk point cell. */
  private static List<Finding> conflicts(
      AnnexMergeResult merged,
      List<LocatedRow> rows,
      Map<String, Map<AnnexColumn, Integer>> headerColumns) {
    List<Finding> out = new ArrayList<>();
    Map<AnnexRow, LocatedRow> located = new java.util.IdentityHashMap<>();
    for (LocatedRow r : rows) {
      located.put(r.getRow(), r);
    }
    for (AnnexRow copy : merged.getConflictingCopies()) {
      LocatedRow at = located.get(copy);
      CellFinding f =
          CellFinding.builder().code(ProblemCode.COPIES_DISAGREE).rawValue(copy.getTitle());
      if (at != null) {
        f.sheet(at.getSheet()).row(at.getRowNumber());
        Integer col =
            headerColumns.getOrDefault(at.getSheet(), Map.of()).get(AnnexColumn.RISK_POINT);
        if (col != null) {
          f.cell(CellRefs.cell(col, at.getRowNumber()))
              .header(AnnexColumn.RISK_POINT.displayName());
        }
      }
      out.add(f.build());
    }
    return out;
  }

  /**
   * Reads a workbook file, xlsx or xls, handing each row and problem to a handler as it is read,
   * without building a ledger or keeping rows: memory stays bounded whatever the number of rows.
   * The handler sees exactly the rows and problems that {@link #read(Path)} would return, in the
   * same order, but the {@link ProblemCode#VALUE_DEFAULTED} problems of the ledger {@link
   * #read(Path)} builds, which come last.
   *
   * @param file the workbook
   * @param handler receives the rows and problems
   * @return what was handed to the handler, counted
   * @throws WorkbookRejectedException if the workbook is refused
   * @throws IOException if reading fails
   */
  public AnnexReadSummary read(Path file, AnnexRowHandler handler) throws IOException {
    Dispatcher d = new Dispatcher(Long.MAX_VALUE, handler);
    dispatch(file, d);
    return AnnexReadSummary.builder()
        .tables(d.tables)
        .headerColumns(d.headerColumns)
        .unitName(unit(d.titles))
        .year(year(d.titles))
        .rowCount(d.rowCount)
        .problemCount(d.problemCount)
        .droppedRowCount(d.droppedCount)
        .ledgerKept(d.ledgerSheetSeen)
        .build();
  }

  /**
   * Reads a workbook from a stream like {@link #read(Path, AnnexRowHandler)}; the stream is copied
   * to a temporary file first (at most {@link ReadLimits#getMaxFileBytes()} bytes) and not closed.
   *
   * @param in the workbook's bytes
   * @param handler receives the rows and problems
   * @return what was handed to the handler, counted
   * @throws WorkbookRejectedException if the workbook is refused
   * @throws IOException if reading fails
   */
  public AnnexReadSummary read(InputStream in, AnnexRowHandler handler) throws IOException {
    return WorkbookSource.spooled(in, limits, tmp -> read(tmp, handler));
  }

  private void dispatch(Path file, Dispatcher d) throws IOException {
    SheetVisitor visitor =
        new SheetVisitor() {
          @Override
          public void sheet(String name, List<int[]> merges, Iterator<TableReader.RawRow> rows)
              throws WorkbookRejectedException {
            if (LedgerSheet.NAME.equals(name)) {
              // held whole, so no longer than the shared strings, which are held whole too
              d.ledgerSheet = LedgerSheet.read(rows, limits.getMaxSharedStringsBytes());
            } else if (LayoutSheet.NAME.equals(name)) {
              d.config = config.withLayouts(carried(rows));
            } else {
              RecordSheets.Arranged laid = RecordSheets.arrange(name, merges, rows, d.config);
              for (Map.Entry<Integer, String> line : laid.left()) {
                d.problem(
                    CellFinding.builder()
                        .code(ProblemCode.NOTE_ROW_SKIPPED)
                        .sheet(name)
                        .row(line.getKey())
                        .rawValue(line.getValue())
                        .build());
              }
              TableReader t = new TableReader(name, laid.merges(), d.config, d, d.date1904);
              if (name.equals(areaSheet)) {
                t.printArea(areaLastColumn);
              }
              areaSheet = null;
              t.continuing(d.lastTable);
              t.read(laid.rows());
              TableReader.Carried placed = t.placed();
              if (placed != null) {
                d.lastTable = placed;
              }
            }
          }

          /** The sheets named by an earlier year than another sheet's name (2025年 beside 2026年). */
          private Set<String> earlierYears = Set.of();

          @Override
          public void sheetNames(List<String> names) {
            earlierYears = earlierYearSheets(names);
          }

          /** The sheet whose print area was announced last, and its last column. */
          private @Nullable String areaSheet;

          private int areaLastColumn;

          @Override
          public boolean leavesOutStruck() {
            return true;
          }

          @Override
          public void printArea(String sheet, int[] range) {
            areaSheet = sheet;
            areaLastColumn = range[3];
          }

          @Override
          public void date1904() {
            d.date1904 = true;
          }

          @Override
          public boolean readsFirst(String name) {
            return LayoutSheet.NAME.equals(name);
          }

          @Override
          public boolean readsHidden(String name) {
            if (LayoutSheet.NAME.equals(name)
                || LedgerSheet.NAME.equals(name)
                || config.names(name)) {
              return true;
            }
            d.problem(
                CellFinding.builder().code(ProblemCode.HIDDEN_SHEET_SKIPPED).sheet(name).build());
            return false;
          }

          @Override
          public boolean reads(String name) {
            if (LayoutSheet.NAME.equals(name)) {
              return true;
            }
            if (LedgerSheet.NAME.equals(name)) {
              d.ledgerSheetSeen = true;
              return d.keepLedgerSheet;
            }
            if (earlierYears.contains(name) && !config.names(name)) {
              // last year's table kept beside this year's: the latest year's sheet is the ledger
              d.problem(
                  CellFinding.builder()
                      .code(ProblemCode.EARLIER_YEAR_SHEET_SKIPPED)
                      .sheet(name)
                      .rawValue(name)
                      .build());
              return false;
            }
            return config.reads(name);
          }
        };
    WorkbookSource.read(file, limits, password, visitor);
    if (d.tables.isEmpty()) {
      d.problem(CellFinding.builder().code(ProblemCode.NO_TABLE_FOUND).build());
    }
  }

  /** A sheet named by a year alone: 2025年, 2026年度, 2024. */
  private static final Pattern YEAR_SHEET =
      Pattern.compile("^\\s*((?:19|20)\\d{2})\\s*(?:年度?)?\\s*$");

  /**
   * The sheets named by a year alone whose year is earlier than another such sheet's: a unit that
   * revises its table each year keeps last year's sheet beside the new one, which alone is the
   * current ledger. Empty unless two years are named.
   */
  static Set<String> earlierYearSheets(List<String> names) {
    Map<String, Integer> years = new java.util.LinkedHashMap<>();
    int latest = -1;
    for (String n : names) {
      Matcher m = YEAR_SHEET.matcher(n);
      if (m.matches()) {
        int y = Integer.parseInt(m.group(1));
        years.put(n, y);
        latest = Math.max(latest, y);
      }
    }
    Set<String> out = new java.util.HashSet<>();
    for (Map.Entry<String, Integer> e : years.entrySet()) {
      if (e.getValue() < latest) {
        out.add(e.getKey());
      }
    }
    return out;
  }

  /** The layouts a workbook carries that apply: those of kinds the caller gave no layout of. */
  private List<io.github.probity.annex.AnnexLayout> carried(Iterator<TableReader.RawRow> rows)
      throws WorkbookRejectedException {
    List<io.github.probity.annex.AnnexLayout> out = new ArrayList<>();
    for (io.github.probity.annex.AnnexLayout l :
        LayoutSheet.read(rows, limits.getMaxSharedStringsBytes())) {
      if (!layoutKinds.contains(l.getKind())) {
        out.add(l);
      }
    }
    return out;
  }

  /**
   * Reads annex 4, the implementation plan's table, from a workbook file, xlsx or xls: the phases
   * with their dates, tasks, responsible departments and people, completion standards and status,
   * and the notes under the table. The unit and year come from this reader's settings, else from
   * the title rows. Every row is read or reported; strict mode stops at the first error.
   *
   * @param file the workbook
   * @return what was read
   * @throws WorkbookRejectedException if the workbook is refused
   * @throws IOException if reading fails
   */
  public PlanReadResult readPlan(Path file) throws IOException {
    return new PlanWorkbookReader(strict, limits, password, unitName, year, clock).read(file);
  }

  /**
   * Reads annex 4 from a stream, which is copied to a temporary file first and not closed.
   *
   * @param in the workbook's bytes
   * @return what was read
   * @throws WorkbookRejectedException if the workbook is refused
   * @throws IOException if reading fails
   */
  public PlanReadResult readPlan(InputStream in) throws IOException {
    return new PlanWorkbookReader(strict, limits, password, unitName, year, clock).read(in);
  }

  /** Hands one workbook's rows and problems on, counting them; strict mode throws on an error. */
  private final class Dispatcher implements TableReader.Sink {
    private final AnnexRowHandler handler;
    private final long maxRows;
    final Map<String, AnnexKind> tables = new LinkedHashMap<>();
    final Map<String, Map<AnnexColumn, Integer>> headerColumns = new LinkedHashMap<>();
    final List<String> titles = new ArrayList<>();
    boolean keepLedgerSheet;
    boolean ledgerSheetSeen;

    /** The reader's settings, with the headers of the layouts the workbook carries. */
    ReaderConfig config = AnnexReader.this.config;

    /** The header of the last table placed, which a later sheet without one may continue. */
    TableReader.@Nullable Carried lastTable;

    /** Whether the workbook counts date serials from 1904-01-01. */
    boolean date1904;

    LedgerSheet.@Nullable Found ledgerSheet;
    long rowCount;
    long problemCount;
    long droppedCount;

    Dispatcher(long maxRows, AnnexRowHandler handler) {
      this.maxRows = maxRows;
      this.handler = handler;
    }

    @Override
    public void row(LocatedRow read) throws WorkbookRejectedException {
      LocatedRow row =
          motion.take(factors.isEmpty() ? read : factors.take(read, this::problem), this::problem);
      if (rowCount >= maxRows) {
        throw new WorkbookRejectedException(
            Reason.LIMIT_EXCEEDED,
            "more than "
                + maxRows
                + " rows to keep in memory (ReadLimits.maxRowsInMemory); read large workbooks"
                + " with read(Path, AnnexRowHandler), which streams them");
      }
      rowCount++;
      handler.row(row);
    }

    @Override
    public void problem(Finding problem) throws WorkbookRejectedException {
      problemCount++;
      if (ProblemCode.isRowDropped(problem)) {
        droppedCount++;
      }
      handler.problem(problem);
      if (strict && problem.getSeverity() == Severity.ERROR) {
        throw new WorkbookRejectedException(problem);
      }
    }

    @Override
    public void table(String sheet, AnnexKind kind, Map<AnnexColumn, Integer> columns) {
      Map<AnnexColumn, Integer> before = headerColumns.get(sheet);
      if (before == null) {
        tables.put(sheet, kind);
        headerColumns.put(sheet, columns);
        return;
      }
      // a second table on the sheet: only the columns both have are every row's, so a merge
      // takes no value from a column a row's own table lacks; the first table's kind stays
      Map<AnnexColumn, Integer> both = new EnumMap<>(AnnexColumn.class);
      before.forEach(
          (col, at) -> {
            if (columns.containsKey(col)) {
              both.put(col, at);
            }
          });
      headerColumns.put(sheet, both);
    }

    @Override
    public void titleText(String text) {
      if (titles.size() < 64) {
        titles.add(text);
      }
    }
  }

  private String unit(List<String> titles) {
    if (unitName.isPresent()) {
      return unitName.get();
    }
    return WorkbookFiles.unit(titles, UNIT_IN_TITLE);
  }

  private int year(List<String> titles) {
    if (year.isPresent()) {
      return year.get();
    }
    return titleYear(titles).orElseGet(() -> LocalDate.now(clock).getYear());
  }

  private static Optional<Integer> titleYear(List<String> titles) {
    for (String t : titles) {
      Matcher m = YEAR.matcher(t);
      if (m.find()) {
        return Optional.of(Integer.parseInt(m.group(1)));
      }
    }
    return Optional.empty();
  }

  private static Finding defaulted(String what) {
    return CellFinding.builder().code(ProblemCode.VALUE_DEFAULTED).rawValue(what).build();
  }

  /** Builds an {@link AnnexReader}. Not thread-safe; use one builder per thread. */
  public static final class Builder {
    private boolean strict;
    private ReadLimits limits = ReadLimits.defaults();
    private final Map<String, AnnexColumn> mapping = new HashMap<>();
    private RiskCategory defaultCategory = RiskCategory.UNSPECIFIED;
    private Optional<AnnexKind> kind = Optional.empty();
    private final Map<String, AnnexKind> sheetKinds = new HashMap<>();
    private final java.util.Set<String> sheets = new java.util.LinkedHashSet<>();
    private Optional<String> unitName = Optional.empty();
    private Optional<String> unitCode = Optional.empty();
    private Optional<Integer> year = Optional.empty();
    private Clock clock = Clock.systemDefaultZone();
    private Optional<String> password = Optional.empty();
    private boolean suggestCategories;
    private final List<io.github.probity.grading.ExtraFactor> factors = new ArrayList<>();
    private final java.util.Set<String> layoutExtras = new java.util.HashSet<>();
    private final java.util.Set<AnnexKind> layoutKinds = java.util.EnumSet.noneOf(AnnexKind.class);

    Builder() {}

    /**
     * Declares the extra grading factors of the unit's policy: a column headed by a declared
     * {@linkplain io.github.probity.grading.ExtraFactor.Scope#POINT point} factor's label (as
     * {@link AnnexWriter.Builder#extraFactors(java.util.Collection)} writes it) is read as that
     * factor, each row's value in {@link LocatedRow#getExtraFactors()} instead of its extras; a
     * column headed by an {@linkplain io.github.probity.grading.ExtraFactor.Scope#OWNER owner}
     * factor's label gives {@link LocatedRow#getOwnerFactors()}, and a ledger built from the tables
     * has each owner's value in {@link Ledger#getOwnerFactors()}: the value of the owner's first
     * row, another value on a later row of the same owner being reported as {@link
     * ProblemCode#OWNER_FACTOR_CONFLICT}. None by default, when such columns are extras like any
     * other. A workbook that carries its ledger gives the factor values of that ledger, but where a
     * row that carries its point's id shows another value: that value is the point's (or its
     * owner's), an edit like any other; a blank cell leaves the value as it was, and a point that
     * records no grading factors takes none.
     *
     * @param factors the declarations
     * @return this builder
     * @since 0.1.0
     */
    public Builder extraFactors(
        java.util.Collection<io.github.probity.grading.ExtraFactor> factors) {
      this.factors.clear();
      this.factors.addAll(factors);
      return this;
    }

    /**
     * Accepts, for a point whose category the table does not give, the category its words suggest
     * ({@link io.github.probity.annex.CategorySuggestion}), reporting each with {@link
     * ProblemCode#CATEGORY_SUGGESTED}; off by default, when such points stay {@link
     * RiskCategory#UNSPECIFIED} (or the {@link #defaultCategory(RiskCategory) default}).
     *
     * @param accept whether to accept suggestions
     * @return this builder
     * @since 0.1.0
     */
    public Builder suggestCategories(boolean accept) {
      this.suggestCategories = accept;
      return this;
    }

    /**
     * Opens password-protected workbooks (as Excel and WPS encrypt them) with this password; needs
     * the optional dependency {@code org.apache.poi:poi}, as {@code .xls} does. Without a password,
     * or with a wrong one, an encrypted workbook is refused with {@link
     * WorkbookRejectedException.Reason#ENCRYPTED}.
     *
     * @param password the workbook's password
     * @return this builder
     * @since 0.1.0
     */
    public Builder password(String password) {
      this.password = Optional.of(password);
      return this;
    }

    /**
     * Makes reading stop at the first error-level problem; lenient (false) by default.
     *
     * @param strict whether to stop at the first error
     * @return this builder
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Sets the limits; {@link ReadLimits#defaults()} by default.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder limits(ReadLimits limits) {
      this.limits = limits;
      return this;
    }

    /**
     * Maps a header, as printed in the caller's files, to a column; it takes precedence over the
     * built-in synonyms. Spaces are ignored.
     *
     * @param header the header text
     * @param column the column it means
     * @return this builder
     */
    public Builder mapHeader(String header, AnnexColumn column) {
      this.mapping.put(header, column);
      return this;
    }

    /**
     * Recognises the header texts of a unit's own layout, e.g. the one its workbooks were written
     * in with {@link AnnexWriter.Builder#layout(io.github.probity.annex.AnnexLayout)}: each
     * canonical column's header is {@linkplain #mapHeader(String, AnnexColumn) mapped} to its
     * column, so that headers the built-in synonyms do not know are read too. The layout's extra
     * columns are read as extras, under their headers.
     *
     * <p>A workbook written in layouts of the unit's own carries them, and without this setting its
     * headers are recognised from those; a layout given here takes the place of a carried layout of
     * the same kind.
     *
     * @param layout the layout
     * @return this builder
     * @since 0.1.0
     */
    public Builder layout(io.github.probity.annex.AnnexLayout layout) {
      layoutKinds.add(layout.getKind());
      layout.headerMapping().forEach(this::mapHeader);
      layout.getColumns().stream()
          .filter(io.github.probity.annex.LayoutColumn::isExtra)
          .forEach(c -> layoutExtras.add(c.getHeader()));
      return this;
    }

    /**
     * Reads every table as this kind, whatever its columns, sheet name or title say (e.g. {@link
     * AnnexKind#DEPARTMENT} for a file of department tables whose sheets are named after the
     * departments). By default the kind comes from the columns, then the sheet name, then the
     * title.
     *
     * @param kind the kind of every table
     * @return this builder
     */
    public Builder kind(AnnexKind kind) {
      this.kind = Optional.of(kind);
      return this;
    }

    /**
     * Reads the table on one sheet as this kind; takes precedence over {@link #kind(AnnexKind)}.
     *
     * @param sheet the sheet's name as the workbook spells it
     * @param kind the kind of its table
     * @return this builder
     */
    public Builder kind(String sheet, AnnexKind kind) {
      this.sheetKinds.put(sheet, kind);
      return this;
    }

    /**
     * Reads only the named sheets (each call adds one); every sheet by default.
     *
     * @param sheet a sheet's name as the workbook spells it
     * @return this builder
     */
    public Builder sheet(String sheet) {
      this.sheets.add(sheet);
      return this;
    }

    /**
     * Sets the category given to points whose category is blank, unknown or has no column; {@link
     * RiskCategory#UNSPECIFIED} (未分类) by default, so that a category the file does not give is
     * never taken for one of the five.
     *
     * @param category the default category
     * @return this builder
     */
    public Builder defaultCategory(RiskCategory category) {
      this.defaultCategory = category;
      return this;
    }

    /**
     * Sets the unit's name; by default it is taken from the title (or the 填报单位 line).
     *
     * @param name the unit's name
     * @return this builder
     */
    public Builder unitName(String name) {
      this.unitName = Optional.of(name);
      return this;
    }

    /**
     * Sets the unit's code for ledgers built from tables, unless a call gives the unit; by default
     * {@value AnnexReader#DEFAULT_UNIT_CODE}, reported as {@link ProblemCode#VALUE_DEFAULTED}.
     *
     * @param code the unit's code
     * @return this builder
     */
    public Builder unitCode(String code) {
      this.unitCode = Optional.of(code);
      return this;
    }

    /**
     * Sets the ledger's year; by default a year in the titles, else the clock's current year.
     *
     * @param year the year
     * @return this builder
     */
    public Builder year(int year) {
      this.year = Optional.of(year);
      return this;
    }

    /**
     * Sets the clock that gives the default year; the system clock by default.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Builds the reader.
     *
     * @return the reader
     */
    public AnnexReader build() {
      return new AnnexReader(this);
    }
  }
}
