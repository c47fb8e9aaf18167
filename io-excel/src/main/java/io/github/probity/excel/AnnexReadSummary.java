package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.finding.Finding;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a streaming read ({@link AnnexReader#read(java.nio.file.Path, AnnexRowHandler)}) handed to
 * its handler, counted: the tables found, the rows and the problems. It holds no rows, so its size
 * does not grow with the workbook. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class AnnexReadSummary {
  AnnexReadSummary() {}

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
   * Returns the unit's name that {@link AnnexReader#read(java.nio.file.Path)} would give the
   * ledger: the reader's setting, else the name in the title rows (or after 填报单位), else 未命名单位.
   *
   * @return the unit's name
   */
  public abstract String getUnitName();

  /**
   * Returns the year that {@link AnnexReader#read(java.nio.file.Path)} would give the ledger: the
   * reader's setting, else a year in the title rows, else the reader clock's current year.
   *
   * @return the year
   */
  public abstract int getYear();

  /**
   * Returns the number of rows handed to the handler.
   *
   * @return the row count
   */
  public abstract long getRowCount();

  /**
   * Returns the number of problems handed to the handler.
   *
   * @return the problem count
   */
  public abstract long getProblemCount();

  /**
   * Returns the number of problems that name a row which was not read ({@link
   * ProblemCode#isRowDropped(Finding)}).
   *
   * @return the dropped-row count
   */
  public abstract long getDroppedRowCount();

  /**
   * Tells whether the workbook keeps the ledger Probity wrote it from (see {@link
   * AnnexReadResult#getEdits()}): then {@link AnnexReader#read(java.nio.file.Path)} gives that
   * ledger with the rows' edits merged in, which rows alone cannot rebuild.
   *
   * @return {@code true} for a workbook that keeps its ledger
   */
  @Value.Default
  public boolean isLedgerKept() {
    return false;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AnnexReadSummary}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableAnnexReadSummary.Builder {
    Builder() {}
  }
}
