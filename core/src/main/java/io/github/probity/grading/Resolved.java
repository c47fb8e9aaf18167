package io.github.probity.grading;

import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A ledger's risk points with everything the built-ins read resolved once, in ledger order: the
 * factors, the power item, the owner's point count and the 1–5 factor values ({@link Facts}; 0 when
 * absent) and whether the item is a major matter. Bulk grading then runs a tight loop over arrays
 * instead of looking each point's owner and power item up. Built once per {@link GradingContext} on
 * first use; immutable afterwards.
 */
final class Resolved {
  final RiskPoint[] points;
  final @Nullable RiskFactors[] factors;
  final @Nullable PowerItem[] items;
  final int[] counts;
  final byte[] importance;
  final byte[] frequency;
  final byte[] probability;
  final byte[] discretion;
  final byte[] harm;
  final boolean[] majorMatter;

  /** Each point's owner's extra factor values; null when the ledger records none for any owner. */
  final @Nullable Map<String, FactorValue> @Nullable [] owners;

  @SuppressWarnings("unchecked")
  private Resolved(Ledger ledger) {
    List<RiskPoint> all = ledger.getRiskPoints();
    int n = all.size();
    points = all.toArray(new RiskPoint[0]);
    factors = new RiskFactors[n];
    items = new PowerItem[n];
    counts = new int[n];
    importance = new byte[n];
    frequency = new byte[n];
    probability = new byte[n];
    discretion = new byte[n];
    harm = new byte[n];
    majorMatter = new boolean[n];
    Map<RiskOwner, Map<String, FactorValue>> ownerFactors = ledger.getOwnerFactors();
    owners = ownerFactors.isEmpty() ? null : (Map<String, FactorValue>[]) new Map<?, ?>[n];
    for (int i = 0; i < n; i++) {
      RiskPoint p = points[i];
      RiskFactors f = p.getFactors().orElse(null);
      PowerItem item =
          p.getPowerItem().isPresent()
              ? ledger.powerItem(p.getPowerItem().get()).orElse(null)
              : null;
      factors[i] = f;
      items[i] = item;
      // A ledger point is always among its owner's points.
      counts[i] = ledger.riskPointsOf(p.getOwner()).size();
      importance[i] = (byte) Facts.importance(f, item);
      frequency[i] = (byte) Facts.frequency(f, item);
      probability[i] = (byte) Facts.probability(f);
      discretion[i] = (byte) Facts.discretion(f, item);
      harm[i] = (byte) Facts.harm(f);
      majorMatter[i] = item != null && item.isMajorMatter();
      if (owners != null) {
        owners[i] = ownerFactors.get(p.getOwner());
      }
    }
  }

  static Resolved of(GradingContext context) {
    return new Resolved(context.getLedger());
  }

  int size() {
    return points.length;
  }
}
