package io.github.probity.archive;

import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * The result of verifying an archive's hash chain: intact, or the first revision found altered and
 * how.
 *
 * <p>Invariant: the revision, problem and message are all present or all absent. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ChainVerification {
  /** How a revision was found altered. */
  public enum Problem implements io.github.probity.model.Coded {
    /** The revision's content or metadata does not match its hash. */
    CONTENT_ALTERED("CONTENT_ALTERED", "内容被改动"),
    /** The revision's previous hash is not the previous revision's hash. */
    LINK_BROKEN("LINK_BROKEN", "链接断开"),
    /** Sequence numbers are not 1, 2, 3 … in order. */
    SEQUENCE_BROKEN("SEQUENCE_BROKEN", "序号不连续"),
    /** The chain ends before the revision an anchor was taken at: revisions were dropped. */
    TRUNCATED("TRUNCATED", "档案链被截短"),
    /**
     * The revision an anchor was taken at has another hash than the anchor: the chain was rewritten
     * and resealed at or before it.
     */
    ANCHOR_MISMATCH("ANCHOR_MISMATCH", "与锚点不符"),
    /** The anchor's signature is missing or not by the expected key. */
    SIGNATURE_INVALID("SIGNATURE_INVALID", "锚点签名无效");

    private final String code;
    private final String label;

    Problem(String code, String label) {
      this.code = code;
      this.label = label;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String displayName() {
      return label;
    }
  }

  ChainVerification() {}

  /**
   * Returns the position (index from 0) of the first altered revision.
   *
   * @return the index, or empty if the chain is intact
   */
  public abstract OptionalInt getFirstAltered();

  /**
   * Returns how the first altered revision was found altered.
   *
   * @return the problem, or empty if the chain is intact
   */
  public abstract Optional<Problem> getProblem();

  /**
   * Returns a readable explanation.
   *
   * @return the message, or empty if the chain is intact
   */
  public abstract Optional<String> getMessage();

  /**
   * Tells whether every revision matches its hash and links to its predecessor.
   *
   * @return {@code true} if intact
   */
  public boolean isIntact() {
    return getFirstAltered().isEmpty();
  }

  @Value.Check
  void check() {
    boolean a = getFirstAltered().isPresent();
    if (a != getProblem().isPresent() || a != getMessage().isPresent()) {
      throw new IllegalArgumentException(
          "ChainVerification: revision, problem and message go together");
    }
  }

  static ChainVerification intact() {
    return ImmutableChainVerification.builder().build();
  }

  static ChainVerification altered(int index, Problem problem, String message) {
    return ImmutableChainVerification.builder()
        .firstAltered(index)
        .problem(problem)
        .message(message)
        .build();
  }
}
