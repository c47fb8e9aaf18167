package io.github.probity.cli;

import io.github.probity.model.Ledger;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code probity report LEDGER --out report.html}: a self-contained HTML report for a leadership
 * meeting.
 */
@Command(name = "report", mixinStandardHelpOptions = true)
final class ReportCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Parameters(index = "0", paramLabel = "LEDGER", descriptionKey = "ledger")
  Path ledgerFile;

  @Option(names = "--out", paramLabel = "FILE", defaultValue = "report.html")
  Path out = Path.of("report.html");

  @Option(names = "--date", paramLabel = "YYYY-MM-DD")
  Optional<LocalDate> date = Optional.empty();

  @Override
  public Integer call() {
    Locale locale = Cli.locale(spec);
    Ledger ledger = Inputs.read(ledgerFile, locale).require(locale);
    LocalDate today = LocalDate.now(Dates.clock(date));
    int points = ledger.getRiskPoints().size();
    Progress progress =
        Progress.of(
            spec.commandLine().getErr(), Cli.text(locale, "report.counting"), points, points);
    String html = new HtmlReport(ledger, today, locale, progress).render();
    try {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(out, html, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new Cli.Failure(
          Cli.FAILURE, Cli.text(locale, "output.cannotWrite", out, e.getMessage()), e);
    }
    spec.commandLine().getOut().println(Cli.text(locale, "report.written", out));
    spec.commandLine().getOut().flush();
    return Cli.OK;
  }
}
