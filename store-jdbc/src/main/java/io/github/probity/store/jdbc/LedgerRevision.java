package io.github.probity.store.jdbc;

import io.github.probity.archive.LedgerDiff;
import io.github.probity.model.Ledger;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One stored revision of a unit's ledger for a year: the whole ledger, its differences against the
 * previous revision, who saved it and when, and the SHA-256 of its canonical document.
 *
 * <p>Revisions of a unit and year are numbered 1, 2, 3 … in the order they were saved; the first
 * has no differences. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LedgerRevision {
  LedgerRevision() {}

  /** {@return the revision's summary: unit, year, number, who and when, and its changes} */
  public abstract RevisionSummary getSummary();

  /** {@return the ledger as saved} */
  public abstract Ledger getLedger();

  /**
   * Returns the differences against the previous revision.
   *
   * @return the diff, or empty for the first revision
   */
  public abstract Optional<LedgerDiff> getDiff();

  /**
   * Returns the revision number.
   *
   * @return 1 for the first revision, then one more each
   */
  public int getRevision() {
    return getSummary().getRevision();
  }

  static LedgerRevision of(RevisionSummary summary, Ledger ledger, Optional<LedgerDiff> diff) {
    return ImmutableLedgerRevision.builder().summary(summary).ledger(ledger).diff(diff).build();
  }
}
