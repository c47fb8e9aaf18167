package io.github.probity.rollup;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Counts by {@link AgeBand}: how many overdue measures, or open cases, fall in each band. Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class BandCounts {
  private static final BandCounts EMPTY = new BandCounts(new int[AgeBand.values().length]);

  private final int[] counts;

  private BandCounts(int[] counts) {
    this.counts = counts;
  }

  /**
   * Returns counts that are all zero.
   *
   * @return the empty counts
   */
  public static BandCounts empty() {
    return EMPTY;
  }

  /**
   * Returns the counts of some ages in days, each counted in its band ({@link AgeBand#of(long)}).
   *
   * @param days the ages in days
   * @return the counts
   */
  public static BandCounts ofDays(long... days) {
    int[] c = new int[AgeBand.values().length];
    for (long d : days) {
      c[AgeBand.of(d).ordinal()]++;
    }
    return new BandCounts(c);
  }

  /** Wraps an array indexed by band order, owned from now on by the new value. */
  static BandCounts wrap(int[] counts) {
    return new BandCounts(counts);
  }

  /**
   * Returns the count in a band.
   *
   * @param band the band
   * @return the count, at least 0
   */
  public int count(AgeBand band) {
    return counts[band.ordinal()];
  }

  /**
   * Returns the count over all bands.
   *
   * @return the total
   */
  public int total() {
    int t = 0;
    for (int c : counts) {
      t += c;
    }
    return t;
  }

  /**
   * Returns the count in bands at least as old as a band, e.g. everything over 90 days for {@link
   * AgeBand#UP_TO_180}.
   *
   * @param band the youngest band counted
   * @return the count
   */
  public int atLeast(AgeBand band) {
    int t = 0;
    for (int i = band.ordinal(); i < counts.length; i++) {
      t += counts[i];
    }
    return t;
  }

  /**
   * Returns these counts added to others, band by band.
   *
   * @param other the other counts
   * @return the sum
   */
  public BandCounts plus(BandCounts other) {
    int[] c = counts.clone();
    for (int i = 0; i < c.length; i++) {
      c[i] += other.counts[i];
    }
    return new BandCounts(c);
  }

  void addTo(int[] sum) {
    for (int i = 0; i < counts.length; i++) {
      sum[i] += counts[i];
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BandCounts && Arrays.equals(counts, ((BandCounts) o).counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("BandCounts{");
    for (AgeBand b : AgeBand.values()) {
      sb.append(b.ordinal() == 0 ? "" : ", ").append(b.code()).append('=').append(count(b));
    }
    return sb.append('}').toString();
  }
}
