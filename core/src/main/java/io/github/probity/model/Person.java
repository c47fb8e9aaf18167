package io.github.probity.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A person (人员) of the unit: a leader, a department head, a post holder.
 *
 * <p>Invariant: the id is non-blank. Other values refer to people by id. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Person {
  Person() {}

  /**
   * Returns the person's stable id within the ledger.
   *
   * @return the id, non-blank
   */
  @NotBlank
  @Size(max = 64)
  public abstract String getId();

  /** {@return the person's name, e.g. 张明} */
  @NotBlank
  @Size(max = 50)
  public abstract String getName();

  /**
   * Returns the person's title (职务), e.g. 副局长 or 科员, if recorded.
   *
   * @return the title
   */
  public abstract Optional<@Size(min = 1, max = 50) String> getTitle();

  @Value.Check
  void check() {
    Checks.id("Person", "id", getId());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Person}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutablePerson.Builder {
    Builder() {}
  }
}
