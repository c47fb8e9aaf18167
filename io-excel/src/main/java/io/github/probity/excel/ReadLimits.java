package io.github.probity.excel;

import org.immutables.value.Value;

/**
 * The limits a reader enforces on one workbook, checked per call before and while parsing; no
 * JVM-global setting is read or changed. Exceeding one refuses the workbook with a {@link
 * WorkbookRejectedException}.
 *
 * <p>The defaults read any real annex (and 100k-row tables) and refuse zip bombs: file 256 MiB,
 * entry 512 MiB inflated, shared strings 128 MiB inflated and 128 MiB in memory (they are held
 * while a sheet is read; 48 bytes per string plus two per character), compression ratio at least
 * 1/100 past the first MiB, 10,000 entries, 255 sheets, 1,048,576 rows and 16,384 cells per row
 * (the xlsx maxima), 20,000,000 cells per sheet, 32,767 characters per cell. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReadLimits {
  ReadLimits() {}

  /**
   * Returns the largest file accepted, in bytes.
   *
   * @return the limit
   */
  @Value.Default
  public long getMaxFileBytes() {
    return 256L << 20;
  }

  /**
   * Returns the largest size of one zip entry once inflated, in bytes.
   *
   * @return the limit
   */
  @Value.Default
  public long getMaxEntryBytes() {
    return 512L << 20;
  }

  /**
   * Returns the largest inflated size of the shared strings part, and the most memory its strings
   * may take once read (estimated at 48 bytes per string plus two per character), since they are
   * held while the sheets are read; also the most characters of the ledger that a workbook Probity
   * wrote carries in its ledger sheet, which is held whole too (a longer one is not used).
   *
   * @return the limit
   */
  @Value.Default
  public long getMaxSharedStringsBytes() {
    return 128L << 20;
  }

  /**
   * Returns the smallest ratio of compressed to inflated size accepted once an entry has inflated
   * past {@link #getRatioGraceBytes()}.
   *
   * @return the ratio, e.g. 0.01
   */
  @Value.Default
  public double getMinInflateRatio() {
    return 0.01;
  }

  /**
   * Returns how many inflated bytes of an entry are accepted before the ratio is checked.
   *
   * @return the grace size
   */
  @Value.Default
  public long getRatioGraceBytes() {
    return 1L << 20;
  }

  /**
   * Returns the largest number of zip entries.
   *
   * @return the limit
   */
  @Value.Default
  public int getMaxEntries() {
    return 10_000;
  }

  /**
   * Returns the largest number of sheets.
   *
   * @return the limit
   */
  @Value.Default
  public int getMaxSheets() {
    return 255;
  }

  /**
   * Returns the largest number of rows in one sheet.
   *
   * @return the limit
   */
  @Value.Default
  public int getMaxRowsPerSheet() {
    return 1_048_576;
  }

  /**
   * Returns the largest number of rows that a read returning all rows at once ({@link
   * AnnexReader#read(java.nio.file.Path)}) keeps in memory: 100,000 by default, far more than the
   * whole ledger of one unit and about 150 MB of heap. A workbook with more rows is refused with
   * {@link WorkbookRejectedException.Reason#LIMIT_EXCEEDED}; the streaming read ({@link
   * AnnexReader#read(java.nio.file.Path, AnnexRowHandler)}) has no such limit.
   *
   * @return the limit
   * @since 0.1.0
   */
  @Value.Default
  public int getMaxRowsInMemory() {
    return 100_000;
  }

  /**
   * Returns the largest number of cells in one row.
   *
   * @return the limit
   */
  @Value.Default
  public int getMaxCellsPerRow() {
    return 16_384;
  }

  /**
   * Returns the largest number of cells in one sheet.
   *
   * @return the limit
   */
  @Value.Default
  public long getMaxCellsPerSheet() {
    return 20_000_000L;
  }

  /**
   * Returns the largest number of cells in all sheets of a workbook together: 20,000,000 by
   * default. The per-sheet limit alone would let many sheets multiply it.
   *
   * @return the limit
   */
  @Value.Default
  public long getMaxCellsPerWorkbook() {
    return 20_000_000L;
  }

  /**
   * Returns the largest number of merged ranges in all sheets of a workbook together: 100,000 by
   * default, far more than any annex has (a few hundred) and about 5 MB of heap, since the ranges
   * of every sheet are held while the sheets are read.
   *
   * @return the limit
   */
  @Value.Default
  public int getMaxMergeRanges() {
    return 100_000;
  }

  /**
   * Returns the longest text accepted in one cell, in characters.
   *
   * @return the limit
   */
  @Value.Default
  public int getMaxTextLength() {
    return 32_767;
  }

  /**
   * Returns the default limits.
   *
   * @return the defaults
   */
  public static ReadLimits defaults() {
    return builder().build();
  }

  /**
   * Returns a new builder, starting from the defaults.
   *
   * @return a builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link ReadLimits}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableReadLimits.Builder {
    Builder() {}
  }
}
