package io.github.probity.annex;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who a responsibility cell (责任人, 责任领导) names: the responsible party (责任人, the department or post
 * level) and the supervising party (责任领导, the higher tier: 分管领导, 主要领导, 局长 …), each as a person's
 * name, a role text or both. Made by {@link AnnexPeople#parseResponsibility(String)}.
 *
 * <p>Invariants: every present value is non-blank; a role is the text of a position (e.g. 科室负责人),
 * never a person's name. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Responsibility {
  Responsibility() {}

  /**
   * Returns the responsible person's name, e.g. 李华.
   *
   * @return the name, as written
   */
  public abstract Optional<String> getResponsibleName();

  /**
   * Returns the responsible role, e.g. 科室负责人, when the cell names one (alone or beside a name).
   *
   * @return the role text
   */
  public abstract Optional<String> getResponsibleRole();

  /**
   * Returns the supervising person's name, e.g. 王明, for a two-tier cell.
   *
   * @return the name, as written
   */
  public abstract Optional<String> getSupervisorName();

  /**
   * Returns the supervising role, e.g. 分管领导, for a two-tier cell.
   *
   * @return the role text
   */
  public abstract Optional<String> getSupervisorRole();

  /**
   * Tells whether the cell named nobody: all four values are empty.
   *
   * @return {@code true} for a blank cell
   */
  public boolean isEmpty() {
    return getResponsibleName().isEmpty()
        && getResponsibleRole().isEmpty()
        && getSupervisorName().isEmpty()
        && getSupervisorRole().isEmpty();
  }

  /**
   * Tells whether the cell named a supervising tier (by name or role).
   *
   * @return {@code true} if a supervisor name or role is present
   */
  public boolean hasSupervisor() {
    return getSupervisorName().isPresent() || getSupervisorRole().isPresent();
  }

  @Value.Check
  void check() {
    nonBlank("responsibleName", getResponsibleName());
    nonBlank("responsibleRole", getResponsibleRole());
    nonBlank("supervisorName", getSupervisorName());
    nonBlank("supervisorRole", getSupervisorRole());
  }

  private static void nonBlank(String field, Optional<String> value) {
    if (value.isPresent() && value.get().isBlank()) {
      throw new IllegalArgumentException("Responsibility." + field + " must not be blank");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Responsibility}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableResponsibility.Builder {
    Builder() {}
  }
}
