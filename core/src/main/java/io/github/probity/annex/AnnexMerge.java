package io.github.probity.annex;

import io.github.probity.archive.LedgerDiff;
import io.github.probity.model.Department;
import io.github.probity.model.Discretion;
import io.github.probity.model.Frequency;
import io.github.probity.model.Leader;
import io.github.probity.model.LeadershipGroup;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.PowerItem;
import io.github.probity.model.PowerKind;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Merges rows read from tables into an existing ledger, so that a table a person edited (last
 * year's annex, a workbook Probity wrote and a unit sent back) updates the ledger instead of making
 * a new one with new ids.
 *
 * <p><b>Matching.</b> A row is the point whose id it carries ({@link AnnexRow#getPointId()}, the
 * hidden id column of Probity's workbooks), whatever rows come before it; of several rows carrying
 * one id (a row copied with its hidden id) the point is the one still showing its owner and title,
 * else the first, and the others are rows without an id. A row without a known id is the first
 * point not yet matched of the same owner (scope, department, name; names compared by {@link
 * AnnexPeople#identityKey(String)}) and the same title (spaces and full-width forms ignored);
 * otherwise it is a new point. A post's row that names no department (a table without a 科室 column)
 * is the ledger's post of that name in the point's department, or in the only department that has
 * such a post.
 *
 * <p><b>Updating.</b> Only what the row's table has a column for is taken from the row; everything
 * else the point holds (factors, decision, proposers, deadlines, residual level, process step …)
 * stays. A level that differs from the point's {@linkplain RiskPoint#effectiveLevel() effective
 * level} becomes the point's recorded level and ends its decision: a decision was taken on the old
 * level, and so was a residual level that would now exceed it. A blank level or category cell
 * leaves the point's as it was. A point given another power item, or none, leaves the old item's
 * process step. Measures whose text is unchanged keep their id, type, proposer and deadline; other
 * texts become new measures whose type is guessed ({@link
 * AnnexAssembler#guessMeasureType(String)}). A row's {@linkplain AnnexRow#getMeasureStates()
 * measure states} (the 台账's 落实情况 and 成效评价) that differ from what the point showed are applied to
 * its measures by number: the status and progress (已逾期, derived, is not recorded), and a review of
 * a new verdict or date (its reviewer the named person, else the point's supervisor); a residual
 * level other than the one shown becomes the point's, unless it exceeds the point's level. A
 * changed owner moves the point; an owner, person or power item the ledger does not know is added
 * with a new id (power items with the defaults of {@link AnnexAssembler}); holders that differ from
 * a post's become its holders.
 *
 * <p><b>Removing.</b> Points of the owner scopes {@link #result(Set) declared complete} that no row
 * matched are removed; points of other scopes are kept as they are, so merging one annex (say 附件3)
 * leaves the points of the other annexes alone.
 *
 * <p>New ids follow the ledger's: {@code RP000001}, {@code D001}, {@code S0001}, {@code P0001},
 * {@code PI00001} and {@code <point>-M<n>}, each the first of its pattern that the ledger does not
 * use; merging the same rows into the same ledger gives the same ids.
 *
 * <p><b>Per-person copies.</b> Annex 3 prints a post's point once for each holder ({@link
 * AnnexTables}). Rows of one post that carry the same point id, or carry none and show the same
 * cells, each naming other holders, are one row of that point naming all their holders: an edit on
 * one copy is an edit of the point; when copies show different edits, the first copy that differs
 * from the ledger's point is taken and the others are {@linkplain
 * AnnexMergeResult#getConflictingCopies() returned as conflicting}, not applied.
 *
 * <p>Rows are matched when the {@linkplain #result(Set) result} is first asked for, all at once; no
 * row can be added after that. Not thread-safe: one merge per set of rows, used by one thread.
 *
 * @since 0.1.0
 */
public final class AnnexMerge {
  private static final String DEFAULT_ROLE = "班子成员";

  private final Ledger base;
  private final OwnerKeys baseKeys;
  private final Map<String, Deque<String>> pointsByOwnerTitle = new HashMap<>();
  private final Map<String, RiskOwner> ownersByIdentity = new HashMap<>();
  private final Map<String, String> personByName = new HashMap<>();
  private final Map<String, String> powerItemByOwnerName = new HashMap<>();
  private final Map<String, RiskPoint> updated = new HashMap<>();
  private final List<RiskPoint> added = new ArrayList<>();
  private final Set<String> usedPointIds = new HashSet<>();
  private final List<Person> newPeople = new ArrayList<>();
  private final List<Leader> newLeaders = new ArrayList<>();
  private final List<Department> newDepartments = new ArrayList<>();
  private final Map<String, Post> posts = new LinkedHashMap<>();
  private final Set<String> postsWithHoldersSet = new HashSet<>();
  private final List<PowerItem> newPowerItems = new ArrayList<>();
  private final Set<String> ids = new HashSet<>();
  private final Set<String> measureIds = new HashSet<>();

  /** Each point's row as the ledger prints it, by point id. */
  private final Map<String, AnnexRow> baseRows = new HashMap<>();

  /** The departments of the ledger's posts of a name, by the name's identity key. */
  private final Map<String, List<String>> postDepartments = new HashMap<>();

  /** The identity keys of names that several leaders share, whose rows their roles tell apart. */
  private final Set<String> sharedLeaderNames = new HashSet<>();

  private final List<Entry> entries = new ArrayList<>();
  private boolean matched;

  /** Rows that repeat a point under another holder with an edit that was not taken. */
  private final List<AnnexRow> conflictingCopies = new ArrayList<>();

  /** A row added, the columns of its table and the point it was matched to. */
  private static final class Entry {
    AnnexRow row;
    final Set<AnnexColumn> cols;
    @Nullable String match;

    Entry(AnnexRow row, Set<AnnexColumn> cols) {
      this.row = row;
      this.cols = cols;
    }
  }

  /** A post's row and the rows that repeat it for other holders of the post. */
  private static final class Copies {
    final Entry first;
    final List<Entry> rows = new ArrayList<>();
    final Set<String> holders;

    Copies(Entry first) {
      this.first = first;
      this.rows.add(first);
      this.holders = HolderCopies.holderKeys(first.row);
    }
  }

  private AnnexMerge(Ledger base) {
    this.base = base;
    this.baseKeys = OwnerKeys.of(base);
    Set<String> leaderNames = new HashSet<>();
    for (Leader l : base.getLeadershipGroup().getLeaders()) {
      base.person(l.getPersonId())
          .map(p -> AnnexPeople.identityKey(p.getName()))
          .filter(k -> !leaderNames.add(k))
          .ifPresent(sharedLeaderNames::add);
    }
    for (Person p : base.getPeople()) {
      ids.add(p.getId());
      personByName.putIfAbsent(AnnexPeople.identityKey(p.getName()), p.getId());
    }
    base.getDepartments().forEach(d -> ids.add(d.getId()));
    for (Post p : base.getPosts()) {
      posts.put(p.getId(), p);
      base.department(p.getDepartment())
          .map(Department::getName)
          .ifPresent(
              d -> {
                List<String> in =
                    postDepartments.computeIfAbsent(
                        AnnexPeople.identityKey(p.getName()), k -> new ArrayList<>());
                if (!in.contains(d)) {
                  in.add(d);
                }
              });
    }
    ids.addAll(posts.keySet());
    for (PowerItem pi : base.getPowerItems()) {
      ids.add(pi.getId());
      powerItemByOwnerName.putIfAbsent(pi.getOwner() + "\u0000" + pi.getName(), pi.getId());
    }
    for (RiskPoint rp : base.getRiskPoints()) {
      ids.add(rp.getId());
      rp.getMeasures().forEach(m -> measureIds.add(m.getId()));
      AnnexRow row = AnnexTables.row(base, rp, baseKeys);
      baseRows.put(rp.getId(), row);
      String owner = ownerIdentity(row);
      ownersByIdentity.putIfAbsent(owner, rp.getOwner());
      pointsByOwnerTitle
          .computeIfAbsent(owner + "\u0000" + titleKey(rp.getTitle()), k -> new ArrayDeque<>())
          .add(rp.getId());
    }
    indexOwnersWithoutPoints();
  }

  /**
   * Starts a merge into a ledger.
   *
   * @param ledger the ledger the rows update
   * @return a new merge
   */
  public static AnnexMerge into(Ledger ledger) {
    return new AnnexMerge(ledger);
  }

  /**
   * Merges one row, read from a table that has the given columns.
   *
   * @param row the row
   * @param columns the columns of the row's table: only these are taken from the row
   * @return this merge
   * @throws IllegalStateException if the result was already asked for
   */
  public AnnexMerge add(AnnexRow row, Collection<AnnexColumn> columns) {
    if (matched) {
      throw new IllegalStateException("rows cannot be added once the result was asked for");
    }
    Set<AnnexColumn> cols = columns.isEmpty() ? Set.of() : EnumSet.copyOf(columns);
    entries.add(new Entry(row, cols));
    return this;
  }

  /**
   * Matches every row: first the rows carrying a known id, then the others by owner and title, in
   * order; then updates the points matched and makes the others new points, in order.
   */
  private void matchAll() {
    matched = true;
    List<Entry> rows = withoutCopies();
    Map<String, List<Entry>> byId = new LinkedHashMap<>();
    for (Entry e : rows) {
      e.row
          .getPointId()
          .filter(baseRows::containsKey)
          .ifPresent(id -> byId.computeIfAbsent(id, k -> new ArrayList<>()).add(e));
    }
    for (Map.Entry<String, List<Entry>> carrying : byId.entrySet()) {
      String id = carrying.getKey();
      AnnexRow was = baseRows.get(id);
      Entry chosen = carrying.getValue().get(0);
      for (Entry e : carrying.getValue()) {
        AnnexRow row = was == null ? e.row : known(e.row, was);
        if (was != null
            && ownerIdentity(row).equals(ownerIdentity(was))
            && titleKey(row.getTitle()).equals(titleKey(was.getTitle()))) {
          chosen = e; // the original, not a copy edited into another point
          break;
        }
      }
      chosen.match = id;
      usedPointIds.add(id);
    }
    for (Entry e : rows) {
      if (e.match == null) {
        e.match = byOwnerAndTitle(e.row);
      }
    }
    for (Entry e : rows) {
      String id = e.match;
      RiskPoint rp = id == null ? null : base.riskPoint(id).orElse(null);
      if (rp != null) {
        updated.put(rp.getId(), update(rp, e.row, e.cols));
      } else {
        added.add(newPoint(e.row));
      }
    }
  }

  /**
   * The rows with each point of annex 3 once: rows of one post that repeat a point under other
   * holders (the same point id, or no id and the same cells) are taken as one row naming all their
   * holders, with the edit of the first copy that differs from the point as the ledger has it;
   * copies with another edit are {@linkplain AnnexMergeResult#getConflictingCopies() reported}.
   */
  private List<Entry> withoutCopies() {
    List<Entry> out = new ArrayList<>();
    Map<String, List<Copies>> byOwner = new HashMap<>();
    List<Copies> all = new ArrayList<>();
    for (Entry e : entries) {
      if (HolderCopies.mayRepeat(e.row)) {
        List<Copies> ofOwner =
            byOwner.computeIfAbsent(ownerIdentity(e.row), k -> new ArrayList<>());
        Copies of = copyOf(ofOwner, e);
        if (of != null) {
          of.rows.add(e);
          of.holders.addAll(HolderCopies.holderKeys(e.row));
          continue;
        }
        Copies first = new Copies(e);
        ofOwner.add(first);
        all.add(first);
      }
      out.add(e);
    }
    for (Copies c : all) {
      if (c.rows.size() > 1) {
        c.first.row = oneRow(c);
      }
    }
    return out;
  }

  /** The earlier row of the same post that a row repeats for other holders, if any. */
  private static @Nullable Copies copyOf(List<Copies> ofOwner, Entry e) {
    Set<String> holders = HolderCopies.holderKeys(e.row);
    AnnexRow content = HolderCopies.content(e.row);
    for (Copies c : ofOwner) {
      if (!HolderCopies.disjoint(holders, c.holders)) {
        continue;
      }
      Optional<String> id = c.first.row.getPointId();
      boolean sameId = id.isPresent() && id.equals(e.row.getPointId());
      boolean sameCells =
          (id.isEmpty() || e.row.getPointId().isEmpty())
              && HolderCopies.content(c.first.row).equals(content);
      if (sameId || sameCells) {
        return c;
      }
    }
    return null;
  }

  /**
   * One row for a point's copies: the first copy that shows an edit (or the first copy), naming the
   * holders of all copies; copies with another edit are kept as conflicting.
   */
  private AnnexRow oneRow(Copies c) {
    AnnexRow first = c.first.row;
    AnnexRow was = first.getPointId().map(baseRows::get).orElse(null);
    AnnexRow reference =
        was == null ? shown(first, c.first.cols) : shown(known(was, was), c.first.cols);
    Entry chosen = c.first;
    AnnexRow chosenShown = null;
    for (Entry e : c.rows) {
      AnnexRow s = shown(was == null ? e.row : known(e.row, was), e.cols);
      if (s.equals(reference)) {
        continue;
      }
      if (chosenShown == null) {
        chosen = e;
        chosenShown = s;
      } else if (!s.equals(chosenShown)) {
        conflictingCopies.add(e.row);
      }
    }
    List<AnnexRow> rows = new ArrayList<>();
    for (Entry e : c.rows) {
      rows.add(e.row);
    }
    return AnnexRow.builder().from(chosen.row).holders(HolderCopies.union(rows)).build();
  }

  /** What a row shows in the columns of its table, people read as names and roles. */
  private static AnnexRow shown(AnnexRow row, Set<AnnexColumn> cols) {
    AnnexRow.Builder b = AnnexRow.builder().from(HolderCopies.content(row));
    b.ownerKey(Optional.empty());
    // measures in motion are the 台账's, which prints each point once: copies are told apart
    // without them
    b.measureStates(List.of()).residualLevel(Optional.empty());
    if (!cols.contains(AnnexColumn.POWER_ITEM)) {
      b.powerItem(Optional.empty());
    }
    if (!cols.contains(AnnexColumn.MANIFESTATION)) {
      b.manifestation(Optional.empty());
    }
    if (!cols.contains(AnnexColumn.LEVEL)) {
      b.level(Optional.empty());
    }
    if (!cols.contains(AnnexColumn.CATEGORY)) {
      b.category(RiskCategory.UNSPECIFIED);
    }
    if (!cols.contains(AnnexColumn.MEASURES)) {
      b.measures(List.of());
    }
    if (!cols.contains(AnnexColumn.MONITORING)) {
      b.monitoringIndicators(List.of());
    }
    Responsibility who = AnnexPeople.responsibility(row);
    b.responsible(Optional.empty()).responsibleRole(Optional.empty());
    b.supervisor(Optional.empty()).supervisorRole(Optional.empty());
    if (cols.contains(AnnexColumn.RESPONSIBLE)) {
      b.responsible(who.getResponsibleName()).responsibleRole(who.getResponsibleRole());
    }
    if (cols.contains(AnnexColumn.SUPERVISOR)) {
      b.supervisor(who.getSupervisorName()).supervisorRole(who.getSupervisorRole());
    }
    return b.build();
  }

  /**
   * Finishes the merge. Points of the given owner scopes that no row matched are removed: pass the
   * scopes whose tables were read whole (e.g. {@link AnnexKind#scopes()} of each table read without
   * a dropped row), or an empty set to remove nothing.
   *
   * @param complete the owner scopes whose every point the rows show
   * @return the merged ledger and its changes
   */
  public AnnexMergeResult result(Set<OwnerScope> complete) {
    return finish(complete, false);
  }

  /**
   * Finishes the merge as {@link #result(Set)} does, except that points of departments and posts
   * are removed only in the departments the rows show: the department a row names, or the
   * department of the point a row was matched to. A table of one department (a 科室's own submission)
   * then leaves every other department's points alone; a unit's whole table, which shows every
   * department, removes as {@link #result(Set)} does. Points of the leadership group and its
   * leaders are removed as there.
   *
   * @param complete the owner scopes whose every point the rows show, within the departments shown
   * @return the merged ledger and its changes
   */
  public AnnexMergeResult resultWithinShownDepartments(Set<OwnerScope> complete) {
    return finish(complete, true);
  }

  private AnnexMergeResult finish(Set<OwnerScope> complete, boolean withinShown) {
    if (!matched) {
      matchAll();
    }
    Set<String> shown = withinShown ? shownDepartments() : Set.of();
    List<RiskPoint> points = new ArrayList<>();
    for (RiskPoint rp : base.getRiskPoints()) {
      RiskPoint now = updated.get(rp.getId());
      if (now != null) {
        points.add(now);
      } else if (!complete.contains(rp.getOwner().getScope())
          || withinShown && !isShown(rp, shown)) {
        points.add(rp);
      }
    }
    points.addAll(added);
    LeadershipGroup group =
        LeadershipGroup.builder().from(base.getLeadershipGroup()).addAllLeaders(newLeaders).build();
    Ledger merged =
        Ledger.builder()
            .from(base)
            .addAllPeople(newPeople)
            .leadershipGroup(group)
            .addAllDepartments(newDepartments)
            .posts(posts.values())
            .addAllPowerItems(newPowerItems)
            .riskPoints(points)
            .build();
    return AnnexMergeResult.of(merged, LedgerDiff.between(base, merged), conflictingCopies);
  }

  /**
   * The departments the rows show: the ids of the departments of the points they were matched to,
   * and {@code N\u0000} and the identity key of each department name a row gives.
   */
  private Set<String> shownDepartments() {
    Set<String> shown = new HashSet<>();
    for (Entry e : entries) {
      String id = e.match;
      if (id != null) {
        base.riskPoint(id).map(this::departmentOf).ifPresent(shown::add);
      }
      Optional<String> name =
          e.row.getScope() == OwnerScope.DEPARTMENT
              ? Optional.of(e.row.getOwnerName())
              : e.row.getDepartment();
      name.ifPresent(n -> shown.add("N\u0000" + AnnexPeople.identityKey(n)));
    }
    return shown;
  }

  /** Tells whether a point is of no department, or of one the rows show. */
  private boolean isShown(RiskPoint rp, Set<String> shown) {
    String dept = departmentOf(rp);
    if (dept.isEmpty() || shown.contains(dept)) {
      return true;
    }
    return base.department(dept)
        .map(d -> shown.contains("N\u0000" + AnnexPeople.identityKey(d.getName())))
        .orElse(true);
  }

  /** The id of the department a point's owner is or belongs to; empty for leaders and the group. */
  private String departmentOf(RiskPoint rp) {
    RiskOwner owner = rp.getOwner();
    if (owner.getScope() == OwnerScope.DEPARTMENT) {
      return owner.getId();
    }
    if (owner.getScope() == OwnerScope.POST) {
      Post p = posts.get(owner.getId());
      return p == null ? "" : p.getDepartment();
    }
    return "";
  }

  /** The first point not yet matched of the row's owner and title, if any. */
  private @Nullable String byOwnerAndTitle(AnnexRow row) {
    String title = titleKey(row.getTitle());
    for (String owner : ownerIdentities(row)) {
      Deque<String> same = pointsByOwnerTitle.get(owner + "\u0000" + title);
      while (same != null && !same.isEmpty()) {
        String id = same.poll();
        if (usedPointIds.add(id)) {
          return id;
        }
      }
    }
    return null;
  }

  /**
   * The identities a row's owner may have: its own, or for a post's row that names no department
   * the ledger's posts of that name, in each department that has one.
   */
  private List<String> ownerIdentities(AnnexRow row) {
    if (!isPostWithoutDepartment(row)) {
      return List.of(ownerIdentity(row));
    }
    List<String> out = new ArrayList<>();
    for (String d :
        postDepartments.getOrDefault(AnnexPeople.identityKey(row.getOwnerName()), List.of())) {
      out.add(postIdentity(d, row.getOwnerName()));
    }
    out.add(ownerIdentity(row));
    return out;
  }

  private static boolean isPostWithoutDepartment(AnnexRow row) {
    return row.getScope() == OwnerScope.POST && row.getDepartment().isEmpty();
  }

  /**
   * A post's row that names no department, given the department of the post it was matched to: the
   * row says nothing about the department, so the point stays where it is.
   */
  private static AnnexRow known(AnnexRow row, AnnexRow was) {
    return isPostWithoutDepartment(row) && was.getScope() == OwnerScope.POST
        ? AnnexRow.builder().from(row).department(was.getDepartment()).build()
        : row;
  }

  /** A new post's row that names no department, given the only department with such a post. */
  private AnnexRow known(AnnexRow row) {
    if (!isPostWithoutDepartment(row)) {
      return row;
    }
    List<String> in =
        postDepartments.getOrDefault(AnnexPeople.identityKey(row.getOwnerName()), List.of());
    return in.size() == 1 ? AnnexRow.builder().from(row).department(in.get(0)).build() : row;
  }

  private RiskPoint update(RiskPoint rp, AnnexRow shown, Set<AnnexColumn> cols) {
    AnnexRow was = baseRows.get(rp.getId());
    if (was == null) {
      was = AnnexTables.row(base, rp, baseKeys);
    }
    AnnexRow row = known(shown, was);
    RiskPoint.Builder b = RiskPoint.builder().from(rp);
    RiskOwner owner = rp.getOwner();
    if (hasOwner(cols) && !ownerIdentity(row).equals(ownerIdentity(was))) {
      owner = owner(row);
      b.owner(owner);
    }
    if (cols.contains(AnnexColumn.RISK_POINT)) {
      b.title(row.getTitle());
    }
    if (cols.contains(AnnexColumn.MANIFESTATION)) {
      b.manifestation(row.getManifestation());
    }
    if (cols.contains(AnnexColumn.CATEGORY) && row.getCategory().isSpecified()) {
      b.category(row.getCategory());
    }
    if (cols.contains(AnnexColumn.LEVEL)
        && row.getLevel().isPresent()
        && !row.getLevel().equals(rp.effectiveLevel())) {
      b.level(row.getLevel()).decision(Optional.empty());
      RiskLevel level = row.getLevel().get();
      if (rp.getResidualLevel().filter(r -> r.rank() > level.rank()).isPresent()
          && rp.getResidualRationale().filter(r -> !r.isBlank()).isEmpty()) {
        b.residualLevel(Optional.empty()); // assessed against a level that no longer holds
      }
    }
    boolean moved = !owner.equals(rp.getOwner());
    if (moved
        || cols.contains(AnnexColumn.POWER_ITEM)
            && !row.getPowerItem().equals(was.getPowerItem())) {
      RiskOwner to = owner;
      Optional<String> item =
          cols.contains(AnnexColumn.POWER_ITEM) ? row.getPowerItem() : was.getPowerItem();
      Optional<String> itemId = item.map(name -> powerItem(to, name));
      b.powerItem(itemId);
      if (!itemId.equals(rp.getPowerItem())) {
        b.processStep(Optional.empty()); // a step of the old item's process
      }
    }
    List<Measure> measures = rp.getMeasures();
    if (cols.contains(AnnexColumn.MEASURES) && !row.getMeasures().equals(was.getMeasures())) {
      measures = measures(rp.getId(), rp.getMeasures(), row.getMeasures());
      b.measures(measures);
    }
    if (!row.getMeasureStates().isEmpty()) {
      b.measures(
          MeasureStates.apply(
              measures,
              row.getMeasureStates(),
              was.getMeasureStates(),
              this::person,
              rp.getSupervisor()));
    }
    MeasureStates.residual(row.getResidualLevel(), was.getResidualLevel(), rp.effectiveLevel())
        .ifPresent(r -> b.residualLevel(r));
    if (cols.contains(AnnexColumn.RESPONSIBLE) || cols.contains(AnnexColumn.SUPERVISOR)) {
      responsibility(b, row, was, cols);
    }
    if (cols.contains(AnnexColumn.MONITORING)) {
      b.monitoringIndicators(row.getMonitoringIndicators());
    }
    if (cols.contains(AnnexColumn.HOLDER) && owner.getScope() == OwnerScope.POST) {
      holders(owner.getId(), row.getHolders());
    }
    return b.build();
  }

  private RiskPoint newPoint(AnnexRow shown) {
    AnnexRow row = known(shown);
    RiskOwner owner = owner(row);
    String id =
        row.getPointId()
            .filter(i -> !ids.contains(i))
            .orElseGet(() -> nextId("RP", 6, base.getRiskPoints().size() + added.size() + 1));
    ids.add(id);
    RiskPoint.Builder b =
        RiskPoint.builder()
            .id(id)
            .owner(owner)
            .category(row.getCategory())
            .title(row.getTitle())
            .manifestation(row.getManifestation())
            .level(row.getLevel())
            .powerItem(row.getPowerItem().map(name -> powerItem(owner, name)))
            .monitoringIndicators(row.getMonitoringIndicators());
    Responsibility who = AnnexPeople.responsibility(row);
    Optional<String> supervisor = who.getSupervisorName().map(this::person);
    b.responsible(who.getResponsibleName().map(this::person))
        .responsibleRole(who.getResponsibleRole())
        .supervisor(supervisor)
        .supervisorRole(who.getSupervisorRole());
    b.measures(
        MeasureStates.apply(
            measures(id, List.of(), row.getMeasures()),
            row.getMeasureStates(),
            List.of(),
            this::person,
            supervisor));
    MeasureStates.residual(row.getResidualLevel(), Optional.empty(), row.getLevel())
        .ifPresent(r -> b.residualLevel(r));
    return b.build();
  }

  private void responsibility(
      RiskPoint.Builder b, AnnexRow row, AnnexRow was, Set<AnnexColumn> cols) {
    Responsibility now = AnnexPeople.responsibility(row);
    Responsibility before = AnnexPeople.responsibility(was);
    if (cols.contains(AnnexColumn.RESPONSIBLE)
        && (!now.getResponsibleName().equals(before.getResponsibleName())
            || !now.getResponsibleRole().equals(before.getResponsibleRole()))) {
      b.responsible(now.getResponsibleName().map(this::person))
          .responsibleRole(now.getResponsibleRole());
    }
    if (cols.contains(AnnexColumn.SUPERVISOR)
        && (!now.getSupervisorName().equals(before.getSupervisorName())
            || !now.getSupervisorRole().equals(before.getSupervisorRole()))) {
      b.supervisor(now.getSupervisorName().map(this::person))
          .supervisorRole(now.getSupervisorRole());
    }
  }

  /**
   * Measures for texts: a measure of the same text keeps its identity, others are new, with an id
   * no measure of the ledger has.
   */
  private List<Measure> measures(String pointId, List<Measure> old, List<String> texts) {
    Map<String, Deque<Measure>> byText = new HashMap<>();
    for (Measure m : old) {
      byText.computeIfAbsent(m.getText(), k -> new ArrayDeque<>()).add(m);
    }
    List<Measure> out = new ArrayList<>();
    int n = 1;
    for (String text : texts) {
      Deque<Measure> same = byText.get(text);
      if (same != null && !same.isEmpty()) {
        out.add(same.poll());
        continue;
      }
      while (measureIds.contains(pointId + "-M" + n)) {
        n++;
      }
      String id = pointId + "-M" + n;
      measureIds.add(id);
      out.add(
          Measure.builder().id(id).text(text).type(AnnexAssembler.guessMeasureType(text)).build());
    }
    return out;
  }

  private void holders(String postId, List<String> names) {
    Post post = posts.get(postId);
    if (post == null || !postsWithHoldersSet.add(postId)) {
      return;
    }
    Map<String, String> current = new HashMap<>();
    for (String id : post.getHolders()) {
      base.person(id).ifPresent(p -> current.putIfAbsent(AnnexPeople.identityKey(p.getName()), id));
    }
    List<String> now = new ArrayList<>();
    for (String name : names) {
      // a holder the post has keeps their id, though another person may share the name
      String known = current.get(AnnexPeople.identityKey(name));
      String id = known != null ? known : person(name);
      if (!now.contains(id)) {
        now.add(id);
      }
    }
    // the same holders in another order: rows re-sorted, or annex 3's blocks moved; no change
    if (!new HashSet<>(now).equals(new HashSet<>(post.getHolders()))) {
      posts.put(postId, Post.builder().from(post).holders(now).build());
    }
  }

  /** The owner a row names: one the ledger knows by identity, else a new one. */
  private RiskOwner owner(AnnexRow row) {
    String identity = ownerIdentity(row);
    RiskOwner known = ownersByIdentity.get(identity);
    if (known == null && row.getScope() == OwnerScope.LEADER) {
      // a shared name with a role none of its leaders has: the first leader of the name
      known = ownersByIdentity.get(leaderIdentity(row.getOwnerName()));
    }
    if (known != null) {
      return known;
    }
    RiskOwner owner;
    switch (row.getScope()) {
      case LEADERSHIP_GROUP:
        owner = RiskOwner.leadershipGroup(base.getLeadershipGroup().getId());
        break;
      case LEADER:
        String personId = person(row.getOwnerName());
        newLeaders.add(
            Leader.builder()
                .personId(personId)
                .role(row.getLeaderRole().filter(r -> !r.isBlank()).orElse(DEFAULT_ROLE))
                .build());
        owner = RiskOwner.leader(personId);
        break;
      case DEPARTMENT:
        owner = RiskOwner.department(department(row.getOwnerName()));
        break;
      default:
        owner = RiskOwner.post(post(row));
        break;
    }
    ownersByIdentity.put(identity, owner);
    return owner;
  }

  private String department(String name) {
    RiskOwner known = ownersByIdentity.get(departmentIdentity(name));
    if (known != null) {
      return known.getId();
    }
    String id = nextId("D", 3, base.getDepartments().size() + newDepartments.size() + 1);
    newDepartments.add(Department.builder().id(id).name(name).build());
    ownersByIdentity.put(departmentIdentity(name), RiskOwner.department(id));
    return id;
  }

  private String post(AnnexRow row) {
    String id = nextId("S", 4, posts.size() + 1);
    List<String> holders = new ArrayList<>();
    for (String h : row.getHolders()) {
      String p = person(h);
      if (!holders.contains(p)) {
        holders.add(p);
      }
    }
    posts.put(
        id,
        Post.builder()
            .id(id)
            .name(row.getOwnerName())
            .department(department(row.getDepartment().orElse(AnnexAssembler.NO_DEPARTMENT)))
            .holders(holders)
            .build());
    postsWithHoldersSet.add(id);
    return id;
  }

  /** The person of a name: found by its identity key, created on first sight. */
  private String person(String name) {
    String key = AnnexPeople.identityKey(name);
    String id = personByName.get(key);
    if (id == null) {
      id = nextId("P", 4, base.getPeople().size() + newPeople.size() + 1);
      newPeople.add(Person.builder().id(id).name(AnnexPeople.displayName(name)).build());
      personByName.put(key, id);
    }
    return id;
  }

  private String powerItem(RiskOwner owner, String name) {
    String key = owner + "\u0000" + name;
    String id = powerItemByOwnerName.get(key);
    if (id == null) {
      id = nextId("PI", 5, base.getPowerItems().size() + newPowerItems.size() + 1);
      newPowerItems.add(
          PowerItem.builder()
              .id(id)
              .name(name)
              .owner(owner)
              .kind(PowerKind.OTHER)
              .discretion(Discretion.LIMITED)
              .frequency(Frequency.OCCASIONAL)
              .build());
      powerItemByOwnerName.put(key, id);
    }
    return id;
  }

  /** Owners that hold no point yet can still be named by new rows. */
  private void indexOwnersWithoutPoints() {
    for (Leader l : base.getLeadershipGroup().getLeaders()) {
      base.person(l.getPersonId())
          .ifPresent(
              p -> {
                RiskOwner leader = RiskOwner.leader(l.getPersonId());
                ownersByIdentity.putIfAbsent(leaderIdentity(p.getName()), leader);
                ownersByIdentity.putIfAbsent(leaderIdentity(p.getName(), l.getRole()), leader);
              });
    }
    ownersByIdentity.putIfAbsent("G", RiskOwner.leadershipGroup(base.getLeadershipGroup().getId()));
    for (Department d : base.getDepartments()) {
      ownersByIdentity.putIfAbsent(
          departmentIdentity(d.getName()), RiskOwner.department(d.getId()));
    }
    for (Post p : base.getPosts()) {
      String dept = base.department(p.getDepartment()).map(Department::getName).orElse("");
      ownersByIdentity.putIfAbsent(postIdentity(dept, p.getName()), RiskOwner.post(p.getId()));
    }
  }

  /**
   * Who owns a row, as text that two spellings of the same owner share: the scope, the name's
   * identity key and, for posts, the department's; for a name several leaders share, the role's.
   */
  private String ownerIdentity(AnnexRow row) {
    switch (row.getScope()) {
      case LEADERSHIP_GROUP:
        return "G";
      case LEADER:
        return leaderIdentity(row.getOwnerName(), row.getLeaderRole().orElse(""));
      case DEPARTMENT:
        return departmentIdentity(row.getOwnerName());
      default:
        return postIdentity(row.getDepartment().orElse(""), row.getOwnerName());
    }
  }

  private String leaderIdentity(String name, String role) {
    String key = AnnexPeople.identityKey(name);
    return sharedLeaderNames.contains(key)
        ? leaderIdentity(name) + "\u0000" + AnnexPeople.identityKey(role)
        : leaderIdentity(name);
  }

  private static String leaderIdentity(String name) {
    return "L\u0000" + AnnexPeople.identityKey(name);
  }

  private static String departmentIdentity(String name) {
    return "D\u0000" + AnnexPeople.identityKey(name);
  }

  private static String postIdentity(String department, String name) {
    return "S\u0000"
        + AnnexPeople.identityKey(department)
        + "\u0000"
        + AnnexPeople.identityKey(name);
  }

  private static String titleKey(String title) {
    return AnnexPeople.identityKey(title);
  }

  private static boolean hasOwner(Set<AnnexColumn> cols) {
    return cols.contains(AnnexColumn.LEADER)
        || cols.contains(AnnexColumn.DEPARTMENT)
        || cols.contains(AnnexColumn.POST)
        || cols.contains(AnnexColumn.OWNER);
  }

  /** The first id of the pattern, counting from {@code from}, that nothing in the ledger uses. */
  private String nextId(String prefix, int width, int from) {
    int n = Math.max(1, from);
    String id = AnnexAssembler.id(prefix, n, width);
    while (ids.contains(id)) {
      id = AnnexAssembler.id(prefix, ++n, width);
    }
    ids.add(id);
    return id;
  }
}
