package io.github.probity.annex;

import io.github.probity.grading.ResidualAssessment;
import io.github.probity.grading.ResidualLevelPolicy;
import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelLabelStyle;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The mapping from a {@link Ledger} to table rows, and from rows to cell texts.
 *
 * <p>Rows come grouped by owner, owners in ledger order (the group, then its leaders in order of
 * precedence; departments; posts), each owner's points in ledger order: so an owner's rows are
 * adjacent and its cell can be merged over them. Stateless and thread-safe.
 *
 * <p><b>Annex 3 is per person.</b> The personal table ({@link AnnexKind#PERSONAL}, 个人岗位廉政风险防控表)
 * gives each holder of a post a block of their own: a post held by two people prints its points
 * twice, first with the first holder alone in {@link AnnexRow#getHolders()}, then with the second,
 * each copy carrying the same {@link AnnexRow#getPointId() point id}. A post without holders (空缺)
 * prints its points once with no holders. Reading such a table back gives each point once: {@link
 * AnnexAssembler} and {@link AnnexMerge} take a post's rows that repeat a point under other holders
 * as that point with those holders. Leaders' own points are annex 1's (the plan: 领导班子、领导干部防控措施
 * 分别由领导班子和领导干部本人制定); annex 3 lists posts, and a leader who holds a post is one of its holders
 * there. Every other table prints a point once, with all of its post's holders.
 *
 * @since 0.1.0
 */
public final class AnnexTables {
  private AnnexTables() {}

  /**
   * {@return the owners whose risk points a table lists, in print order; only owners with points}
   *
   * @param ledger the ledger
   * @param kind the table kind
   */
  public static List<RiskOwner> owners(Ledger ledger, AnnexKind kind) {
    List<RiskOwner> owners = new ArrayList<>();
    if (kind.scopes().contains(OwnerScope.LEADERSHIP_GROUP)) {
      owners.add(RiskOwner.leadershipGroup(ledger.getLeadershipGroup().getId()));
    }
    if (kind.scopes().contains(OwnerScope.LEADER)) {
      for (Leader l : ledger.getLeadershipGroup().getLeaders()) {
        owners.add(RiskOwner.leader(l.getPersonId()));
      }
    }
    if (kind.scopes().contains(OwnerScope.DEPARTMENT)) {
      for (Department d : ledger.getDepartments()) {
        owners.add(RiskOwner.department(d.getId()));
      }
    }
    if (kind.scopes().contains(OwnerScope.POST)) {
      for (Post p : ledger.getPosts()) {
        owners.add(RiskOwner.post(p.getId()));
      }
    }
    owners.removeIf(o -> ledger.riskPointsOf(o).isEmpty());
    return owners;
  }

  /**
   * Streams the rows of a table, lazily, in print order. Only the 台账's rows carry their measures'
   * {@linkplain AnnexRow#getMeasureStates() states} and {@linkplain AnnexRow#getResidualLevel()
   * residual level}.
   *
   * @param ledger the ledger
   * @param kind the table kind
   * @return the rows
   */
  public static Stream<AnnexRow> stream(Ledger ledger, AnnexKind kind) {
    List<RiskOwner> owners = owners(ledger, kind);
    OwnerKeys keys = OwnerKeys.of(ledger);
    return owners.stream().flatMap(o -> ownerRows(ledger, kind, o, keys));
  }

  /** An owner's rows: for a post of annex 3 with several holders, one block per holder. */
  private static Stream<AnnexRow> ownerRows(
      Ledger ledger, AnnexKind kind, RiskOwner owner, OwnerKeys keys) {
    List<String> holders = blockHolders(ledger, kind, owner);
    boolean motion = kind == AnnexKind.LEDGER;
    if (holders.size() < 2) {
      return ledger.riskPointsOf(owner).stream().map(rp -> row(ledger, rp, keys, motion));
    }
    List<AnnexRow> rows =
        ledger.riskPointsOf(owner).stream()
            .map(rp -> row(ledger, rp, keys, motion))
            .collect(Collectors.toList());
    return holders.stream()
        .flatMap(
            h ->
                rows.stream()
                    .map(
                        r ->
                            AnnexRow.builder()
                                .from(r)
                                .holders(List.of(personName(ledger, h)))
                                .build()));
  }

  /** The holders each given a block of the owner's rows: a post's holders in annex 3, else none. */
  private static List<String> blockHolders(Ledger ledger, AnnexKind kind, RiskOwner owner) {
    if (kind != AnnexKind.PERSONAL || owner.getScope() != OwnerScope.POST) {
      return List.of();
    }
    return ledger.post(owner.getId()).map(Post::getHolders).orElse(List.of());
  }

  /**
   * {@return the rows of a table in print order}
   *
   * @param ledger the ledger
   * @param kind the table kind
   */
  public static List<AnnexRow> rows(Ledger ledger, AnnexKind kind) {
    return stream(ledger, kind).collect(Collectors.toList());
  }

  /**
   * Returns the number of rows a table has: in annex 3, a post's points once per holder.
   *
   * @param ledger the ledger
   * @param kind the table kind
   * @return the row count
   */
  public static int count(Ledger ledger, AnnexKind kind) {
    int n = 0;
    for (RiskOwner o : owners(ledger, kind)) {
      n += ledger.riskPointsOf(o).size() * Math.max(1, blockHolders(ledger, kind, o).size());
    }
    return n;
  }

  /**
   * Returns the part of a row that a table of the given kind carries: values of optional columns
   * the kind does not print (e.g. monitoring indicators outside the ledger table) are left out. A
   * table read back gives exactly this.
   *
   * @param row a row
   * @param kind the table kind
   * @return the row as the table carries it
   */
  public static AnnexRow carried(AnnexRow row, AnnexKind kind) {
    List<AnnexColumn> cols = kind.columns();
    AnnexRow.Builder b = AnnexRow.builder().from(row);
    if (!cols.contains(AnnexColumn.MONITORING)) {
      b.monitoringIndicators(List.of());
    }
    if (!cols.contains(AnnexColumn.POWER_ITEM)) {
      b.powerItem(Optional.empty());
    }
    if (!cols.contains(AnnexColumn.MANIFESTATION)) {
      b.manifestation(Optional.empty());
    }
    if (!cols.contains(AnnexColumn.RESPONSIBLE)) {
      b.responsible(Optional.empty()).responsibleRole(Optional.empty());
    }
    if (!cols.contains(AnnexColumn.SUPERVISOR)) {
      b.supervisor(Optional.empty()).supervisorRole(Optional.empty());
    }
    if (!cols.contains(AnnexColumn.MEASURES)) {
      b.measures(List.of());
    }
    if (!cols.contains(AnnexColumn.MEASURE_STATUS) && !cols.contains(AnnexColumn.EFFECTIVENESS)) {
      b.measureStates(List.of());
    } else if (!cols.contains(AnnexColumn.MEASURE_STATUS)
        || !cols.contains(AnnexColumn.EFFECTIVENESS)) {
      b.measureStates(carriedStates(row, cols.contains(AnnexColumn.MEASURE_STATUS)));
    }
    if (!cols.contains(AnnexColumn.RESIDUAL_LEVEL)) {
      b.residualLevel(Optional.empty());
    }
    return b.build();
  }

  /** The states with only the status, or only the review, as a table with one of the columns. */
  private static List<MeasureState> carriedStates(AnnexRow row, boolean status) {
    List<MeasureState> out = new ArrayList<>();
    for (MeasureState m : row.getMeasureStates()) {
      MeasureState.Builder b = MeasureState.builder().number(m.getNumber());
      if (status) {
        b.status(m.getStatus()).progress(m.getProgress());
      } else if (m.getVerdict().isPresent()) {
        b.verdict(m.getVerdict()).reviewer(m.getReviewer()).reviewDate(m.getReviewDate());
      } else {
        continue;
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * {@return the rows of a table as the table carries them: {@link #rows(Ledger, AnnexKind)} with
   * {@link #carried(AnnexRow, AnnexKind)} applied}
   *
   * @param ledger the ledger
   * @param kind the table kind
   */
  public static List<AnnexRow> carriedRows(Ledger ledger, AnnexKind kind) {
    return stream(ledger, kind).map(r -> carried(r, kind)).collect(Collectors.toList());
  }

  /**
   * Returns one risk point as a row. Its {@link AnnexRow#getOwnerKey() owner key} is the owner's
   * place (1-based) in the ledger's list of leaders, departments or posts when another owner of
   * that kind (for a post: in the same department) has a name of the same {@link
   * AnnexPeople#identityKey(String) identity}, e.g. two leaders known only as 副局长; otherwise empty.
   * Roles of the responsible and supervising parties are carried as they are.
   *
   * @param ledger the ledger that holds the point
   * @param rp the risk point
   * @return the row as the owner's table prints the point, with the point's id
   * @throws IllegalArgumentException if the point's owner is not in the ledger, or the point's
   *     title or its owner's name is blank (the message names the point and the field)
   */
  public static AnnexRow row(Ledger ledger, RiskPoint rp) {
    return row(ledger, rp, OwnerKeys.of(ledger, rp.getOwner()));
  }

  static AnnexRow row(Ledger ledger, RiskPoint rp, OwnerKeys keys) {
    return row(ledger, rp, keys, true);
  }

  /**
   * A point's row; with {@code motion} its measures' states and residual level, which only the 台账
   * prints, so that the other tables' rows cost nothing more.
   */
  static AnnexRow row(Ledger ledger, RiskPoint rp, OwnerKeys keys, boolean motion) {
    AnnexRow.Builder b = AnnexRow.builder();
    RiskOwner owner = rp.getOwner();
    b.scope(owner.getScope()).ownerKey(keys.of(owner)).pointId(rp.getId());
    String ownerName;
    switch (owner.getScope()) {
      case LEADERSHIP_GROUP:
        ownerName = ledger.getLeadershipGroup().getName();
        break;
      case LEADER:
        ownerName = personName(ledger, owner.getId());
        ledger.getLeadershipGroup().leader(owner.getId()).ifPresent(l -> b.leaderRole(l.getRole()));
        break;
      case DEPARTMENT:
        ownerName = require(ledger.department(owner.getId()), owner).getName();
        b.department(ownerName);
        break;
      default:
        Post post = require(ledger.post(owner.getId()), owner);
        ownerName = post.getName();
        ledger.department(post.getDepartment()).ifPresent(d -> b.department(d.getName()));
        for (String h : post.getHolders()) {
          b.addHolders(personName(ledger, h));
        }
        break;
    }
    if (ownerName.isBlank()) {
      throw new IllegalArgumentException(
          "The owner "
              + owner.getScope().code()
              + " "
              + owner.getId()
              + " of risk point "
              + rp.getId()
              + " has a blank name: a table row needs one (责任主体名称为空)");
    }
    b.ownerName(ownerName);
    if (rp.getTitle().isBlank()) {
      throw new IllegalArgumentException(
          "Risk point " + rp.getId() + " has a blank title: a table row needs one (风险点名称为空)");
    }
    rp.getPowerItem().flatMap(ledger::powerItem).map(PowerItem::getName).ifPresent(b::powerItem);
    b.category(rp.getCategory())
        .title(rp.getTitle())
        .manifestation(rp.getManifestation())
        .level(rp.effectiveLevel())
        .levelProposed(rp.getLevel().isPresent() && rp.getDecision().isEmpty());
    for (Measure m : rp.getMeasures()) {
      b.addMeasures(m.getText());
    }
    rp.getResponsible().map(id -> personName(ledger, id)).ifPresent(b::responsible);
    b.responsibleRole(rp.getResponsibleRole());
    rp.getSupervisor().map(id -> personName(ledger, id)).ifPresent(b::supervisor);
    b.supervisorRole(rp.getSupervisorRole());
    b.addAllMonitoringIndicators(rp.getMonitoringIndicators());
    if (!motion) {
      return b.build();
    }
    int n = 1;
    for (Measure m : rp.getMeasures()) {
      MeasureState.Builder s =
          MeasureState.builder().number(n++).status(m.getStatus()).progress(m.getProgress());
      m.latestReview()
          .ifPresent(
              r ->
                  s.verdict(r.getVerdict())
                      .reviewer(personName(ledger, r.getReviewer()))
                      .reviewDate(r.getDate()));
      b.addMeasureStates(s.build());
    }
    b.residualLevel(residualLevel(rp));
    return b.build();
  }

  /**
   * Returns the residual level a 台账 prints for a point: the recorded one, else the one the
   * {@linkplain ResidualLevelPolicy#standard() standard policy} derives from its level and
   * measures.
   *
   * @param rp the risk point
   * @return the residual level, or empty while the point has no level
   */
  public static Optional<RiskLevel> residualLevel(RiskPoint rp) {
    if (rp.getResidualLevel().isPresent()) {
      return rp.getResidualLevel();
    }
    return ResidualLevelPolicy.standard().assess(rp).map(ResidualAssessment::getResidualLevel);
  }

  private static <T> T require(Optional<T> value, RiskOwner owner) {
    return value.orElseThrow(() -> new IllegalArgumentException("unknown owner " + owner));
  }

  private static String personName(Ledger ledger, String id) {
    return ledger.person(id).map(Person::getName).orElse(id);
  }

  /**
   * Returns the text of one cell. The sequence column is numbered by the writer and gives an empty
   * text here.
   *
   * @param row the row
   * @param column the column
   * @param style how levels are labelled
   * @return the cell text, empty when the row has no value for the column
   */
  public static String cell(AnnexRow row, AnnexColumn column, LevelLabelStyle style) {
    switch (column) {
      case SCOPE:
        return row.getScope().displayName();
      case OWNER:
      case LEADER:
        return row.getScope() == OwnerScope.LEADER ? leaderCell(row) : row.getOwnerName();
      case DEPARTMENT:
        return row.getDepartment().orElse("");
      case POST:
        return row.getScope() == OwnerScope.POST ? row.getOwnerName() : "";
      case HOLDER:
        return String.join(AnnexText.NAME_SEPARATOR, row.getHolders());
      case POWER_ITEM:
        return row.getPowerItem().orElse("");
      case CATEGORY:
        return row.getCategory().displayName();
      case RISK_POINT:
        return row.getTitle();
      case MANIFESTATION:
        return row.getManifestation().orElse("");
      case LEVEL:
        return row.getLevel()
            .map(l -> l.label(style) + (row.isLevelProposed() ? AnnexText.PROPOSED_MARK : ""))
            .orElse("");
      case MEASURES:
        return AnnexText.joinNumbered(row.getMeasures());
      case RESPONSIBLE:
        return AnnexPeople.responsibilityCell(row.getResponsible(), row.getResponsibleRole());
      case SUPERVISOR:
        return AnnexPeople.responsibilityCell(row.getSupervisor(), row.getSupervisorRole());
      case MONITORING:
        return String.join("\n", row.getMonitoringIndicators());
      case POINT_ID:
        return row.getPointId().orElse("");
      case MEASURE_STATUS:
        return numbered(row, AnnexTables::statusText);
      case EFFECTIVENESS:
        return numbered(row, AnnexTables::reviewText);
      case RESIDUAL_LEVEL:
        return row.getResidualLevel().map(l -> l.label(style)).orElse("");
      default:
        return "";
    }
  }

  /**
   * The lines of a measures-in-motion cell, numbered as the measures cell is: bare for a row of one
   * measure, else {@code n.} before each line; measures with nothing to show get no line.
   */
  private static String numbered(
      AnnexRow row, java.util.function.Function<MeasureState, String> text) {
    List<String> lines = new ArrayList<>();
    List<MeasureState> states = row.getMeasureStates();
    for (MeasureState m : states) {
      String t = text.apply(m);
      if (!t.isEmpty()) {
        lines.add(m.getNumber() + "." + t);
      }
    }
    if (lines.size() == 1
        && states.size() == 1
        && states.get(0).getNumber() == 1
        && row.getMeasures().size() <= 1) {
      return text.apply(states.get(0));
    }
    return String.join("\n", lines);
  }

  /**
   * A measure's 落实情况: the status's label, with the progress in brackets where it is not the one the
   * status implies ({@link MeasureState#defaultProgress(MeasureStatus)}), e.g. {@code 推进中（60%）}.
   *
   * @param state the measure's state
   * @return the text, empty without a status
   */
  public static String statusText(MeasureState state) {
    if (state.getStatus().isEmpty()) {
      return "";
    }
    MeasureStatus s = state.getStatus().get();
    return state.getProgress() == MeasureState.defaultProgress(s) && s != MeasureStatus.IN_PROGRESS
        ? s.displayName()
        : s.displayName() + "（" + state.getProgress() + "%）";
  }

  /**
   * A measure's 成效评价: the latest review's verdict with the reviewer and date in brackets, e.g.
   * {@code 有效（王强，2026年12月6日）}.
   *
   * @param state the measure's state
   * @return the text, empty without a verdict
   */
  public static String reviewText(MeasureState state) {
    if (state.getVerdict().isEmpty()) {
      return "";
    }
    List<String> by = new ArrayList<>();
    state.getReviewer().ifPresent(by::add);
    state.getReviewDate().map(AnnexTables::chineseDate).ifPresent(by::add);
    String verdict = state.getVerdict().get().displayName();
    return by.isEmpty() ? verdict : verdict + "（" + String.join("，", by) + "）";
  }

  /** A date as Chinese documents print it: 2026年12月6日. */
  static String chineseDate(java.time.LocalDate date) {
    return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
  }

  /** A leader's cell: 姓名（职务）, or the role alone for a leader known only by it. */
  private static String leaderCell(AnnexRow row) {
    String name = row.getOwnerName();
    String role = row.getLeaderRole().orElse("");
    return name.equals(role) ? name : AnnexText.leaderCell(name, role);
  }

  /**
   * Returns the key that decides which adjacent rows share a merged cell in a column: rows of the
   * same owner (scope, department, name and {@link AnnexRow#getOwnerKey() owner key}) and the same
   * holders share the owner, post and holder cells, so that each holder's block in annex 3 has its
   * own; rows of the same department share the department cell.
   *
   * @param row the row
   * @param column the column
   * @return the merge key, or empty if the column is never merged
   */
  public static Optional<String> mergeKey(AnnexRow row, AnnexColumn column) {
    switch (column) {
      case SCOPE:
      case OWNER:
      case LEADER:
      case POST:
      case HOLDER:
        return Optional.of(row.getScope().code() + "\u0000" + ownerIdentity(row));
      case DEPARTMENT:
        return row.getDepartment().map(d -> "D\u0000" + d);
      default:
        return Optional.empty();
    }
  }

  private static String ownerIdentity(AnnexRow row) {
    return row.getDepartment().orElse("")
        + "\u0000"
        + row.getOwnerName()
        + "\u0000"
        + row.getOwnerKey().orElse("")
        + "\u0000"
        + String.join("\u0000", row.getHolders());
  }
}
