package io.github.probity.archive;

import java.time.Instant;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One sealed revision of a post's archive: its sequence number, the full content after the change,
 * what changed and why, who recorded it and when, and the hash chain: the previous revision's hash
 * and this revision's own.
 *
 * <p>The hash is SHA-256, in lower-case hex, over the previous hash, the revision's metadata
 * (sequence, kinds, reason, actor, time, form id) and the content's {@link CanonicalForm} bytes;
 * the first revision's previous hash is {@link #GENESIS}. Values are built by {@link
 * ArchiveHistory} or loaded from storage; {@link ArchiveHistory#verify()} checks them. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ArchiveRevision {
  /** The previous hash of the first revision: 64 zeros. */
  public static final String GENESIS = "0".repeat(64);

  ArchiveRevision() {}

  /**
   * Returns the sequence number.
   *
   * @return 1 for the first revision, then one more each
   */
  public abstract int getSequence();

  /** {@return the archive's content after this revision} */
  public abstract Archive getContent();

  /**
   * Returns what changed.
   *
   * @return the kinds, non-empty
   */
  public abstract Set<RevisionKind> getKinds();

  /** {@return why the archive was revised} */
  public abstract String getReason();

  /** {@return the person id of who recorded the revision} */
  public abstract String getActor();

  /**
   * Returns when the revision was recorded.
   *
   * @return the instant
   */
  public abstract Instant getAt();

  /** {@return the id of the canonical form the hash was computed with} */
  public abstract String getFormId();

  /** {@return the hash of the previous revision, or {@link #GENESIS} for the first} */
  public abstract String getPreviousHash();

  /**
   * Returns this revision's hash.
   *
   * @return the hash, 64 hex digits
   */
  public abstract String getHash();

  /**
   * Tells whether the post must be re-identified (重新排查风险): its holders or duties changed.
   *
   * @return {@code true} after a holder handover or a duty change
   */
  public boolean isReidentificationRequired() {
    return getKinds().contains(RevisionKind.HOLDER_HANDOVER)
        || getKinds().contains(RevisionKind.DUTY_CHANGE);
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ArchiveRevision}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableArchiveRevision.Builder {
    Builder() {}
  }
}
