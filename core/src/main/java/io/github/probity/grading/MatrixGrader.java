package io.github.probity.grading;

import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The likelihood × severity matrix; see {@link MatrixParameters}. Immutable and thread-safe. */
final class MatrixGrader extends BuiltInGrader {
  private final Factor[] likelihoodFactors;
  private final Factor[] severityFactors;
  private final int[] likelihoodBounds;
  private final int[] severityBounds;
  private final RiskLevel[][] cells;

  MatrixGrader(GradingPolicy policy, MatrixParameters p) {
    super(policy);
    likelihoodFactors = p.getLikelihoodFactors().toArray(new Factor[0]);
    severityFactors = p.getSeverityFactors().toArray(new Factor[0]);
    likelihoodBounds = p.getLikelihoodBounds().stream().mapToInt(Integer::intValue).toArray();
    severityBounds = p.getSeverityBounds().stream().mapToInt(Integer::intValue).toArray();
    List<List<RiskLevel>> rows = p.getCells();
    cells = new RiskLevel[rows.size()][];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = rows.get(i).toArray(new RiskLevel[0]);
    }
  }

  private static int highest(Factor[] factors, @Nullable RiskFactors f, @Nullable PowerItem item) {
    int v = 0;
    for (Factor factor : factors) {
      v = Math.max(v, Facts.value(factor, f, item));
    }
    return v == 0 ? Facts.NEUTRAL : v;
  }

  private static int band(int value, int[] bounds) {
    int b = 0;
    while (b < bounds.length && value >= bounds[b]) {
      b++;
    }
    return b;
  }

  @Override
  RiskLevel evaluate(
      RiskPoint p,
      GradingContext c,
      @Nullable RiskFactors f,
      @Nullable PowerItem item,
      int count,
      @Nullable Explainer out) {
    int likelihood = highest(likelihoodFactors, f, item);
    int severity = highest(severityFactors, f, item);
    int row = band(likelihood, likelihoodBounds);
    int col = band(severity, severityBounds);
    RiskLevel level = cells[row][col];
    if (out != null) {
      out.add(
          "rule.matrix",
          "可能性 "
              + likelihood
              + "（第 "
              + (row + 1)
              + "/"
              + cells.length
              + " 档）× 严重性 "
              + severity
              + "（第 "
              + (col + 1)
              + "/"
              + cells[row].length
              + " 档）→ "
              + level.displayName(),
          "likelihood "
              + likelihood
              + " (band "
              + (row + 1)
              + "/"
              + cells.length
              + ") × severity "
              + severity
              + " (band "
              + (col + 1)
              + "/"
              + cells[row].length
              + ") → "
              + level.code());
    }
    return level;
  }
}
