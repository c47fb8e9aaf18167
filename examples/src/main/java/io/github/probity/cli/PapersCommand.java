package io.github.probity.cli;

import io.github.probity.docx.DispositionPaper;
import io.github.probity.docx.DispositionPaperWriter;
import io.github.probity.docx.DocumentNumbering;
import io.github.probity.docx.Paper;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.json.JsonReadException;
import io.github.probity.json.ProbityJson;
import io.github.probity.json.ReadResult;
import io.github.probity.model.Ledger;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Subject;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code probity papers CASES.json LEDGER --out DIR [--from N]}: the disposition papers (Word) of a
 * case book's open cases, numbered in sequence: for each case that calls for one, the paper its
 * step in force hands over first (the notice, card or order; with {@code --all}, every paper of the
 * step), or the prevention notice of a tendency warning that waits for verification.
 */
@Command(name = "papers", mixinStandardHelpOptions = true)
final class PapersCommand implements Callable<Integer> {
  /** The states in which a case still awaits papers: not yet rectified, archived or cleared. */
  private static final Set<CaseState> OPEN =
      EnumSet.of(CaseState.PENDING, CaseState.IN_PROGRESS, CaseState.VERIFIED);

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Parameters(index = "0", paramLabel = "CASES.json", descriptionKey = "cases")
  Path casesFile;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Parameters(index = "1", paramLabel = "LEDGER", descriptionKey = "ledger")
  Path ledgerFile;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Option(names = "--out", paramLabel = "DIR", required = true)
  Path out;

  @Option(names = "--from", paramLabel = "N", defaultValue = "1")
  int from = 1;

  @Option(names = "--prefix", paramLabel = "代字", defaultValue = "")
  String prefix = "";

  @Option(names = "--year", paramLabel = "YYYY")
  Optional<Integer> year = Optional.empty();

  @Option(names = "--body", paramLabel = "NAME")
  Optional<String> body = Optional.empty();

  @Option(names = "--all")
  boolean all;

  @Option(names = "--calendar-days")
  boolean calendarDays;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD")
  Optional<LocalDate> date = Optional.empty();

  @Override
  public Integer call() {
    Locale locale = Cli.locale(spec);
    PrintWriter console = spec.commandLine().getOut();
    Clock clock = Dates.clock(date);
    DocumentNumbering numbering = numbering(clock, locale);
    DispositionPaperWriter writer = writer(clock, locale);
    if (Inputs.Format.of(casesFile, locale) != Inputs.Format.JSON) {
      throw new Cli.Failure(Cli.USAGE, Cli.text(locale, "papers.casesJson", casesFile));
    }
    CaseBook book = cases(clock, locale, console);
    Ledger ledger = Inputs.read(ledgerFile, locale).require(locale);

    // draft and lay out every paper before the first file is written
    List<DispositionCase> open = new ArrayList<>();
    List<Reported> problems = new ArrayList<>();
    for (DispositionCase c : book.cases()) {
      if (!OPEN.contains(c.getState()) || writer.papersFor(c).isEmpty()) {
        continue;
      }
      Subject s = c.getWarning().getSubject();
      if (!known(ledger, s)) {
        problems.add(
            Reported.of(
                Severity.ERROR,
                "UNKNOWN_SUBJECT",
                casesFile + " " + c.getId(),
                l ->
                    Cli.text(
                        l,
                        "papers.unknownSubject",
                        Cli.label(s.getKind(), l),
                        s.getId(),
                        ledgerFile)));
        continue;
      }
      open.add(c);
    }
    List<Drafted> drafted = new ArrayList<>();
    for (DispositionCase c : open) {
      List<DispositionPaper> kinds = writer.papersFor(c);
      for (DispositionPaper kind : all ? kinds : kinds.subList(0, 1)) {
        Paper paper = writer.draft(kind, ledger, c, numbering.next());
        drafted.add(new Drafted(paper, writer.toBytes(paper)));
      }
    }
    for (Reported p : problems) {
      console.println("  " + p.render(locale));
    }

    List<Path> written = write(drafted, locale);
    for (int i = 0; i < written.size(); i++) {
      Paper p = drafted.get(i).paper();
      console.println(
          Cli.text(
              locale,
              "papers.written",
              p.number().text(),
              p.title(),
              p.addressee(),
              p.deadline(),
              written.get(i)));
    }
    if (drafted.isEmpty() && problems.isEmpty()) {
      console.println(Cli.text(locale, "papers.none", book.cases().size()));
    } else {
      console.println(
          Cli.text(locale, "papers.summary", drafted.size(), open.size(), numbering.peek().text()));
    }
    console.flush();
    return problems.isEmpty() ? Cli.OK : Cli.FINDINGS;
  }

  private DocumentNumbering numbering(Clock clock, Locale locale) {
    try {
      return DocumentNumbering.of(prefix, year.orElse(LocalDate.now(clock).getYear()), from);
    } catch (IllegalArgumentException e) {
      throw new Cli.Failure(Cli.USAGE, Cli.text(locale, "papers.badNumber", e.getMessage()), e);
    }
  }

  private DispositionPaperWriter writer(Clock clock, Locale locale) {
    DispositionPaperWriter.Builder b = DispositionPaperWriter.builder().clock(clock);
    if (body.isPresent()) {
      if (body.get().isBlank()) {
        throw new Cli.Failure(Cli.USAGE, Cli.text(locale, "papers.blankBody"));
      }
      b.issuer(body.get());
    }
    if (calendarDays) {
      b.calendarDays();
    }
    return b.build();
  }

  /** Reads the case document; an unreadable one fails with exit code 3 and its first finding. */
  private CaseBook cases(Clock clock, Locale locale, PrintWriter console) {
    if (!Files.isRegularFile(casesFile)) {
      throw new Cli.Failure(
          Cli.UNREADABLE,
          Cli.text(locale, "input.cannotRead", casesFile, Cli.text(locale, "input.noSuchFile")));
    }
    try {
      ReadResult<CaseBook> read =
          ProbityJson.lenient().readCases(Files.readAllBytes(casesFile), clock);
      for (Finding f : read.findings()) {
        console.println("  " + Reported.of(f).render(locale));
      }
      return read.value();
    } catch (JsonReadException e) {
      List<Finding> findings = e.getFindings();
      String why =
          findings.isEmpty() ? e.getMessage() : Reported.of(findings.get(0)).render(locale);
      throw new Cli.Failure(
          Cli.UNREADABLE, Cli.text(locale, "input.cannotRead", casesFile, why), e);
    } catch (IOException e) {
      throw new Cli.Failure(
          Cli.UNREADABLE,
          Cli.text(
              locale,
              "input.cannotRead",
              casesFile,
              Cli.text(locale, "input.readFailed", e.getMessage())),
          e);
    }
  }

  /**
   * Writes the papers, each file whole. A number once issued is not written over: when a file of
   * the same name exists, nothing is written. A failure removes the files this run wrote, so that
   * the directory gets every paper or none.
   */
  private List<Path> write(List<Drafted> drafted, Locale locale) {
    List<Path> targets = new ArrayList<>();
    Set<Path> names = new HashSet<>();
    for (Drafted d : drafted) {
      Path file = out.resolve(DispositionPaperWriter.fileName(d.paper()));
      if (Files.exists(file) || !names.add(file)) {
        throw new Cli.Failure(Cli.FAILURE, Cli.text(locale, "papers.exists", file));
      }
      targets.add(file);
    }
    List<Path> written = new ArrayList<>();
    Path current = out;
    try {
      Files.createDirectories(out);
      for (int i = 0; i < drafted.size(); i++) {
        byte[] bytes = drafted.get(i).bytes();
        current = targets.get(i);
        Outputs.atomically(current, o -> o.write(bytes));
        written.add(current);
      }
    } catch (IOException e) {
      for (Path p : written) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // the failure reported below is the one that matters
        }
      }
      throw new Cli.Failure(
          Cli.FAILURE, Cli.text(locale, "output.cannotWrite", current, e.getMessage()), e);
    }
    return written;
  }

  /** Tells whether the ledger knows the person, post, department or leadership group. */
  private static boolean known(Ledger ledger, Subject s) {
    switch (s.getKind()) {
      case PERSON:
        return ledger.person(s.getId()).isPresent();
      case POST:
        return ledger.post(s.getId()).isPresent();
      case DEPARTMENT:
        return ledger.department(s.getId()).isPresent();
      default:
        return ledger.getLeadershipGroup().getId().equals(s.getId());
    }
  }

  /** A paper and its document's bytes. */
  private record Drafted(Paper paper, byte[] bytes) {}
}
