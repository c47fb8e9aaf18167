package io.github.probity.store.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.probity.model.OwnerScope;
import io.github.probity.model.RiskOwner;
import io.github.probity.review.Publicity;
import io.github.probity.review.ReviewAction;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewState;
import io.github.probity.review.ReviewStep;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The review trails of measures (防控措施的起草、公示、审核、备案与退回) per unit and year, one row per step: {@link
 * #record} appends the steps of a {@link ReviewRecord} not stored yet, {@link #records} rebuilds
 * the records equal to the ones recorded. Stored steps are append-only. Thread-safe; obtained from
 * {@link ProbityStore#reviews()}.
 *
 * @since 0.1.0
 */
public final class ReviewStore {
  private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};

  private final ProbityStore store;
  private final ObjectMapper mapper;

  ReviewStore(ProbityStore store) {
    this.store = store;
    this.mapper = store.json().newObjectMapper();
  }

  /**
   * Appends the steps of a review record that are not stored yet.
   *
   * @param unitCode the unit's code
   * @param year the ledger's year
   * @param record the record, its trail as the workflow left it
   * @return the number of steps appended
   * @throws IllegalArgumentException if the stored trail is not the start of the record's
   * @throws StoreException if the database fails, or a concurrent call recorded the same steps;
   *     nothing is written
   */
  public int record(String unitCode, int year, ReviewRecord record) {
    return Tx.run(
        store.dataSource(),
        "Recording the review of measure " + record.getMeasureId(),
        c -> {
          List<ReviewRecord> stored = read(c, unitCode, year, record.getMeasureId());
          List<ReviewStep> trail = record.getTrail();
          int have = stored.isEmpty() ? 0 : stored.get(0).getTrail().size();
          if (have > trail.size()
              || (have > 0 && !trail.subList(0, have).equals(stored.get(0).getTrail()))) {
            throw new IllegalArgumentException(
                "The stored review of measure "
                    + record.getMeasureId()
                    + " has "
                    + have
                    + " steps that do not start the given trail of "
                    + trail.size());
          }
          insert(c, unitCode, year, record, have);
          return trail.size() - have;
        });
  }

  /**
   * {@return the review records of a unit's measures for a year, rebuilt from their steps, by
   * measure id}
   *
   * @param unitCode the unit's code
   * @param year the ledger's year
   * @throws StoreException if the database fails
   */
  public List<ReviewRecord> records(String unitCode, int year) {
    return Tx.read(
        store.dataSource(),
        "Reading the reviews of unit " + unitCode,
        c -> read(c, unitCode, year, null));
  }

  private void insert(Connection c, String unitCode, int year, ReviewRecord record, int from)
      throws SQLException {
    Dialect dialect = store.dialect();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO probity_review_step (unit_code, review_year, measure_id, step_no,"
                + " point_id, owner_scope, owner_id, action, from_state, to_state, actor, step_at,"
                + " step_at_exact, opinion, reasons, publicity_start, publicity_end,"
                + " publicity_range) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      List<ReviewStep> trail = record.getTrail();
      for (int i = from; i < trail.size(); i++) {
        ReviewStep s = trail.get(i);
        ps.setString(1, unitCode);
        ps.setInt(2, year);
        ps.setString(3, record.getMeasureId());
        ps.setInt(4, i + 1);
        ps.setString(5, record.getRiskPointId());
        ps.setString(6, record.getOwner().getScope().code());
        ps.setString(7, record.getOwner().getId());
        ps.setString(8, s.getAction().code());
        LedgerStore.setNullable(ps, 9, s.getFromState().map(ReviewState::code).orElse(null));
        ps.setString(10, s.getToState().code());
        ps.setString(11, s.getActor());
        dialect.setInstant(ps, 12, s.getAt());
        ps.setString(13, s.getAt().toString());
        LedgerStore.setNullable(ps, 14, s.getOpinion().orElse(null));
        try {
          LedgerStore.setNullable(
              ps, 15, s.getReasons().isEmpty() ? null : mapper.writeValueAsString(s.getReasons()));
        } catch (JsonProcessingException e) {
          throw new IllegalStateException("Writing reasons as JSON failed", e);
        }
        Optional<Publicity> p = s.getPublicity();
        if (p.isPresent()) {
          ps.setObject(16, p.get().getStart());
          ps.setObject(17, p.get().getEnd());
          ps.setString(18, p.get().getRange());
        } else {
          ps.setNull(16, Types.DATE);
          ps.setNull(17, Types.DATE);
          ps.setNull(18, Types.VARCHAR);
        }
        ps.addBatch();
      }
      try {
        ps.executeBatch();
      } catch (SQLException e) {
        if (Dialect.isDuplicateKey(e) || Dialect.isConcurrencyFailure(e)) {
          throw new StoreException(
              "The review of measure "
                  + record.getMeasureId()
                  + " was recorded concurrently; read it again",
              e);
        }
        throw e;
      }
    }
  }

  private List<ReviewRecord> read(
      Connection c, String unitCode, int year, @org.jspecify.annotations.Nullable String measure)
      throws SQLException {
    List<ReviewRecord> out = new ArrayList<>();
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT measure_id, step_no, point_id, owner_scope, owner_id, action, from_state,"
                + " to_state, actor, step_at_exact, opinion, reasons, publicity_start,"
                + " publicity_end, publicity_range FROM probity_review_step"
                + " WHERE unit_code = ? AND review_year = ?"
                + (measure == null ? "" : " AND measure_id = ?")
                + " ORDER BY measure_id, step_no")) {
      ps.setString(1, unitCode);
      ps.setInt(2, year);
      if (measure != null) {
        ps.setString(3, measure);
      }
      try (ResultSet rs = ps.executeQuery()) {
        ReviewRecord.Builder building = null;
        String current = null;
        while (rs.next()) {
          String id = rs.getString("measure_id");
          if (!id.equals(current)) {
            if (building != null) {
              out.add(building.build());
            }
            current = id;
            building =
                ReviewRecord.builder()
                    .measureId(id)
                    .riskPointId(rs.getString("point_id"))
                    .owner(
                        RiskOwner.of(
                            Codes.parse(OwnerScope.class, rs.getString("owner_scope")),
                            rs.getString("owner_id")));
          }
          java.util.Objects.requireNonNull(building).addTrail(step(rs));
        }
        if (building != null) {
          out.add(building.build());
        }
      }
    }
    return out;
  }

  private ReviewStep step(ResultSet rs) throws SQLException {
    ReviewStep.Builder b =
        ReviewStep.builder()
            .action(Codes.parse(ReviewAction.class, rs.getString("action")))
            .toState(Codes.parse(ReviewState.class, rs.getString("to_state")))
            .actor(rs.getString("actor"))
            .at(Instant.parse(rs.getString("step_at_exact")));
    String from = rs.getString("from_state");
    if (from != null) {
      b.fromState(Codes.parse(ReviewState.class, from));
    }
    String opinion = rs.getString("opinion");
    if (opinion != null) {
      b.opinion(opinion);
    }
    String reasons = rs.getString("reasons");
    if (reasons != null) {
      try {
        b.reasons(mapper.readValue(reasons, STRINGS));
      } catch (JsonProcessingException e) {
        throw new StoreException("A stored review step's reasons cannot be read: " + reasons, e);
      }
    }
    LocalDate start = rs.getObject("publicity_start", LocalDate.class);
    if (start != null) {
      b.publicity(
          Publicity.builder()
              .start(start)
              .end(rs.getObject("publicity_end", LocalDate.class))
              .range(rs.getString("publicity_range"))
              .build());
    }
    return b.build();
  }
}
