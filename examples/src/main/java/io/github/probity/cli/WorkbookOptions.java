package io.github.probity.cli;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.excel.AnnexReader;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * How to read workbooks whose tables the reader cannot place alone: header mappings, the kind of
 * table, the sheets to read, and the unit's code, name and year. A picocli mixin shared by the
 * commands that read workbooks.
 */
final class WorkbookOptions {
  /**
   * The unit code given to a workbook's ledger when the caller names none; reported as a default.
   */
  static final String DEFAULT_UNIT_CODE = "UNIT";

  @Option(names = "--map", paramLabel = "表头=列")
  List<String> maps = new ArrayList<>();

  @Option(names = "--kind", paramLabel = "附件1|附件2|附件3|台账")
  Optional<String> kind = Optional.empty();

  @Option(names = "--sheet", paramLabel = "名称")
  List<String> sheets = new ArrayList<>();

  @Option(names = "--unit-code", paramLabel = "代码")
  Optional<String> unitCode = Optional.empty();

  @Option(names = "--unit", paramLabel = "名称")
  Optional<String> unit = Optional.empty();

  @Option(names = "--year", paramLabel = "YYYY")
  Optional<Integer> year = Optional.empty();

  @Option(names = "--password", paramLabel = "密码")
  Optional<String> password = Optional.empty();

  @Option(names = "--suggest-categories")
  boolean suggestCategories;

  /** The unit's layouts whose headers the reader recognises (a command's {@code --layout}). */
  List<io.github.probity.annex.AnnexLayout> layouts = List.of();

  /** The default options: every sheet, no mapping. */
  static WorkbookOptions none() {
    return new WorkbookOptions();
  }

  /** The unit code for the ledger read. */
  String unitCode() {
    return unitCode.orElse(DEFAULT_UNIT_CODE);
  }

  /**
   * Builds the reader these options describe, or fails with a usage error naming the bad option.
   */
  AnnexReader reader(Locale locale) {
    AnnexReader.Builder b = AnnexReader.builder().unitCode(unitCode());
    layouts.forEach(b::layout);
    for (String m : maps) {
      int eq = m.lastIndexOf('=');
      if (eq <= 0 || eq == m.length() - 1) {
        throw usage(locale, "options.mapSyntax", m);
      }
      b.mapHeader(m.substring(0, eq).strip(), column(m.substring(eq + 1).strip(), locale));
    }
    kind.ifPresent(k -> b.kind(kind(k, locale)));
    sheets.forEach(b::sheet);
    unit.ifPresent(b::unitName);
    year.ifPresent(b::year);
    password.ifPresent(b::password);
    b.suggestCategories(suggestCategories);
    return b.build();
  }

  private static AnnexColumn column(String text, Locale locale) {
    for (AnnexColumn c : AnnexColumn.values()) {
      if (c.code().equalsIgnoreCase(text) || c.displayName().equals(text)) {
        return c;
      }
    }
    return AnnexColumn.match(text).orElseThrow(() -> usage(locale, "options.unknownColumn", text));
  }

  private static AnnexKind kind(String text, Locale locale) {
    return AnnexKind.recognise(text)
        .filter(k -> k != AnnexKind.PLAN)
        .orElseThrow(() -> usage(locale, "options.unknownKind", text));
  }

  private static Cli.Failure usage(Locale locale, String key, String argument) {
    return new Cli.Failure(Cli.USAGE, Cli.text(locale, key, argument));
  }
}
