package io.github.probity.excel;

import io.github.probity.annex.PlanRow;
import org.immutables.value.Value;

/**
 * A row of annex 4 that was read, with the sheet and the 1-based row number it came from. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LocatedPlanRow {
  LocatedPlanRow() {}

  /**
   * Returns the sheet's name.
   *
   * @return the sheet
   */
  public abstract String getSheet();

  /**
   * Returns the 1-based row number in the sheet.
   *
   * @return the row number
   */
  public abstract int getRowNumber();

  /**
   * Returns the row.
   *
   * @return the row
   */
  public abstract PlanRow getRow();

  /**
   * Returns a new builder.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LocatedPlanRow}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableLocatedPlanRow.Builder {
    Builder() {}
  }
}
