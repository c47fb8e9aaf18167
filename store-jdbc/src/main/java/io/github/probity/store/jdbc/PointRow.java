package io.github.probity.store.jdbc;

import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A risk point as the store's queries return it: the row of {@code probity_risk_point}, what a
 * screen lists without loading the ledger. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class PointRow {
  PointRow() {}

  /**
   * Returns the risk point's id.
   *
   * @return the id
   */
  public abstract String getPointId();

  /**
   * Returns the kind of owner.
   *
   * @return the owner's scope
   */
  public abstract OwnerScope getOwnerScope();

  /**
   * Returns the owner's id: a group, leader (person), department or post id.
   *
   * @return the owner id
   */
  public abstract String getOwnerId();

  /**
   * Returns the department the point belongs to: the owning department, or the owning post's.
   *
   * @return the department id, or empty for the leadership group's and leaders' points
   */
  public abstract Optional<String> getDepartment();

  /**
   * Returns the category.
   *
   * @return the category
   */
  public abstract RiskCategory getCategory();

  /**
   * Returns the title.
   *
   * @return the title
   */
  public abstract String getTitle();

  /**
   * Returns the effective level: the decided one, else the proposed one.
   *
   * @return the level, or empty while ungraded
   */
  public abstract Optional<RiskLevel> getLevel();

  /**
   * Tells whether the leadership meeting has decided the level.
   *
   * @return {@code true} if decided
   */
  public abstract boolean isDecided();

  /**
   * Returns the number of measures.
   *
   * @return the count
   */
  public abstract int getMeasureCount();

  static ImmutablePointRow.Builder builder() {
    return ImmutablePointRow.builder();
  }
}
