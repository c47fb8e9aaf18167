package io.github.probity.archive;

import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Applies a redaction policy to texts and people of one ledger. Immutable once built. */
final class Redactor {
  private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(\\.[\\w-]+)+");
  private static final Pattern PHONE =
      Pattern.compile("(?<!\\d)(1[3-9]\\d{9}|0\\d{2,3}-?\\d{7,8})(?!\\d)");
  static final String CONTACT_REMOVED = "〔联系方式已删除〕";

  private final RedactionPolicy policy;
  private final Map<String, String> labelOfPerson = new HashMap<>();
  private final Map<String, String> nameOfPerson = new HashMap<>();

  /** Names to replace, longest first, each with its label. */
  private final List<Map.Entry<String, String>> names = new ArrayList<>();

  Redactor(Ledger ledger, RedactionPolicy policy) {
    this.policy = policy;
    for (Person p : ledger.getPeople()) {
      String label = label(ledger, p);
      labelOfPerson.put(p.getId(), label);
      nameOfPerson.put(p.getId(), p.getName());
      if (p.getName().strip().length() >= 2) {
        names.add(Map.entry(p.getName().strip(), label));
      }
    }
    names.sort(
        Comparator.comparingInt((Map.Entry<String, String> e) -> e.getKey().length())
            .reversed()
            .thenComparing(Map.Entry::getKey));
  }

  /** What a person is, without their name: leader role, department head, post, or title. */
  private static String label(Ledger ledger, Person p) {
    Optional<Leader> leader = ledger.getLeadershipGroup().leader(p.getId());
    if (leader.isPresent()) {
      return leader.get().getRole();
    }
    for (Department d : ledger.getDepartments()) {
      if (d.getHead().filter(p.getId()::equals).isPresent()) {
        return d.getName() + "负责人";
      }
    }
    List<Post> posts = ledger.postsHeldBy(p.getId());
    if (!posts.isEmpty()) {
      Post post = posts.get(0);
      String dept = ledger.department(post.getDepartment()).map(Department::getName).orElse("");
      return dept + post.getName();
    }
    return p.getTitle().orElse("工作人员");
  }

  /** The person as disclosed: label or name. */
  String person(String personId) {
    if (policy.isReplaceNames()) {
      return labelOfPerson.getOrDefault(personId, "工作人员");
    }
    return nameOfPerson.getOrDefault(personId, personId);
  }

  /** A free text with names replaced and contact data dropped, as the policy says. */
  String text(String text) {
    String out = text;
    if (policy.isReplaceNames()) {
      for (Map.Entry<String, String> e : names) {
        out = out.replace(e.getKey(), e.getValue());
      }
    }
    if (policy.isDropContactData()) {
      out = EMAIL.matcher(out).replaceAll(CONTACT_REMOVED);
      out = PHONE.matcher(out).replaceAll(CONTACT_REMOVED);
    }
    return out;
  }
}
