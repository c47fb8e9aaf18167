package io.github.probity.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One review of whether a prevention measure works (措施有效性评估), made by the point's supervisor at the
 * cadence its level sets: when, by whom, the verdict and a note.
 *
 * <p>Invariant: the reviewer's person id is non-blank without surrounding spaces. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class EffectivenessReview {
  EffectivenessReview() {}

  /** {@return the date of the review} */
  public abstract LocalDate getDate();

  /** {@return the reviewer's person id} */
  @NotBlank
  @Size(max = 64)
  public abstract String getReviewer();

  /** {@return the verdict} */
  public abstract Effectiveness getVerdict();

  /**
   * Returns the reviewer's note, e.g. what should be adjusted, if any.
   *
   * @return the note
   */
  public abstract Optional<@Size(min = 1, max = 2000) String> getNote();

  @Value.Check
  void check() {
    Checks.id("EffectivenessReview", "reviewer", getReviewer());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EffectivenessReview}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableEffectivenessReview.Builder {
    Builder() {}
  }
}
