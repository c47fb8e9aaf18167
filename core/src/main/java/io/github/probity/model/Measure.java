package io.github.probity.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A prevention measure (防控措施) against one risk point.
 *
 * <p>Who proposes it depends on the owner's scope: the post holder for a post's risk, the
 * department collectively, the group or the leader. Invariant: the id is non-blank and unique in
 * the ledger. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Measure {
  Measure() {}

  /**
   * Returns the measure's stable id, unique within the ledger.
   *
   * @return the id, non-blank
   */
  @NotBlank
  @Size(max = 64)
  public abstract String getId();

  /** {@return what the measure says, e.g. 严格执行政府采购审核“双人复核”制度} */
  @NotBlank
  @Size(max = 1000)
  public abstract String getText();

  /** {@return the kind of measure} */
  public abstract MeasureType getType();

  /**
   * Returns the person id of who proposed the measure, if recorded.
   *
   * @return the proposer's person id
   */
  public abstract Optional<String> getProposer();

  /** {@return the date by which the measure must be in place, if set} */
  public abstract Optional<LocalDate> getDeadline();

  @Value.Check
  void check() {
    Checks.id("Measure", "id", getId());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measure}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableMeasure.Builder {
    Builder() {}
  }
}
