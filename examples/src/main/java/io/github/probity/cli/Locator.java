package io.github.probity.cli;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.excel.LocatedRow;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Location;
import io.github.probity.finding.Location.ModelPath;
import io.github.probity.finding.Location.ModelPath.Segment;
import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Places a validation finding's {@link ModelPath}, such as {@code
 * departments[D001].riskPoints[RP000003].measures}, in the file the ledger came from: a {@link
 * Location.Cell} of a workbook ({@code 附件3 个人!H14} under the header 防控措施) or a {@link
 * Location.JsonPointer} into a JSON document ({@code /ledger/riskPoints/2/measures}), walking the
 * path's segments. Immutable once built.
 */
@FunctionalInterface
interface Locator {
  /** A locator for ledgers that came from no file: nothing is placed. */
  Locator NONE = path -> Optional.empty();

  /**
   * Returns the place of a model path in the file.
   *
   * @param path the model path
   * @return the place, or empty when the path names nothing the file shows
   */
  Optional<Location> locate(ModelPath path);

  /**
   * Returns where a finding is in the file: a model path placed by this locator; a location that is
   * already in the file's terms (a reader's cell or pointer) as it is.
   */
  default Optional<Location> place(Finding finding) {
    Location at = finding.getLocation();
    return at instanceof ModelPath ? locate((ModelPath) at) : Optional.of(at);
  }

  /**
   * Locates paths in a workbook as {@code sheet!C12 (header)}: a risk point's row (rows and the
   * ledger's points correspond one to one, as the reader builds them) in the column the property is
   * printed in, where the reader found that column's header; for an owner, the owner's first row in
   * the owner's column (or the 责任主体 column of a ledger table). Where the sheet has no such column,
   * the row alone: {@code sheet!12 (header)}.
   *
   * @param headerColumns by sheet, the 0-based column the reader found each canonical column in
   */
  static Locator sheet(
      Ledger ledger, List<LocatedRow> rows, Map<String, Map<AnnexColumn, Integer>> headerColumns) {
    Map<String, LocatedRow> byPoint = new HashMap<>();
    Map<RiskOwner, LocatedRow> byOwner = new HashMap<>();
    Map<String, LocatedRow> byDepartment = new HashMap<>();
    boolean byIds = false; // rows of Probity's workbooks carry their points' ids
    for (LocatedRow row : rows) {
      Optional<RiskPoint> p = row.getRow().getPointId().flatMap(ledger::riskPoint);
      if (p.isPresent()) {
        byIds = true;
        index(ledger, p.get(), row, byPoint, byOwner, byDepartment);
      }
    }
    if (!byIds) { // otherwise the ledger was built from the rows, in their order
      if (rows.size() != ledger.getRiskPoints().size()) {
        return NONE;
      }
      for (int i = 0; i < rows.size(); i++) {
        index(ledger, ledger.getRiskPoints().get(i), rows.get(i), byPoint, byOwner, byDepartment);
      }
    }
    return path -> {
      LocatedRow row = path.pointId().map(byPoint::get).orElse(null);
      AnnexColumn column = null;
      if (row != null) { // the point's row, in the column of the property under the point
        List<Segment> segments = path.segments();
        int at = 0;
        while (!segments.get(at).name().equals("riskPoints")) {
          at++;
        }
        column = at + 1 < segments.size() ? column(segments.get(at + 1).name()) : null;
      } else { // the owner's first row, in the owner's column
        for (Segment s : path.segments()) {
          String id = s.key().orElse("");
          switch (s.name()) {
            case "leadershipGroup":
              row = byOwner.get(RiskOwner.leadershipGroup(ledger.getLeadershipGroup().getId()));
              column = AnnexColumn.LEADER;
              break;
            case "leaders":
              row = byOwner.getOrDefault(RiskOwner.leader(id), row);
              column = AnnexColumn.LEADER;
              break;
            case "departments":
              row = byDepartment.get(id);
              column = AnnexColumn.DEPARTMENT;
              break;
            case "posts":
              row = byOwner.getOrDefault(RiskOwner.post(id), row);
              column = AnnexColumn.POST;
              break;
            default:
              break;
          }
        }
      }
      if (row == null) {
        return Optional.empty();
      }
      if (column == null) {
        return Optional.of(cell(row, Optional.empty(), Optional.empty()));
      }
      Map<AnnexColumn, Integer> found = headerColumns.getOrDefault(row.getSheet(), Map.of());
      AnnexColumn shown = column;
      Integer index = found.get(column);
      if (index == null && OWNER_COLUMNS.contains(column) && found.containsKey(AnnexColumn.OWNER)) {
        shown = AnnexColumn.OWNER;
        index = found.get(shown);
      }
      Optional<String> reference =
          index == null ? Optional.empty() : Optional.of(columnLetters(index) + row.getRowNumber());
      return Optional.of(cell(row, reference, Optional.of(shown.displayName())));
    };
  }

  private static Location.Cell cell(
      LocatedRow row, Optional<String> reference, Optional<String> header) {
    return new Location.Cell(
        Optional.of(row.getSheet()),
        OptionalInt.of(row.getRowNumber()),
        reference,
        header,
        Optional.empty());
  }

  /** The columns that name an owner, which a ledger table prints in its 责任主体 column. */
  Set<AnnexColumn> OWNER_COLUMNS =
      Set.of(AnnexColumn.LEADER, AnnexColumn.DEPARTMENT, AnnexColumn.POST);

  /** Returns the letters of a 0-based column index: 0 is {@code A}, 25 {@code Z}, 26 {@code AA}. */
  static String columnLetters(int index) {
    StringBuilder sb = new StringBuilder();
    for (int c = index + 1; c > 0; c = (c - 1) / 26) {
      sb.append((char) ('A' + (c - 1) % 26));
    }
    return sb.reverse().toString();
  }

  private static @Nullable AnnexColumn column(String property) {
    switch (property) {
      case "level":
      case "decision":
      case "factors":
        return AnnexColumn.LEVEL;
      case "responsible":
        return AnnexColumn.RESPONSIBLE;
      case "supervisor":
        return AnnexColumn.SUPERVISOR;
      case "measures":
        return AnnexColumn.MEASURES;
      case "title":
        return AnnexColumn.RISK_POINT;
      case "manifestation":
        return AnnexColumn.MANIFESTATION;
      case "category":
        return AnnexColumn.CATEGORY;
      case "powerItem":
        return AnnexColumn.POWER_ITEM;
      case "monitoringIndicators":
        return AnnexColumn.MONITORING;
      default:
        return null;
    }
  }

  /**
   * Locates paths in a ledger document as JSON pointers: every element by its index in the
   * document's list, then the property, e.g. {@code /ledger/riskPoints/2/measures/0/text}.
   */
  static Locator json(Ledger ledger) {
    Map<String, Integer> people = index(ledger.getPeople(), Person::getId);
    Map<String, Integer> leaders =
        index(ledger.getLeadershipGroup().getLeaders(), Leader::getPersonId);
    Map<String, Integer> departments = index(ledger.getDepartments(), Department::getId);
    Map<String, Integer> posts = index(ledger.getPosts(), Post::getId);
    Map<String, Integer> powerItems = index(ledger.getPowerItems(), PowerItem::getId);
    Map<String, Integer> points = index(ledger.getRiskPoints(), RiskPoint::getId);
    return path -> {
      String pointer = "/ledger";
      RiskPoint point = null;
      PowerItem item = null;
      for (Segment s : path.segments()) {
        String id = s.key().orElse("");
        String at;
        switch (s.name()) {
          case "people":
            at = element("/ledger/people/", people.get(id));
            break;
          case "leadershipGroup":
            at = "/ledger/leadershipGroup";
            break;
          case "leaders":
            at = element("/ledger/leadershipGroup/leaders/", leaders.get(id));
            break;
          case "departments":
            at = element("/ledger/departments/", departments.get(id));
            break;
          case "posts":
            at = element("/ledger/posts/", posts.get(id));
            break;
          case "riskPoints":
            Integer p = points.get(id);
            at = s.key().isPresent() ? element("/ledger/riskPoints/", p) : pointer;
            point = p == null ? null : ledger.getRiskPoints().get(p);
            break;
          case "powerItems":
            Integer k = powerItems.get(id);
            at = s.key().isPresent() ? element("/ledger/powerItems/", k) : pointer;
            item = k == null ? null : ledger.getPowerItems().get(k);
            break;
          case "measures":
            at =
                s.key().isPresent() && point != null
                    ? element(pointer + "/measures/", indexOf(point, id))
                    : pointer + "/measures";
            break;
          case "processSteps":
            at =
                s.key().isPresent() && item != null
                    ? element(pointer + "/processSteps/", indexOfStep(item, id))
                    : pointer + "/processSteps";
            break;
          default:
            at = pointer + "/" + s.name();
            break;
        }
        if (at.isEmpty()) {
          return Optional.empty();
        }
        pointer = at;
      }
      return Optional.of(Location.jsonPointer(pointer, -1, -1));
    };
  }

  private static String element(String prefix, @Nullable Integer index) {
    return index == null ? "" : prefix + index;
  }

  private static @Nullable Integer indexOf(RiskPoint point, String measureId) {
    for (int i = 0; i < point.getMeasures().size(); i++) {
      if (point.getMeasures().get(i).getId().equals(measureId)) {
        return i;
      }
    }
    return null;
  }

  private static @Nullable Integer indexOfStep(PowerItem item, String stepId) {
    for (int i = 0; i < item.getProcessSteps().size(); i++) {
      if (item.getProcessSteps().get(i).getId().equals(stepId)) {
        return i;
      }
    }
    return null;
  }

  private static <T> Map<String, Integer> index(
      List<T> list, java.util.function.Function<T, String> id) {
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      out.putIfAbsent(id.apply(list.get(i)), i);
    }
    return out;
  }

  private static void index(
      Ledger ledger,
      RiskPoint p,
      LocatedRow row,
      Map<String, LocatedRow> byPoint,
      Map<RiskOwner, LocatedRow> byOwner,
      Map<String, LocatedRow> byDepartment) {
    byPoint.putIfAbsent(p.getId(), row);
    byOwner.putIfAbsent(p.getOwner(), row);
    ledger.departmentOf(p.getOwner()).ifPresent(d -> byDepartment.putIfAbsent(d.getId(), row));
  }
}
