package io.github.probity.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code probity convert IN OUT}: converts a ledger between workbooks (annex tables, ledger table)
 * and JSON ledger documents, choosing reader and writer by extension.
 */
@Command(name = "convert", mixinStandardHelpOptions = true)
final class ConvertCommand implements Callable<Integer> {
  @CommandLine.Mixin WorkbookOptions workbook = WorkbookOptions.none();

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Parameters(index = "0", paramLabel = "IN", descriptionKey = "in")
  Path in;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Parameters(index = "1", paramLabel = "OUT", descriptionKey = "out")
  Path out;

  @Option(names = "--table", paramLabel = "annexes|ledger|archive", defaultValue = "annexes")
  Outputs.Table table = Outputs.Table.annexes;

  @Option(names = "--date", paramLabel = "YYYY-MM-DD")
  Optional<LocalDate> date = Optional.empty();

  @Option(names = "--layout", paramLabel = "FILE")
  Optional<Path> layout = Optional.empty();

  @Override
  public Integer call() {
    Locale locale = Cli.locale(spec);
    PrintWriter console = spec.commandLine().getOut();
    Outputs.writable(out, locale);
    var layouts = Layouts.read(layout, locale);
    workbook.layouts = layouts;
    Inputs.Loaded loaded = Inputs.read(in, locale, spec.commandLine().getErr(), workbook);
    var ledger = loaded.require(locale);
    for (Reported f : loaded.problems()) {
      console.println(in + ": " + f.render(locale));
    }
    if (loaded.format() != Inputs.Format.JSON && ledger.getRiskPoints().isEmpty()) {
      console.flush();
      throw new Cli.Failure(Cli.FINDINGS, Cli.text(locale, "convert.nothingRead", in, out));
    }
    Clock clock = Dates.clock(date);
    Outputs.write(ledger, out, table, clock, layouts, spec.commandLine().getErr(), locale);
    console.println(Cli.text(locale, "convert.written", out, ledger.getRiskPoints().size()));
    console.flush();
    return loaded.errors() > 0 ? Cli.FINDINGS : Cli.OK;
  }
}
