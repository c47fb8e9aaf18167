package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexMerge;
import io.github.probity.annex.AnnexMergeResult;
import io.github.probity.annex.AnnexRow;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.finding.Finding;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * What a reader got from a workbook: the rows it read (with their locations), the ledger built from
 * them (with the owners, posts and people it inferred) and every problem it met.
 *
 * <p>Invariant: every non-blank data row is either among {@link #getRows()} (or their continuation
 * rows) or named by a problem with {@link ProblemCode#isRowDropped(Finding)}, a note row skipped,
 * or a row of a sheet reported as skipped. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AnnexReadResult {
  AnnexReadResult() {}

  /**
   * Returns the rows read, in file order.
   *
   * @return the rows
   */
  public abstract List<LocatedRow> getRows();

  /**
   * Returns the ledger built from the rows.
   *
   * @return the ledger
   */
  public abstract Ledger getLedger();

  /**
   * Returns the problems, in file order.
   *
   * @return the problems
   */
  public abstract List<Finding> getProblems();

  /**
   * Returns the table kind found on each sheet that was read, by sheet name, in sheet order.
   *
   * @return the tables
   */
  public abstract Map<String, AnnexKind> getTables();

  /**
   * Returns, for each sheet whose table was read, by sheet name in sheet order, the 0-based index
   * of the column each canonical column was found in (the first one where several columns map to
   * the same canonical column, as measures may). It tells where a row's property is printed even
   * when the columns are in a non-standard order.
   *
   * @return the header columns by sheet
   */
  public abstract Map<String, Map<AnnexColumn, Integer>> getHeaderColumns();

  /**
   * Returns what a person changed in a workbook Probity wrote: the changes from the ledger the
   * workbook was written from (which it carries) to {@link #getLedger()}. Present only for such
   * workbooks; then {@link #getLedger()} is that ledger with the edits merged in ({@link
   * AnnexMerge}), so an unedited workbook reads back as the ledger it was written from and this is
   * empty.
   *
   * @return the edits, or empty for a workbook that carries no ledger
   */
  public abstract Optional<LedgerDiff> getEdits();

  /**
   * Merges the rows read into an existing ledger, e.g. last year's, instead of the new ledger
   * {@link #getLedger()}: rows are matched to its points by id or by (owner, title), and only what
   * each table has a column for is taken (see {@link AnnexMerge}). Points that no row shows are
   * removed when they belong to a table read whole (its owner scopes, e.g. the posts for 附件3) and
   * no row was dropped; otherwise kept. A per-post archive sheet shows one post only, so it makes
   * no scope whole; likewise a table shows only the departments its rows name, so the points of
   * departments (and their posts) that no row names are kept: one department's own table updates
   * that department alone ({@link AnnexMerge#resultWithinShownDepartments(Set)}).
   *
   * @param existing the ledger to update
   * @return the updated ledger and every change, as a {@link LedgerDiff}
   */
  public AnnexMergeResult mergeInto(Ledger existing) {
    return merge(existing, true);
  }

  /**
   * Merges the rows into a ledger; {@code withinShown} keeps the points of departments no row
   * names. A workbook Probity wrote showed every department, so reading it back passes false: a
   * department whose rows were all deleted loses its points.
   */
  AnnexMergeResult merge(Ledger existing, boolean withinShown) {
    AnnexMerge merge = AnnexMerge.into(existing);
    for (LocatedRow r : getRows()) {
      Map<AnnexColumn, Integer> cols = getHeaderColumns().get(r.getSheet());
      merge.add(r.getRow(), cols == null ? Set.of() : cols.keySet());
    }
    return withinShown
        ? merge.resultWithinShownDepartments(completeScopes())
        : merge.result(completeScopes());
  }

  /** The owner scopes of the tables read, unless a row was dropped; an archive shows one post. */
  Set<OwnerScope> completeScopes() {
    if (getProblems().stream().anyMatch(ProblemCode::isRowDropped)) {
      return Set.of();
    }
    Set<OwnerScope> scopes = EnumSet.noneOf(OwnerScope.class);
    for (AnnexKind k : getTables().values()) {
      if (k != AnnexKind.POST_ARCHIVE) {
        scopes.addAll(k.scopes());
      }
    }
    return scopes;
  }

  /**
   * Returns the rows of one kind of table, without locations.
   *
   * @param kind the table kind
   * @return the rows, in file order
   */
  public List<AnnexRow> rows(AnnexKind kind) {
    return getRows().stream()
        .filter(r -> r.getKind() == kind)
        .map(LocatedRow::getRow)
        .collect(Collectors.toList());
  }

  /**
   * Returns the problems of a given severity or graver.
   *
   * @param atLeast the least severity
   * @return the problems
   */
  public List<Finding> problems(Severity atLeast) {
    return getProblems().stream()
        .filter(p -> p.getSeverity().rank() >= atLeast.rank())
        .collect(Collectors.toList());
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnnexReadResult}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableAnnexReadResult.Builder {
    Builder() {}
  }
}
