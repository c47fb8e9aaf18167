package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Measure;
import io.github.probity.model.Post;
import io.github.probity.model.RiskPoint;
import java.util.List;

/**
 * {@code PR-MEASURE-002}: personal measures are proposed by their owner — 个人岗位风险由在岗人提出;
 * 领导干部防控措施由领导干部本人制定. A post's measures by one of its holders, a leader's by the leader; a measure
 * with no recorded proposer is not judged. Stateless and thread-safe.
 */
final class PersonalMeasureByOwner extends PointRule {
  static final String ID = "PR-MEASURE-002";

  PersonalMeasureByOwner() {
    super(ID, Severity.ERROR, ID, ID + ".leader");
  }

  @Override
  void scan(OwnerPoints owner, PointFindings out) {
    if (!owner.isPersonal()) {
      return;
    }
    List<String> proposers = owner.proposers();
    List<RiskPoint> points = owner.points();
    for (int i = 0; i < points.size(); i++) {
      RiskPoint rp = points.get(i);
      List<Measure> measures = rp.getMeasures();
      for (int j = 0, n = measures.size(); j < n; j++) {
        Measure m = measures.get(j);
        String proposer = m.getProposer().orElse(null);
        if (proposer != null && !proposers.contains(proposer)) {
          report(owner, rp, m, proposer, out);
        }
      }
    }
  }

  private static void report(
      OwnerPoints owner, RiskPoint rp, Measure m, String proposer, PointFindings out) {
    String ownerId = owner.owner().getId();
    if (owner.isLeader()) {
      out.measure(
          rp,
          m,
          "proposer",
          ID + ".leader",
          m.getId(),
          rp.getId(),
          owner.name(proposer),
          owner.name(ownerId));
    } else {
      Post post = owner.post();
      out.measure(
          rp,
          m,
          "proposer",
          ID,
          m.getId(),
          rp.getId(),
          owner.name(proposer),
          post != null ? post.getName() : ownerId);
    }
  }
}
