package io.github.probity.cli;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.finding.Severity;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * One finding as the command line prints it: the SDK's {@link Finding} with its location in the
 * file's own terms ({@code 附件3 个人!G12 (风险等级)}, a JSON pointer) and, for a validation finding on a
 * workbook, the cell that the model path leads to.
 *
 * @param severity how grave
 * @param code the stable code (finding code or rule id)
 * @param location where, in the file's own terms, or empty
 * @param path the model path, or empty
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
record Reported(
    Severity severity,
    String code,
    String location,
    String path,
    String messageZh,
    String messageEn) {

  /** A finding of a reader, located in its file (a workbook cell or a JSON pointer). */
  static Reported of(Finding f) {
    return of(f, Optional.of(f.getLocation()));
  }

  /** A finding at a place in its file; a model path is also printed as the path. */
  static Reported of(Finding f, Optional<Location> at) {
    Optional<String> raw =
        at.filter(Location.Cell.class::isInstance)
            .map(Location.Cell.class::cast)
            .flatMap(Location.Cell::rawValue);
    return new Reported(
        f.getSeverity(),
        f.getCode().code(),
        at.map(Reported::place).orElse(""),
        f.getLocation() instanceof Location.ModelPath ? f.getLocation().text() : "",
        message(f, raw, Locale.SIMPLIFIED_CHINESE),
        message(f, raw, Locale.ENGLISH));
  }

  private static String message(Finding f, Optional<String> raw, Locale locale) {
    return raw.map(v -> Cli.text(locale, "finding.rawValue", f.message(locale), v))
        .orElseGet(() -> f.message(locale));
  }

  /**
   * Returns a place as printed: its text ({@code 附件3 个人!G12}, a JSON pointer) and, for a cell, the
   * header of its column: {@code 附件3 个人!G12 (风险等级)}.
   */
  static String place(Location at) {
    String text = at.text();
    if (at instanceof Location.Cell) {
      return text + ((Location.Cell) at).header().map(h -> " (" + h + ")").orElse("");
    }
    return text;
  }

  /** A finding of the command line itself, its message rendered in Chinese and in English. */
  static Reported of(
      Severity severity, String code, String location, Function<Locale, String> message) {
    return new Reported(
        severity,
        code,
        location,
        "",
        message.apply(Locale.SIMPLIFIED_CHINESE),
        message.apply(Locale.ENGLISH));
  }

  String message(Locale locale) {
    return Cli.isZh(locale) ? messageZh : messageEn;
  }

  /** One line: severity, code, location, message and, if any, the model path. */
  String render(Locale locale) {
    String line =
        location.isEmpty()
            ? Cli.text(locale, "finding.unlocated", severity, code, message(locale))
            : Cli.text(locale, "finding.located", severity, code, location, message(locale));
    return path.isEmpty() || path.equals(location) ? line : line + "  [" + path + "]";
  }
}
