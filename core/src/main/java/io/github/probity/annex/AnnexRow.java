package io.github.probity.annex;

import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One risk point as a table carries it: names and texts instead of ids, so that a row means the
 * same in any unit's file. This is exactly what an annex table can give back; ids, grading factors,
 * level decisions and measure types are not carried.
 *
 * <p>Invariants: the owner name and title are non-blank; the owner key and the roles are non-blank
 * when present. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AnnexRow {
  AnnexRow() {}

  /** {@return the owner's scope} */
  public abstract OwnerScope getScope();

  /**
   * Returns the owner's name: the group's name, the leader's name, the department's or the post's.
   * A leader known only by a role (the table prints {@code 副局长}, no name) has the role here.
   *
   * @return the owner name, non-blank
   */
  public abstract String getOwnerName();

  /**
   * Returns what tells apart owners of the same name in one table, e.g. two leaders known only by
   * their role 副局长: rows with equal (scope, owner name, owner key) have the same owner; empty means
   * the name alone identifies the owner. A reader may use the owner cell's position (its sheet and
   * first row); {@link AnnexTables} gives the owner's place in the ledger where two owners share a
   * name. Only equality matters; the text has no meaning of its own. For a leader known only by a
   * role and given no key, {@link AnnexAssembler} falls back to position: see there.
   *
   * @return the owner key, non-blank when present
   */
  public abstract Optional<String> getOwnerKey();

  /** {@return a leader's role in the group (e.g. 局长), for leader rows} */
  public abstract Optional<String> getLeaderRole();

  /**
   * Returns the department's name, for department and post rows.
   *
   * @return the department name
   */
  public abstract Optional<String> getDepartment();

  /**
   * Returns the names of the post's holders, for post rows.
   *
   * @return the holders' names, in order
   */
  public abstract List<String> getHolders();

  /**
   * Returns the name of the power item, if any.
   *
   * @return the power item's name
   */
  public abstract Optional<String> getPowerItem();

  /** {@return the risk category} */
  public abstract RiskCategory getCategory();

  /**
   * Returns the risk point's title.
   *
   * @return the title, non-blank
   */
  public abstract String getTitle();

  /** {@return how the risk shows, if described} */
  public abstract Optional<String> getManifestation();

  /**
   * {@return the level that counts (the decided one if a decision was taken), or empty while the
   * point is to be graded}
   */
  public abstract Optional<RiskLevel> getLevel();

  /**
   * Tells whether the level is only proposed (拟定): recorded on the table but not yet decided
   * collectively by the leadership meeting. A table prints such a level with {@link
   * AnnexText#PROPOSED_MARK}, e.g. {@code 高（拟定）}, and a reader sets it from that mark. {@link
   * AnnexTables} sets it for a point with a level and no {@link
   * io.github.probity.model.LevelDecision}; it is {@code false} by default and has no meaning
   * without a level. Assembling a ledger from rows takes the level either way (a table does not
   * carry the meeting's decision).
   *
   * @return {@code true} if the level is printed as proposed
   */
  @Value.Default
  public boolean isLevelProposed() {
    return false;
  }

  /** {@return the texts of the measures, in order} */
  public abstract List<String> getMeasures();

  /**
   * Returns the name of the person responsible (责任人), if given. A source that does not split the
   * cell may give its whole text here (e.g. {@code 分管领导人 / 科室负责人} or {@code 张伟（科长）}) and no {@link
   * #getResponsibleRole() role}; {@link AnnexPeople#responsibility(AnnexRow)} then parses it.
   *
   * @return the name, or the cell's text
   */
  public abstract Optional<String> getResponsible();

  /**
   * Returns the role responsible (责任人) when the cell gives a role, alone ({@code 科室负责人}) or beside
   * the {@link #getResponsible() name} ({@code 张伟（科长）} gives 科长). When present, the name (if any)
   * is a name only.
   *
   * @return the role text, non-blank when present
   */
  public abstract Optional<String> getResponsibleRole();

  /**
   * Returns the name of the supervising leader (责任领导), if given; like {@link #getResponsible()}, a
   * source may give the cell's whole text here.
   *
   * @return the name, or the cell's text
   */
  public abstract Optional<String> getSupervisor();

  /**
   * Returns the supervising role (责任领导) when the cell gives a role, alone ({@code 分管领导}) or beside
   * the {@link #getSupervisor() name}. When present, the name (if any) is a name only.
   *
   * @return the role text, non-blank when present
   */
  public abstract Optional<String> getSupervisorRole();

  /**
   * Returns the id of the risk point the row shows, when the table carries it: Probity's own
   * workbooks keep it in a hidden {@link AnnexColumn#POINT_ID} column, so that a row edited, moved
   * or re-sorted by a person is still known as the same point when read back ({@link AnnexMerge}).
   *
   * @return the point id, non-blank when present
   */
  public abstract Optional<String> getPointId();

  /** {@return the monitoring indicators, in order} */
  public abstract List<String> getMonitoringIndicators();

  /**
   * Returns where the row's measures stand, as the 台账's {@link AnnexColumn#MEASURE_STATUS 落实情况} and
   * {@link AnnexColumn#EFFECTIVENESS 成效评价} columns show it: one state per measure the cells speak
   * of, by the measure's number, in order of number. {@link AnnexTables} gives one for every
   * measure; other tables carry none.
   *
   * @return the states, numbers unique and ascending; empty by default
   * @since 0.1.0
   */
  public abstract List<MeasureState> getMeasureStates();

  /**
   * Returns the residual level the 台账's {@link AnnexColumn#RESIDUAL_LEVEL 残余风险} column shows: the
   * point's recorded residual level, else the one the {@linkplain
   * io.github.probity.grading.ResidualLevelPolicy#standard() standard policy} derives.
   *
   * @return the residual level, if shown
   * @since 0.1.0
   */
  public abstract Optional<RiskLevel> getResidualLevel();

  /**
   * Returns what the row holds for columns of a unit's own layout, by their header as printed (e.g.
   * {@code 整改时限}): a writer fills an {@linkplain LayoutColumn#isExtra() extra column} of an {@link
   * AnnexLayout} from the value under the same header and leaves it blank otherwise. A ledger does
   * not carry such values, so {@link AnnexTables} gives none; readers return them with the row's
   * location, not here.
   *
   * @return the values by header, in order; empty by default
   */
  public abstract java.util.Map<String, String> getExtras();

  @Value.Check
  void check() {
    if (getOwnerName().isBlank()) {
      throw new IllegalArgumentException("AnnexRow.ownerName must not be blank");
    }
    if (getTitle().isBlank()) {
      throw new IllegalArgumentException("AnnexRow.title must not be blank");
    }
    nonBlank("ownerKey", getOwnerKey());
    nonBlank("pointId", getPointId());
    nonBlank("responsibleRole", getResponsibleRole());
    nonBlank("supervisorRole", getSupervisorRole());
    int last = 0;
    for (MeasureState m : getMeasureStates()) {
      if (m.getNumber() <= last) {
        throw new IllegalArgumentException(
            "AnnexRow.measureStates must have unique numbers in ascending order");
      }
      last = m.getNumber();
    }
  }

  private static void nonBlank(String field, Optional<String> value) {
    if (value.isPresent() && value.get().isBlank()) {
      throw new IllegalArgumentException("AnnexRow." + field + " must not be blank");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnnexRow}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableAnnexRow.Builder {
    Builder() {}
  }
}
