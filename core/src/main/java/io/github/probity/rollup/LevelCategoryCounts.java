package io.github.probity.rollup;

import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.Arrays;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Risk points counted by level and category: a row for each of 高, 一般 and 低 and one for points not
 * yet graded, a column for each of the five categories and one for points whose category was not
 * given ({@link RiskCategory#UNSPECIFIED}), counted apart. The level counted is the effective one
 * ({@link RiskPoint#effectiveLevel()}). Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class LevelCategoryCounts {
  private static final int LEVELS = 4;
  private static final int UNGRADED = 3;
  private static final int CATEGORIES = RiskCategory.values().length;
  private static final LevelCategoryCounts EMPTY =
      new LevelCategoryCounts(new int[LEVELS * CATEGORIES]);

  private final int[] counts;

  private LevelCategoryCounts(int[] counts) {
    this.counts = counts;
  }

  /**
   * Returns counts that are all zero.
   *
   * @return the empty counts
   */
  public static LevelCategoryCounts empty() {
    return EMPTY;
  }

  /**
   * Counts risk points.
   *
   * @param points the points
   * @return the counts
   */
  public static LevelCategoryCounts of(Iterable<RiskPoint> points) {
    int[] c = new int[LEVELS * CATEGORIES];
    for (RiskPoint p : points) {
      c[index(p.effectiveLevel(), p.getCategory())]++;
    }
    return new LevelCategoryCounts(c);
  }

  /** Wraps an array laid out as {@link #index}, owned from now on by the new value. */
  static LevelCategoryCounts wrap(int[] counts) {
    return new LevelCategoryCounts(counts);
  }

  /** The array index of a level (empty for ungraded) and category. */
  static int index(Optional<RiskLevel> level, RiskCategory category) {
    return row(level) * CATEGORIES + category.ordinal();
  }

  static int size() {
    return LEVELS * CATEGORIES;
  }

  private static int row(Optional<RiskLevel> level) {
    return level.isPresent() ? 3 - level.get().rank() : UNGRADED;
  }

  /**
   * Returns the number of points of a level and category.
   *
   * @param level the level
   * @param category the category, {@link RiskCategory#UNSPECIFIED} for points without one
   * @return the count
   */
  public int count(RiskLevel level, RiskCategory category) {
    return counts[index(Optional.of(level), category)];
  }

  /**
   * Returns the number of points of a level, or of ungraded points for an empty level, and a
   * category.
   *
   * @param level the level, or empty for points not yet graded
   * @param category the category
   * @return the count
   */
  public int count(Optional<RiskLevel> level, RiskCategory category) {
    return counts[index(level, category)];
  }

  /**
   * Returns the number of points of a level, whatever their category.
   *
   * @param level the level
   * @return the count
   */
  public int level(RiskLevel level) {
    return rowTotal(row(Optional.of(level)));
  }

  /**
   * Returns the number of points not yet graded.
   *
   * @return the count
   */
  public int ungraded() {
    return rowTotal(UNGRADED);
  }

  /**
   * Returns the number of points of a category, graded or not.
   *
   * @param category the category
   * @return the count
   */
  public int category(RiskCategory category) {
    int t = 0;
    for (int r = 0; r < LEVELS; r++) {
      t += counts[r * CATEGORIES + category.ordinal()];
    }
    return t;
  }

  /**
   * Returns the number of points whose category was not given.
   *
   * @return the count of {@link RiskCategory#UNSPECIFIED} points
   */
  public int unspecified() {
    return category(RiskCategory.UNSPECIFIED);
  }

  /**
   * Returns the number of points.
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
   * Returns the largest count of one level and category, e.g. to scale a heat map.
   *
   * @return the largest cell, 0 when there are no points
   */
  public int max() {
    int m = 0;
    for (int c : counts) {
      m = Math.max(m, c);
    }
    return m;
  }

  /**
   * Returns these counts added to others, cell by cell.
   *
   * @param other the other counts
   * @return the sum
   */
  public LevelCategoryCounts plus(LevelCategoryCounts other) {
    int[] c = counts.clone();
    other.addTo(c);
    return new LevelCategoryCounts(c);
  }

  void addTo(int[] sum) {
    for (int i = 0; i < counts.length; i++) {
      sum[i] += counts[i];
    }
  }

  private int rowTotal(int row) {
    int t = 0;
    for (int c = 0; c < CATEGORIES; c++) {
      t += counts[row * CATEGORIES + c];
    }
    return t;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof LevelCategoryCounts
        && Arrays.equals(counts, ((LevelCategoryCounts) o).counts);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(counts);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("LevelCategoryCounts{");
    for (int r = 0; r < LEVELS; r++) {
      sb.append(r == 0 ? "" : ", ")
          .append(r == UNGRADED ? "UNGRADED" : RiskLevel.ofRank(3 - r).code())
          .append('=')
          .append(
              Arrays.toString(Arrays.copyOfRange(counts, r * CATEGORIES, (r + 1) * CATEGORIES)));
    }
    return sb.append('}').toString();
  }
}
