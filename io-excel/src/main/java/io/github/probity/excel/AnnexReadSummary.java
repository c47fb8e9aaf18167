package io.github.probity.excel;

import io.github.probity.annex.AnnexKind;
import java.util.Map;
import org.immutables.value.Value;

/**
 * What a streaming read ({@link AnnexReader#read(java.nio.file.Path, AnnexRowHandler)}) handed to
 * its handler, counted: the tables found, the rows and the problems. It holds no rows, so its size
 * does not grow with the workbook. Immutable and thread-safe.
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
   * ReadProblem#isRowDropped()}).
   *
   * @return the dropped-row count
   */
  public abstract long getDroppedRowCount();

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
