package io.github.probity.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One step of the process (流程环节) by which a power is exercised, e.g. 受理, 审核, 审批, 支付.
 *
 * <p>Invariant: the id is non-blank and unique within its power item. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ProcessStep {
  ProcessStep() {}

  /**
   * Returns the step's id, unique within its power item.
   *
   * @return the id, non-blank
   */
  @NotBlank
  @Size(max = 64)
  public abstract String getId();

  /** {@return the step's name, e.g. 审批} */
  @NotBlank
  @Size(max = 100)
  public abstract String getName();

  /**
   * Returns the id of the post that performs the step, if assigned.
   *
   * @return the post id
   */
  public abstract Optional<String> getPost();

  @Value.Check
  void check() {
    Checks.id("ProcessStep", "id", getId());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ProcessStep}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableProcessStep.Builder {
    Builder() {}
  }
}
