package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.RiskPoint;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code PR-TEXT-001}: no owner has two risk points with the same title, compared without spaces of
 * any width, with full-width forms folded and ASCII case ignored ({@link Texts#comparable}). Each
 * repeat names the owner's first point with that title. Stateless and thread-safe.
 */
final class DuplicateTitles extends PointRule {
  static final String ID = "PR-TEXT-001";

  /** Groups of points per owner up to this size are compared pairwise, without a map. */
  private static final int SMALL_GROUP = 8;

  DuplicateTitles() {
    super(ID, Severity.WARNING, ID);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    List<RiskPoint> points = owner.points();
    int n = points.size();
    if (n < 2) {
      return;
    }
    if (n <= SMALL_GROUP) {
      String[] keys = new String[n];
      for (int i = 0; i < n; i++) {
        keys[i] = Texts.comparable(points.get(i).getTitle());
        for (int j = 0; j < i; j++) {
          if (keys[i].equals(keys[j])) {
            report(points.get(i), points.get(j), out);
            break;
          }
        }
      }
      return;
    }
    Map<String, RiskPoint> seen = new HashMap<>(n * 4 / 3 + 1);
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      RiskPoint first = seen.putIfAbsent(Texts.comparable(rp.getTitle()), rp);
      if (first != null) {
        report(rp, first, out);
      }
    }
  }

  private static void report(RiskPoint rp, RiskPoint first, PointFindings out) {
    out.point(rp, "title", ID, rp.getId(), first.getId(), rp.getTitle());
  }
}
