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
    Location at = f.getLocation();
    String location = at.text();
    Optional<String> raw = Optional.empty();
    if (at instanceof Location.Cell) {
      Location.Cell cell = (Location.Cell) at;
      location += cell.header().map(h -> " (" + h + ")").orElse("");
      raw = cell.rawValue();
    }
    Optional<String> value = raw;
    return of(
        f.getSeverity(),
        f.getCode().code(),
        location,
        l ->
            value
                .map(v -> Cli.text(l, "finding.rawValue", f.message(l), v))
                .orElseGet(() -> f.message(l)));
  }

  /** A validation finding, located by the cell its model path leads to. */
  static Reported of(Finding v, Locator locator) {
    String path = v.getLocation().text();
    return new Reported(
        v.getSeverity(),
        v.getCode().code(),
        locator.locate(path),
        path,
        v.message(Locale.SIMPLIFIED_CHINESE),
        v.message(Locale.ENGLISH));
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
