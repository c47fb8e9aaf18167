package io.github.probity.annex;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A column a header may mean, with how sure the reading is: 1 for a known spelling, less for a
 * header placed by the words it is made of (see {@link AnnexColumn#candidates(String)}). Immutable
 * and thread-safe.
 *
 * @since 0.1.0
 */
public final class HeaderMatch {
  private final AnnexColumn column;
  private final double score;

  private HeaderMatch(AnnexColumn column, double score) {
    this.column = column;
    this.score = score;
  }

  static HeaderMatch of(AnnexColumn column, double score) {
    return new HeaderMatch(column, score);
  }

  /** {@return the column the header may mean} */
  public AnnexColumn getColumn() {
    return column;
  }

  /**
   * Returns the score in (0, 1]: 1 for a known spelling; a header scoring below 0.6 is not taken to
   * mean the column unless a caller maps it. Scores below 1 come from weighted key words: they rank
   * the readings of one header and may change between versions, so compare them with 0.6 or with
   * each other, never with fixed values.
   *
   * @return a score in (0, 1]
   */
  public double getScore() {
    return score;
  }

  /**
   * Tells whether the score is high enough for the header to be taken to mean the column without
   * the caller's say (at least 0.6).
   *
   * @return whether the reading is accepted
   * @since 0.1.0
   */
  public boolean isAccepted() {
    return score >= HeaderMeaning.THRESHOLD;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof HeaderMatch
        && ((HeaderMatch) o).column == column
        && Double.compare(((HeaderMatch) o).score, score) == 0;
  }

  @Override
  public int hashCode() {
    return Objects.hash(column, score);
  }

  @Override
  public String toString() {
    return column.code() + String.format(java.util.Locale.ROOT, "(%.2f)", score);
  }
}
