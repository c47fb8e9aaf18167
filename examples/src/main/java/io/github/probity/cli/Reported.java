package io.github.probity.cli;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.finding.Severity;
import java.util.Locale;

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
    String raw = null;
    if (at instanceof Location.Cell) {
      Location.Cell cell = (Location.Cell) at;
      location += cell.header().map(h -> " (" + h + ")").orElse("");
      raw = cell.rawValue().orElse(null);
    }
    return new Reported(
        f.getSeverity(),
        f.getCode().code(),
        location,
        "",
        f.message(Locale.SIMPLIFIED_CHINESE) + (raw == null ? "" : "（原值：“" + raw + "”）"),
        f.message(Locale.ENGLISH) + (raw == null ? "" : " (value: \"" + raw + "\")"));
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

  String message(Locale locale) {
    return Cli.isZh(locale) ? messageZh : messageEn;
  }

  /** One line: severity, code, location, message and, if any, the model path. */
  String render(Locale locale) {
    StringBuilder sb = new StringBuilder();
    sb.append(Cli.isZh(locale) ? severity.displayName() : severity.code()).append(' ').append(code);
    if (!location.isEmpty()) {
      sb.append(' ').append(location);
    }
    sb.append(Cli.isZh(locale) ? "：" : ": ").append(message(locale));
    if (!path.isEmpty() && !path.equals(location)) {
      sb.append("  [").append(path).append(']');
    }
    return sb.toString();
  }
}
