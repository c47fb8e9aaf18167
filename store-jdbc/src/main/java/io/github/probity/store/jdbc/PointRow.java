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

  /** {@return the risk point's id} */
  public abstract String getPointId();

  /**
   * Returns the kind of owner.
   *
   * @return the owner's scope
   */
  public abstract OwnerScope getOwnerScope();

  /** {@return the owner's id: a group, leader (person), department or post id} */
  public abstract String getOwnerId();

  /**
   * Returns the department the point belongs to: the owning department, or the owning post's.
   *
   * @return the department id, or empty for the leadership group's and leaders' points
   */
  public abstract Optional<String> getDepartment();

  /** {@return the category} */
  public abstract RiskCategory getCategory();

  /** {@return the title} */
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

  /** {@return the number of measures} */
  public abstract int getMeasureCount();

  static ImmutablePointRow.Builder builder() {
    return ImmutablePointRow.builder();
  }
}
