package io.github.probity.grading;

import io.github.probity.model.FactorValue;
import io.github.probity.model.Ledger;
import io.github.probity.model.PowerItem;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A ledger's risk points with everything the built-ins read resolved once, in ledger order: the
 * factors, the power item, the owner's point count and the 1–5 factor values ({@link Facts}; 0 when
 * absent) and whether the item is a major matter. Bulk grading then runs a tight loop over arrays
 * instead of looking each point's owner and power item up. Built once per {@link GradingContext} on
 * first use; immutable afterwards.
 *
 * <p>Resolution is one pass in ledger order, in which a ledger lists an owner's points together and
 * draws them from the owner's few power items: a run of points of one owner looks the owner's count
 * and values up once, and a small table of the power items met last answers most points without a
 * look-up in the ledger's index. A ledger in any other order gives the same result, with more
 * look-ups.
 */
final class Resolved {
  /** The number of slots of the recent power item table; a power of two. */
  private static final int ITEM_SLOTS = 16;

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
    @Nullable Map<String, FactorValue>[] values = owners;
    // The owner of the run of points being resolved, its point count and its extra factor values.
    @Nullable RiskOwner owner = null;
    int count = 0;
    @Nullable Map<String, FactorValue> value = null;
    // The power items met last, by the slot of their id's hash.
    String[] ids = new String[ITEM_SLOTS];
    PowerItem[] met = new PowerItem[ITEM_SLOTS];
    @Nullable String lastId = null;
    @Nullable PowerItem last = null;
    for (int i = 0; i < n; i++) {
      RiskPoint p = points[i];
      RiskOwner o = p.getOwner();
      if (o != owner && !o.equals(owner)) {
        // A ledger point is always among its owner's points.
        count = ledger.riskPointsOf(o).size();
        value = values == null ? null : ownerFactors.get(o);
        owner = o;
      }
      counts[i] = count;
      if (values != null) {
        values[i] = value;
      }
      Optional<String> ref = p.getPowerItem();
      if (ref.isPresent()) {
        String id = ref.get();
        if (id != lastId) {
          int slot = id.hashCode() & (ITEM_SLOTS - 1);
          String known = ids[slot];
          if (known != null && known.equals(id)) {
            last = met[slot];
          } else {
            last = ledger.powerItem(id).orElse(null);
            ids[slot] = id;
            met[slot] = last;
          }
          lastId = id;
        }
        items[i] = last;
      }
      resolveFacts(i, p.getFactors().orElse(null), items[i]);
    }
  }

  /** The 1–5 factor values of point {@code i}, from its factors and its power item. */
  private void resolveFacts(int i, @Nullable RiskFactors f, @Nullable PowerItem item) {
    factors[i] = f;
    majorMatter[i] = item != null && item.isMajorMatter();
    importance[i] = (byte) Facts.importance(f, item);
    frequency[i] = (byte) Facts.frequency(f, item);
    probability[i] = (byte) Facts.probability(f);
    discretion[i] = (byte) Facts.discretion(f, item);
    harm[i] = (byte) Facts.harm(f);
  }

  static Resolved of(GradingContext context) {
    return new Resolved(context.getLedger());
  }

  int size() {
    return points.length;
  }
}
