package io.github.probity.store.jdbc;

import io.github.probity.archive.EntityChange;
import java.time.Instant;
import java.util.List;
import org.immutables.value.Value;

/**
 * What is known of a stored ledger revision without its document: the unit and year, the revision
 * number, who saved it and when, how many risk points it holds, the SHA-256 of its canonical
 * document and its changes against the previous revision (empty for the first). Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class RevisionSummary {
  RevisionSummary() {}

  /** {@return the unit's code} */
  public abstract String getUnitCode();

  /** {@return the ledger's year} */
  public abstract int getYear();

  /**
   * Returns the revision number.
   *
   * @return 1 for the first revision, then one more each
   */
  public abstract int getRevision();

  /**
   * Returns who saved the revision, as the host named them.
   *
   * @return the actor
   */
  public abstract String getSavedBy();

  /**
   * Returns when the revision was saved, to the microsecond.
   *
   * @return the instant
   */
  public abstract Instant getSavedAt();

  /** {@return the number of risk points in the revision} */
  public abstract int getPointCount();

  /**
   * Returns the SHA-256, in lower-case hex, of the revision's canonical io-json document as it was
   * saved; checked whenever the document is read back.
   *
   * @return the hash
   */
  public abstract String getDocumentSha256();

  /**
   * Returns the posts, risk points and measures added, removed or changed against the previous
   * revision, in {@link io.github.probity.archive.LedgerDiff}'s order.
   *
   * @return the changes, empty for the first revision
   */
  public abstract List<EntityChange> getChanges();

  static ImmutableRevisionSummary.Builder builder() {
    return ImmutableRevisionSummary.builder();
  }
}
