package io.github.probity.annex;

import io.github.probity.model.OwnerScope;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the per-person rows of annex 3 share: a post's point printed once per holder, each copy
 * naming one holder. Stateless.
 */
final class HolderCopies {
  private HolderCopies() {}

  /** Tells whether a row may repeat a point under other holders: a post's row that names some. */
  static boolean mayRepeat(AnnexRow row) {
    return row.getScope() == OwnerScope.POST && !row.getHolders().isEmpty();
  }

  /**
   * What a row says of its point, apart from who holds the post and which id the row carries: two
   * copies of a point printed for two holders have equal content.
   */
  static AnnexRow content(AnnexRow row) {
    return AnnexRow.builder().from(row).holders(List.of()).pointId(Optional.empty()).build();
  }

  /** The identity keys of a row's holders. */
  static Set<String> holderKeys(AnnexRow row) {
    Set<String> keys = new java.util.LinkedHashSet<>();
    for (String h : row.getHolders()) {
      keys.add(AnnexPeople.identityKey(h));
    }
    return keys;
  }

  /** Tells whether two sets of holder keys share none. */
  static boolean disjoint(Collection<String> a, Collection<String> b) {
    for (String k : a) {
      if (b.contains(k)) {
        return false;
      }
    }
    return true;
  }

  /** The holders of rows in order, each name once (by identity key), as the first row spells it. */
  static List<String> union(List<AnnexRow> rows) {
    Map<String, String> names = new LinkedHashMap<>();
    for (AnnexRow r : rows) {
      for (String h : r.getHolders()) {
        names.putIfAbsent(AnnexPeople.identityKey(h), h);
      }
    }
    return new ArrayList<>(names.values());
  }
}
