package io.github.probity.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A unit (单位): the organisation whose integrity risks a ledger records, e.g. 示例区财政局.
 *
 * <p>Invariant: the code is non-blank. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Unit {
  Unit() {}

  /**
   * Returns the unit's stable code, e.g. an organisation code.
   *
   * @return the code, non-blank
   */
  @NotBlank
  @Size(max = 64)
  public abstract String getCode();

  /** {@return the unit's full name, e.g. 示例区财政局} */
  @NotBlank
  @Size(max = 100)
  public abstract String getName();

  /**
   * Returns the name of the unit this one reports to, if recorded.
   *
   * @return the parent unit's name
   */
  public abstract Optional<@Size(min = 1, max = 100) String> getParentName();

  @Value.Check
  void check() {
    Checks.id("Unit", "code", getCode());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Unit}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableUnit.Builder {
    Builder() {}
  }
}
