package io.github.probity.cli;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reports validation findings at their places in the file, except that the findings of a rule about
 * a column that a sheet does not have (no 风险等级 column, so every point lacks a level) become one
 * finding at the sheet's header, instead of one per row at a cell that does not exist.
 */
final class MissingColumns {
  private static final String POINT_HAS_LEVEL = "PR-POINT-001";

  private MissingColumns() {}

  static List<Reported> report(List<Finding> findings, Locator locator) {
    List<Reported> out = new ArrayList<>();
    Map<String, List<Finding>> bySheet = new LinkedHashMap<>();
    for (Finding f : findings) {
      Optional<Location> at = locator.place(f);
      Optional<String> sheet =
          f.getCode().code().equals(POINT_HAS_LEVEL) ? sheetWithoutLevel(at) : Optional.empty();
      if (sheet.isPresent()) {
        bySheet.computeIfAbsent(sheet.get(), k -> new ArrayList<>()).add(f);
      } else {
        out.add(Reported.of(f, at));
      }
    }
    bySheet.forEach(
        (sheet, group) ->
            out.add(
                Reported.of(
                    group.get(0).getSeverity(),
                    POINT_HAS_LEVEL,
                    sheet + " (" + AnnexColumn.LEVEL.displayName() + ")",
                    l -> Cli.text(l, "validate.noLevelColumn", group.size()))));
    return out;
  }

  /** The sheet of a place that is a row, under the level's header, in no column: it has none. */
  private static Optional<String> sheetWithoutLevel(Optional<Location> at) {
    if (at.isEmpty() || !(at.get() instanceof Location.Cell)) {
      return Optional.empty();
    }
    Location.Cell cell = (Location.Cell) at.get();
    boolean noColumn = cell.row().isPresent() && cell.cell().isEmpty();
    return noColumn && cell.header().equals(Optional.of(AnnexColumn.LEVEL.displayName()))
        ? cell.sheet()
        : Optional.empty();
  }
}
