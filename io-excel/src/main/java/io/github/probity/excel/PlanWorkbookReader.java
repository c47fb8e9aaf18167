package io.github.probity.excel;

import io.github.probity.annex.AnnexText;
import io.github.probity.annex.PlanColumn;
import io.github.probity.annex.PlanRow;
import io.github.probity.annex.PlanTables;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.plan.InvalidPlanException;
import io.github.probity.plan.PlanTask;
import io.github.probity.plan.ProgressIndicator;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Reads annex 4, the implementation plan's table, out of a workbook: the header under any title
 * rows, the phase and period cells merged over their tasks, and the notes under the table; every
 * other row is read or reported. One instance per read, used by one thread.
 */
final class PlanWorkbookReader {
  private static final int HEADER_SEARCH_ROWS = 30;
  private static final Pattern UNIT_IN_TITLE =
      Pattern.compile("^(.+?)(?:\\d{4}\\s*年度?)?(?:廉政风险|廉洁风险|党风廉政)");
  private static final Pattern PLAN_YEAR = Pattern.compile("计划年度[：:]\\s*(20\\d\\d|2100)");
  private static final Pattern YEAR = Pattern.compile("(20\\d\\d|2100)\\s*年");
  private static final Pattern SIGNATURE =
      Pattern.compile("^(填表人|填报人|审核人|制表人|负责人\\s*[：:]|联系人|联系电话|单位负责人|领导签字|签字|盖章).*", Pattern.DOTALL);

  private final boolean strict;
  private final ReadLimits limits;
  private final Optional<String> password;
  private final Optional<String> unitName;
  private final Optional<Integer> year;
  private final Clock clock;

  private final List<Finding> problems = new ArrayList<>();
  private final List<String> titles = new ArrayList<>();
  private final List<Pending> pending = new ArrayList<>();
  private final List<String> notes = new ArrayList<>();
  private @Nullable String tableSheet;
  private Map<PlanColumn, Integer> columns = new EnumMap<>(PlanColumn.class);
  private List<String> headerTexts = new ArrayList<>();

  PlanWorkbookReader(
      boolean strict,
      ReadLimits limits,
      Optional<String> password,
      Optional<String> unitName,
      Optional<Integer> year,
      Clock clock) {
    this.strict = strict;
    this.limits = limits;
    this.password = password;
    this.unitName = unitName;
    this.year = year;
    this.clock = clock;
  }

  /** A data row read, before the year is known. */
  private static final class Pending {
    final String sheet;
    final int number;
    final String[] cells;
    final @Nullable String signature;

    Pending(String sheet, int number, String[] cells, @Nullable String signature) {
      this.sheet = sheet;
      this.number = number;
      this.cells = cells;
      this.signature = signature;
    }
  }

  PlanReadResult read(InputStream in) throws IOException {
    return WorkbookSource.spooled(in, limits, this::read);
  }

  PlanReadResult read(Path file) throws IOException {
    WorkbookSource.read(file, limits, password, this::sheet);
    return result();
  }

  private void problem(Finding p) throws WorkbookRejectedException {
    problems.add(p);
    if (strict && p.getSeverity() == Severity.ERROR) {
      throw new WorkbookRejectedException(p);
    }
  }

  // ------------------------------------------------------------------ one sheet

  private void sheet(String name, List<int[]> merges, Iterator<TableReader.RawRow> rows)
      throws WorkbookRejectedException {
    MergeFiller filler = new MergeFiller(merges);
    List<TableReader.RawRow> head = new ArrayList<>();
    Map<PlanColumn, Integer> cols = new EnumMap<>(PlanColumn.class);
    String[] header = null;
    int headerNumber = -1;
    while (rows.hasNext() && head.size() < HEADER_SEARCH_ROWS) {
      TableReader.RawRow r = rows.next();
      head.add(r);
      String[] values = filler.fill(r.number - 1, r.cells).values;
      int n = 0;
      boolean core = false;
      for (String v : values) {
        Optional<PlanColumn> m = v == null ? Optional.empty() : PlanColumn.match(v);
        n += m.isPresent() ? 1 : 0;
        core |= m.isPresent() && (m.get() == PlanColumn.TASK || m.get() == PlanColumn.PHASE);
      }
      if (n >= 3 && core) {
        header = values;
        headerNumber = r.number;
        break;
      }
    }
    if (header == null) {
      problem(CellFinding.builder().code(ProblemCode.SHEET_SKIPPED).sheet(name).build());
      return;
    }
    if (tableSheet != null) {
      problem(CellFinding.builder().code(ProblemCode.PLAN_EXTRA_TABLE).sheet(name).build());
      return;
    }
    List<String> texts = new ArrayList<>();
    for (int c = 0; c < header.length; c++) {
      String h = AnnexText.clean(header[c] == null ? "" : header[c]);
      texts.add(h);
      Optional<PlanColumn> col = PlanColumn.match(h);
      if (col.isEmpty()) {
        if (!h.isEmpty()) {
          problem(
              cellProblem(ProblemCode.UNKNOWN_HEADER, name, headerNumber, c, texts)
                  .rawValue(h)
                  .build());
        }
      } else if (cols.containsKey(col.get())) {
        problem(
            cellProblem(ProblemCode.DUPLICATE_COLUMN, name, headerNumber, c, texts)
                .rawValue(h)
                .build());
      } else {
        cols.put(col.get(), c);
      }
    }
    List<String> missing = new ArrayList<>();
    for (PlanColumn required : List.of(PlanColumn.PHASE, PlanColumn.PERIOD, PlanColumn.TASK)) {
      if (!cols.containsKey(required)) {
        missing.add(required.displayName());
      }
    }
    if (!missing.isEmpty()) {
      problem(
          CellFinding.builder()
              .code(ProblemCode.PLAN_MISSING_COLUMN)
              .sheet(name)
              .row(OptionalInt.of(headerNumber))
              .rawValue(String.join("、", missing))
              .build());
      return;
    }
    tableSheet = name;
    columns = cols;
    headerTexts = texts;
    for (TableReader.RawRow r : head) {
      if (r.number < headerNumber) {
        for (String c : r.cells) {
          if (c != null && !c.isBlank()) {
            titles.add(AnnexText.clean(c));
          }
        }
      }
    }
    while (rows.hasNext()) {
      TableReader.RawRow r = rows.next();
      String[] values = filler.fill(r.number - 1, r.cells).values;
      String first = null;
      int own = 0;
      for (String c : r.cells) {
        if (c != null && !c.isBlank()) {
          own++;
          if (first == null) {
            first = AnnexText.clean(c);
          }
        }
      }
      if (first == null) {
        continue;
      }
      Optional<List<String>> noteLine = PlanTables.parseNotesLine(first);
      if (noteLine.isPresent() && own == 1) {
        notes.addAll(noteLine.get());
        continue;
      }
      pending.add(
          new Pending(name, r.number, values, SIGNATURE.matcher(first).matches() ? first : null));
    }
  }

  private String value(String[] values, PlanColumn col) {
    Integer c = columns.get(col);
    if (c == null || c >= values.length || values[c] == null) {
      return "";
    }
    return AnnexText.clean(values[c]);
  }

  private CellFinding cellProblem(
      ProblemCode code, String sheet, int number, int column, List<String> texts) {
    CellFinding b =
        CellFinding.builder()
            .code(code)
            .sheet(sheet)
            .row(OptionalInt.of(number))
            .cell(CellRefs.cell(column, number));
    if (column < texts.size() && !texts.get(column).isEmpty()) {
      b.header(texts.get(column));
    }
    return b;
  }

  private CellFinding cellProblem(ProblemCode code, Pending p, PlanColumn col) {
    return cellProblem(code, p.sheet, p.number, columns.getOrDefault(col, 0), headerTexts);
  }

  // ------------------------------------------------------------------ rows to plan

  private PlanReadResult result() throws WorkbookRejectedException {
    if (tableSheet == null) {
      problem(CellFinding.builder().code(ProblemCode.PLAN_TABLE_NOT_FOUND).build());
      return PlanReadResult.builder().problems(problems).build();
    }
    int planYear = year();
    List<LocatedPlanRow> rows = new ArrayList<>();
    for (Pending p : pending) {
      if (p.signature != null) {
        problem(
            CellFinding.builder()
                .code(ProblemCode.NOTE_ROW_SKIPPED)
                .sheet(p.sheet)
                .row(OptionalInt.of(p.number))
                .rawValue(p.signature)
                .build());
      } else {
        row(p, planYear).ifPresent(rows::add);
      }
    }
    PlanReadResult.Builder b = PlanReadResult.builder().rows(rows).notes(notes);
    List<PlanRow> plain = new ArrayList<>();
    rows.forEach(r -> plain.add(r.getRow()));
    try {
      b.plan(PlanTables.plan(unit(), planYear, plain, notes));
    } catch (InvalidPlanException e) {
      for (Finding pp : e.getFindings()) {
        CellFinding rp =
            CellFinding.builder()
                .code(ProblemCode.PLAN_INVALID)
                .sheet(Optional.ofNullable(tableSheet))
                .rawValue(pp.describe(Locale.SIMPLIFIED_CHINESE));
        rowOf(pp.getLocation().text(), rows).ifPresent(n -> rp.row(OptionalInt.of(n)));
        problem(rp.build());
      }
    }
    return b.problems(problems).build();
  }

  /** Finds the first row of the phase a problem's path names, e.g. {@code phases[2].start}. */
  private static Optional<Integer> rowOf(String path, List<LocatedPlanRow> rows) {
    Matcher m = Pattern.compile("^phases\\[(\\d+)]").matcher(path);
    if (!m.find()) {
      return Optional.empty();
    }
    int wanted = Integer.parseInt(m.group(1));
    int phase = -1;
    String key = null;
    for (LocatedPlanRow r : rows) {
      String k = r.getRow().getPhase();
      if (!k.equals(key)) {
        phase++;
        key = k;
        if (phase == wanted) {
          return Optional.of(r.getRowNumber());
        }
      }
    }
    return Optional.empty();
  }

  private Optional<LocatedPlanRow> row(Pending p, int planYear) throws WorkbookRejectedException {
    String phase = value(p.cells, PlanColumn.PHASE);
    String period = value(p.cells, PlanColumn.PERIOD);
    String task = value(p.cells, PlanColumn.TASK);
    if (task.isEmpty()) {
      problem(cellProblem(ProblemCode.PLAN_BLANK_TASK, p, PlanColumn.TASK).build());
      return Optional.empty();
    }
    if (phase.isEmpty()) {
      problem(
          cellProblem(ProblemCode.PLAN_BLANK_PHASE, p, PlanColumn.PHASE).rawValue(task).build());
      return Optional.empty();
    }
    Optional<List<LocalDate>> dates = PlanTables.parsePeriod(period, planYear);
    if (dates.isEmpty()) {
      problem(
          cellProblem(ProblemCode.PLAN_INVALID_PERIOD, p, PlanColumn.PERIOD)
              .rawValue(period)
              .build());
      return Optional.empty();
    }
    LocalDate start = dates.get().get(0);
    LocalDate end = dates.get().get(1);
    PlanTask.Builder t = PlanTask.builder().title(task);
    AnnexText.nonBlank(value(p.cells, PlanColumn.CONTENT)).ifPresent(t::content);
    t.responsibleDepartments(AnnexText.splitNames(value(p.cells, PlanColumn.DEPARTMENT)));
    t.responsiblePeople(AnnexText.splitNames(value(p.cells, PlanColumn.PERSON)));
    String standard = value(p.cells, PlanColumn.STANDARD);
    List<ProgressIndicator> indicators = PlanTables.parseStandard(standard);
    t.indicators(indicators);
    String note = value(p.cells, PlanColumn.REMARK);
    if (indicators.isEmpty() && !standard.isEmpty()) {
      problem(
          cellProblem(ProblemCode.PLAN_UNKNOWN_STANDARD, p, PlanColumn.STANDARD)
              .rawValue(standard)
              .build());
      note = note.isEmpty() ? "完成标准：" + standard : note + "；完成标准：" + standard;
    }
    AnnexText.nonBlank(note).ifPresent(t::note);
    String status = value(p.cells, PlanColumn.STATUS);
    if (PlanTables.saysCompleted(status)) {
      List<LocalDate> done;
      try {
        done = PlanTables.dates(status, start.getYear());
      } catch (IllegalArgumentException ex) {
        done = List.of();
      }
      if (done.isEmpty()) {
        problem(
            cellProblem(ProblemCode.PLAN_COMPLETION_UNDATED, p, PlanColumn.STATUS)
                .rawValue(status)
                .build());
        t.completedOn(end);
      } else {
        t.completedOn(done.get(0));
      }
    }
    try {
      PlanRow row = PlanRow.builder().phase(phase).start(start).end(end).task(t.build()).build();
      return Optional.of(
          LocatedPlanRow.builder().sheet(p.sheet).rowNumber(p.number).row(row).build());
    } catch (IllegalArgumentException | IllegalStateException | InvalidPlanException ex) {
      problem(
          CellFinding.builder()
              .code(ProblemCode.INVALID_ROW)
              .sheet(p.sheet)
              .row(OptionalInt.of(p.number))
              .rawValue(String.valueOf(ex.getMessage()))
              .build());
      return Optional.empty();
    }
  }

  private String unit() {
    if (unitName.isPresent()) {
      return unitName.get();
    }
    return WorkbookFiles.unit(titles, UNIT_IN_TITLE);
  }

  private int year() {
    if (year.isPresent()) {
      return year.get();
    }
    for (String t : titles) {
      Matcher m = PLAN_YEAR.matcher(t);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    for (String t : titles) {
      Matcher m = YEAR.matcher(t);
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    for (Pending p : pending) {
      Matcher m = YEAR.matcher(value(p.cells, PlanColumn.PERIOD));
      if (m.find()) {
        return Integer.parseInt(m.group(1));
      }
    }
    return LocalDate.now(clock).getYear();
  }
}
