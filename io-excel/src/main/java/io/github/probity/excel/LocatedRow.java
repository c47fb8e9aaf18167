package io.github.probity.excel;

import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import org.immutables.value.Value;

/**
 * A table row that was read, with where it came from: the sheet, the table kind and the 1-based row
 * number of its first row in the file. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LocatedRow {
  LocatedRow() {}

  /**
   * Returns the sheet's name.
   *
   * @return the sheet
   */
  public abstract String getSheet();

  /**
   * Returns the kind of table the sheet holds.
   *
   * @return the kind
   */
  public abstract AnnexKind getKind();

  /**
   * Returns the 1-based row number in the sheet.
   *
   * @return the row number
   */
  public abstract int getRowNumber();

  /**
   * Returns the 1-based numbers of further rows merged into this one (continuation rows).
   *
   * @return the row numbers, possibly empty
   */
  public abstract java.util.List<Integer> getContinuationRows();

  /**
   * Returns the values of the row's columns that mean none of the canonical columns (or repeat one
   * already read), by their header as printed ({@code 状态}, {@code 创建时间}); a column without a header
   * is named by its letter ({@code H列}). Nothing the row holds is dropped.
   *
   * @return the extra values, in sheet order
   */
  public abstract java.util.Map<String, String> getExtras();

  /**
   * Returns the values of the extra grading factors the reader was told of ({@link
   * AnnexReader.Builder#extraFactors(java.util.Collection)}) whose column the table has, headed by
   * the factor's label: numbers as numbers, codes as codes (a cell may give a code's label). A cell
   * that holds no value the declaration accepts stays among the {@link #getExtras() extras} and is
   * reported as {@link ProblemCode#INVALID_FACTOR_VALUE}.
   *
   * @return the values by factor code; empty when the row has none
   * @since 0.1.0
   */
  public abstract java.util.Map<String, io.github.probity.model.FactorValue> getExtraFactors();

  /**
   * Returns the values of the declared {@linkplain
   * io.github.probity.grading.ExtraFactor.Scope#OWNER owner} factors (民主评议得分 of a leader …) whose
   * column the table has, headed by the factor's label, as {@link #getExtraFactors()} gives the
   * point factors: the values of the row's owner, which the table prints on each of the owner's
   * rows (merged over them as the owner's cell is).
   *
   * @return the values by factor code; empty when the row has none
   * @since 0.1.0
   */
  public abstract java.util.Map<String, io.github.probity.model.FactorValue> getOwnerFactors();

  /**
   * Returns the row.
   *
   * @return the row
   */
  public abstract AnnexRow getRow();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LocatedRow}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableLocatedRow.Builder {
    Builder() {}
  }
}
