package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.ReviewAction;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewStep;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code PR-REVIEW-001}: a reviewer is never the proposer of the measure reviewed — personal
 * measures are 报本级党组织审核备案, department measures 由分（协）管领导把关, by someone other than who drafted them.
 * The proposer is the measure's recorded proposer and whoever drafted or redrafted it in its review
 * record. Active only when the context carries review records ({@link
 * ValidationContext#withReviews}); records of measures the ledger lacks are skipped. Reports each
 * review step taken by a proposer. Stateless and thread-safe.
 */
final class ReviewerNotProposer extends StandardRule {
  static final String ID = "PR-REVIEW-001";

  ReviewerNotProposer() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    Optional<List<ReviewRecord>> reviews = c.getReviews();
    if (reviews.isEmpty()) {
      return;
    }
    Ledger l = c.getLedger();
    for (ReviewRecord r : reviews.get()) {
      Measure m = l.measure(r.getMeasureId()).orElse(null);
      RiskPoint rp = l.riskPoint(r.getRiskPointId()).orElse(null);
      if (m == null || rp == null) {
        continue;
      }
      Set<String> proposers = new HashSet<>();
      m.getProposer().ifPresent(proposers::add);
      for (ReviewStep s : r.getTrail()) {
        if (s.getAction() == ReviewAction.DRAFT || s.getAction() == ReviewAction.REDRAFT) {
          proposers.add(s.getActor());
        }
      }
      for (ReviewStep s : r.getTrail()) {
        if (s.getAction() == ReviewAction.REVIEW && proposers.contains(s.getActor())) {
          f.add(
              Paths.measure(l, rp, m).property("reviewer"),
              ID,
              m.getId(),
              rp.getId(),
              name(l, s.getActor()));
        }
      }
    }
  }
}
