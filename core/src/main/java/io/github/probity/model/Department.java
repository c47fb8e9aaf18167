package io.github.probity.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A department (科室) of the unit, with its head (科室负责人) and supervising leader (分管领导).
 *
 * <p>Invariant: the id is non-blank. Head and supervising leader are person ids. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Department {
  Department() {}

  /**
   * Returns the department's stable id, e.g. {@code D03}.
   *
   * @return the id, non-blank
   */
  @NotBlank
  @Size(max = 64)
  public abstract String getId();

  /** {@return the department's name, e.g. 政府采购监管科} */
  @NotBlank
  @Size(max = 100)
  public abstract String getName();

  /**
   * Returns the person id of the department head (科室负责人), if recorded.
   *
   * @return the head's person id
   */
  public abstract Optional<String> getHead();

  /**
   * Returns the person id of the supervising leader (分管领导), if recorded.
   *
   * @return the supervising leader's person id
   */
  public abstract Optional<String> getSupervisingLeader();

  @Value.Check
  void check() {
    Checks.id("Department", "id", getId());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Department}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableDepartment.Builder {
    Builder() {}
  }
}
