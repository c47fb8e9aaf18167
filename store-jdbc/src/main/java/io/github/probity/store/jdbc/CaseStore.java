package io.github.probity.store.jdbc;

import io.github.probity.json.JsonReadException;
import io.github.probity.json.ProbityJson;
import io.github.probity.json.ReadMode;
import io.github.probity.json.WarningDocument;
import io.github.probity.warning.CaseAction;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.CaseEvent;
import io.github.probity.warning.CaseState;
import io.github.probity.warning.Disposition;
import io.github.probity.warning.DispositionCase;
import io.github.probity.warning.Warning;
import io.github.probity.warning.WarningLevel;
import io.github.probity.warning.WarningPolicy;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Warnings and disposition cases (预警与处置) as event tables: {@link #record(String, CaseBook)} stores
 * a case book's policy and system actor and appends each case's events not stored yet; {@link
 * #load} rebuilds the book by replaying every case's events ({@link DispositionCase#restore}),
 * equal to the one that was recorded. A case's warning is stored with it, its policy once under the
 * SHA-256 of its document. Events are append-only; a case's current state is kept for {@link
 * #openByDeadline}. Thread-safe; obtained from {@link ProbityStore#cases()}.
 *
 * @since 0.1.0
 */
public final class CaseStore {
  private final ProbityStore store;

  /** Warnings are stored without their signals: reading them must not require the signals. */
  private final ProbityJson warnings;

  CaseStore(ProbityStore store) {
    this.store = store;
    this.warnings =
        ProbityJson.builder().mode(ReadMode.LENIENT).limits(store.json().limits()).build();
  }

  /**
   * Records a case book: its system actor and policy, and every case's events not stored yet.
   *
   * @param bookId the book's id, e.g. the unit's code
   * @param book the book
   * @return the number of events appended
   * @throws IllegalArgumentException if a case's stored events do not start its history
   * @throws StoreException if the database fails; nothing is written
   */
  public int record(String bookId, CaseBook book) {
    return Tx.run(
        store.dataSource(),
        "Recording case book " + bookId,
        c -> {
          String policy = policy(c, book.getPolicy());
          int updated;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "UPDATE probity_case_book SET system_actor = ?, policy_sha256 = ?,"
                      + " updated_at = ? WHERE book_id = ?")) {
            ps.setString(1, book.getSystemActor());
            ps.setString(2, policy);
            store.dialect().setInstant(ps, 3, store.clock().instant());
            ps.setString(4, bookId);
            updated = ps.executeUpdate();
          }
          if (updated == 0) {
            try (PreparedStatement ps =
                c.prepareStatement(
                    "INSERT INTO probity_case_book (book_id, system_actor, policy_sha256,"
                        + " updated_at) VALUES (?, ?, ?, ?)")) {
              ps.setString(1, bookId);
              ps.setString(2, book.getSystemActor());
              ps.setString(3, policy);
              store.dialect().setInstant(ps, 4, store.clock().instant());
              ps.executeUpdate();
            }
          }
          int appended = 0;
          for (DispositionCase dc : book.cases()) {
            appended += record(c, bookId, dc);
          }
          return appended;
        });
  }

  /**
   * Appends the events of one case not stored yet, e.g. after the book opened it or applied an
   * action to it; the book itself must be recorded once with {@link #record(String, CaseBook)}
   * before {@link #load} can rebuild it.
   *
   * @param bookId the book's id
   * @param dispositionCase the case as it is now
   * @return the number of events appended
   * @throws IllegalArgumentException if the case's stored events do not start its history
   * @throws StoreException if the database fails; nothing is written
   */
  public int record(String bookId, DispositionCase dispositionCase) {
    return Tx.run(
        store.dataSource(),
        "Recording case " + dispositionCase.getId(),
        c -> record(c, bookId, dispositionCase));
  }

  private int record(Connection c, String bookId, DispositionCase dc) throws SQLException {
    List<CaseEvent> stored = events(c, bookId, dc.getId());
    List<CaseEvent> history = dc.getHistory();
    if (stored.size() > history.size() || !history.subList(0, stored.size()).equals(stored)) {
      throw new IllegalArgumentException(
          "The stored events of case "
              + dc.getId()
              + " ("
              + stored.size()
              + ") do not start its history ("
              + history.size()
              + ")");
    }
    if (stored.size() == history.size()) {
      return 0;
    }
    Dialect dialect = store.dialect();
    if (stored.isEmpty()) {
      String policy = policy(c, dc.getPolicy());
      WarningDocument doc = new WarningDocument(List.of(dc.getWarning()), List.of());
      try (PreparedStatement ps =
          c.prepareStatement(
              "INSERT INTO probity_case (book_id, case_id, warning_id, warning, policy_sha256)"
                  + " VALUES (?, ?, ?, "
                  + dialect.jsonParameter()
                  + ", ?)")) {
        ps.setString(1, bookId);
        ps.setString(2, dc.getId());
        ps.setString(3, dc.getWarning().getId());
        ps.setString(4, new String(store.json().writeWarnings(doc), StandardCharsets.UTF_8));
        ps.setString(5, policy);
        ps.executeUpdate();
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO probity_case_event (book_id, case_id, event_no, action, from_state,"
                + " to_state, actor, event_at, event_at_exact, note)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      for (int i = stored.size(); i < history.size(); i++) {
        CaseEvent e = history.get(i);
        ps.setString(1, bookId);
        ps.setString(2, dc.getId());
        ps.setInt(3, i + 1);
        ps.setString(4, e.getAction().code());
        ps.setString(5, e.getFromState().code());
        ps.setString(6, e.getToState().code());
        ps.setString(7, e.getActor());
        dialect.setInstant(ps, 8, e.getTime());
        ps.setString(9, e.getTime().toString());
        ps.setString(10, e.getNote());
        ps.addBatch();
      }
      try {
        ps.executeBatch();
      } catch (SQLException e) {
        if (Dialect.isDuplicateKey(e) || Dialect.isConcurrencyFailure(e)) {
          throw new StoreException(
              "Case " + dc.getId() + " was recorded concurrently; read it again", e);
        }
        throw e;
      }
    }
    head(c, bookId, dc, stored.isEmpty());
    return history.size() - stored.size();
  }

  private void head(Connection c, String bookId, DispositionCase dc, boolean fresh)
      throws SQLException {
    String sql =
        fresh
            ? "INSERT INTO probity_case_head (state, warning_level, is_open, due_at, event_count,"
                + " book_id, case_id) VALUES (?, ?, ?, ?, ?, ?, ?)"
            : "UPDATE probity_case_head SET state = ?, warning_level = ?, is_open = ?, due_at = ?,"
                + " event_count = ? WHERE book_id = ? AND case_id = ?";
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      ps.setString(1, dc.getState().code());
      ps.setString(2, dc.getLevel().code());
      ps.setBoolean(3, isOpen(dc.getState()));
      Optional<Disposition> current = dc.current();
      if (current.isPresent()) {
        store.dialect().setInstant(ps, 4, current.get().getDueAt());
      } else {
        ps.setNull(4, Types.TIMESTAMP_WITH_TIMEZONE);
      }
      ps.setInt(5, dc.getHistory().size());
      ps.setString(6, bookId);
      ps.setString(7, dc.getId());
      ps.executeUpdate();
    }
  }

  private static boolean isOpen(CaseState state) {
    return state != CaseState.ARCHIVED && state != CaseState.CLEARED;
  }

  /** Stores a policy once, under the SHA-256 of its document; returns the hash. */
  private String policy(Connection c, WarningPolicy policy) throws SQLException {
    byte[] doc = store.json().writeCases(new CaseBook(Clock.systemUTC(), policy, "-"));
    String sha = Sha256.hex(doc);
    try (PreparedStatement ps =
        c.prepareStatement("SELECT 1 FROM probity_warning_policy WHERE policy_sha256 = ?")) {
      ps.setString(1, sha);
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          return sha;
        }
      }
    }
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO probity_warning_policy (policy_sha256, document) VALUES (?, "
                + store.dialect().jsonParameter()
                + ")")) {
      ps.setString(1, sha);
      ps.setString(2, new String(doc, StandardCharsets.UTF_8));
      ps.executeUpdate();
    }
    return sha;
  }

  /**
   * Rebuilds a recorded case book: its policy and system actor, and every case replayed from its
   * events.
   *
   * @param bookId the book's id
   * @param clock the clock for the book's later transitions
   * @return the book, or empty if it was never recorded
   * @throws StoreException if the database fails, or a stored case no longer replays
   */
  public Optional<CaseBook> load(String bookId, Clock clock) {
    return Tx.run(
        store.dataSource(),
        "Loading case book " + bookId,
        c -> {
          String systemActor;
          String policySha;
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT system_actor, policy_sha256 FROM probity_case_book WHERE book_id = ?")) {
            ps.setString(1, bookId);
            try (ResultSet rs = ps.executeQuery()) {
              if (!rs.next()) {
                return Optional.<CaseBook>empty();
              }
              systemActor = rs.getString(1);
              policySha = rs.getString(2).trim();
            }
          }
          Map<String, WarningPolicy> policies = new LinkedHashMap<>();
          List<DispositionCase> cases = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT case_id, warning, policy_sha256 FROM probity_case WHERE book_id = ?"
                      + " ORDER BY case_id")) {
            ps.setString(1, bookId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                String caseId = rs.getString(1);
                Warning warning = warning(caseId, rs.getString(2));
                String sha = rs.getString(3).trim();
                WarningPolicy policy = policies.get(sha);
                if (policy == null) {
                  policy = readPolicy(c, sha);
                  policies.put(sha, policy);
                }
                cases.add(
                    new PendingCase(caseId, warning, policy).restore(events(c, bookId, caseId)));
              }
            }
          }
          WarningPolicy bookPolicy = policies.get(policySha);
          if (bookPolicy == null) {
            bookPolicy = readPolicy(c, policySha);
          }
          return Optional.of(CaseBook.restore(clock, bookPolicy, systemActor, cases));
        });
  }

  /** A stored case before its events are replayed. */
  private static final class PendingCase {
    final String id;
    final Warning warning;
    final WarningPolicy policy;

    PendingCase(String id, Warning warning, WarningPolicy policy) {
      this.id = id;
      this.warning = warning;
      this.policy = policy;
    }

    DispositionCase restore(List<CaseEvent> events) {
      try {
        return DispositionCase.restore(warning, policy, events);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw new StoreException("Stored case " + id + " no longer replays: " + e.getMessage());
      }
    }
  }

  private Warning warning(String caseId, String text) {
    try {
      List<Warning> list =
          warnings.readWarnings(text.getBytes(StandardCharsets.UTF_8)).value().warnings();
      if (list.size() != 1) {
        throw new StoreException("Stored case " + caseId + " holds " + list.size() + " warnings");
      }
      return list.get(0);
    } catch (JsonReadException e) {
      throw new StoreException(
          "The warning of stored case " + caseId + " cannot be read: " + e.getMessage());
    }
  }

  private WarningPolicy readPolicy(Connection c, String sha) throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement("SELECT document FROM probity_warning_policy WHERE policy_sha256 = ?")) {
      ps.setString(1, sha);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          throw new StoreException("Warning policy " + sha + " is missing");
        }
        byte[] doc = rs.getString(1).getBytes(StandardCharsets.UTF_8);
        return store.json().readCases(doc, Clock.systemUTC()).value().getPolicy();
      }
    }
  }

  private static List<CaseEvent> events(Connection c, String bookId, String caseId)
      throws SQLException {
    List<CaseEvent> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT action, from_state, to_state, actor, event_at_exact, note"
                + " FROM probity_case_event WHERE book_id = ? AND case_id = ? ORDER BY event_no")) {
      ps.setString(1, bookId);
      ps.setString(2, caseId);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          out.add(
              CaseEvent.builder()
                  .action(Codes.parse(CaseAction.class, rs.getString(1)))
                  .fromState(Codes.parse(CaseState.class, rs.getString(2)))
                  .toState(Codes.parse(CaseState.class, rs.getString(3)))
                  .actor(rs.getString(4))
                  .time(Instant.parse(rs.getString(5)))
                  .note(rs.getString(6))
                  .build());
        }
      }
    }
    return out;
  }

  /**
   * Returns the open cases of a book (not archived or cleared), the earliest reply deadline first;
   * cases without a step yet come last. Backed by the index on {@code probity_case_head}.
   *
   * @param bookId the book's id
   * @return the open cases
   * @throws StoreException if the database fails
   */
  public List<CaseRow> openByDeadline(String bookId) {
    return Tx.read(
        store.dataSource(),
        "Querying the open cases of book " + bookId,
        c -> {
          List<CaseRow> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT case_id, state, warning_level, due_at, event_count"
                      + " FROM probity_case_head WHERE book_id = ? AND is_open = TRUE"
                      + " ORDER BY CASE WHEN due_at IS NULL THEN 1 ELSE 0 END, due_at,"
                      + " case_id")) {
            ps.setString(1, bookId);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                ImmutableCaseRow.Builder row =
                    CaseRow.builder()
                        .caseId(rs.getString("case_id"))
                        .state(Codes.parse(CaseState.class, rs.getString("state")))
                        .level(Codes.parse(WarningLevel.class, rs.getString("warning_level")))
                        .eventCount(rs.getInt("event_count"));
                if (rs.getObject("due_at") != null) {
                  row.dueAt(store.dialect().getInstant(rs, "due_at"));
                }
                out.add(row.build());
              }
            }
          }
          return out;
        });
  }
}
