package io.github.probity.grading;

import io.github.probity.model.FactorValue;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** The likelihood × severity matrix; see {@link MatrixParameters}. Immutable and thread-safe. */
final class MatrixGrader extends BuiltInGrader {
  private final Factor[] likelihoodFactors;
  private final Factor[] severityFactors;
  private final int[] likelihoodBounds;
  private final int[] severityBounds;
  private final RiskLevel[][] cells;
  private final ExtraFactor[] likelihoodExtras;
  private final ExtraFactor[] severityExtras;

  /** The scaling of the likelihood extras, then of the severity extras. */
  private final Extras.Scale[] scales;

  MatrixGrader(GradingPolicy policy, MatrixParameters p) {
    super(policy);
    likelihoodFactors = p.getLikelihoodFactors().toArray(new Factor[0]);
    severityFactors = p.getSeverityFactors().toArray(new Factor[0]);
    likelihoodBounds = p.getLikelihoodBounds().stream().mapToInt(Integer::intValue).toArray();
    severityBounds = p.getSeverityBounds().stream().mapToInt(Integer::intValue).toArray();
    likelihoodExtras = Extras.declared(policy, p.getLikelihoodExtras());
    severityExtras = Extras.declared(policy, p.getSeverityExtras());
    scales = new Extras.Scale[likelihoodExtras.length + severityExtras.length];
    for (int i = 0; i < scales.length; i++) {
      scales[i] =
          new Extras.Scale(
              i < likelihoodExtras.length
                  ? likelihoodExtras[i]
                  : severityExtras[i - likelihoodExtras.length]);
    }
    List<List<RiskLevel>> rows = p.getCells();
    cells = new RiskLevel[rows.size()][];
    for (int i = 0; i < cells.length; i++) {
      cells[i] = rows.get(i).toArray(new RiskLevel[0]);
    }
  }

  private static int highest(
      Factor[] factors,
      ExtraFactor[] extras,
      @Nullable RiskFactors f,
      @Nullable PowerItem item,
      @Nullable Map<String, FactorValue> owner) {
    int v = 0;
    for (Factor factor : factors) {
      v = Math.max(v, Facts.value(factor, f, item));
    }
    for (ExtraFactor x : extras) {
      double s = Extras.scaled(x, Extras.value(x, f, owner));
      if (!Double.isNaN(s)) {
        v = Math.max(v, (int) Math.floor(s + 0.5));
      }
    }
    return v == 0 ? Facts.NEUTRAL : v;
  }

  @Override
  Resolved.Column[] columns(Resolved r) {
    return scales.length == 0 ? NO_COLUMNS : r.columns(scales);
  }

  @Override
  RiskLevel evaluateAt(Resolved r, int i, Resolved.Column[] columns, GradingContext c) {
    int likelihood = highestAt(likelihoodFactors, r, i, columns, 0, likelihoodExtras.length);
    int severity =
        highestAt(severityFactors, r, i, columns, likelihoodExtras.length, columns.length);
    return cells[band(likelihood, likelihoodBounds)][band(severity, severityBounds)];
  }

  /** {@link #highest} from resolved values and the columns {@code from} to {@code to}. */
  private static int highestAt(
      Factor[] factors, Resolved r, int i, Resolved.Column[] columns, int from, int to) {
    int v = 0;
    for (Factor factor : factors) {
      v = Math.max(v, r.value(factor, i));
    }
    for (int k = from; k < to; k++) {
      double s = columns[k].at(i);
      if (!Double.isNaN(s)) {
        v = Math.max(v, (int) Math.floor(s + 0.5));
      }
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
    Map<String, FactorValue> owner =
        likelihoodExtras.length + severityExtras.length == 0
                || c.getLedger().getOwnerFactors().isEmpty()
            ? null
            : c.getLedger().ownerFactors(p.getOwner());
    int likelihood = highest(likelihoodFactors, likelihoodExtras, f, item, owner);
    int severity = highest(severityFactors, severityExtras, f, item, owner);
    int row = band(likelihood, likelihoodBounds);
    int col = band(severity, severityBounds);
    RiskLevel level = cells[row][col];
    if (out != null) {
      for (ExtraFactor x : likelihoodExtras) {
        explainExtra(x, f, owner, out);
      }
      for (ExtraFactor x : severityExtras) {
        explainExtra(x, f, owner, out);
      }
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

  private static void explainExtra(
      ExtraFactor x,
      @Nullable RiskFactors f,
      @Nullable Map<String, FactorValue> owner,
      Explainer out) {
    FactorValue v = Extras.value(x, f, owner);
    String[] text = Extras.describe(x, v, Extras.scaled(x, v));
    out.add("factor." + x.getCode(), text[0], text[1]);
  }
}
