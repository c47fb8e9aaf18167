package io.github.probity.archive;

import org.immutables.value.Value;

/**
 * One field that differs between two versions of an entity, with both values as display text (an
 * absent value is the empty string; enums by code; lists joined by {@code "; "}).
 *
 * <p>Invariant: the values differ. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class FieldChange {
  FieldChange() {}

  /**
   * Returns the field's name, as in the model's getter, e.g. {@code title} or {@code level}.
   *
   * @return the field name
   */
  public abstract String getField();

  /**
   * Returns the value before.
   *
   * @return the old value as text
   */
  public abstract String getBefore();

  /**
   * Returns the value after.
   *
   * @return the new value as text
   */
  public abstract String getAfter();

  @Value.Check
  void check() {
    if (getBefore().equals(getAfter())) {
      throw new IllegalArgumentException("FieldChange." + getField() + " has equal values");
    }
  }

  /**
   * Returns a field change.
   *
   * @param field the field name
   * @param before the old value
   * @param after the new value
   * @return the change
   */
  public static FieldChange of(String field, String before, String after) {
    return ImmutableFieldChange.builder().field(field).before(before).after(after).build();
  }
}
