package io.github.probity.archive;

import io.github.probity.model.Department;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.Post;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The disclosure view (党务公开/政务公开) of a ledger: its risk points as they may be published, after a
 * {@link RedactionPolicy} replaced names, dropped contact data and withheld chosen categories and
 * scopes.
 *
 * <p>Made with {@link #of(Ledger, RedactionPolicy)}; {@link #text()} is the plain text that is
 * published and registered with {@link #register}. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class DisclosureView {
  DisclosureView() {}

  /** {@return the unit's name} */
  public abstract String getUnitName();

  /** {@return the ledger's year} */
  public abstract int getYear();

  /** {@return the disclosed risk points, in ledger order} */
  public abstract List<DisclosureEntry> getEntries();

  /**
   * Returns how many risk points the policy withheld.
   *
   * @return the number withheld
   */
  public abstract int getWithheld();

  /** {@return the view as plain text, one block per risk point: what is published} */
  public String text() {
    StringBuilder s =
        new StringBuilder().append(getUnitName()).append(getYear()).append("年廉政风险点及防控措施\n");
    int n = 0;
    for (DisclosureEntry e : getEntries()) {
      s.append(++n)
          .append(". 【")
          .append(e.getScope().displayName())
          .append("】")
          .append(e.getOwner())
          .append(" · ")
          .append(e.getCategory().displayName())
          .append(" · ")
          .append(e.getTitle());
      e.getLevel().ifPresent(l -> s.append(" · 风险等级：").append(l.displayName()));
      s.append('\n');
      e.getManifestation().ifPresent(m -> s.append("   表现形式：").append(m).append('\n'));
      for (String m : e.getMeasures()) {
        s.append("   防控措施：").append(m).append('\n');
      }
      e.getResponsible().ifPresent(r -> s.append("   责任人：").append(r).append('\n'));
      e.getSupervisor().ifPresent(r -> s.append("   责任领导：").append(r).append('\n'));
    }
    return s.toString();
  }

  /**
   * Registers this view for publication: the registration record with time (from the clock), range,
   * form, deadline, a description of the content and the digest of {@link #text()}.
   *
   * @param kind party or government affairs disclosure
   * @param range the range, e.g. 局机关全体干部
   * @param form the form, e.g. 公开栏
   * @param deadline the last day of publication, if limited
   * @param registrar who registers it, as printed after 登记人 on the register: a name, e.g. 李华
   * @param clock the source of time
   * @return the registration record
   */
  public DisclosureRegistration register(
      DisclosureKind kind,
      String range,
      String form,
      Optional<LocalDate> deadline,
      String registrar,
      Clock clock) {
    return DisclosureRegistration.builder()
        .kind(kind)
        .registeredAt(clock.instant())
        .range(range)
        .form(form)
        .deadline(deadline)
        .content(getUnitName() + getYear() + "年廉政风险点及防控措施（" + getEntries().size() + "条）")
        .contentDigest(Digests.sha256(text()))
        .registrar(registrar)
        .build();
  }

  /**
   * Makes the disclosure view of a ledger.
   *
   * @param ledger the ledger
   * @param policy what to leave out
   * @return the view
   */
  public static DisclosureView of(Ledger ledger, RedactionPolicy policy) {
    Redactor r = new Redactor(ledger, policy);
    Builder view = builder().unitName(ledger.getUnit().getName()).year(ledger.getYear());
    int withheld = 0;
    for (RiskPoint rp : ledger.getRiskPoints()) {
      if (policy.getWithheldCategories().contains(rp.getCategory())
          || policy.getWithheldScopes().contains(rp.getOwner().getScope())) {
        withheld++;
        continue;
      }
      DisclosureEntry.Builder e =
          DisclosureEntry.builder()
              .riskPointId(rp.getId())
              .scope(rp.getOwner().getScope())
              .owner(r.text(owner(ledger, rp.getOwner(), r)))
              .category(rp.getCategory())
              .title(r.text(rp.getTitle()))
              .level(rp.effectiveLevel())
              .responsible(rp.getResponsible().map(r::person))
              .supervisor(rp.getSupervisor().map(r::person));
      if (policy.isShowManifestations()) {
        e.manifestation(rp.getManifestation().map(r::text));
      }
      for (Measure m : rp.getMeasures()) {
        e.addMeasures(r.text(m.getText()));
      }
      view.addEntries(e.build());
    }
    return view.withheld(withheld).build();
  }

  private static String owner(Ledger ledger, RiskOwner owner, Redactor r) {
    switch (owner.getScope()) {
      case LEADERSHIP_GROUP:
        return ledger.getLeadershipGroup().getName();
      case LEADER:
        return r.person(owner.getId());
      case DEPARTMENT:
        return ledger.department(owner.getId()).map(Department::getName).orElse(owner.getId());
      default:
        Optional<Post> post = ledger.post(owner.getId());
        if (post.isEmpty()) {
          return owner.getId();
        }
        return ledger.department(post.get().getDepartment()).map(Department::getName).orElse("")
            + post.get().getName();
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisclosureView}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableDisclosureView.Builder {
    Builder() {}
  }
}
