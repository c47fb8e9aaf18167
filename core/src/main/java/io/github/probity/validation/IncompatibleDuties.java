package io.github.probity.validation;

import io.github.probity.finding.Severity;
import io.github.probity.model.Coded;
import io.github.probity.model.Ledger;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.ProcessStep;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

/**
 * {@code PR-SOD-001}: one person must not hold two duties that must be separated — approval and
 * payment, purchase and acceptance — whether through two posts or through two steps of one power.
 *
 * <p>Duties are recognised by keywords in post names, post duties and step names. Work is linear in
 * the ledger: per person the pairs of the posts they hold, per power item the pairs of its steps,
 * both small. Stateless and thread-safe.
 */
final class IncompatibleDuties extends StandardRule {
  static final String ID = "PR-SOD-001";

  IncompatibleDuties() {
    super(ID, Severity.ERROR, ID + ".posts", ID + ".steps");
  }

  /** Pairs of duties that one person must not hold together; labels name both. */
  enum DutyPair implements Coded {
    APPROVAL_AND_PAYMENT("APPROVAL_AND_PAYMENT", "审批与支付"),
    PURCHASE_AND_ACCEPTANCE("PURCHASE_AND_ACCEPTANCE", "采购与验收");

    private final String code;
    private final String label;

    DutyPair(String code, String label) {
      this.code = code;
      this.label = label;
    }

    @Override
    public String code() {
      return code;
    }

    @Override
    public String displayName() {
      return label;
    }
  }

  /** One duty that a pair separates, and the words that show it. */
  enum Duty {
    APPROVAL("审批", "批准", "核准"),
    PAYMENT("支付", "付款", "拨付", "出纳"),
    PURCHASE("采购", "购买", "购置"),
    ACCEPTANCE("验收");

    /** Every duty, read without copying {@code values()} on each text. */
    static final List<Duty> ALL = List.of(values());

    private final String[] words;

    Duty(String... words) {
      this.words = words.clone();
    }

    boolean in(String text) {
      // indexed loop: called for every post and step, so no iterator per call
      for (int i = 0; i < words.length; i++) {
        if (text.contains(words[i])) {
          return true;
        }
      }
      return false;
    }
  }

  static EnumSet<Duty> duties(String text) {
    EnumSet<Duty> out = EnumSet.noneOf(Duty.class);
    for (int i = 0; i < Duty.ALL.size(); i++) {
      Duty d = Duty.ALL.get(i);
      if (d.in(text)) {
        out.add(d);
      }
    }
    return out;
  }

  static EnumSet<Duty> duties(Post post) {
    EnumSet<Duty> out = duties(post.getName());
    for (String duty : post.getDuties()) {
      out.addAll(duties(duty));
    }
    return out;
  }

  /** Returns the pair that one side's duties and the other's break, if any. */
  static Optional<DutyPair> conflict(EnumSet<Duty> a, EnumSet<Duty> b) {
    if ((a.contains(Duty.APPROVAL) && b.contains(Duty.PAYMENT))
        || (a.contains(Duty.PAYMENT) && b.contains(Duty.APPROVAL))) {
      return Optional.of(DutyPair.APPROVAL_AND_PAYMENT);
    }
    if ((a.contains(Duty.PURCHASE) && b.contains(Duty.ACCEPTANCE))
        || (a.contains(Duty.ACCEPTANCE) && b.contains(Duty.PURCHASE))) {
      return Optional.of(DutyPair.PURCHASE_AND_ACCEPTANCE);
    }
    return Optional.empty();
  }

  @Override
  public void check(ValidationContext c, Findings f) {
    Ledger l = c.getLedger();
    for (Person person : l.getPeople()) {
      List<Post> posts = l.postsHeldBy(person.getId());
      if (posts.size() < 2) {
        continue;
      }
      for (int i = 0; i < posts.size(); i++) {
        EnumSet<Duty> a = duties(posts.get(i));
        for (int j = i + 1; j < posts.size(); j++) {
          Optional<DutyPair> pair = conflict(a, duties(posts.get(j)));
          if (pair.isPresent()) {
            f.add(
                Paths.person(person.getId()),
                ID + ".posts",
                person.getName(),
                posts.get(i).getName(),
                posts.get(j).getName(),
                pair.get());
          }
        }
      }
    }
    for (PowerItem item : l.getPowerItems()) {
      List<ProcessStep> steps = item.getProcessSteps();
      for (int j = 1; j < steps.size(); j++) {
        ProcessStep b = steps.get(j);
        if (b.getPost().isEmpty()) {
          continue;
        }
        EnumSet<Duty> db = duties(b.getName());
        if (db.isEmpty()) {
          continue;
        }
        for (int i = 0; i < j; i++) {
          ProcessStep a = steps.get(i);
          if (a.getPost().isEmpty()) {
            continue;
          }
          Optional<DutyPair> pair = conflict(duties(a.getName()), db);
          if (pair.isEmpty()) {
            continue;
          }
          Optional<String> shared = sharedHolder(l, a.getPost().get(), b.getPost().get());
          if (shared.isPresent()) {
            f.add(
                Paths.powerItem(l, item).element("processSteps", b.getId()),
                ID + ".steps",
                name(l, shared.get()),
                item.getName(),
                a.getName(),
                b.getName(),
                pair.get());
          }
        }
      }
    }
  }

  private static Optional<String> sharedHolder(Ledger l, String postA, String postB) {
    List<String> a = l.post(postA).map(Post::getHolders).orElse(List.of());
    List<String> b = l.post(postB).map(Post::getHolders).orElse(List.of());
    for (String h : a) {
      if (b.contains(h)) {
        return Optional.of(h);
      }
    }
    return Optional.empty();
  }
}
