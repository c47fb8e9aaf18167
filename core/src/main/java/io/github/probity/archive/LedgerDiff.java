package io.github.probity.archive;

import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.Meeting;
import io.github.probity.model.Post;
import io.github.probity.model.RiskPoint;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The differences between two ledgers of a unit: posts, risk points, measures and recorded meetings
 * added, removed or changed field by field, and risk points whose effective level changed — values
 * a host can show or store.
 *
 * <p>Order: posts, then risk points, then measures, then meetings (keyed by their reference);
 * within each, added and changed ones in the newer ledger's order, then removed ones in the older
 * ledger's order. A removed risk point's measures are listed as removed too; a measure moved to
 * another point is changed in its {@code riskPoint} field. The diff of a ledger with itself is
 * empty. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class LedgerDiff {
  LedgerDiff() {}

  /**
   * Returns every entity added, removed or changed.
   *
   * @return the changes, in the documented order
   */
  public abstract List<EntityChange> getChanges();

  /**
   * Returns the risk points present in both ledgers whose effective level changed.
   *
   * @return the level changes, in the newer ledger's order
   */
  public abstract List<LevelChange> getLevelChanges();

  /**
   * Tells whether the ledgers' posts, risk points, measures and meetings are the same.
   *
   * @return {@code true} if nothing changed
   */
  public boolean isEmpty() {
    return getChanges().isEmpty();
  }

  /**
   * Returns the changes of one kind of entity and one type.
   *
   * @param entity the kind of entity
   * @param type the type of change
   * @return the matching changes, in order
   */
  public List<EntityChange> changes(DiffEntity entity, ChangeType type) {
    return getChanges().stream()
        .filter(c -> c.getEntity() == entity && c.getType() == type)
        .toList();
  }

  /**
   * Compares two ledgers.
   *
   * @param before the older ledger
   * @param after the newer ledger
   * @return the differences
   */
  public static LedgerDiff between(Ledger before, Ledger after) {
    Builder diff = builder();
    for (Post p : after.getPosts()) {
      entity(
          diff,
          DiffEntity.POST,
          p.getId(),
          "",
          before.post(p.getId()).map(Fields::of),
          Fields.of(p));
    }
    for (Post p : before.getPosts()) {
      if (after.post(p.getId()).isEmpty()) {
        diff.addChanges(removed(DiffEntity.POST, p.getId(), ""));
      }
    }
    for (RiskPoint rp : after.getRiskPoints()) {
      java.util.Optional<RiskPoint> old = before.riskPoint(rp.getId());
      entity(diff, DiffEntity.RISK_POINT, rp.getId(), "", old.map(Fields::of), Fields.of(rp));
      if (old.isPresent() && !old.get().effectiveLevel().equals(rp.effectiveLevel())) {
        diff.addLevelChanges(
            LevelChange.builder()
                .riskPointId(rp.getId())
                .before(old.get().effectiveLevel())
                .after(rp.effectiveLevel())
                .decision(rp.getDecision())
                .build());
      }
    }
    for (RiskPoint rp : before.getRiskPoints()) {
      if (after.riskPoint(rp.getId()).isEmpty()) {
        diff.addChanges(removed(DiffEntity.RISK_POINT, rp.getId(), ""));
      }
    }
    Map<String, String> oldPointOf = pointOfMeasure(before);
    for (RiskPoint rp : after.getRiskPoints()) {
      for (Measure m : rp.getMeasures()) {
        entity(
            diff,
            DiffEntity.MEASURE,
            m.getId(),
            rp.getId(),
            before
                .measure(m.getId())
                .map(o -> Fields.of(o, oldPointOf.getOrDefault(o.getId(), ""))),
            Fields.of(m, rp.getId()));
      }
    }
    for (RiskPoint rp : before.getRiskPoints()) {
      for (Measure m : rp.getMeasures()) {
        if (after.measure(m.getId()).isEmpty()) {
          diff.addChanges(removed(DiffEntity.MEASURE, m.getId(), rp.getId()));
        }
      }
    }
    for (Meeting m : after.getMeetings()) {
      entity(
          diff,
          DiffEntity.MEETING,
          m.getReference(),
          "",
          before.meeting(m.getReference()).map(Fields::of),
          Fields.of(m));
    }
    for (Meeting m : before.getMeetings()) {
      if (after.meeting(m.getReference()).isEmpty()) {
        diff.addChanges(removed(DiffEntity.MEETING, m.getReference(), ""));
      }
    }
    return diff.build();
  }

  private static void entity(
      Builder diff,
      DiffEntity entity,
      String id,
      String pointId,
      java.util.Optional<Map<String, String>> before,
      Map<String, String> after) {
    EntityChange.Builder c = EntityChange.builder().entity(entity).id(id);
    if (!pointId.isEmpty()) {
      c.riskPointId(pointId);
    }
    if (before.isEmpty()) {
      diff.addChanges(c.type(ChangeType.ADDED).build());
      return;
    }
    List<FieldChange> fields = Fields.changes(before.get(), after);
    if (!fields.isEmpty()) {
      diff.addChanges(c.type(ChangeType.CHANGED).fields(fields).build());
    }
  }

  private static EntityChange removed(DiffEntity entity, String id, String pointId) {
    EntityChange.Builder c = EntityChange.builder().entity(entity).id(id).type(ChangeType.REMOVED);
    if (!pointId.isEmpty()) {
      c.riskPointId(pointId);
    }
    return c.build();
  }

  private static Map<String, String> pointOfMeasure(Ledger ledger) {
    Map<String, String> map = new LinkedHashMap<>();
    ledger
        .getRiskPoints()
        .forEach(rp -> rp.getMeasures().forEach(m -> map.put(m.getId(), rp.getId())));
    return map;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link LedgerDiff}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableLedgerDiff.Builder {
    Builder() {}
  }
}
