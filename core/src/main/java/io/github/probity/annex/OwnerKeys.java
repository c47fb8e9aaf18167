package io.github.probity.annex;

import io.github.probity.model.Department;
import io.github.probity.model.Leader;
import io.github.probity.model.Ledger;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.RiskOwner;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@link AnnexRow#getOwnerKey() owner keys} of a ledger's owners: an owner whose name has the
 * same {@link AnnexPeople#identityKey(String) identity} as another owner's of its kind (posts: in
 * the same department) gets its 1-based place in the ledger's list of that kind; other owners get
 * none. Immutable and thread-safe once made.
 */
final class OwnerKeys {
  private final Map<RiskOwner, String> keys;

  private OwnerKeys(Map<RiskOwner, String> keys) {
    this.keys = keys;
  }

  /** The keys of every owner of the ledger. */
  static OwnerKeys of(Ledger ledger) {
    Map<RiskOwner, String> keys = new HashMap<>();
    for (OwnerScope scope : OwnerScope.values()) {
      mark(ledger, scope, keys);
    }
    return new OwnerKeys(keys);
  }

  /** The keys of the owners of one owner's kind: enough for that owner. */
  static OwnerKeys of(Ledger ledger, RiskOwner owner) {
    Map<RiskOwner, String> keys = new HashMap<>();
    mark(ledger, owner.getScope(), keys);
    return new OwnerKeys(keys);
  }

  /** The key of an owner, if it needs one. */
  Optional<String> of(RiskOwner owner) {
    return Optional.ofNullable(keys.get(owner));
  }

  private static void mark(Ledger ledger, OwnerScope scope, Map<RiskOwner, String> keys) {
    List<RiskOwner> owners = new ArrayList<>();
    List<String> names = new ArrayList<>();
    switch (scope) {
      case LEADER:
        for (Leader l : ledger.getLeadershipGroup().getLeaders()) {
          owners.add(RiskOwner.leader(l.getPersonId()));
          names.add(personName(ledger, l.getPersonId()));
        }
        break;
      case DEPARTMENT:
        for (Department d : ledger.getDepartments()) {
          owners.add(RiskOwner.department(d.getId()));
          names.add(AnnexPeople.identityKey(d.getName()));
        }
        break;
      case POST:
        for (Post p : ledger.getPosts()) {
          owners.add(RiskOwner.post(p.getId()));
          names.add(p.getDepartment() + "\u0000" + AnnexPeople.identityKey(p.getName()));
        }
        break;
      default:
        return;
    }
    Map<String, Integer> counts = new HashMap<>();
    for (String n : names) {
      counts.merge(n, 1, Integer::sum);
    }
    for (int i = 0; i < owners.size(); i++) {
      if (counts.getOrDefault(names.get(i), 0) > 1) {
        keys.put(owners.get(i), Integer.toString(i + 1));
      }
    }
  }

  private static String personName(Ledger ledger, String personId) {
    return AnnexPeople.identityKey(ledger.person(personId).map(Person::getName).orElse(personId));
  }
}
