package io.github.probity.grading;

import io.github.probity.internal.LedgerTables;
import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * A ledger's risk points with what the built-ins read resolved once, in ledger order: each point's
 * 1–5 factor values ({@link Facts}; 0 when absent) and whether its power item is a major matter,
 * packed into one {@code int}, and its owner's point count. Bulk grading then runs a tight loop
 * over arrays. Built once per {@link GradingContext} on first use; immutable afterwards.
 *
 * <p>Resolution reads no risk point: the ledger's index has already recorded, per point, the
 * position of its power item, its owner's group and its assessed factors ({@link LedgerTables}), so
 * a point costs a few array reads and the derivation from its power item a look-up in a table built
 * once per power item. The points, their factors and power items are still at hand for the methods
 * that read more ({@link #point}, {@link #factors}, {@link #item}).
 *
 * <p>Extra factors are scaled on first use, once per point (or once per owner for an owner factor),
 * and kept: {@link #column}. A point factor's values come unboxed from the index too.
 */
final class Resolved {
  /** The major-matter flag of a resolved value, beside the packed factors. */
  private static final int MAJOR_MATTER = 1 << 15;

  /** The resolved value of a point without factors and without a power item. */
  private static final int NEITHER =
      LedgerTables.pack(Facts.NEUTRAL, Facts.NEUTRAL, Facts.NEUTRAL, 0, 0);

  /** The bits of importance, frequency and probability, taken together from assessed factors. */
  private static final int CORE = (1 << LedgerTables.DISCRETION) - 1;

  private static final int DISCRETION = LedgerTables.MASK << LedgerTables.DISCRETION;
  private static final int HARM = LedgerTables.MASK << LedgerTables.HARM;

  private final Ledger ledger;
  private final List<RiskPoint> points;
  private final List<PowerItem> powerItems;
  private final LedgerTables tables;

  /** Per point: the resolved factor values, packed as {@link LedgerTables#pack}, and the flag. */
  private final int[] facts;

  /** The scaled values of the extra factors used so far. */
  private final Map<ExtraFactor, Column> columns = new ConcurrentHashMap<>();

  private Resolved(Ledger ledger) {
    this.ledger = ledger;
    points = ledger.getRiskPoints();
    powerItems = ledger.getPowerItems();
    tables = LedgerTables.of(ledger);
    // What each power item gives a point that does not assess the factor.
    int[] derived = new int[powerItems.size()];
    for (int k = 0; k < derived.length; k++) {
      PowerItem item = powerItems.get(k);
      derived[k] =
          LedgerTables.pack(
                  Facts.importance(null, item),
                  Facts.frequency(null, item),
                  Facts.probability(null),
                  Facts.discretion(null, item),
                  Facts.harm(null))
              | (item.isMajorMatter() ? MAJOR_MATTER : 0);
    }
    int[] item = tables.item;
    int[] assessed = tables.factors;
    int n = item.length;
    facts = new int[n];
    for (int i = 0; i < n; i++) {
      int k = item[i];
      int base = k < 0 ? NEITHER : derived[k];
      int f = assessed[i];
      // Assessed factors take the place of derived ones; an unassessed discretion is derived.
      facts[i] =
          f == 0
              ? base
              : (f & (CORE | HARM))
                  | ((f & DISCRETION) != 0 ? f & DISCRETION : base & DISCRETION)
                  | (base & MAJOR_MATTER);
    }
  }

  static Resolved of(GradingContext context) {
    return new Resolved(context.getLedger());
  }

  int size() {
    return facts.length;
  }

  int importance(int i) {
    return LedgerTables.unpack(facts[i], LedgerTables.IMPORTANCE);
  }

  int frequency(int i) {
    return LedgerTables.unpack(facts[i], LedgerTables.FREQUENCY);
  }

  int probability(int i) {
    return LedgerTables.unpack(facts[i], LedgerTables.PROBABILITY);
  }

  int discretion(int i) {
    return LedgerTables.unpack(facts[i], LedgerTables.DISCRETION);
  }

  int harm(int i) {
    return LedgerTables.unpack(facts[i], LedgerTables.HARM);
  }

  boolean majorMatter(int i) {
    return (facts[i] & MAJOR_MATTER) != 0;
  }

  /** A 1–5 factor's resolved value of point {@code i}, as {@link Facts#value}; 0 when absent. */
  int value(Factor factor, int i) {
    switch (factor) {
      case IMPORTANCE:
        return importance(i);
      case FREQUENCY:
        return frequency(i);
      case PROBABILITY:
        return probability(i);
      case DISCRETION:
        return discretion(i);
      case HARM:
        return harm(i);
      default:
        throw new IllegalArgumentException("not a 1–5 factor: " + factor);
    }
  }

  /** The resolved values of point {@code i}, packed as {@link LedgerTables#pack}. */
  int facts(int i) {
    return facts[i];
  }

  /** The number of points of the owner of point {@code i}. */
  int count(int i) {
    return tables.groupSize[tables.group[i]];
  }

  RiskPoint point(int i) {
    return points.get(i);
  }

  @Nullable RiskFactors factors(int i) {
    return tables.factors[i] == 0 ? null : points.get(i).getFactors().orElse(null);
  }

  @Nullable PowerItem item(int i) {
    int k = tables.item[i];
    return k < 0 ? null : powerItems.get(k);
  }

  /**
   * The scaled values of an extra factor for every point, computed on first use and kept.
   *
   * @param scale the factor's prepared scaling
   * @return the values
   */
  Column column(Extras.Scale scale) {
    Column known = columns.get(scale.factor);
    return known != null ? known : columns.computeIfAbsent(scale.factor, x -> compute(scale));
  }

  /** The columns of several extra factors, in order. */
  Column[] columns(Extras.Scale[] scales) {
    Column[] out = new Column[scales.length];
    for (int k = 0; k < out.length; k++) {
      out[k] = column(scales[k]);
    }
    return out;
  }

  private Column compute(Extras.Scale scale) {
    if (scale.isPoint()) {
      double[] values = new double[facts.length];
      LedgerTables.Column recorded = tables.extra.get(scale.factor.getCode());
      if (recorded == null) {
        Arrays.fill(values, Double.NaN);
      } else {
        double[] number = recorded.number;
        @Nullable String[] code = recorded.code;
        for (int i = 0; i < values.length; i++) {
          values[i] = scale.scaled(number[i], code[i]);
        }
      }
      return new Column(values, null);
    }
    RiskOwner[] owners = tables.owners;
    double[] values = new double[owners.length];
    Map<RiskOwner, Map<String, FactorValue>> all = ledger.getOwnerFactors();
    for (int g = 0; g < owners.length; g++) {
      Map<String, FactorValue> m = all.isEmpty() ? null : all.get(owners[g]);
      values[g] = m == null ? Double.NaN : scale.scaled(m.get(scale.factor.getCode()));
    }
    return new Column(values, tables.group);
  }

  /**
   * The scaled values of one extra factor: per point, or per owner group with each point's group.
   * NaN where the value is missing or not as declared. Immutable.
   */
  static final class Column {
    private final double[] values;
    private final int @Nullable [] group;

    Column(double[] values, int @Nullable [] group) {
      this.values = values;
      this.group = group;
    }

    /** The scaled value of point {@code i}; NaN when absent. */
    double at(int i) {
      int[] g = group;
      return g == null ? values[i] : values[g[i]];
    }
  }
}
