package io.github.probity.model;

import io.github.probity.internal.LedgerTables;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * The id lookups of a ledger, built once with it; building checks ids and references and throws
 * {@link LedgerIntegrityException} naming every problem. Linear in the ledger's size. While it
 * checks the risk points it also records, per point, what grading reads ({@link LedgerTables}): the
 * look-ups of the point's owner and power item are made there anyway.
 */
final class LedgerIndex {
  final Map<String, Person> people;
  final Map<String, Department> departments;
  final Map<String, Post> posts;
  final Map<String, PowerItem> powerItems;
  final Map<String, RiskPoint> riskPoints;
  final Map<String, Measure> measures;
  final Map<String, Meeting> meetings;
  final Map<String, List<RiskPoint>> decidedAt;
  final Map<RiskOwner, List<RiskPoint>> byOwner;
  final Map<String, List<Post>> postsByDepartment;
  final Map<String, List<Post>> postsByHolder;

  /** What grading reads of each point, gathered while the points are checked. */
  final LedgerTables tables;

  private final List<LedgerIntegrityException.Problem> problems = new ArrayList<>();

  private LedgerIndex(Ledger ledger) {
    people = unique("people", ledger.getPeople(), Person::getId);
    departments = unique("departments", ledger.getDepartments(), Department::getId);
    posts = unique("posts", ledger.getPosts(), Post::getId);
    powerItems = unique("powerItems", ledger.getPowerItems(), PowerItem::getId);
    riskPoints = unique("riskPoints", ledger.getRiskPoints(), RiskPoint::getId);
    meetings = unique("meetings", ledger.getMeetings(), Meeting::getReference);
    decidedAt = new HashMap<>();
    measures = new HashMap<>(capacity(ledger.getRiskPoints().size() * 2));
    byOwner = new LinkedHashMap<>();
    postsByDepartment = new HashMap<>();
    postsByHolder = new HashMap<>();
    checkGroup(ledger.getLeadershipGroup());
    for (Department d : ledger.getDepartments()) {
      d.getHead().ifPresent(p -> person(() -> "departments[" + d.getId() + "].head", p));
      d.getSupervisingLeader()
          .ifPresent(p -> person(() -> "departments[" + d.getId() + "].supervisingLeader", p));
    }
    for (Post p : ledger.getPosts()) {
      Supplier<String> path = () -> "posts[" + p.getId() + "]";
      if (!departments.containsKey(p.getDepartment())) {
        unknown(path.get() + ".department", "department", p.getDepartment());
      }
      postsByDepartment.computeIfAbsent(p.getDepartment(), k -> new ArrayList<>()).add(p);
      for (String h : p.getHolders()) {
        person(() -> path.get() + ".holders", h);
        postsByHolder.computeIfAbsent(h, k -> new ArrayList<>()).add(p);
      }
    }
    for (PowerItem item : ledger.getPowerItems()) {
      Supplier<String> path = () -> "powerItems[" + item.getId() + "]";
      owner(() -> path.get() + ".owner", item.getOwner(), ledger.getLeadershipGroup());
      for (ProcessStep s : item.getProcessSteps()) {
        s.getPost()
            .filter(p -> !posts.containsKey(p))
            .ifPresent(
                p -> unknown(path.get() + ".processSteps[" + s.getId() + "].post", "post", p));
      }
    }
    for (Meeting m : ledger.getMeetings()) {
      for (String a : m.getAttendees()) {
        person(() -> "meetings[" + m.getReference() + "].attendees", a);
      }
    }
    for (RiskOwner owner : ledger.getOwnerFactors().keySet()) {
      owner(() -> "ownerFactors[" + owner + "]", owner, ledger.getLeadershipGroup());
    }
    boolean recorded = !ledger.getMeetings().isEmpty();
    List<RiskPoint> points = ledger.getRiskPoints();
    int n = points.size();
    int[] pointItem = new int[n];
    int[] pointFactors = new int[n];
    int[] pointGroup = new int[n];
    Map<String, LedgerTables.Column> pointExtra = new HashMap<>();
    Map<String, Integer> itemIndex = itemIndex(ledger.getPowerItems());
    Map<RiskOwner, Group> groups = new LinkedHashMap<>();
    // Points of one owner usually come together: a run of them looks the owner up once.
    @Nullable Group group = null;
    // Likewise a run of points of one power item.
    @Nullable String lastItem = null;
    int item = -1;
    for (int i = 0; i < n; i++) {
      RiskPoint rp = points.get(i);
      RiskOwner o = rp.getOwner();
      if (group == null || (group.owner != o && !group.owner.equals(o))) {
        group = groups.get(o);
        if (group == null) {
          group = new Group(o, groups.size(), known(o, ledger.getLeadershipGroup()));
          groups.put(o, group);
        }
      }
      group.points.add(rp);
      pointGroup[i] = group.index;
      Optional<String> ref = rp.getPowerItem();
      if (ref.isPresent()) {
        String id = ref.get();
        if (!id.equals(lastItem)) {
          Integer k = itemIndex.get(id);
          item = k == null ? -1 : k;
          lastItem = id;
        }
        pointItem[i] = item;
      } else {
        pointItem[i] = -1;
      }
      checkRiskPoint(rp, group.known, pointItem[i] < 0 ? null : ledger.getPowerItems().get(item));
      Optional<RiskFactors> factors = rp.getFactors();
      if (factors.isPresent()) {
        RiskFactors f = factors.get();
        pointFactors[i] = f.packed();
        Map<String, FactorValue> extra = f.getExtra();
        if (!extra.isEmpty()) {
          for (Map.Entry<String, FactorValue> e : extra.entrySet()) {
            LedgerTables.Column column = pointExtra.get(e.getKey());
            if (column == null) {
              column = new LedgerTables.Column(n);
              pointExtra.put(e.getKey(), column);
            }
            column.set(i, e.getValue());
          }
        }
      }
      LevelDecision d = rp.getDecision().orElse(null);
      if (d != null) {
        String reference = d.getMeetingReference();
        if (recorded && !meetings.containsKey(reference)) {
          unknown("riskPoints[" + rp.getId() + "].decision.meetingReference", "meeting", reference);
        }
        decidedAt.computeIfAbsent(reference, k -> new ArrayList<>()).add(rp);
      }
    }
    int[] groupSize = new int[groups.size()];
    RiskOwner[] owners = new RiskOwner[groups.size()];
    for (Group g : groups.values()) {
      groupSize[g.index] = g.points.size();
      owners[g.index] = g.owner;
      byOwner.put(g.owner, g.points);
    }
    tables =
        new LedgerTables(
            pointItem,
            pointFactors,
            pointGroup,
            groupSize,
            owners,
            pointExtra.isEmpty() ? Map.of() : Collections.unmodifiableMap(pointExtra));
    decidedAt.replaceAll((k, v) -> Collections.unmodifiableList(v));
    byOwner.replaceAll((k, v) -> Collections.unmodifiableList(v));
    postsByDepartment.replaceAll((k, v) -> Collections.unmodifiableList(v));
    postsByHolder.replaceAll((k, v) -> Collections.unmodifiableList(v));
    if (!problems.isEmpty()) {
      throw new LedgerIntegrityException(problems);
    }
  }

  static LedgerIndex of(Ledger ledger) {
    return new LedgerIndex(ledger);
  }

  private void checkGroup(LeadershipGroup group) {
    Map<String, Boolean> seen = new HashMap<>();
    for (Leader l : group.getLeaders()) {
      String path = "leadershipGroup.leaders[" + l.getPersonId() + "]";
      if (seen.put(l.getPersonId(), Boolean.TRUE) != null) {
        duplicate(path, "leader", l.getPersonId());
      }
      person(() -> path + ".personId", l.getPersonId());
      for (String d : l.getSupervisedDepartments()) {
        if (!departments.containsKey(d)) {
          unknown(path + ".supervisedDepartments", "department", d);
        }
      }
    }
  }

  /** The position of each power item by id; the first of a duplicated id, as in the id map. */
  private static Map<String, Integer> itemIndex(List<PowerItem> items) {
    Map<String, Integer> index = new HashMap<>(capacity(items.size()));
    for (int k = 0; k < items.size(); k++) {
      index.putIfAbsent(items.get(k).getId(), k);
    }
    return index;
  }

  /** The points of one owner, in ledger order, and whether the owner resolves. */
  private static final class Group {
    final RiskOwner owner;
    final int index;
    final boolean known;
    final List<RiskPoint> points = new ArrayList<>();

    Group(RiskOwner owner, int index, boolean known) {
      this.owner = owner;
      this.index = index;
      this.known = known;
    }
  }

  /**
   * Checks a point's references; {@code ownerKnown} says whether its owner resolves, {@code item}
   * is the power item it names if the ledger holds it.
   */
  private void checkRiskPoint(RiskPoint rp, boolean ownerKnown, @Nullable PowerItem item) {
    Supplier<String> path = () -> "riskPoints[" + rp.getId() + "]";
    if (!ownerKnown) {
      RiskOwner o = rp.getOwner();
      unknown(
          path.get() + ".owner", o.getScope().code().toLowerCase(java.util.Locale.ROOT), o.getId());
    }
    rp.getPowerItem()
        .ifPresent(
            id -> {
              if (item == null) {
                unknown(path.get() + ".powerItem", "power item", id);
              } else {
                rp.getProcessStep()
                    .filter(
                        s -> item.getProcessSteps().stream().noneMatch(x -> x.getId().equals(s)))
                    .ifPresent(
                        s ->
                            problem(
                                path.get() + ".processStep",
                                LedgerIntegrityException.Kind.UNKNOWN_REFERENCE,
                                s,
                                "unknown process step '" + s + "' of power item '" + id + "'"));
              }
            });
    rp.getResponsible().ifPresent(p -> person(() -> path.get() + ".responsible", p));
    rp.getSupervisor().ifPresent(p -> person(() -> path.get() + ".supervisor", p));
    for (Measure m : rp.getMeasures()) {
      Supplier<String> mpath = () -> path.get() + ".measures[" + m.getId() + "]";
      if (measures.putIfAbsent(m.getId(), m) != null) {
        duplicate(mpath.get(), "measure id", m.getId());
      }
      m.getProposer().ifPresent(p -> person(() -> mpath.get() + ".proposer", p));
    }
  }

  private void owner(Supplier<String> path, RiskOwner owner, LeadershipGroup group) {
    if (!known(owner, group)) {
      unknown(
          path.get(), owner.getScope().code().toLowerCase(java.util.Locale.ROOT), owner.getId());
    }
  }

  private boolean known(RiskOwner owner, LeadershipGroup group) {
    String id = owner.getId();
    switch (owner.getScope()) {
      case LEADERSHIP_GROUP:
        return group.getId().equals(id);
      case LEADER:
        return group.leader(id).isPresent();
      case DEPARTMENT:
        return departments.containsKey(id);
      default:
        return posts.containsKey(id);
    }
  }

  private void person(Supplier<String> path, String id) {
    if (!people.containsKey(id)) {
      unknown(path.get(), "person", id);
    }
  }

  private <T> Map<String, T> unique(
      String collection, List<T> values, java.util.function.Function<T, String> id) {
    Map<String, T> map = new HashMap<>(capacity(values.size()));
    for (T v : values) {
      String key = id.apply(v);
      if (map.putIfAbsent(key, v) != null) {
        duplicate(collection + "[" + key + "]", "id", key);
      }
    }
    return Collections.unmodifiableMap(map);
  }

  private void unknown(String path, String what, String value) {
    problem(
        path,
        LedgerIntegrityException.Kind.UNKNOWN_REFERENCE,
        value,
        "unknown " + what + " '" + value + "'");
  }

  private void duplicate(String path, String what, String value) {
    problem(
        path,
        LedgerIntegrityException.Kind.DUPLICATE_ID,
        value,
        "duplicate " + what + " '" + value + "'");
  }

  private void problem(
      String path, LedgerIntegrityException.Kind kind, String value, String message) {
    problems.add(new LedgerIntegrityException.Problem(path, kind, value, message));
  }

  private static int capacity(int size) {
    return (int) Math.min(Integer.MAX_VALUE, size * 4L / 3 + 1);
  }
}
