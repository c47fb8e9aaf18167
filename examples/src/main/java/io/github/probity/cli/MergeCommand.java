package io.github.probity.cli;

import io.github.probity.annex.AnnexRow;
import io.github.probity.examples.MergeDepartments;
import io.github.probity.excel.LocatedRow;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
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
 * {@code probity merge FILE... --out LEDGER}: merges the annex files that departments filled in
 * into one ledger, reporting conflicts with their locations: the same risk point twice and people
 * no file (or roster) knows.
 */
@Command(name = "merge", mixinStandardHelpOptions = true)
final class MergeCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", descriptionKey = "files")
  List<Path> files = new ArrayList<>();

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Option(names = "--out", required = true, paramLabel = "LEDGER")
  Path out;

  @Option(names = "--roster", paramLabel = "FILE")
  Optional<Path> roster = Optional.empty();

  @Option(names = "--unit", paramLabel = "NAME")
  Optional<String> unit = Optional.empty();

  @Option(names = "--year", paramLabel = "YYYY")
  Optional<Integer> year = Optional.empty();

  @Option(names = "--table", paramLabel = "annexes|ledger|archive", defaultValue = "ledger")
  Outputs.Table table = Outputs.Table.ledger;

  @Override
  public Integer call() {
    Locale locale = Cli.locale(spec);
    PrintWriter console = spec.commandLine().getOut();
    Outputs.writable(out, locale);
    List<MergeDepartments.Source> sources = new ArrayList<>();
    List<Ledger> ledgers = new ArrayList<>();
    boolean unreadable = false;
    long readErrors = 0;
    for (Path file : files) {
      Inputs.Loaded loaded = Inputs.read(file, locale, spec.commandLine().getErr());
      for (Reported f : loaded.problems()) {
        console.println(file + ": " + f.render(locale));
      }
      readErrors += loaded.errors();
      if (!loaded.readable()) {
        unreadable = true;
        continue;
      }
      Ledger ledger = loaded.require(locale);
      ledgers.add(ledger);
      String name = file.toString();
      if (loaded.format() == Inputs.Format.JSON) {
        sources.addAll(MergeDepartments.sources(name, ledger));
      } else {
        for (LocatedRow r : loaded.rows()) {
          AnnexRow row = r.getRow();
          sources.add(
              new MergeDepartments.Source(name + ":" + r.getSheet() + "!" + r.getRowNumber(), row));
        }
      }
    }
    if (unreadable) {
      console.println(Cli.text(locale, "merge.unreadable"));
      console.flush();
      return Cli.UNREADABLE;
    }
    Set<String> names = new HashSet<>();
    roster.ifPresent(
        r ->
            Inputs.read(r, locale).require(locale).getPeople().stream()
                .map(Person::getName)
                .forEach(names::add));
    String unitName = unit.orElseGet(() -> ledgers.get(0).getUnit().getName());
    int ledgerYear = year.orElseGet(() -> ledgers.get(0).getYear());
    MergeDepartments.Result result = MergeDepartments.merge(sources, names, unitName, ledgerYear);
    long errors = readErrors;
    for (MergeDepartments.Conflict c : result.conflicts()) {
      Reported f =
          new Reported(c.severity(), c.code(), c.location(), "", c.messageZh(), c.messageEn());
      console.println(f.render(locale));
      if (c.severity() == Severity.ERROR) {
        errors++;
      }
    }
    Outputs.write(
        result.ledger(),
        out,
        table,
        Dates.clock(Optional.of(LocalDate.now())),
        spec.commandLine().getErr(),
        locale);
    console.println(
        Cli.text(
            locale,
            "merge.summary",
            files.size(),
            result.ledger().getRiskPoints().size(),
            result.conflicts().size(),
            out));
    console.flush();
    return errors > 0 ? Cli.FINDINGS : Cli.OK;
  }
}
