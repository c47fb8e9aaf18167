package io.github.probity.annex;

import io.github.probity.archive.LedgerDiff;
import io.github.probity.model.Ledger;
import java.util.List;
import org.immutables.value.Value;

/**
 * What {@link AnnexMerge} made of rows merged into a ledger: the merged ledger and, as a {@link
 * LedgerDiff} against the ledger merged into, every change the rows brought — points changed (with
 * each field before and after), added and removed, measures changed, added and removed, levels
 * changed, posts added or given other holders. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AnnexMergeResult {
  AnnexMergeResult() {}

  /**
   * Returns the ledger with the rows merged in.
   *
   * @return the merged ledger
   */
  public abstract Ledger getLedger();

  /**
   * {@return the changes from the ledger merged into to {@link #getLedger()}; empty when the rows
   * show exactly what that ledger holds}
   */
  public abstract LedgerDiff getChanges();

  /**
   * Returns the rows that repeat a point of annex 3 under another holder (a per-person copy) and
   * show an edit other than the one taken: the first copy that differs from the point is applied,
   * these are not. Each is the row as it was merged, so a reader can say where it stands. Empty
   * when no copies disagree.
   *
   * @return the conflicting copies, in row order
   */
  public abstract List<AnnexRow> getConflictingCopies();

  static AnnexMergeResult of(Ledger ledger, LedgerDiff changes) {
    return of(ledger, changes, List.of());
  }

  static AnnexMergeResult of(Ledger ledger, LedgerDiff changes, List<AnnexRow> conflicts) {
    return ImmutableAnnexMergeResult.builder()
        .ledger(ledger)
        .changes(changes)
        .conflictingCopies(conflicts)
        .build();
  }
}
