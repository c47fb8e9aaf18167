package io.github.probity.cli;

import io.github.probity.annex.AnnexAssembler;
import io.github.probity.excel.AnnexReadResult;
import io.github.probity.excel.AnnexReadSummary;
import io.github.probity.excel.AnnexRowHandler;
import io.github.probity.excel.LocatedRow;
import io.github.probity.excel.PlanReadResult;
import io.github.probity.excel.WorkbookRejectedException;
import io.github.probity.finding.Severity;
import io.github.probity.json.JsonReadException;
import io.github.probity.json.ProbityJson;
import io.github.probity.json.ReadResult;
import io.github.probity.model.Ledger;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/** Reads ledgers from the files the command line accepts, choosing the reader by extension. */
final class Inputs {
  private static final ProbityJson JSON = ProbityJson.lenient();

  private Inputs() {}

  /** The file types the command line reads or writes. */
  enum Format {
    XLSX,
    XLS,
    JSON;

    /** Picks the format from a file's extension, or fails with a usage error. */
    static Format of(Path file, Locale locale) {
      String name = file.getFileName() == null ? "" : file.getFileName().toString();
      String lower = name.toLowerCase(Locale.ROOT);
      if (lower.endsWith(".xlsx") || lower.endsWith(".xlsm")) {
        return XLSX;
      }
      if (lower.endsWith(".xls")) {
        return XLS;
      }
      if (lower.endsWith(".json")) {
        return JSON;
      }
      throw new Cli.Failure(Cli.USAGE, Cli.text(locale, "input.unsupportedType", file));
    }
  }

  /**
   * What was read from one file.
   *
   * @param file the file
   * @param format its format
   * @param ledger the ledger, empty if the file could not be read
   * @param problems the read problems, in file order
   * @param locator where validation paths are in this file
   * @param rows the table rows with their locations (workbooks only)
   * @param plan the implementation plan, for a workbook that holds annex 4 and no risk table
   * @param whole whether the ledger is whole (a JSON document, or the ledger a Probity workbook
   *     keeps) rather than built from tables, which know no principal leader, division of work or
   *     department heads
   */
  record Loaded(
      Path file,
      Format format,
      Optional<Ledger> ledger,
      List<Reported> problems,
      Locator locator,
      List<LocatedRow> rows,
      Optional<PlanReadResult> plan,
      boolean whole) {

    Loaded(
        Path file,
        Format format,
        Optional<Ledger> ledger,
        List<Reported> problems,
        Locator locator,
        List<LocatedRow> rows) {
      this(file, format, ledger, problems, locator, rows, Optional.empty(), format == Format.JSON);
    }

    boolean readable() {
      return ledger.isPresent() || plan.isPresent();
    }

    /** Returns the ledger, or fails with exit code 3 naming the first problem. */
    Ledger require(Locale locale) {
      if (ledger.isPresent()) {
        return ledger.get();
      }
      String why =
          plan.isPresent()
              ? Cli.text(locale, "input.planNotLedger")
              : problems.isEmpty() ? "" : problems.get(0).render(locale);
      throw new Cli.Failure(Cli.UNREADABLE, Cli.text(locale, "input.cannotRead", file, why));
    }

    long errors() {
      return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }
  }

  /** Reads like {@link #read(Path, Locale, PrintWriter)}, without a progress bar. */
  static Loaded read(Path file, Locale locale) {
    return read(file, locale, Progress.none(), WorkbookOptions.none());
  }

  /** Reads like {@link #read(Path, Locale, PrintWriter, WorkbookOptions)} with default options. */
  static Loaded read(Path file, Locale locale, PrintWriter err) {
    return read(file, locale, err, WorkbookOptions.none());
  }

  /**
   * Reads a ledger from a workbook (annexes, ledger or archive tables) or a JSON ledger document.
   * An unreadable file gives a result without ledger whose problems say why. A workbook is read row
   * by row, counting the rows on {@code err} on a terminal once there are many.
   */
  static Loaded read(Path file, Locale locale, PrintWriter err, WorkbookOptions options) {
    return read(
        file,
        locale,
        Progress.counting(
            err, Cli.text(locale, "input.reading", file), Cli.text(locale, "input.rows")),
        options);
  }

  /** Reads a file, advancing {@code progress} by one for each row read from a workbook. */
  static Loaded read(Path file, Locale locale, Progress progress, WorkbookOptions options) {
    Format format = Format.of(file, locale);
    if (!Files.isRegularFile(file)) {
      return unreadable(file, format, "NO_SUCH_FILE", l -> Cli.text(l, "input.noSuchFile"));
    }
    try {
      if (format == Format.JSON) {
        return readJson(file, format);
      }
      List<LocatedRow> rows = new ArrayList<>();
      List<Reported> problems = new ArrayList<>();
      AnnexReadSummary summary;
      try {
        summary =
            options
                .reader(locale)
                .read(
                    file,
                    new AnnexRowHandler() {
                      @Override
                      public void row(LocatedRow row) {
                        rows.add(row);
                        progress.step(1);
                      }

                      @Override
                      public void problem(io.github.probity.finding.Finding problem) {
                        problems.add(Reported.of(problem));
                      }
                    });
      } finally {
        progress.finish();
      }
      if (summary.getTables().isEmpty()) {
        PlanReadResult plan = options.reader(locale).readPlan(file);
        if (!plan.getRows().isEmpty()) {
          List<Reported> planProblems = new ArrayList<>();
          plan.getProblems().forEach(p -> planProblems.add(Reported.of(p)));
          return new Loaded(
              file,
              format,
              Optional.empty(),
              List.copyOf(planProblems),
              Locator.NONE,
              List.of(),
              Optional.of(plan),
              false);
        }
      }
      if (summary.isLedgerKept()) {
        return keptLedger(file, format, options.reader(locale).read(file));
      }
      if (options.unitCode.isEmpty()) {
        problems.add(
            Reported.of(
                Severity.INFO,
                "UNIT_CODE_DEFAULTED",
                file.toString(),
                l -> Cli.text(l, "input.unitCodeDefaulted", WorkbookOptions.DEFAULT_UNIT_CODE)));
      }
      AnnexAssembler assembler =
          AnnexAssembler.create(summary.getUnitName(), options.unitCode(), summary.getYear());
      for (LocatedRow row : rows) {
        assembler.add(row.getRow());
      }
      Ledger ledger = assembler.build();
      return new Loaded(
          file,
          format,
          Optional.of(ledger),
          List.copyOf(problems),
          Locator.sheet(ledger, rows, summary.getHeaderColumns()),
          List.copyOf(rows));
    } catch (WorkbookRejectedException e) {
      return unreadable(
          file,
          format,
          e.getReason().code(),
          l -> Cli.text(l, "input.workbookRefused", e.getFindings().get(0).describe(l)));
    } catch (IOException e) {
      return unreadable(
          file, format, "IO_ERROR", l -> Cli.text(l, "input.readFailed", e.getMessage()));
    }
  }

  /**
   * A workbook Probity wrote keeps its ledger: the ledger is that one with the edits read from the
   * tables, and the edits are counted in a finding.
   */
  private static Loaded keptLedger(Path file, Format format, AnnexReadResult read) {
    List<Reported> problems = new ArrayList<>();
    read.getProblems().forEach(p -> problems.add(Reported.of(p)));
    read.getEdits()
        .ifPresent(
            edits ->
                problems.add(
                    Reported.of(
                        Severity.INFO,
                        "EDITS_READ",
                        file.toString(),
                        l -> Cli.text(l, "input.editsRead", edits.getChanges().size()))));
    Ledger ledger = read.getLedger();
    return new Loaded(
        file,
        format,
        Optional.of(ledger),
        List.copyOf(problems),
        Locator.sheet(ledger, read.getRows(), read.getHeaderColumns()),
        List.copyOf(read.getRows()),
        Optional.empty(),
        read.getEdits().isPresent());
  }

  private static Loaded readJson(Path file, Format format) throws IOException {
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
      ReadResult<Ledger> read = JSON.readLedger(in); // streamed: the file's bytes are never held
      List<Reported> problems = new ArrayList<>();
      for (io.github.probity.finding.Finding f : read.findings()) {
        problems.add(Reported.of(f));
      }
      return new Loaded(
          file,
          format,
          Optional.of(read.value()),
          List.copyOf(problems),
          Locator.json(read.value()),
          List.of());
    } catch (JsonReadException e) {
      List<Reported> problems = new ArrayList<>();
      for (io.github.probity.finding.Finding f : e.getFindings()) {
        problems.add(Reported.of(f));
      }
      return new Loaded(
          file, format, Optional.empty(), List.copyOf(problems), Locator.NONE, List.of());
    }
  }

  private static Loaded unreadable(
      Path file, Format format, String code, Function<Locale, String> message) {
    Reported f = Reported.of(Severity.ERROR, code, file.toString(), message);
    return new Loaded(file, format, Optional.empty(), List.of(f), Locator.NONE, List.of());
  }
}
