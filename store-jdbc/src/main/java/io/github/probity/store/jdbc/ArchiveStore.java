package io.github.probity.store.jdbc;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveAnchor;
import io.github.probity.archive.ArchiveHistory;
import io.github.probity.archive.ArchiveRevision;
import io.github.probity.archive.CanonicalForm;
import io.github.probity.archive.ChainVerification;
import io.github.probity.archive.RevisionKind;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Post archives (一岗一档) per unit, year and post, as append-only hash chains: each {@link #append}
 * seals a new revision on top of the stored chain ({@link ArchiveHistory#revise}) and inserts it;
 * stored revisions are never updated or deleted (the migrations refuse it in the database, see
 * docs/store.md).
 *
 * <p>Every read verifies the chain: {@link #history} throws an {@link ArchiveTamperedException}
 * naming the first altered revision, {@link #check} reports it. A chain's {@linkplain #anchor
 * anchor} is what to print, publish and {@linkplain #keep keep} in the anchor table, apart from the
 * chain: every read then also checks the chain against the latest kept anchor, so that a chain cut
 * short or rewritten and resealed whole is found ({@link ArchiveHistory#verify(ArchiveAnchor)}),
 * and {@link #check(ArchiveAnchor)} checks it against an anchor published elsewhere. Revisions are
 * sealed over io-json's canonical form ({@code probity-json-1}); chains sealed with the built-in
 * form can be stored too. Concurrent appends to one post are serialised by the primary key: the
 * loser re-reads the chain and appends on top. Thread-safe; obtained from {@link
 * ProbityStore#archives()}.
 *
 * @since 0.1.0
 */
public final class ArchiveStore {
  /** How often an append is retried when a concurrent append took its sequence number. */
  private static final int ATTEMPTS = 64;

  private final ProbityStore store;

  ArchiveStore(ProbityStore store) {
    this.store = store;
  }

  /** An append that lost a race for a sequence number. */
  private static final class Conflict extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Conflict(Throwable cause) {
      super("conflict", cause, false, false);
    }
  }

  /**
   * Appends a revision to a post's archive for its year: the first opens the chain ({@link
   * RevisionKind#CREATED}), later ones record what changed.
   *
   * @param archive the archive's new content; its unit code, year and post say which chain
   * @param actor who records it
   * @param reason why, e.g. 建立岗位廉政风险档案 or 岗位人员交接
   * @return the sealed revision as stored
   * @throws ArchiveTamperedException if the stored chain is altered: nothing is appended to it
   * @throws StoreException if the database fails; nothing is written
   * @throws IllegalArgumentException if the reason is blank
   */
  public ArchiveRevision append(Archive archive, String actor, String reason) {
    String unit = archive.getUnitCode();
    int year = archive.getYear();
    String post = archive.getPost().getId();
    CanonicalForm form = store.json().canonicalForm();
    for (int attempt = 1; ; attempt++) {
      try {
        return Tx.run(
            store.dataSource(),
            "Appending to the " + year + " archive of post " + post,
            c -> {
              List<ArchiveRevision> stored = verified(c, unit, year, post);
              ArchiveHistory next =
                  stored.isEmpty()
                      ? ArchiveHistory.start(archive, actor, reason, store.clock(), form)
                      : ArchiveHistory.of(stored, formOf(stored))
                          .revise(archive, actor, reason, store.clock());
              ArchiveRevision sealed = next.current();
              insert(c, unit, year, post, List.of(sealed));
              return sealed;
            });
      } catch (Conflict e) {
        if (attempt == ATTEMPTS) {
          throw new StoreException(
              "Appending to the "
                  + year
                  + " archive of post "
                  + post
                  + " lost to concurrent appends "
                  + ATTEMPTS
                  + " times",
              e.getCause());
        }
        Thread.onSpinWait();
      }
    }
  }

  /**
   * Stores a history built elsewhere, e.g. imported from an archive history document: the revisions
   * already stored must be the history's first ones, unchanged; the others are appended.
   *
   * @param history the history; verified before anything is written
   * @return the number of revisions appended
   * @throws IllegalArgumentException if the history does not verify, or differs from what is stored
   * @throws ArchiveTamperedException if the stored chain is altered
   * @throws StoreException if the database fails, or a concurrent append got in first; nothing is
   *     written
   */
  public int save(ArchiveHistory history) {
    ChainVerification v = history.verify();
    if (!v.isIntact()) {
      throw new IllegalArgumentException(
          "The history to store does not verify: " + v.getMessage().orElse(""));
    }
    Archive first = history.getRevisions().get(0).getContent();
    String unit = first.getUnitCode();
    int year = first.getYear();
    String post = first.getPost().getId();
    try {
      return Tx.run(
          store.dataSource(),
          "Storing the " + year + " archive of post " + post,
          c -> {
            List<ArchiveRevision> stored = verified(c, unit, year, post);
            List<ArchiveRevision> all = history.getRevisions();
            if (stored.size() > all.size()) {
              throw new IllegalArgumentException(
                  "The store holds "
                      + stored.size()
                      + " revisions of this archive, the history only "
                      + all.size());
            }
            for (int i = 0; i < stored.size(); i++) {
              if (!stored.get(i).getHash().equals(all.get(i).getHash())) {
                throw new IllegalArgumentException(
                    "Revision "
                        + (i + 1)
                        + " of the history differs from the stored one: hash "
                        + all.get(i).getHash()
                        + ", stored "
                        + stored.get(i).getHash());
              }
            }
            List<ArchiveRevision> fresh = all.subList(stored.size(), all.size());
            insert(c, unit, year, post, fresh);
            return fresh.size();
          });
    } catch (Conflict e) {
      throw new StoreException(
          "Storing the " + year + " archive of post " + post + " raced a concurrent append",
          e.getCause());
    }
  }

  /**
   * Returns a post's archive history for a year, verified.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @param postId the post's id
   * @return the history, or empty if nothing is stored
   * @throws ArchiveTamperedException if a stored revision was altered
   * @throws StoreException if the database fails
   */
  public Optional<ArchiveHistory> history(String unitCode, int year, String postId) {
    List<ArchiveRevision> stored =
        Tx.run(
            store.dataSource(),
            "Reading the " + year + " archive of post " + postId,
            c -> verified(c, unitCode, year, postId));
    return stored.isEmpty()
        ? Optional.empty()
        : Optional.of(ArchiveHistory.of(stored, formOf(stored)));
  }

  /**
   * Checks a post's stored archive chain for a year.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @param postId the post's id
   * @return the check; an empty chain is intact
   * @throws StoreException if the database fails
   */
  public ArchiveCheck check(String unitCode, int year, String postId) {
    return Tx.run(
        store.dataSource(),
        "Checking the " + year + " archive of post " + postId,
        c -> read(c, unitCode, year, postId).check);
  }

  /**
   * Checks a post's stored chain against an anchor printed or published earlier: the chain must be
   * intact and still hold the anchor's revision with the anchor's hash. A chain rewritten and
   * resealed whole, and a chain whose last revisions were dropped, pass the chain's own check but
   * not this. The anchor's signature is not checked here ({@link ArchiveAnchor#isSignedBy}).
   *
   * @param published the anchor as published
   * @return the check
   * @throws StoreException if the database fails
   */
  public ArchiveCheck check(ArchiveAnchor published) {
    return Tx.run(
        store.dataSource(),
        "Checking the " + published.getYear() + " archive of post " + published.getPostId(),
        c -> {
          Read r = read(c, published.getUnitCode(), published.getYear(), published.getPostId());
          return r.check.isIntact() ? against(r, published) : r.check;
        });
  }

  /**
   * Keeps an anchor of a post's chain in the anchor table, apart from the chain: from then on every
   * read of the chain checks it against its latest kept anchor. Keeping the same anchor twice is
   * harmless. Take the anchor with {@link #anchor} (or {@link ArchiveHistory#anchor()}), sign it if
   * the host has a key ({@link ArchiveAnchor#signedWith}), print it and keep it.
   *
   * @param anchor the anchor; the stored chain must hold its revision with its hash
   * @return {@code true} if kept now, {@code false} if the same anchor was kept before
   * @throws ArchiveTamperedException if the stored chain is altered or does not match the anchor:
   *     nothing is kept
   * @throws StoreException if the database fails, or another anchor of the same revision with
   *     another hash or signature is already kept
   */
  public boolean keep(ArchiveAnchor anchor) {
    String unit = anchor.getUnitCode();
    int year = anchor.getYear();
    String post = anchor.getPostId();
    return Tx.run(
        store.dataSource(),
        "Keeping the anchor of the " + year + " archive of post " + post,
        c -> {
          Read r = read(c, unit, year, post);
          ArchiveCheck check = r.check.isIntact() ? against(r, anchor) : r.check;
          if (!check.isIntact()) {
            throw new ArchiveTamperedException(check);
          }
          Optional<ArchiveAnchor> kept = kept(c, unit, year, post, anchor.getSequence());
          if (kept.isPresent()) {
            if (!kept.get().equals(anchor)) {
              throw new StoreException(
                  "Another anchor of revision "
                      + anchor.getSequence()
                      + " is kept: "
                      + kept.get().printable());
            }
            return false;
          }
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO probity_archive_anchor (unit_code, archive_year, post_id, sequence,"
                      + " hash, signature_algorithm, signature, kept_at)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setString(1, unit);
            ps.setInt(2, year);
            ps.setString(3, post);
            ps.setInt(4, anchor.getSequence());
            ps.setString(5, anchor.getHash());
            ps.setString(6, anchor.getSignatureAlgorithm().orElse(null));
            ps.setString(7, anchor.getSignature().orElse(null));
            store.dialect().setInstant(ps, 8, store.clock().instant());
            ps.executeUpdate();
          }
          return true;
        });
  }

  /**
   * Returns the anchor of a post's stored chain for a year (its latest revision), without verifying
   * the chain.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @param postId the post's id
   * @return the head, or empty if nothing is stored
   * @throws StoreException if the database fails
   */
  public Optional<ArchiveAnchor> anchor(String unitCode, int year, String postId) {
    return anchors(unitCode, year, postId).stream().findFirst();
  }

  /**
   * {@return the anchors of every post's stored chain of a unit for a year (their latest
   * revisions), by post id; {@link ArchiveAnchor#digest} folds them into one hash for the
   * disclosure register}
   *
   * @param unitCode the unit's code
   * @param year the year
   * @throws StoreException if the database fails
   */
  public List<ArchiveAnchor> anchors(String unitCode, int year) {
    return anchors(unitCode, year, null);
  }

  private List<ArchiveAnchor> anchors(String unitCode, int year, @Nullable String postId) {
    return Tx.read(
        store.dataSource(),
        "Reading archive anchors of unit " + unitCode,
        c -> {
          List<ArchiveAnchor> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT r.post_id, r.sequence, r.hash FROM probity_archive_revision r"
                      + " WHERE r.unit_code = ? AND r.archive_year = ?"
                      + (postId == null ? "" : " AND r.post_id = ?")
                      + " AND r.sequence = (SELECT MAX(m.sequence) FROM probity_archive_revision m"
                      + " WHERE m.unit_code = r.unit_code AND m.archive_year = r.archive_year"
                      + " AND m.post_id = r.post_id) ORDER BY r.post_id")) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            if (postId != null) {
              ps.setString(3, postId);
            }
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(
                    ArchiveAnchor.of(
                        unitCode, year, rs.getString(1), rs.getInt(2), rs.getString(3).trim()));
              }
            }
          }
          return out;
        });
  }

  /**
   * Returns the posts of a unit's current ledger revision for a year that have no archive for that
   * year yet (一岗一档 not complete), by post id. Backed by the primary key of {@code
   * probity_archive_revision}.
   *
   * @param unitCode the unit's code
   * @param year the year
   * @return the posts without an archive, empty if every post has one or no ledger was saved
   * @throws StoreException if the database fails
   */
  public List<PostRow> missing(String unitCode, int year) {
    return Tx.read(
        store.dataSource(),
        "Querying the posts without an archive of unit " + unitCode,
        c -> {
          List<PostRow> out = new ArrayList<>();
          try (PreparedStatement ps =
              c.prepareStatement(
                  "SELECT p.post_id, p.post_name, p.department_id FROM probity_post p"
                      + " JOIN probity_ledger l ON l.unit_code = p.unit_code"
                      + " AND l.ledger_year = p.ledger_year AND l.current_revision = p.revision"
                      + " WHERE p.unit_code = ? AND p.ledger_year = ? AND NOT EXISTS (SELECT 1"
                      + " FROM probity_archive_revision a WHERE a.unit_code = p.unit_code"
                      + " AND a.archive_year = p.ledger_year AND a.post_id = p.post_id)"
                      + " ORDER BY p.post_id")) {
            ps.setString(1, unitCode);
            ps.setInt(2, year);
            try (ResultSet rs = ps.executeQuery()) {
              while (rs.next()) {
                out.add(PostRow.of(rs.getString(1), rs.getString(2), rs.getString(3)));
              }
            }
          }
          return out;
        });
  }

  // ------------------------------------------------------------------ internals

  private void insert(
      Connection c, String unit, int year, String post, List<ArchiveRevision> revisions)
      throws SQLException {
    Dialect dialect = store.dialect();
    try (PreparedStatement ps =
        c.prepareStatement(
            "INSERT INTO probity_archive_revision (unit_code, archive_year, post_id, sequence,"
                + " content, kinds, reason, actor, recorded_at, recorded_at_exact, form_id,"
                + " previous_hash, hash) VALUES (?, ?, ?, ?, "
                + dialect.jsonParameter()
                + ", ?, ?, ?, ?, ?, ?, ?, ?)")) {
      // A whole history is sent in batches, not a round trip per revision.
      Batch batch = new Batch(ps);
      for (ArchiveRevision r : revisions) {
        ps.setString(1, unit);
        ps.setInt(2, year);
        ps.setString(3, post);
        ps.setInt(4, r.getSequence());
        ps.setString(
            5, new String(store.json().writeArchive(r.getContent()), StandardCharsets.UTF_8));
        ps.setString(
            6,
            r.getKinds().stream()
                .map(RevisionKind::code)
                .sorted()
                .collect(Collectors.joining(",")));
        ps.setString(7, r.getReason());
        ps.setString(8, r.getActor());
        dialect.setInstant(ps, 9, r.getAt());
        ps.setString(10, r.getAt().toString());
        ps.setString(11, r.getFormId());
        ps.setString(12, r.getPreviousHash());
        ps.setString(13, r.getHash());
        batch.add();
      }
      batch.finish();
    } catch (SQLException e) {
      if (isConflict(e)) {
        throw new Conflict(e);
      }
      throw e;
    }
  }

  /**
   * Tells whether an insert failed because a concurrent append took a sequence number; a batch's
   * failure may carry the database's own exception as its next exception or its cause.
   */
  private static boolean isConflict(SQLException e) {
    for (SQLException x = e; x != null; x = x.getNextException()) {
      if (Dialect.isDuplicateKey(x) || Dialect.isConcurrencyFailure(x)) {
        return true;
      }
      if (x.getCause() instanceof SQLException cause
          && (Dialect.isDuplicateKey(cause) || Dialect.isConcurrencyFailure(cause))) {
        return true;
      }
    }
    return false;
  }

  /** The stored revisions of a chain, verified. */
  private List<ArchiveRevision> verified(Connection c, String unit, int year, String post)
      throws SQLException {
    Read r = read(c, unit, year, post);
    if (!r.check.isIntact()) {
      throw new ArchiveTamperedException(r.check);
    }
    return r.revisions;
  }

  /** What was read of a chain and what its check found. */
  private static final class Read {
    final List<ArchiveRevision> revisions;
    final ArchiveCheck check;

    Read(List<ArchiveRevision> revisions, ArchiveCheck check) {
      this.revisions = revisions;
      this.check = check;
    }
  }

  private Read read(Connection c, String unit, int year, String post) throws SQLException {
    List<ArchiveRevision> out = new ArrayList<>();
    ImmutableArchiveCheck.Builder check =
        ArchiveCheck.builder().unitCode(unit).year(year).postId(post).revisionCount(0);
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT sequence, content, kinds, reason, actor, recorded_at_exact, form_id,"
                + " previous_hash, hash FROM probity_archive_revision"
                + " WHERE unit_code = ? AND archive_year = ? AND post_id = ? ORDER BY sequence")) {
      ps.setString(1, unit);
      ps.setInt(2, year);
      ps.setString(3, post);
      try (ResultSet rs = ps.executeQuery()) {
        int count = 0;
        String unreadable = null;
        int unreadableSeq = 0;
        while (rs.next()) {
          count++;
          int seq = rs.getInt("sequence");
          if (unreadable != null) {
            continue;
          }
          try {
            out.add(revision(rs));
          } catch (RuntimeException e) {
            // Unreadable JSON, a content the model refuses, an unknown code, a malformed time.
            unreadable = "revision " + seq + " cannot be read: " + e.getMessage();
            unreadableSeq = seq;
          }
        }
        check.revisionCount(count);
        if (unreadable != null) {
          ArchiveCheck partial = check.build();
          return new Read(
              out,
              altered(
                  partial, unreadableSeq, ChainVerification.Problem.CONTENT_ALTERED, unreadable));
        }
      }
    }
    ArchiveCheck result = check.build();
    if (!out.isEmpty()) {
      ChainVerification v = ArchiveHistory.of(out, formOf(out)).verify();
      if (!v.isIntact()) {
        int index = v.getFirstAltered().orElse(0);
        result =
            altered(
                result,
                out.get(index).getSequence(),
                v.getProblem().orElse(ChainVerification.Problem.CONTENT_ALTERED),
                v.getMessage().orElse(""));
      }
    }
    Read read = new Read(out, result);
    Optional<ArchiveAnchor> latest = kept(c, unit, year, post, null);
    return result.isIntact() && latest.isPresent()
        ? new Read(out, against(read, latest.get()))
        : read;
  }

  /** Checks an intact chain against an anchor. */
  private ArchiveCheck against(Read r, ArchiveAnchor anchor) {
    if (r.revisions.isEmpty()) {
      return altered(
          r.check,
          1,
          ChainVerification.Problem.TRUNCATED,
          "the anchor is revision " + anchor.getSequence() + ", the store holds no revision");
    }
    ChainVerification v = ArchiveHistory.of(r.revisions, formOf(r.revisions)).verify(anchor);
    if (v.isIntact()) {
      return r.check;
    }
    return altered(
        r.check,
        v.getFirstAltered().orElse(0) + 1,
        v.getProblem().orElse(ChainVerification.Problem.ANCHOR_MISMATCH),
        v.getMessage().orElse(""));
  }

  /** The kept anchor of a revision, or with {@code sequence} null the latest kept anchor. */
  private static Optional<ArchiveAnchor> kept(
      Connection c, String unit, int year, String post, @Nullable Integer sequence)
      throws SQLException {
    try (PreparedStatement ps =
        c.prepareStatement(
            "SELECT sequence, hash, signature_algorithm, signature FROM probity_archive_anchor"
                + " WHERE unit_code = ? AND archive_year = ? AND post_id = ?"
                + (sequence == null ? "" : " AND sequence = ?")
                + " ORDER BY sequence DESC")) {
      ps.setString(1, unit);
      ps.setInt(2, year);
      ps.setString(3, post);
      if (sequence != null) {
        ps.setInt(4, sequence);
      }
      ps.setMaxRows(1);
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        ArchiveAnchor a = ArchiveAnchor.of(unit, year, post, rs.getInt(1), rs.getString(2).trim());
        String algorithm = rs.getString(3);
        String signature = rs.getString(4);
        return Optional.of(
            algorithm == null || signature == null
                ? a
                : ArchiveAnchor.parse(a.printable() + " 签名 " + algorithm + ":" + signature));
      }
    }
  }

  private static ArchiveCheck altered(
      ArchiveCheck base, int sequence, ChainVerification.Problem problem, String message) {
    return ArchiveCheck.builder()
        .from(base)
        .alteredSequence(sequence)
        .problem(problem)
        .message(message)
        .build();
  }

  private ArchiveRevision revision(ResultSet rs) throws SQLException {
    Archive content =
        store.json().readArchive(rs.getString("content").getBytes(StandardCharsets.UTF_8)).value();
    Set<RevisionKind> kinds = EnumSet.noneOf(RevisionKind.class);
    String codes = rs.getString("kinds");
    if (!codes.isEmpty()) {
      Arrays.stream(codes.split(",")).forEach(k -> kinds.add(Codes.parse(RevisionKind.class, k)));
    }
    return ArchiveRevision.builder()
        .sequence(rs.getInt("sequence"))
        .content(content)
        .kinds(kinds)
        .reason(rs.getString("reason"))
        .actor(rs.getString("actor"))
        .at(Instant.parse(rs.getString("recorded_at_exact")))
        .formId(rs.getString("form_id"))
        .previousHash(rs.getString("previous_hash").trim())
        .hash(rs.getString("hash").trim())
        .build();
  }

  private CanonicalForm formOf(List<ArchiveRevision> revisions) {
    String id = revisions.get(0).getFormId();
    CanonicalForm json = store.json().canonicalForm();
    if (id.equals(json.id())) {
      return json;
    }
    CanonicalForm builtIn = CanonicalForm.builtIn();
    if (id.equals(builtIn.id())) {
      return builtIn;
    }
    throw new StoreException(
        "Archive revisions sealed with the unknown canonical form "
            + id
            + "; known: "
            + json.id()
            + ", "
            + builtIn.id());
  }
}
