package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.EffectivenessReview;
import io.github.probity.model.Measure;
import io.github.probity.model.RiskPoint;
import java.util.List;
import java.util.Optional;

/**
 * {@code PR-MEASURE-007}: the supervisor reviews a measure's effectiveness, not those who answer
 * for it — no review is made by the measure's own proposer, nor ({@code .responsible}) by the
 * point's responsible person. Reports each such review. Stateless and thread-safe.
 */
final class EffectivenessReviewer extends PointRule {
  static final String ID = "PR-MEASURE-007";
  static final String RESPONSIBLE = ID + ".responsible";

  EffectivenessReviewer() {
    super(ID, Severity.ERROR, ID, RESPONSIBLE);
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      Optional<String> responsible = rp.getResponsible();
      List<Measure> measures = rp.getMeasures();
      for (int j = 0, n = measures.size(); j < n; j++) {
        Measure m = measures.get(j);
        List<EffectivenessReview> reviews = m.getReviews();
        for (int k = 0, r = reviews.size(); k < r; k++) {
          EffectivenessReview review = reviews.get(k);
          Optional<String> reviewer = Optional.of(review.getReviewer());
          String name = StandardRule.name(owner.ledger(), review.getReviewer());
          if (reviewer.equals(m.getProposer())) {
            out.measure(rp, m, "reviews", ID, m.getId(), rp.getId(), name, review.getDate());
          } else if (reviewer.equals(responsible)) {
            out.measure(
                rp, m, "reviews", RESPONSIBLE, m.getId(), rp.getId(), name, review.getDate());
          }
        }
      }
    }
  }
}
