package io.github.probity.cli;

import io.github.probity.excel.RollupWorkbookWriter;
import io.github.probity.finding.Severity;
import io.github.probity.json.RollupDirectory;
import io.github.probity.model.RiskLevel;
import io.github.probity.rollup.Rollup;
import io.github.probity.rollup.RollupResult;
import io.github.probity.rollup.SourceFinding;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code probity rollup DIR [--out FILE.xlsx] [--html FILE.html]}: a commission's roll-up of the
 * units' JSON documents in a directory, as an xlsx summary (汇总表) and an HTML report.
 */
@Command(name = "rollup", mixinStandardHelpOptions = true)
final class RollupCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Parameters(index = "0", paramLabel = "DIR", descriptionKey = "dir")
  Path directory;

  @Option(names = "--out", paramLabel = "FILE.xlsx")
  @Nullable Path out;

  @Option(names = "--html", paramLabel = "FILE.html")
  @Nullable Path html;

  @Option(names = "--commission", paramLabel = "NAME", defaultValue = "")
  String commission = "";

  @Option(names = "--date", paramLabel = "YYYY-MM-DD")
  Optional<LocalDate> date = Optional.empty();

  @Override
  public Integer call() {
    Locale locale = Cli.locale(spec);
    PrintWriter console = spec.commandLine().getOut();
    if (!Files.isDirectory(directory)) {
      throw new Cli.Failure(Cli.UNREADABLE, Cli.text(locale, "rollup.notDirectory", directory));
    }
    Clock clock = Dates.clock(date);
    Rollup rollup = Rollup.start(clock);
    try {
      RollupDirectory.standard().read(directory, rollup);
    } catch (IOException e) {
      throw new Cli.Failure(Cli.UNREADABLE, Cli.text(locale, "rollup.notDirectory", directory), e);
    }
    RollupResult result = rollup.result();
    Path xlsx = out != null || html != null ? out : Path.of("汇总表.xlsx");
    write(result, xlsx, html, commission, clock, locale);
    print(console, result, locale);
    if (xlsx != null) {
      console.println(Cli.text(locale, "rollup.written", xlsx));
    }
    if (html != null) {
      console.println(Cli.text(locale, "rollup.written", html));
    }
    console.flush();
    boolean errors =
        result.getFindings().stream().anyMatch(f -> f.finding().getSeverity() == Severity.ERROR);
    return errors ? Cli.FINDINGS : Cli.OK;
  }

  /** Writes the summary and the report, each whole or not at all. */
  static void write(
      RollupResult result,
      @Nullable Path xlsx,
      @Nullable Path html,
      String commission,
      Clock clock,
      Locale locale) {
    Path current = xlsx != null ? xlsx : html;
    try {
      if (xlsx != null) {
        current = xlsx;
        createParent(xlsx);
        RollupWorkbookWriter.Builder b = RollupWorkbookWriter.builder().clock(clock);
        if (!commission.isBlank()) {
          b.commission(commission);
        }
        b.build().write(result, xlsx);
      }
      if (html != null) {
        current = html;
        createParent(html);
        String page = new RollupReport(result, commission, locale).render();
        Outputs.atomically(html, o -> o.write(page.getBytes(StandardCharsets.UTF_8)));
      }
    } catch (IOException e) {
      throw new Cli.Failure(
          Cli.FAILURE, Cli.text(locale, "output.cannotWrite", current, e.getMessage()), e);
    }
  }

  private static void createParent(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
  }

  private static void print(PrintWriter console, RollupResult r, Locale locale) {
    console.println(
        Cli.text(
            locale,
            "rollup.summary",
            r.getUnits().size(),
            r.riskPoints(),
            r.getTotals().level(RiskLevel.HIGH),
            r.lagging().size(),
            r.getOverdueMeasures().total(),
            r.getOpenCases().total(),
            r.withoutLedger().size()));
    for (SourceFinding f : r.getFindings()) {
      console.println(
          "  " + Cli.label(f.finding().getSeverity(), locale) + " " + f.describe(locale));
    }
  }
}
