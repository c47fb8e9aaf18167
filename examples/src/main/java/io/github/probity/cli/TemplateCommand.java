package io.github.probity.cli;

import io.github.probity.annex.AnnexKind;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.Unit;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code probity template --annex N [--rows R]}: a blank, print-ready annex workbook for a
 * department to fill in — title with the unit's name, 填报单位/填报日期 line, header, {@code R} blank
 * bordered rows with the category and level drop-downs, A4 landscape print set-up.
 */
@Command(name = "template", mixinStandardHelpOptions = true)
final class TemplateCommand implements Callable<Integer> {
  /** The title printed when no unit is named: a line to fill in by hand. */
  static final String BLANK_UNIT = "________";

  /** The number of blank rows an annex 1–3 template gets unless {@code --rows} says otherwise. */
  static final int DEFAULT_ROWS = 20;

  @SuppressWarnings("NullAway.Init") // injected by picocli
  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Option(names = "--annex", required = true, paramLabel = "1|2|3|4")
  int annex;

  @Option(names = "--unit", paramLabel = "NAME")
  Optional<String> unit = Optional.empty();

  @Option(names = "--year", paramLabel = "YYYY")
  Optional<Integer> year = Optional.empty();

  @Option(names = "--rows", paramLabel = "N")
  Optional<Integer> rows = Optional.empty();

  @Option(names = "--out", paramLabel = "FILE")
  Optional<Path> out = Optional.empty();

  @Override
  public Integer call() {
    Locale locale = Cli.locale(spec);
    AnnexKind kind = kind(annex, locale);
    int blankRows = rows(kind, locale);
    Path file = out.orElseGet(() -> Path.of(kind.sheetName() + ".xlsx"));
    if (Outputs.writable(file, locale) != Inputs.Format.XLSX) {
      throw new Cli.Failure(Cli.USAGE, Cli.text(locale, "template.xlsxOnly", file));
    }
    Ledger blank =
        Ledger.builder()
            .unit(Unit.builder().code("UNIT").name(unit.orElse(BLANK_UNIT)).build())
            .year(year.orElseGet(() -> LocalDate.now(Clock.systemDefaultZone()).getYear()))
            .leadershipGroup(LeadershipGroup.builder().id("LG").name("领导班子").build())
            .build();
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Outputs.atomically(
          file,
          stream -> {
            if (kind == AnnexKind.PLAN) {
              AnnexWriter.standard().write(blank, kind, stream);
            } else {
              AnnexWriter.standard()
                  .writeTemplate(blank.getUnit().getName(), kind, blankRows, stream);
            }
          });
    } catch (IOException e) {
      throw new Cli.Failure(
          Cli.FAILURE, Cli.text(locale, "output.cannotWrite", file, e.getMessage()), e);
    }
    spec.commandLine()
        .getOut()
        .println(Cli.text(locale, "template.written", kind.sheetName(), kind.code(), file));
    spec.commandLine().getOut().flush();
    return Cli.OK;
  }

  /** The blank rows asked for, checked: annex 4 takes none, annexes 1–3 a bounded number. */
  private int rows(AnnexKind kind, Locale locale) {
    if (kind == AnnexKind.PLAN) {
      if (rows.isPresent()) {
        throw new Cli.Failure(Cli.USAGE, Cli.text(locale, "template.planTakesNoRows"));
      }
      return 0;
    }
    int n = rows.orElse(DEFAULT_ROWS);
    if (n < 0 || n > AnnexWriter.MAX_BLANK_ROWS) {
      throw new Cli.Failure(
          Cli.USAGE, Cli.text(locale, "template.rowsOutOfRange", AnnexWriter.MAX_BLANK_ROWS, n));
    }
    return n;
  }

  /** The annex for a number: 1–3 the risk tables, 4 the implementation plan. */
  static AnnexKind kind(int number, Locale locale) {
    switch (number) {
      case 1:
        return AnnexKind.LEADERSHIP_GROUP;
      case 2:
        return AnnexKind.DEPARTMENT;
      case 3:
        return AnnexKind.PERSONAL;
      case 4:
        return AnnexKind.PLAN;
      default:
        throw new Cli.Failure(Cli.USAGE, Cli.text(locale, "template.noSuchAnnex", number));
    }
  }
}
