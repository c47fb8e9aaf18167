package io.github.probity.model;

import io.github.probity.internal.LedgerTables;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The ledger (台账): one unit's whole integrity-risk register for one year — its people, leadership
 * group, departments, posts, power items and risk points with their measures. It is the root
 * document that the annex tables, archives and JSON documents are made from.
 *
 * <p>Invariants, checked when it is built: ids are unique per kind (measure ids across the whole
 * ledger), and every reference — to a person, department, post, power item, process step or risk
 * owner — resolves within the ledger. Meeting references are unique; once the ledger records
 * meetings, every level decision names one of them by its reference and every attendee listed by id
 * is a person of the ledger. A ledger that records no meetings (as written before meetings were
 * recorded) keeps each decision's own reference and date; {@link Meeting#inferredFrom(Ledger)}
 * gives the meetings they imply. A violation throws {@link LedgerIntegrityException} naming all
 * problems at once. Lookups by id are constant time. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Ledger {
  static {
    LedgerTables.access(ledger -> ledger.index().tables);
  }

  Ledger() {}

  /** {@return the unit the ledger belongs to} */
  public abstract @Valid Unit getUnit();

  /**
   * Returns the year the ledger covers.
   *
   * @return the year, e.g. 2026
   */
  @Min(2000)
  @Max(2100)
  public abstract int getYear();

  /**
   * Returns every person the ledger refers to.
   *
   * @return the people, in order
   */
  public abstract List<@Valid Person> getPeople();

  /**
   * Returns the values of the extra factors a unit's grading policy declares for risk owners (for
   * instance a leader's 民主评议 score or the petitions counted on a post), by owner and then by factor
   * code. An owner's values live here, once per owner, rather than on each of its points;
   * validation checks them against the declaration.
   *
   * @return the values by owner and factor code; empty when the ledger has none
   * @since 0.1.0
   */
  public abstract Map<RiskOwner, Map<String, FactorValue>> getOwnerFactors();

  /**
   * Returns the extra factor values of one owner.
   *
   * @param owner the owner
   * @return the values by factor code, possibly empty
   * @since 0.1.0
   */
  public Map<String, FactorValue> ownerFactors(RiskOwner owner) {
    Map<String, FactorValue> m = getOwnerFactors().get(owner);
    return m == null ? Map.of() : m;
  }

  /** {@return the leadership group (领导班子): its leaders and what each supervises} */
  public abstract @Valid LeadershipGroup getLeadershipGroup();

  /** {@return the departments, in order} */
  public abstract List<@Valid Department> getDepartments();

  /** {@return the posts, in order} */
  public abstract List<@Valid Post> getPosts();

  /** {@return the power items (职权事项), in order} */
  public abstract List<@Valid PowerItem> getPowerItems();

  /**
   * Returns the records of the leadership meetings that decided the levels of the risk points, each
   * recorded once for all the points it decided.
   *
   * @return the meetings, in order; empty for a ledger that records none
   * @see Meeting
   */
  public abstract List<@Valid Meeting> getMeetings();

  /** {@return the risk points, in order} */
  public abstract List<@Valid RiskPoint> getRiskPoints();

  @Value.Derived
  @Value.Auxiliary
  LedgerIndex index() {
    return LedgerIndex.of(this);
  }

  /**
   * Returns the person with the given id.
   *
   * @param id a person id
   * @return the person, or empty
   */
  public Optional<Person> person(String id) {
    return Optional.ofNullable(index().people.get(id));
  }

  /**
   * Returns the department with the given id.
   *
   * @param id a department id
   * @return the department, or empty
   */
  public Optional<Department> department(String id) {
    return Optional.ofNullable(index().departments.get(id));
  }

  /**
   * Returns the post with the given id.
   *
   * @param id a post id
   * @return the post, or empty
   */
  public Optional<Post> post(String id) {
    return Optional.ofNullable(index().posts.get(id));
  }

  /**
   * Returns the power item with the given id.
   *
   * @param id a power item id
   * @return the power item, or empty
   */
  public Optional<PowerItem> powerItem(String id) {
    return Optional.ofNullable(index().powerItems.get(id));
  }

  /**
   * Returns the risk point with the given id.
   *
   * @param id a risk point id
   * @return the risk point, or empty
   */
  public Optional<RiskPoint> riskPoint(String id) {
    return Optional.ofNullable(index().riskPoints.get(id));
  }

  /**
   * Returns the measure with the given id.
   *
   * @param id a measure id
   * @return the measure, or empty
   */
  public Optional<Measure> measure(String id) {
    return Optional.ofNullable(index().measures.get(id));
  }

  /**
   * Returns the recorded meeting with the given reference.
   *
   * @param reference a meeting reference, e.g. 党组会议〔2026〕5号
   * @return the meeting, or empty
   */
  public Optional<Meeting> meeting(String reference) {
    return Optional.ofNullable(index().meetings.get(reference));
  }

  /**
   * Returns the risk points whose level decision names the given meeting reference, in ledger
   * order: the points the meeting decided.
   *
   * @param reference a meeting reference
   * @return the points, possibly empty
   */
  public List<RiskPoint> decidedAt(String reference) {
    return index().decidedAt.getOrDefault(reference, List.of());
  }

  /**
   * Returns the risk points owned by the given owner, in ledger order.
   *
   * @param owner an owner
   * @return the owner's risk points, possibly empty
   */
  public List<RiskPoint> riskPointsOf(RiskOwner owner) {
    return index().byOwner.getOrDefault(owner, List.of());
  }

  /**
   * Returns every owner that has risk points, mapped to its points, in ledger order.
   *
   * @return the risk points by owner
   */
  public Map<RiskOwner, List<RiskPoint>> riskPointsByOwner() {
    return java.util.Collections.unmodifiableMap(index().byOwner);
  }

  /**
   * Returns the posts of the given department, in ledger order.
   *
   * @param departmentId a department id
   * @return the department's posts, possibly empty
   */
  public List<Post> postsOf(String departmentId) {
    return index().postsByDepartment.getOrDefault(departmentId, List.of());
  }

  /**
   * Returns the posts the given person holds, in ledger order.
   *
   * @param personId a person id
   * @return the person's posts, possibly empty
   */
  public List<Post> postsHeldBy(String personId) {
    return index().postsByHolder.getOrDefault(personId, List.of());
  }

  /**
   * Returns the department an owner belongs to: the department itself, or a post's department.
   *
   * @param owner an owner
   * @return the department, or empty for the leadership group and leaders
   */
  public Optional<Department> departmentOf(RiskOwner owner) {
    switch (owner.getScope()) {
      case DEPARTMENT:
        return department(owner.getId());
      case POST:
        return post(owner.getId()).flatMap(p -> department(p.getDepartment()));
      default:
        return Optional.empty();
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Ledger}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableLedger.Builder {
    Builder() {}
  }
}
