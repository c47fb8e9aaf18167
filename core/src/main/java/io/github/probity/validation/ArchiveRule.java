package io.github.probity.validation;

import io.github.probity.archive.Archive;
import io.github.probity.finding.Location.ModelPath;
import io.github.probity.finding.Severity;
import io.github.probity.model.Ledger;
import io.github.probity.model.Post;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code PR-ARCHIVE-001}: every post has exactly one current archive (一岗一档). Active only when the
 * context carries archives; an archive is current for the ledger if it is of the ledger's year.
 * Reports a post without one, a post with several, and a current archive of a post the ledger does
 * not have. Stateless and thread-safe.
 */
final class ArchiveRule extends StandardRule {
  static final String ID = "PR-ARCHIVE-001";

  ArchiveRule() {
    super(ID, Severity.ERROR, ID, ID + ".duplicate", ID + ".unknownPost");
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    Optional<List<Archive>> archives = c.getArchives();
    if (archives.isEmpty()) {
      return;
    }
    Ledger l = c.getLedger();
    Map<String, Integer> count = new HashMap<>();
    Map<String, String> unknown = new TreeMap<>();
    for (Archive a : archives.get()) {
      if (a.getYear() != l.getYear()) {
        continue;
      }
      String post = a.getPost().getId();
      count.merge(post, 1, Integer::sum);
      if (l.post(post).isEmpty()) {
        unknown.put(post, a.getPost().getName());
      }
    }
    for (Post p : l.getPosts()) {
      int n = count.getOrDefault(p.getId(), 0);
      if (n == 0) {
        f.add(
            Paths.post(p).property("archive"),
            ID,
            p.getId(),
            p.getName(),
            String.valueOf(l.getYear()));
      } else if (n > 1) {
        f.add(Paths.post(p).property("archive"), ID + ".duplicate", p.getId(), p.getName(), n);
      }
    }
    unknown.forEach(
        (id, name) ->
            f.add(
                ModelPath.LEDGER.element("archives", id),
                ID + ".unknownPost",
                id,
                name,
                String.valueOf(l.getYear())));
  }
}
