package io.github.probity.archive;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A post, risk point or measure added, removed or changed between two ledgers; a change lists the
 * fields that differ.
 *
 * <p>Invariants: a change has at least one field, an addition or removal none. A measure names its
 * risk point (in the newer ledger when present there). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EntityChange {
  EntityChange() {}

  /**
   * Returns the kind of entity.
   *
   * @return the entity kind
   */
  public abstract DiffEntity getEntity();

  /** {@return the entity's id} */
  public abstract String getId();

  /** {@return the id of the risk point a measure belongs to; empty for other entities} */
  public abstract Optional<String> getRiskPointId();

  /** {@return whether the entity was added, removed or changed} */
  public abstract ChangeType getType();

  /**
   * Returns the fields that differ, in the model's order.
   *
   * @return the field changes; empty for additions and removals
   */
  public abstract List<FieldChange> getFields();

  @Value.Check
  void check() {
    if ((getType() == ChangeType.CHANGED) == getFields().isEmpty()) {
      throw new IllegalArgumentException(
          "EntityChange " + getId() + ": exactly a CHANGED entity lists fields");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EntityChange}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableEntityChange.Builder {
    Builder() {}
  }
}
