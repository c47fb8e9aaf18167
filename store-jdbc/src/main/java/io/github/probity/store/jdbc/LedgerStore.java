package io.github.probity.store.jdbc;

import io.github.probity.archive.ChangeType;
import io.github.probity.archive.DiffEntity;
import io.github.probity.archive.EntityChange;
import io.github.probity.archive.FieldChange;
import io.github.probity.archive.LedgerDiff;
import io.github.probity.json.JsonReadException;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.MeasureStatus;
import io.github.probity.model.MeasureType;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.Post;
import io.github.probity.model.RiskCategory;
import io.github.probity.model.RiskLevel;
import io.github.probity.model.RiskPoint;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Ledger revisions per unit and year: each {@link #save} writes a new revision — the whole ledger
 * as io-json's canonical document, its posts, risk points and measures as rows for queries, and its
 * differences against the previous revision — in one transaction.
 *
 * <p>Optimistic concurrency: a save names the revision it started from ({@code 0} for the first);
 * if another writer saved in between, it is refused with a {@link StaleRevisionException} naming
 * both revisions, and nothing is written. Reading a revision checks its document against the
 * SHA-256 recorded when it was saved. Thread-safe; obtained from {@link ProbityStore#ledgers()}.
 *
 * @since 0.1.0
 */
public final class LedgerStore {
  private final ProbityStore store;

  LedgerStore(ProbityStore store) {
    this.store = store;
  }

  /** A save refused because another writer got there first; turned into the public exception. */
  private static final class Conflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Conflict(@Nullable Throwable cause) {
      super("conflict", cause, false, false);
    }
  }

  /**
   * Saves a ledger as the next revision of its unit and year.
   *
   * @param ledger the ledger; its unit code and year say which ledger it is a revision of
   * @param basedOn the revision the caller started from: {@code 0} if the unit has no ledger for
   *     the year yet
   * @param actor who saves it, as the host names people (an id or a name)
   * @return the new revision, with its differences against {@code basedOn}
   * @throws StaleRevisionException if {@code basedOn} is not the current revision
   * @throws StoreException if the database fails; nothing is written
   * @throws IllegalArgumentException if {@code basedOn} is negative or the actor is blank
   */
  public LedgerRevision save(Ledger ledger, int basedOn, String actor) {
    if (basedOn < 0) {
      throw new IllegalArgumentException("basedOn must be 0 or a revision number: " + basedOn);
    }
    if (actor.isBlank()) {
      throw new IllegalArgumentException("A ledger revision needs the actor who saves it");
    }
    String unit = ledger.getUnit().getCode();
    int year = ledger.getYear();
    byte[] document = store.json().writeLedger(ledger);
    String sha = Sha256.hex(document);
    try {
      return Tx.run(
          store.dataSource(),
          "Saving the ledger of unit " + unit + " for " + year,
          c -> insert(c, ledger, basedOn, actor, document, sha));
    } catch (Conflict e) {
      int current = currentRevision(unit, year).orElse(0);
      StaleRevisionException stale =
          new StaleRevisionException(unit, year, basedOn, current, ledger);
      if (e.getCause() != null) {
        stale.initCause(e.getCause());
      }
      throw stale;
    }
  }

  private LedgerRevision insert(
      Connection c, Ledger ledger, int basedOn, String actor, byte[] document, String sha)
      throws SQLException {
    Dialect dialect = store.dialect();
    String unit = ledger.getUnit().getCode();
    int year = ledger.getYear();
    int revision = basedOn + 1;
    Instant now = store.clock().instant();
    Optional<LedgerDiff> diff = Optional.empty();
    try {
      if (basedOn == 0) {
        try (PreparedStatement ps =
            c.prepareStatement(
                "INSERT INTO probity_ledger (unit_code, ledger_year, unit_name, current_revision,"
                    + " updated_at) VALUES (?, ?, ?, 1, ?)")) {
          ps.setString(1, unit);
          ps.setInt(2, year);
          ps.setString(3, ledger.getUnit().getName());
          dialect.setInstant(ps, 4, now);
          ps.executeUpdate();
        }
      } else {
        try (PreparedStatement ps =
            c.prepareStatement(
                "UPDATE probity_ledger SET current_revision = ?, unit_name = ?, updated_at = ?"
                    + " WHERE unit_code = ? AND ledger_year = ? AND current_revision = ?")) {
          ps.setInt(1, revision);
          ps.setString(2, ledger.getUnit().getName());
          dialect.setInstant(ps, 3, now);
          ps.setString(4, unit);
          ps.setInt(5, year);
          ps.setInt(6, basedOn);
          if (ps.executeUpdate() != 1) {
            throw new Conflict(null);
          }
        }
      }
    } catch (SQLException e) {
      if (Dialect.isDuplicateKey(e) || Dialect.isConcurrencyFailure(e)) {
        throw new Conflict(e);
      }
      throw e;
    }
    Ledger previous = null;
    if (basedOn > 0) {
      previous = readDocument(c, unit, year, basedOn).ledger;
      diff = Optional.of(LedgerDiff.between(previous, ledger));
    }
    List<EntityChange> changes = diff.map(LedgerDiff::getChanges).orElse(List.of());
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO probity_ledger_revision (unit_code, ledger_year, revision, document,"
                + " document_sha256, saved_by, saved_at, point_count, change_count)"
                + " VALUES (?, ?, ?, "
                + dialect.jsonParameter()
                + ", ?, ?, ?, ?, ?)")) {
      ps.setString(1, unit);
      ps.setInt(2, year);
      ps.setInt(3, revision);
      ps.setString(4, new String(document, StandardCharsets.UTF_8));
      ps.setString(5, sha);
      ps.setString(6, actor);
      dialect.setInstant(ps, 7, now);
      ps.setInt(8, ledger.getRiskPoints().size());
      ps.setInt(9, changes.size());
      ps.executeUpdate();
    }
    insertPosts(c, ledger, revision);
    insertPoints(c, ledger, revision);
    insertMeasures(c, ledger, revision);
    insertChanges(c, unit, year, revision, changes);
    insertDecisions(c, ledger, previous, revision);
    RevisionSummary summary =
        RevisionSummary.builder()
            .unitCode(unit)
            .year(year)
            .revision(revision)
            .savedBy(actor)
            .savedAt(now)
            .pointCount(ledger.getRiskPoints().size())
            .documentSha256(sha)
            .changes(changes)
            .build();
    return LedgerRevision.of(summary, ledger, diff);
  }

  private static void insertPosts(Connection c, Ledger ledger, int revision) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO probity_post (unit_code, ledger_year, revision, post_id, department_id,"
                + " post_name) VALUES (?, ?, ?, ?, ?, ?)")) {
      Batch batch = new Batch(ps);
      for (Post p : ledger.getPosts()) {
        key(ps, ledger, revision);
        ps.setString(4, p.getId());
        ps.setString(5, p.getDepartment());
        ps.setString(6, p.getName());
        batch.add();
      }
      batch.finish();
    }
  }

  private static void insertPoints(Connection c, Ledger ledger, int revision) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO probity_risk_point (unit_code, ledger_year, revision, point_id, point_no,"
                + " owner_scope, owner_id, department_id, category, title, proposed_level,"
                + " decided_level, effective_level, decided, measure_count)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Batch batch = new Batch(ps);
      int no = 0;
      for (RiskPoint rp : ledger.getRiskPoints()) {
        key(ps, ledger, revision);
        ps.setString(4, rp.getId());
        ps.setInt(5, ++no);
        ps.setString(6, rp.getOwner().getScope().code());
        ps.setString(7, rp.getOwner().getId());
        setNullable(ps, 8, departmentOf(ledger, rp));
        ps.setString(9, rp.getCategory().code());
        ps.setString(10, rp.getTitle());
        setNullable(ps, 11, rp.getLevel().map(RiskLevel::code).orElse(null));
        setNullable(ps, 12, rp.getDecision().map(d -> d.getLevel().code()).orElse(null));
        setNullable(ps, 13, rp.effectiveLevel().map(RiskLevel::code).orElse(null));
        ps.setBoolean(14, rp.getDecision().isPresent());
        ps.setInt(15, rp.getMeasures().size());
        batch.add();
      }
      batch.finish();
    }
  }

  private static void insertMeasures(Connection c, Ledger ledger, int revision)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO probity_measure (unit_code, ledger_year, revision, measure_id, point_id,"
                + " measure_type, deadline, measure_status) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
      Batch batch = new Batch(ps);
      for (RiskPoint rp : ledger.getRiskPoints()) {
        for (Measure m : rp.getMeasures()) {
          key(ps, ledger, revision);
          ps.setString(4, m.getId());
          ps.setString(5, rp.getId());
          ps.setString(6, m.getType().code());
          if (m.getDeadline().isPresent()) {
            ps.setObject(7, m.getDeadline().get());
          } else {
            ps.setNull(7, Types.DATE);
          }
          ps.setString(8, m.getStatus().code());
          batch.add();
        }
      }
      batch.finish();
    }
  }

  private static void insertChanges(
      Connection c, String unit, int year, int revision, List<EntityChange> changes)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO probity_ledger_change (unit_code, ledger_year, revision, change_no,"
                + " field_no, entity, entity_id, change_type, risk_point_id, field_name,"
                + " before_value, after_value) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Batch batch = new Batch(ps);
      int no = 0;
      for (EntityChange ch : changes) {
        no++;
        List<FieldChange> fields = ch.getFields();
        int n = Math.max(1, fields.size());
        for (int f = 0; f < n; f++) {
          ps.setString(1, unit);
          ps.setInt(2, year);
          ps.setInt(3, revision);
          ps.setInt(4, no);
          ps.setInt(5, f);
          ps.setString(6, ch.getEntity().code());
          ps.setString(7, ch.getId());
          ps.setString(8, ch.getType().code());
          setNullable(ps, 9, ch.getRiskPointId().orElse(null));
          FieldChange fc = fields.isEmpty() ? null : fields.get(f);
          setNullable(ps, 10, fc == null ? null : fc.getField());
          setNullable(ps, 11, fc == null ? null : fc.getBefore());
          setNullable(ps, 12, fc == null ? null : fc.getAfter());
          batch.add();
        }
      }
      batch.finish();
    }
  }

  /** Records each level decision that is new in this revision or changed since the previous. */
  private static void insertDecisions(
      Connection c, Ledger ledger, @Nullable Ledger previous, int revision) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO probity_level_decision (unit_code, ledger_year, revision, point_id,"
                + " meeting_reference, decided_on, proposed_level, decided_level, rationale)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Batch batch = new Batch(ps);
      for (RiskPoint rp : ledger.getRiskPoints()) {
        if (rp.getDecision().isEmpty()) {
          continue;
        }
        LevelDecision d = rp.getDecision().get();
        Optional<LevelDecision> before =
            previous == null
                ? Optional.empty()
                : previous.riskPoint(rp.getId()).flatMap(RiskPoint::getDecision);
        if (before.equals(rp.getDecision())) {
          continue;
        }
        key(ps, ledger, revision);
        ps.setString(4, rp.getId());
        ps.setString(5, d.getMeetingReference());
        ps.setObject(6, d.getDate());
        ps.setString(7, d.getProposedLevel().code());
        ps.setString(8, d.getLevel().code());
        setNullable(ps, 9, d.getRationale().orElse(null));
        batch.add();
      }
      batch.finish();
    }
  }

  /**
   * Returns the level decisions (集体研究确定) of a unit's ledger for a year as they were recorded: each
   * decision the first revision held, and each one a later revision added or changed, oldest first.
   * The last one of a point is the decision its current revision holds, unless a later revision
   * dropped it.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @return the recorded decisions, by revision and ledger order
   * @throws StoreException if the database fails
   */
  public List<DecisionRecord> decisions(String unitCode, int year) {
    return Tx.read(
        store.dataSource(),
        "Reading the level decisions of unit " + unitCode,
        c -> {
          List<DecisionRecord> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT d.revision, d.point_id, d.meeting_reference, d.decided_on,"
                      + " d.proposed_level, d.decided_level, d.rationale, r.saved_by, r.saved_at"
                      + " FROM probity_level_decision d JOIN probity_risk_point p"
                      + " ON p.unit_code = d.unit_code AND p.ledger_year = d.ledger_year"
                      + " AND p.revision = d.revision AND p.point_id = d.point_id"
                      + " JOIN probity_ledger_revision r ON r.unit_code = d.unit_code"
                      + " AND r.ledger_year = d.ledger_year AND r.revision = d.revision"
                      + " WHERE d.unit_code = ? AND d.ledger_year = ?"
                      + " ORDER BY d.revision, p.point_no")) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                LevelDecision.Builder d =
                    LevelDecision.builder()
                        .meetingReference(rs.getString(3))
                        .date(rs.getObject(4, LocalDate.class))
                        .proposedLevel(Codes.parse(RiskLevel.class, rs.getString(5)))
                        .level(Codes.parse(RiskLevel.class, rs.getString(6)));
                String rationale = rs.getString(7);
                if (rationale != null) {
                  d.rationale(rationale);
                }
                out.add(
                    DecisionRecord.builder()
                        .revision(rs.getInt(1))
                        .pointId(rs.getString(2))
                        .decision(d.build())
                        .savedBy(rs.getString(8))
                        .savedAt(store.dialect().getInstant(rs, "saved_at"))
                        .build());
              }
            }
          }
          return out;
        });
  }

  /** The department a risk point belongs to: its own, or its post's; none for leaders. */
  static @Nullable String departmentOf(Ledger ledger, RiskPoint rp) {
    OwnerScope scope = rp.getOwner().getScope();
    if (scope == OwnerScope.DEPARTMENT) {
      return rp.getOwner().getId();
    }
    if (scope == OwnerScope.POST) {
      return ledger.post(rp.getOwner().getId()).map(Post::getDepartment).orElse(null);
    }
    return null;
  }

  private static void key(PreparedStatement ps, Ledger ledger, int revision) throws SQLException {
    ps.setString(1, ledger.getUnit().getCode());
    ps.setInt(2, ledger.getYear());
    ps.setInt(3, revision);
  }

  static void setNullable(PreparedStatement ps, int index, @Nullable String value)
      throws SQLException {
    if (value == null) {
      ps.setNull(index, Types.VARCHAR);
    } else {
      ps.setString(index, value);
    }
  }

  // ------------------------------------------------------------------ reading

  /**
   * Returns the number of the current revision of a unit's ledger for a year.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @return the revision number, or empty if nothing was saved
   * @throws StoreException if the database fails
   */
  public Optional<Integer> currentRevision(String unitCode, int year) {
    return Tx.read(
        store.dataSource(),
        "Reading the current revision of unit " + unitCode,
        c -> {
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT current_revision FROM probity_ledger WHERE unit_code = ? AND"
                      + " ledger_year = ?")) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
              return rs.next() ? Optional.of(rs.getInt(1)) : Optional.<Integer>empty();
            }
          }
        });
  }

  /**
   * Returns the current revision of a unit's ledger for a year, with its differences against the
   * previous one.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @return the revision, or empty if nothing was saved
   * @throws StoreException if the database fails, or a stored document no longer matches its hash
   */
  public Optional<LedgerRevision> latest(String unitCode, int year) {
    return Tx.run(
        store.dataSource(),
        "Reading the ledger of unit " + unitCode + " for " + year,
        c -> {
          Optional<Integer> current = current(c, unitCode, year);
          if (current.isEmpty()) {
            return Optional.<LedgerRevision>empty();
          }
          return Optional.of(load(c, unitCode, year, current.get()));
        });
  }

  /**
   * Returns one revision of a unit's ledger for a year, with its differences against the previous
   * one.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @param revision the revision number
   * @return the revision, or empty if there is no such revision
   * @throws StoreException if the database fails, or a stored document no longer matches its hash
   */
  public Optional<LedgerRevision> revision(String unitCode, int year, int revision) {
    return Tx.run(
        store.dataSource(),
        "Reading revision " + revision + " of the ledger of unit " + unitCode + " for " + year,
        c -> {
          Optional<Integer> current = current(c, unitCode, year);
          if (revision < 1 || current.isEmpty() || revision > current.get()) {
            return Optional.<LedgerRevision>empty();
          }
          return Optional.of(load(c, unitCode, year, revision));
        });
  }

  /**
   * Returns the summaries of every revision of a unit's ledger for a year, oldest first, without
   * their documents.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @return the summaries, empty if nothing was saved
   * @throws StoreException if the database fails
   */
  public List<RevisionSummary> history(String unitCode, int year) {
    return Tx.run(
        store.dataSource(),
        "Reading the history of the ledger of unit " + unitCode + " for " + year,
        c -> {
          Map<Integer, List<EntityChange>> changes = changes(c, unitCode, year, -1);
          List<RevisionSummary> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT revision, saved_by, saved_at, point_count, document_sha256"
                      + " FROM probity_ledger_revision WHERE unit_code = ? AND ledger_year = ?"
                      + " ORDER BY revision")) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                int revision = rs.getInt("revision");
                out.add(summary(rs, unitCode, year, changes.getOrDefault(revision, List.of())));
              }
            }
          }
          return out;
        });
  }

  private RevisionSummary summary(
      ResultSet rs, String unitCode, int year, List<EntityChange> changes) throws SQLException {
    return RevisionSummary.builder()
        .unitCode(unitCode)
        .year(year)
        .revision(rs.getInt("revision"))
        .savedBy(rs.getString("saved_by"))
        .savedAt(store.dialect().getInstant(rs, "saved_at"))
        .pointCount(rs.getInt("point_count"))
        .documentSha256(rs.getString("document_sha256"))
        .changes(changes)
        .build();
  }

  private static Optional<Integer> current(Connection c, String unitCode, int year)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT current_revision FROM probity_ledger WHERE unit_code = ? AND ledger_year = ?")) {
      ps.setString(1, unitCode);
      ps.setInt(2, year);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getInt(1)) : Optional.empty();
      }
    }
  }

  private LedgerRevision load(Connection c, String unitCode, int year, int revision)
      throws SQLException {
    Loaded loaded = readDocument(c, unitCode, year, revision);
    Optional<LedgerDiff> diff = Optional.empty();
    if (revision > 1) {
      Ledger previous = readDocument(c, unitCode, year, revision - 1).ledger;
      diff = Optional.of(LedgerDiff.between(previous, loaded.ledger));
    }
    List<EntityChange> changes = diff.map(LedgerDiff::getChanges).orElse(List.of());
    return LedgerRevision.of(
        RevisionSummary.builder().from(loaded.summary).changes(changes).build(),
        loaded.ledger,
        diff);
  }

  /** A stored revision's ledger and summary, its document checked against its hash. */
  private static final class Loaded {
    final Ledger ledger;
    final RevisionSummary summary;

    Loaded(Ledger ledger, RevisionSummary summary) {
      this.ledger = ledger;
      this.summary = summary;
    }
  }

  private Loaded readDocument(Connection c, String unitCode, int year, int revision)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT revision, document, document_sha256, saved_by, saved_at, point_count"
                + " FROM probity_ledger_revision"
                + " WHERE unit_code = ? AND ledger_year = ? AND revision = ?")) {
      ps.setString(1, unitCode);
      ps.setInt(2, year);
      ps.setInt(3, revision);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new StoreException(
              "Revision "
                  + revision
                  + " of the ledger of unit "
                  + unitCode
                  + " for "
                  + year
                  + " is missing");
        }
        String text = rs.getString("document");
        Ledger ledger;
        try {
          ledger = store.json().readLedger(text).value();
        } catch (JsonReadException e) {
          throw new StoreException(
              "Revision "
                  + revision
                  + " of the ledger of unit "
                  + unitCode
                  + " for "
                  + year
                  + " cannot be read: "
                  + e.getMessage());
        }
        String recorded = rs.getString("document_sha256");
        // The database may re-encode the document (jsonb): the canonical form is what is hashed.
        String actual = Sha256.hex(store.json().writeLedger(ledger));
        if (!actual.equals(recorded)) {
          throw new StoreException(
              "Revision "
                  + revision
                  + " of the ledger of unit "
                  + unitCode
                  + " for "
                  + year
                  + " was altered: its document hashes to "
                  + actual
                  + ", recorded "
                  + recorded);
        }
        return new Loaded(ledger, summary(rs, unitCode, year, List.of()));
      }
    }
  }

  // ------------------------------------------------------------------ queries

  private static final String CURRENT =
      " JOIN probity_ledger l ON l.unit_code = x.unit_code AND l.ledger_year = x.ledger_year"
          + " AND l.current_revision = x.revision WHERE x.unit_code = ? AND x.ledger_year = ?";

  /**
   * Returns the risk points of a ledger's current revision that pass a filter, in ledger order:
   * e.g. a department's high points, or the points whose level is still to be decided. Backed by
   * the indexes of {@code probity_risk_point}.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @param filter the conditions
   * @return the points, empty if nothing was saved
   * @throws StoreException if the database fails
   */
  public List<PointRow> points(String unitCode, int year, PointFilter filter) {
    StringBuilder sql =
        new StringBuilder(
            "SELECT x.point_id, x.owner_scope, x.owner_id, x.department_id, x.category, x.title,"
                + " x.effective_level, x.decided, x.measure_count FROM probity_risk_point x"
                + CURRENT);
    List<String> args = new ArrayList<>();
    filter.getDepartment().ifPresent(d -> condition(sql, args, "x.department_id", d));
    filter.getLevel().ifPresent(l -> condition(sql, args, "x.effective_level", l.code()));
    filter.getCategory().ifPresent(c -> condition(sql, args, "x.category", c.code()));
    filter
        .getDecided()
        .ifPresent(d -> sql.append(" AND x.decided = ").append(d ? "TRUE" : "FALSE"));
    sql.append(" ORDER BY x.point_no");
    return Tx.read(
        store.dataSource(),
        "Querying the risk points of unit " + unitCode,
        c -> {
          List<PointRow> out = new ArrayList<>();
          try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            for (int i = 0; i < args.size(); i++) {
              ps.setString(3 + i, args.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ImmutablePointRow.Builder row =
                    PointRow.builder()
                        .pointId(rs.getString(1))
                        .ownerScope(Codes.parse(OwnerScope.class, rs.getString(2)))
                        .ownerId(rs.getString(3))
                        .category(Codes.parse(RiskCategory.class, rs.getString(5)))
                        .title(rs.getString(6))
                        .decided(rs.getBoolean(8))
                        .measureCount(rs.getInt(9));
                String department = rs.getString(4);
                if (department != null) {
                  row.department(department);
                }
                String level = rs.getString(7);
                if (level != null) {
                  row.level(Codes.parse(RiskLevel.class, level));
                }
                out.add(row.build());
              }
            }
          }
          return out;
        });
  }

  private static void condition(StringBuilder sql, List<String> args, String column, String value) {
    sql.append(" AND ").append(column).append(" = ?");
    args.add(value);
  }

  /**
   * Returns the measures of a ledger's current revision still to be put in place (recorded neither
   * as 已落实 nor as 已废止, see {@link io.github.probity.model.MeasureStatus}) whose deadline falls on
   * or before a day, earliest first: the measures due by then, overdue ones included ({@link
   * MeasureRow#isOverdue}). Backed by the index on {@code probity_measure.deadline}.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @param until the last day
   * @return the measures, by deadline and id
   * @throws StoreException if the database fails
   */
  public List<MeasureRow> measuresDue(String unitCode, int year, LocalDate until) {
    return Tx.read(
        store.dataSource(),
        "Querying the measures due of unit " + unitCode,
        c -> {
          List<MeasureRow> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT x.measure_id, x.point_id, x.measure_type, x.deadline, x.measure_status"
                      + " FROM probity_measure x"
                      + CURRENT
                      + " AND x.deadline <= ? AND x.measure_status NOT IN ('DONE', 'ABANDONED')"
                      + " ORDER BY x.deadline, x.measure_id")) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            ps.setObject(3, until);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    MeasureRow.builder()
                        .measureId(rs.getString(1))
                        .pointId(rs.getString(2))
                        .type(Codes.parse(MeasureType.class, rs.getString(3)))
                        .deadline(rs.getObject(4, LocalDate.class))
                        .status(Codes.parse(MeasureStatus.class, rs.getString(5)))
                        .build());
              }
            }
          }
          return out;
        });
  }

  /** The stored changes of one revision, or of all revisions when {@code revision} is -1. */
  private static Map<Integer, List<EntityChange>> changes(
      Connection c, String unitCode, int year, int revision) throws SQLException {
    Map<Integer, List<EntityChange>> out = new LinkedHashMap<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT revision, change_no, field_no, entity, entity_id, change_type, risk_point_id,"
                + " field_name, before_value, after_value FROM probity_ledger_change"
                + " WHERE unit_code = ? AND ledger_year = ?"
                + (revision < 0 ? "" : " AND revision = ?")
                + " ORDER BY revision, change_no, field_no")) {
      ps.setString(1, unitCode);
      ps.setInt(2, year);
      if (revision >= 0) {
        ps.setInt(3, revision);
      }
      try (ResultSet rs = ps.executeQuery()) {
        int lastRevision = -1;
        int lastChange = -1;
        EntityChange.Builder building = null;
        while (rs.next()) {
          int rev = rs.getInt("revision");
          int no = rs.getInt("change_no");
          if (rev != lastRevision || no != lastChange) {
            if (building != null) {
              out.computeIfAbsent(lastRevision, k -> new ArrayList<>()).add(building.build());
            }
            building =
                EntityChange.builder()
                    .entity(Codes.parse(DiffEntity.class, rs.getString("entity")))
                    .id(rs.getString("entity_id"))
                    .type(Codes.parse(ChangeType.class, rs.getString("change_type")));
            String point = rs.getString("risk_point_id");
            if (point != null) {
              building.riskPointId(point);
            }
            lastRevision = rev;
            lastChange = no;
          }
          String field = rs.getString("field_name");
          if (field != null) {
            java.util.Objects.requireNonNull(building)
                .addFields(
                    FieldChange.of(
                        field,
                        nonNull(rs.getString("before_value")),
                        nonNull(rs.getString("after_value"))));
          }
        }
        if (building != null) {
          out.computeIfAbsent(lastRevision, k -> new ArrayList<>()).add(building.build());
        }
      }
    }
    return out;
  }

  private static String nonNull(@Nullable String s) {
    return s == null ? "" : s;
  }
}
