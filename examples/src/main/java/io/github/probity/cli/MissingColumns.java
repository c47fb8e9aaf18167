package io.github.probity.cli;

import io.github.probity.annex.AnnexColumn;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the findings of a rule about a column that a sheet does not have (no 风险等级 column, so every
 * point lacks a level) into one finding at the sheet's header, instead of one per row at a cell
 * that does not exist.
 */
final class MissingColumns {
  /** A row location without a column letter: the column is not in the sheet. */
  private static final Pattern NO_COLUMN = Pattern.compile("^(.+)!\\d+ \\((.+)\\)$");

  private static final String POINT_HAS_LEVEL = "PR-POINT-001";

  private MissingColumns() {}

  static List<Reported> collapse(List<Reported> findings) {
    List<Reported> out = new ArrayList<>();
    Map<String, List<Reported>> bySheet = new LinkedHashMap<>();
    for (Reported f : findings) {
      Matcher m = NO_COLUMN.matcher(f.location());
      if (f.code().equals(POINT_HAS_LEVEL)
          && m.matches()
          && m.group(2).equals(AnnexColumn.LEVEL.displayName())) {
        bySheet.computeIfAbsent(m.group(1), k -> new ArrayList<>()).add(f);
      } else {
        out.add(f);
      }
    }
    bySheet.forEach(
        (sheet, group) ->
            out.add(
                Reported.of(
                    group.get(0).severity(),
                    POINT_HAS_LEVEL,
                    sheet + " (" + AnnexColumn.LEVEL.displayName() + ")",
                    l -> Cli.text(l, "validate.noLevelColumn", group.size()))));
    return out;
  }
}
