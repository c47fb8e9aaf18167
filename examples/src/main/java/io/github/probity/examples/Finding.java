package io.github.probity.examples;

import io.github.probity.excel.ReadProblem;
import io.github.probity.json.JsonFinding;
import io.github.probity.validation.Severity;
import io.github.probity.validation.Violation;
import java.util.Locale;

/**
 * One located problem as the command line prints it, whatever found it: a workbook reader, a JSON
 * reader, a validation rule or a merge.
 *
 * @param severity how grave
 * @param code the stable code (problem code or rule id)
 * @param location where, in the file's own terms ({@code 附件3 个人!G12 (风险等级)}, a JSON pointer), or
 *     empty
 * @param path the model path, or empty
 * @param messageZh the message in Chinese
 * @param messageEn the message in English
 */
record Finding(
    Severity severity,
    String code,
    String location,
    String path,
    String messageZh,
    String messageEn) {

  static Finding of(ReadProblem p) {
    String location = p.location() + p.getHeader().map(h -> " (" + h + ")").orElse("");
    String raw = p.getRawValue().orElse(null);
    return new Finding(
        p.getSeverity(),
        p.getCode().code(),
        location,
        "",
        p.getCode().messageZh() + (raw == null ? "" : "（原值：“" + raw + "”）"),
        p.getCode().messageEn() + (raw == null ? "" : " (value: \"" + raw + "\")"));
  }

  static Finding of(JsonFinding f) {
    return new Finding(
        f.severity(), f.code().code(), f.location(), "", f.messageZh(), f.messageEn());
  }

  static Finding of(Violation v, Locator locator) {
    return new Finding(
        v.getSeverity(),
        v.getRuleId(),
        locator.locate(v.getPath()),
        v.getPath(),
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
