package io.github.probity.store.jdbc;

import io.github.probity.model.LevelDecision;
import java.time.Instant;
import org.immutables.value.Value;

/**
 * A level decision (集体研究确定) as the store recorded it: the ledger revision that first held it, the
 * risk point, the decision, and who saved that revision when. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DecisionRecord {
  DecisionRecord() {}

  /**
   * Returns the ledger revision that first held the decision.
   *
   * @return the revision number
   */
  public abstract int getRevision();

  /** {@return the risk point's id} */
  public abstract String getPointId();

  /** {@return the decision} */
  public abstract LevelDecision getDecision();

  /**
   * Returns who saved the revision.
   *
   * @return the actor
   */
  public abstract String getSavedBy();

  /**
   * Returns when the revision was saved.
   *
   * @return the instant
   */
  public abstract Instant getSavedAt();

  static ImmutableDecisionRecord.Builder builder() {
    return ImmutableDecisionRecord.builder();
  }
}
