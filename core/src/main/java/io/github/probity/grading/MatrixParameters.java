package io.github.probity.grading;

import io.github.probity.model.RiskLevel;
import java.util.List;
import org.immutables.value.Value;

/**
 * Parameters of the likelihood × severity matrix (风险矩阵, LEC-style): any N × M grid of levels.
 *
 * <p>The likelihood of a point is the highest resolved value of the likelihood factors (1–5), its
 * severity the highest of the severity factors; an absent optional factor is skipped and a side
 * with no value at all counts as 3. Each value falls into a band: the number of band bounds it
 * reaches. The cell at {@code cells[likelihoodBand][severityBand]} is the level; row 0 is the least
 * likely, column 0 the least severe.
 *
 * <p>Invariants: both factor lists are non-empty and exclude {@link Factor#POINT_COUNT}; bounds
 * strictly ascending within 2–5; the grid has {@code likelihoodBounds + 1} rows of {@code
 * severityBounds + 1} cells each. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract non-sealed class MatrixParameters implements MethodParameters {
  MatrixParameters() {}

  @Override
  public GradingMethod getMethod() {
    return GradingMethod.MATRIX;
  }

  /** {@return the factors whose highest value is the likelihood} */
  public abstract List<Factor> getLikelihoodFactors();

  /** {@return the factors whose highest value is the severity} */
  public abstract List<Factor> getSeverityFactors();

  /**
   * Returns the codes of extra factors ({@link GradingPolicy#getExtraFactors()}) that also count
   * towards the likelihood: each value is mapped onto 1–5 by {@link ExtraFactor#scaled} and rounded
   * half up, and the likelihood is the highest of all. A point without a value for one leaves it
   * out, as an absent harm is left out.
   *
   * @return the extra factor codes, possibly empty
   * @since 0.1.0
   */
  public abstract List<String> getLikelihoodExtras();

  /**
   * Returns the codes of extra factors that also count towards the severity, as {@link
   * #getLikelihoodExtras()} does for the likelihood.
   *
   * @return the extra factor codes, possibly empty
   * @since 0.1.0
   */
  public abstract List<String> getSeverityExtras();

  /**
   * Returns the lowest likelihood value of each band above the first.
   *
   * @return the bounds, strictly ascending
   */
  public abstract List<Integer> getLikelihoodBounds();

  /**
   * Returns the lowest severity value of each band above the first.
   *
   * @return the bounds, strictly ascending
   */
  public abstract List<Integer> getSeverityBounds();

  /**
   * Returns the grid: one row per likelihood band (least likely first), one cell per severity band
   * (least severe first).
   *
   * @return the rows
   */
  public abstract List<List<RiskLevel>> getCells();

  /**
   * Tells whether the grid never decreases along a row or down a column, so that a higher factor
   * never gives a lower level.
   *
   * @return {@code true} if the grid is monotone
   */
  public boolean isMonotone() {
    List<List<RiskLevel>> c = getCells();
    for (int i = 0; i < c.size(); i++) {
      for (int j = 0; j < c.get(i).size(); j++) {
        int r = c.get(i).get(j).rank();
        if (i > 0 && c.get(i - 1).get(j).rank() > r || j > 0 && c.get(i).get(j - 1).rank() > r) {
          return false;
        }
      }
    }
    return true;
  }

  @Value.Check
  void check() {
    factors("likelihoodFactors", getLikelihoodFactors());
    factors("severityFactors", getSeverityFactors());
    bounds("likelihoodBounds", getLikelihoodBounds());
    bounds("severityBounds", getSeverityBounds());
    int rows = getLikelihoodBounds().size() + 1;
    int cols = getSeverityBounds().size() + 1;
    if (getCells().size() != rows) {
      throw new IllegalArgumentException(
          "MatrixParameters.cells must have " + rows + " rows, had " + getCells().size());
    }
    for (int i = 0; i < rows; i++) {
      if (getCells().get(i).size() != cols) {
        throw new IllegalArgumentException(
            "MatrixParameters.cells row "
                + i
                + " must have "
                + cols
                + " cells, had "
                + getCells().get(i).size());
      }
    }
  }

  private static void factors(String field, List<Factor> factors) {
    if (factors.isEmpty() || factors.contains(Factor.POINT_COUNT)) {
      throw new IllegalArgumentException(
          "MatrixParameters."
              + field
              + " must be non-empty and exclude POINT_COUNT, was "
              + factors);
    }
  }

  private static void bounds(String field, List<Integer> bounds) {
    for (int i = 0; i < bounds.size(); i++) {
      int b = bounds.get(i);
      if (b < 2 || b > 5 || i > 0 && b <= bounds.get(i - 1)) {
        throw new IllegalArgumentException(
            "MatrixParameters." + field + " must be strictly ascending within 2–5, was " + bounds);
      }
    }
  }

  /**
   * {@return a 4 × 3 matrix: likelihood from probability in bands 极小 (1), 较小 (2), 较大 (3–4), 极大 (5);
   * severity from the higher of harm and importance in bands 轻 (1–2), 较重 (3–4), 严重 (5)}
   *
   * <pre>
   *          轻   较重  严重
   *   极小    低   低    一般
   *   较小    低   一般  一般
   *   较大    一般 一般  高
   *   极大    一般 高    高
   * </pre>
   */
  public static MatrixParameters defaults() {
    RiskLevel l = RiskLevel.LOW;
    RiskLevel m = RiskLevel.MEDIUM;
    RiskLevel h = RiskLevel.HIGH;
    return builder()
        .addLikelihoodFactors(Factor.PROBABILITY)
        .addSeverityFactors(Factor.HARM, Factor.IMPORTANCE)
        .addLikelihoodBounds(2, 3, 5)
        .addSeverityBounds(3, 5)
        .addCells(List.of(l, l, m), List.of(l, m, m), List.of(m, m, h), List.of(m, h, h))
        .build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link MatrixParameters}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableMatrixParameters.Builder {
    Builder() {}
  }
}
