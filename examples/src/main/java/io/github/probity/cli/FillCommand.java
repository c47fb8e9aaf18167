package io.github.probity.cli;

import io.github.probity.annex.AnnexKind;
import io.github.probity.excel.AnnexTemplate;
import io.github.probity.excel.WorkbookRejectedException;
import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code probity fill TEMPLATE LEDGER --out FILE}: the blank template a commission sent, filled
 * with a ledger's rows in the template's own columns, wording, styles and print set-up.
 */
@Command(name = "fill", mixinStandardHelpOptions = true)
final class FillCommand implements Callable<Integer> {
  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Parameters(index = "0", paramLabel = "TEMPLATE", descriptionKey = "template")
  Path templateFile;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @Parameters(index = "1", paramLabel = "LEDGER", descriptionKey = "ledger")
  Path ledgerFile;

  @Option(names = "--out", paramLabel = "FILE")
  Optional<Path> out = Optional.empty();

  @Override
  public Integer call() {
    Locale locale = Cli.locale(spec);
    Path target = out.orElseGet(this::defaultOut);
    if (!target.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".xlsx")) {
      throw new Cli.Failure(Cli.USAGE, Cli.text(locale, "fill.xlsxOnly", target));
    }
    AnnexTemplate template = template(locale);
    Ledger ledger = Inputs.read(ledgerFile, locale).require(locale);
    for (Map.Entry<String, AnnexKind> t : template.tables().entrySet()) {
      spec.commandLine()
          .getOut()
          .println(Cli.text(locale, "fill.table", t.getKey(), t.getValue().displayName()));
    }
    try {
      Path parent = target.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      for (Finding f : template.fill(ledger, target)) {
        spec.commandLine().getOut().println(f.describe(locale)); // e.g. print smaller than 9 pt
      }
    } catch (IllegalArgumentException e) {
      throw new Cli.Failure(
          Cli.FINDINGS, Cli.text(locale, "fill.ledgerIncomplete", e.getMessage()));
    } catch (IOException e) {
      throw new Cli.Failure(
          Cli.FAILURE, Cli.text(locale, "output.cannotWrite", target, e.getMessage()), e);
    }
    spec.commandLine()
        .getOut()
        .println(Cli.text(locale, "fill.written", ledger.getRiskPoints().size(), target));
    spec.commandLine().getOut().flush();
    return Cli.OK;
  }

  private AnnexTemplate template(Locale locale) {
    try {
      return AnnexTemplate.of(templateFile);
    } catch (WorkbookRejectedException e) {
      throw new Cli.Failure(
          Cli.UNREADABLE,
          Cli.text(
              locale,
              "input.cannotRead",
              templateFile,
              Cli.text(locale, "input.workbookRefused", e.getFindings().get(0).describe(locale))),
          e);
    } catch (IllegalArgumentException e) {
      throw new Cli.Failure(
          Cli.UNREADABLE, Cli.text(locale, "fill.notATemplate", templateFile, e.getMessage()), e);
    } catch (IOException e) {
      throw new Cli.Failure(
          Cli.UNREADABLE, Cli.text(locale, "input.cannotRead", templateFile, e.getMessage()), e);
    }
  }

  /** Beside the template: its name with 已填 before the extension. */
  private Path defaultOut() {
    String name = templateFile.getFileName().toString();
    int dot = name.lastIndexOf('.');
    String base = dot > 0 ? name.substring(0, dot) : name;
    return templateFile.resolveSibling(base + "（已填）.xlsx");
  }
}
