package io.github.probity.model;

import org.immutables.value.Value;

/**
 * Who owns a risk point (or holds a power): exactly one of the leadership group, a leader, a
 * department or a post, named by its scope and id.
 *
 * <p>For {@link OwnerScope#LEADER} the id is the leader's person id. Invariant: the id is
 * non-blank. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable(builder = false)
public abstract class RiskOwner {
  RiskOwner() {}

  /** {@return the owner's scope} */
  @Value.Parameter
  public abstract OwnerScope getScope();

  /**
   * Returns the id of the group, leader (person id), department or post.
   *
   * @return the id, non-blank
   */
  @Value.Parameter
  public abstract String getId();

  @Value.Check
  void check() {
    Checks.id("RiskOwner", "id", getId());
  }

  /**
   * Returns a hash of the scope's code and the id: the same in every JVM run (an enum's own hash is
   * not), so hash-keyed collections of owners iterate in the same order from run to run.
   *
   * @return the hash
   */
  @Override
  public int hashCode() {
    return 31 * getScope().code().hashCode() + getId().hashCode();
  }

  /**
   * Returns the owner with the given scope and id.
   *
   * @param scope the scope
   * @param id the id
   * @return the owner
   */
  public static RiskOwner of(OwnerScope scope, String id) {
    return ImmutableRiskOwner.of(scope, id);
  }

  /**
   * Returns the leadership group with the given id as owner.
   *
   * @param groupId the group id
   * @return the owner
   */
  public static RiskOwner leadershipGroup(String groupId) {
    return of(OwnerScope.LEADERSHIP_GROUP, groupId);
  }

  /**
   * Returns a leader, by person id, as owner.
   *
   * @param personId the leader's person id
   * @return the owner
   */
  public static RiskOwner leader(String personId) {
    return of(OwnerScope.LEADER, personId);
  }

  /**
   * Returns a department as owner.
   *
   * @param departmentId the department id
   * @return the owner
   */
  public static RiskOwner department(String departmentId) {
    return of(OwnerScope.DEPARTMENT, departmentId);
  }

  /**
   * Returns a post as owner.
   *
   * @param postId the post id
   * @return the owner
   */
  public static RiskOwner post(String postId) {
    return of(OwnerScope.POST, postId);
  }

  @Override
  public String toString() {
    return getScope().code() + ":" + getId();
  }
}
