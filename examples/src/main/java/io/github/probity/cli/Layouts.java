package io.github.probity.cli;

import io.github.probity.annex.AnnexLayout;
import io.github.probity.excel.AnnexWriter;
import io.github.probity.json.JsonReadException;
import io.github.probity.json.ProbityJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The {@code --layout FILE} option: a unit's annex layouts, read from a layout document. */
final class Layouts {
  private Layouts() {}

  /** The layouts in the file, none without one; fails with the document's first error. */
  static List<AnnexLayout> read(Optional<Path> file, Locale locale) {
    if (file.isEmpty()) {
      return List.of();
    }
    Path f = file.get();
    try {
      return ProbityJson.strict().readAnnexLayouts(Files.readAllBytes(f)).value();
    } catch (JsonReadException e) {
      throw new Cli.Failure(
          Cli.UNREADABLE,
          Cli.text(locale, "layout.cannotRead", f, Reported.of(e.firstError()).render(locale)),
          e);
    } catch (IOException e) {
      throw new Cli.Failure(
          Cli.UNREADABLE, Cli.text(locale, "layout.cannotRead", f, e.getMessage()), e);
    }
  }

  /** The annex writer with the layouts; a layout that would print below 9 pt is a usage error. */
  static AnnexWriter writer(List<AnnexLayout> layouts, LocalDate fillDate, Locale locale) {
    try {
      return AnnexWriter.builder().fillDate(fillDate).layouts(layouts).build();
    } catch (IllegalArgumentException e) {
      throw new Cli.Failure(Cli.USAGE, Cli.text(locale, "layout.refused", e.getMessage()), e);
    }
  }
}
