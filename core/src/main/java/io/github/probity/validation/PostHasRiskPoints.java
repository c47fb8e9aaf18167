package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.Post;
import io.github.probity.model.RiskOwner;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code PR-POST-001}: every post has at least one risk point of its own — 一岗一档: a post without one
 * cannot have a meaningful archive. Stateless and thread-safe.
 */
final class PostHasRiskPoints extends StandardRule {
  static final String ID = "PR-POST-001";

  PostHasRiskPoints() {
    super(ID, Severity.ERROR, ID);
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    for (Post p : BarePosts.of(c).posts) {
      f.add(Paths.post(p).property("riskPoints"), ID, p.getId(), p.getName());
    }
  }

  /** The posts that own no risk point, in ledger order; shared with PR-POST-002. */
  static final class BarePosts {
    final List<Post> posts = new ArrayList<>();

    private BarePosts(ValidationContext c) {
      Ledger l = c.getLedger();
      for (Post p : l.getPosts()) {
        if (l.riskPointsOf(RiskOwner.post(p.getId())).isEmpty()) {
          posts.add(p);
        }
      }
    }

    static BarePosts of(ValidationContext c) {
      return c.memo(BarePosts.class, BarePosts::new);
    }
  }
}
