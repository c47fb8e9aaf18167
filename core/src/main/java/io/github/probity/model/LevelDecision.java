package io.github.probity.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The leadership meeting's collective decision (集体研究确定) on the level of one risk point: which
 * meeting, when, the level proposed to it, the level it decided and why.
 *
 * <p>Invariants: the meeting reference is non-blank; when the decided level differs from the
 * proposed one, a non-blank rationale is present. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LevelDecision {
  LevelDecision() {}

  /**
   * Returns the reference of the meeting that decided, e.g. 2026年第3次党组会议.
   *
   * @return the meeting reference, non-blank
   */
  @NotBlank
  @Size(max = 200)
  public abstract String getMeetingReference();

  /** {@return the date of the meeting} */
  public abstract LocalDate getDate();

  /** {@return the level that was proposed to the meeting (self-declared or graded)} */
  public abstract RiskLevel getProposedLevel();

  /**
   * Returns the level the meeting decided.
   *
   * @return the decided level
   */
  public abstract RiskLevel getLevel();

  /**
   * Returns why the meeting decided as it did; required when the decided level differs from the
   * proposed one.
   *
   * @return the rationale
   */
  public abstract Optional<@Size(min = 1, max = 2000) String> getRationale();

  /**
   * Tells whether the meeting changed the proposed level.
   *
   * @return {@code true} if the decided level differs from the proposed one
   */
  public boolean changesProposal() {
    return getLevel() != getProposedLevel();
  }

  @Value.Check
  void check() {
    if (getMeetingReference().isBlank()) {
      throw new IllegalArgumentException("LevelDecision.meetingReference must not be blank");
    }
    if (changesProposal() && getRationale().filter(r -> !r.isBlank()).isEmpty()) {
      throw new IllegalArgumentException(
          "LevelDecision.rationale is required when the decided level "
              + getLevel().code()
              + " differs from the proposed level "
              + getProposedLevel().code());
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LevelDecision}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableLevelDecision.Builder {
    Builder() {}
  }
}
