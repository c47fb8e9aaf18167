package io.github.probity.validation;

import io.github.probity.finding.Finding;
import io.github.probity.finding.Location.ModelPath;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;

/**
 * Builds the paths that {@link Finding}s use to name elements by id along the unit's structure.
 *
 * <p>The forms are: {@code leadershipGroup}, {@code leadershipGroup.leaders[P01]}, {@code
 * departments[D03]}, {@code departments[D03].posts[P07]}, then under an owner {@code
 * .riskPoints[RP-0042]} or {@code .powerItems[PI-1]}, under a risk point {@code .measures[M-1]},
 * under a power item {@code .processSteps[S1]}, and {@code people[P01]} for a person. A property
 * follows with a dot, e.g. {@code .responsible}: add it with {@link ModelPath#property}. Stateless
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class Paths {
  private Paths() {}

  /**
   * Returns the path of the leadership group.
   *
   * @return {@code leadershipGroup}
   */
  public static ModelPath leadershipGroup() {
    return ModelPath.LEDGER.property("leadershipGroup");
  }

  /**
   * Returns the path of a leader.
   *
   * @param personId the leader's person id
   * @return e.g. {@code leadershipGroup.leaders[P01]}
   */
  public static ModelPath leader(String personId) {
    return leadershipGroup().element("leaders", personId);
  }

  /**
   * Returns the path of a department.
   *
   * @param departmentId the department id
   * @return e.g. {@code departments[D03]}
   */
  public static ModelPath department(String departmentId) {
    return ModelPath.LEDGER.element("departments", departmentId);
  }

  /**
   * Returns the path of a post, under its department.
   *
   * @param post the post
   * @return e.g. {@code departments[D03].posts[P07]}
   */
  public static ModelPath post(Post post) {
    return department(post.getDepartment()).element("posts", post.getId());
  }

  /**
   * Returns the path of a person.
   *
   * @param personId the person id
   * @return e.g. {@code people[P01]}
   */
  public static ModelPath person(String personId) {
    return ModelPath.LEDGER.element("people", personId);
  }

  /**
   * Returns the path of a risk owner.
   *
   * @param ledger the ledger the owner belongs to
   * @param owner the owner
   * @return the owner's path
   */
  public static ModelPath owner(Ledger ledger, RiskOwner owner) {
    switch (owner.getScope()) {
      case LEADERSHIP_GROUP:
        return leadershipGroup();
      case LEADER:
        return leader(owner.getId());
      case DEPARTMENT:
        return department(owner.getId());
      default:
        return ledger
            .post(owner.getId())
            .map(Paths::post)
            .orElse(ModelPath.LEDGER.element("posts", owner.getId()));
    }
  }

  /**
   * Returns the path of a risk point, under its owner.
   *
   * @param ledger the ledger the point belongs to
   * @param point the risk point
   * @return e.g. {@code departments[D03].riskPoints[RP-0042]}
   */
  public static ModelPath riskPoint(Ledger ledger, RiskPoint point) {
    return owner(ledger, point.getOwner()).element("riskPoints", point.getId());
  }

  /**
   * Returns the path of a measure, under its risk point.
   *
   * @param ledger the ledger the point belongs to
   * @param point the risk point
   * @param measure the measure
   * @return e.g. {@code departments[D03].riskPoints[RP-0042].measures[M-1]}
   */
  public static ModelPath measure(Ledger ledger, RiskPoint point, Measure measure) {
    return riskPoint(ledger, point).element("measures", measure.getId());
  }

  /**
   * Returns the path of a power item, under its owner.
   *
   * @param ledger the ledger the item belongs to
   * @param item the power item
   * @return e.g. {@code departments[D03].posts[P07].powerItems[PI-1]}
   */
  public static ModelPath powerItem(Ledger ledger, PowerItem item) {
    return owner(ledger, item.getOwner()).element("powerItems", item.getId());
  }
}
