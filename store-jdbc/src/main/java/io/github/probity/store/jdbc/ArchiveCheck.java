package io.github.probity.store.jdbc;

import io.github.probity.archive.ChainVerification;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The result of checking a stored archive chain: intact, or the first stored revision found altered
 * — named by its sequence number — and how.
 *
 * <p>A revision whose stored content can no longer be read at all counts as {@link
 * ChainVerification.Problem#CONTENT_ALTERED}. Invariant: the sequence, problem and message are all
 * present or all absent. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ArchiveCheck {
  ArchiveCheck() {}

  /** {@return the unit's code} */
  public abstract String getUnitCode();

  /** {@return the year} */
  public abstract int getYear();

  /** {@return the post's id} */
  public abstract String getPostId();

  /** {@return how many revisions are stored} */
  public abstract int getRevisionCount();

  /**
   * Returns the sequence number of the first revision found altered.
   *
   * @return the sequence, or empty if the chain is intact
   */
  public abstract OptionalInt getAlteredSequence();

  /**
   * Returns how the first altered revision was found altered.
   *
   * @return the problem, or empty if the chain is intact
   */
  public abstract Optional<ChainVerification.Problem> getProblem();

  /**
   * Returns a readable explanation.
   *
   * @return the message, or empty if the chain is intact
   */
  public abstract Optional<String> getMessage();

  /**
   * Tells whether every stored revision reads, matches its hash and links to its predecessor.
   *
   * @return {@code true} if intact
   */
  public boolean isIntact() {
    return getAlteredSequence().isEmpty();
  }

  @Value.Check
  void check() {
    boolean a = getAlteredSequence().isPresent();
    if (a != getProblem().isPresent() || a != getMessage().isPresent()) {
      throw new IllegalArgumentException("ArchiveCheck: sequence, problem and message go together");
    }
  }

  static ImmutableArchiveCheck.Builder builder() {
    return ImmutableArchiveCheck.builder();
  }
}
