package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code PR-POST-002}: a post that holds power items has risk points — a completeness hint next to
 * {@link PostHasRiskPoints}, which reports the same post as an error. Stateless and thread-safe.
 */
final class PostWithPowersHasRiskPoints extends StandardRule {
  static final String ID = "PR-POST-002";

  PostWithPowersHasRiskPoints() {
    super(ID, Severity.WARNING, ID);
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    List<Post> bare = PostHasRiskPoints.BarePosts.of(c).posts;
    if (bare.isEmpty()) {
      return;
    }
    Map<String, Integer> powers = new HashMap<>();
    for (PowerItem item : c.getLedger().getPowerItems()) {
      if (item.getOwner().getScope() == OwnerScope.POST) {
        powers.merge(item.getOwner().getId(), 1, Integer::sum);
      }
    }
    for (Post p : bare) {
      Integer n = powers.get(p.getId());
      if (n != null) {
        f.add(Paths.post(p).property("riskPoints"), ID, p.getId(), p.getName(), String.valueOf(n));
      }
    }
  }
}
