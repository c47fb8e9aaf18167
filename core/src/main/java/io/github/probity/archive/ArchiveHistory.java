package io.github.probity.archive;

import io.github.probity.model.Measure;
import io.github.probity.model.RiskPoint;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PublicKey;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The history of one post's archive for one year: its revisions, oldest first, forming a hash
 * chain.
 *
 * <p>{@link #start} opens the archive; {@link #revise} records a new content, finds what changed
 * ({@link RevisionKind}), appends a line to the content's change log and seals the revision with
 * SHA-256 over the previous hash, its metadata and the content's {@link CanonicalForm}. {@link
 * #verify()} recomputes the chain and names the first revision whose content or link was altered;
 * {@link #anchor()} takes the chain's head to keep apart from it, and {@link
 * #verify(ArchiveAnchor)} also finds a chain cut short or rewritten whole against such an anchor.
 * Immutable and thread-safe: revising returns a new history.
 *
 * @since 0.1.0
 */
public final class ArchiveHistory {
  private final List<ArchiveRevision> revisions;
  private final CanonicalForm form;

  private ArchiveHistory(List<ArchiveRevision> revisions, CanonicalForm form) {
    this.revisions = List.copyOf(revisions);
    this.form = form;
  }

  /**
   * Opens an archive's history with the built-in canonical form.
   *
   * @param archive the first content
   * @param actor the person id of who opens it
   * @param reason why, e.g. 建立岗位廉政风险档案
   * @param clock the source of time
   * @return the history with one revision, {@link RevisionKind#CREATED}
   */
  public static ArchiveHistory start(Archive archive, String actor, String reason, Clock clock) {
    return start(archive, actor, reason, clock, CanonicalForm.builtIn());
  }

  /**
   * Opens an archive's history with the given canonical form.
   *
   * @param archive the first content
   * @param actor the person id of who opens it
   * @param reason why
   * @param clock the source of time
   * @param form the canonical form the hashes are computed over
   * @return the history with one revision, {@link RevisionKind#CREATED}
   */
  public static ArchiveHistory start(
      Archive archive, String actor, String reason, Clock clock, CanonicalForm form) {
    ArchiveHistory empty = new ArchiveHistory(List.of(), form);
    return empty.append(archive, EnumSet.of(RevisionKind.CREATED), actor, reason, clock);
  }

  /**
   * Returns a history over stored revisions, for verification or further revision; nothing is
   * checked until {@link #verify()}.
   *
   * @param revisions the revisions, oldest first, at least one
   * @param form the canonical form they were sealed with
   * @return the history
   * @throws IllegalArgumentException if there is no revision
   */
  public static ArchiveHistory of(List<ArchiveRevision> revisions, CanonicalForm form) {
    if (revisions.isEmpty()) {
      throw new IllegalArgumentException("An archive history has at least one revision");
    }
    return new ArchiveHistory(revisions, form);
  }

  /**
   * Records a new content of the archive. The change log of the new content is replaced by the
   * current one plus a line for this revision.
   *
   * @param archive the new content, of the same post and year
   * @param actor the person id of who records it
   * @param reason why, e.g. 岗位人员交接
   * @param clock the source of time
   * @return the new history; this one is unchanged
   * @throws IllegalArgumentException if the archive is of another post or year, or the reason is
   *     blank
   */
  public ArchiveHistory revise(Archive archive, String actor, String reason, Clock clock) {
    Archive current = current().getContent();
    if (!archive.getPost().getId().equals(current.getPost().getId())
        || archive.getYear() != current.getYear()) {
      throw new IllegalArgumentException(
          "Cannot revise the "
              + current.getYear()
              + " archive of post "
              + current.getPost().getId()
              + " with the "
              + archive.getYear()
              + " archive of post "
              + archive.getPost().getId());
    }
    return append(archive, kinds(current, archive), actor, reason, clock);
  }

  /**
   * Returns the revisions, oldest first.
   *
   * @return the revisions, non-empty
   */
  public List<ArchiveRevision> getRevisions() {
    return revisions;
  }

  /**
   * Returns the latest revision.
   *
   * @return the current revision
   */
  public ArchiveRevision current() {
    return revisions.get(revisions.size() - 1);
  }

  /** {@return the canonical form the chain is computed over} */
  public CanonicalForm form() {
    return form;
  }

  /**
   * Recomputes the chain and finds the first revision whose sequence, link or content was altered.
   * A revision altered and resealed is found at the next revision, whose link no longer matches.
   *
   * @return the verification
   */
  public ChainVerification verify() {
    String previous = ArchiveRevision.GENESIS;
    for (int i = 0; i < revisions.size(); i++) {
      ArchiveRevision r = revisions.get(i);
      if (r.getSequence() != i + 1) {
        return ChainVerification.altered(
            i,
            ChainVerification.Problem.SEQUENCE_BROKEN,
            "revision at index "
                + i
                + " has sequence "
                + r.getSequence()
                + ", expected "
                + (i + 1));
      }
      if (!r.getPreviousHash().equals(previous)) {
        return ChainVerification.altered(
            i,
            ChainVerification.Problem.LINK_BROKEN,
            "revision "
                + r.getSequence()
                + " links to "
                + r.getPreviousHash()
                + ", expected "
                + previous);
      }
      if (!r.getFormId().equals(form.id())) {
        return ChainVerification.altered(
            i,
            ChainVerification.Problem.CONTENT_ALTERED,
            "revision "
                + r.getSequence()
                + " was sealed with form "
                + r.getFormId()
                + ", verifying with "
                + form.id());
      }
      String hash = hash(r, form);
      if (!hash.equals(r.getHash())) {
        return ChainVerification.altered(
            i,
            ChainVerification.Problem.CONTENT_ALTERED,
            "revision " + r.getSequence() + " hashes to " + hash + ", recorded " + r.getHash());
      }
      previous = r.getHash();
    }
    return ChainVerification.intact();
  }

  /**
   * Takes the chain's anchor: its latest revision's sequence number and hash, with the unit, year
   * and post of its content, to print, publish or store apart from the chain.
   *
   * @return the unsigned anchor; sign it with {@link ArchiveAnchor#signedWith}
   */
  public ArchiveAnchor anchor() {
    ArchiveRevision head = current();
    Archive content = head.getContent();
    return ArchiveAnchor.of(
        content.getUnitCode(),
        content.getYear(),
        content.getPost().getId(),
        head.getSequence(),
        head.getHash());
  }

  /**
   * Verifies the chain ({@link #verify()}) and then that it still holds the anchor's revision with
   * the anchor's hash. This finds what the chain alone cannot: revisions dropped from its end
   * ({@link ChainVerification.Problem#TRUNCATED}) and a chain rewritten and resealed at or before
   * the anchor ({@link ChainVerification.Problem#ANCHOR_MISMATCH}, reported at the anchor's
   * revision, since a resealed chain no longer shows where the rewrite began). Revisions after the
   * anchor are checked only against the chain. The anchor's signature is not checked here: use
   * {@link #verify(ArchiveAnchor, PublicKey)}.
   *
   * @param anchor an anchor taken earlier from this post's chain for this year
   * @return the verification
   * @throws IllegalArgumentException if the anchor belongs to another unit, year or post
   */
  public ChainVerification verify(ArchiveAnchor anchor) {
    ChainVerification chain = verify();
    if (!chain.isIntact() || revisions.isEmpty()) {
      return chain;
    }
    Archive content = current().getContent();
    if (!anchor.getUnitCode().equals(content.getUnitCode())
        || anchor.getYear() != content.getYear()
        || !anchor.getPostId().equals(content.getPost().getId())) {
      throw new IllegalArgumentException(
          "The anchor "
              + anchor.signedText()
              + " belongs to another archive than "
              + content.getUnitCode()
              + "/"
              + content.getYear()
              + "/"
              + content.getPost().getId());
    }
    int seq = anchor.getSequence();
    if (seq > revisions.size()) {
      return ChainVerification.altered(
          revisions.size(),
          ChainVerification.Problem.TRUNCATED,
          "the anchor is revision " + seq + ", the chain ends at revision " + revisions.size());
    }
    String hash = revisions.get(seq - 1).getHash();
    if (!hash.equals(anchor.getHash())) {
      return ChainVerification.altered(
          seq - 1,
          ChainVerification.Problem.ANCHOR_MISMATCH,
          "revision " + seq + " hashes to " + hash + ", the anchor records " + anchor.getHash());
    }
    return chain;
  }

  /**
   * Verifies the chain against a signed anchor ({@link #verify(ArchiveAnchor)}), first checking
   * that the anchor is signed by the holder of the key ({@link ArchiveAnchor#isSignedBy}).
   *
   * @param anchor a signed anchor taken earlier from this chain
   * @param key the public key of whoever signs the unit's anchors
   * @return the verification; {@link ChainVerification.Problem#SIGNATURE_INVALID} at the anchor's
   *     revision if the signature does not hold
   * @throws IllegalArgumentException if the anchor belongs to another unit, year or post
   */
  public ChainVerification verify(ArchiveAnchor anchor, PublicKey key) {
    if (!anchor.isSignedBy(key)) {
      return ChainVerification.altered(
          Math.max(0, Math.min(anchor.getSequence(), revisions.size()) - 1),
          ChainVerification.Problem.SIGNATURE_INVALID,
          anchor.getSignature().isEmpty()
              ? "the anchor is not signed"
              : "the anchor's signature is not by the given key or not over this anchor");
    }
    return verify(anchor);
  }

  private ArchiveHistory append(
      Archive archive, Set<RevisionKind> kinds, String actor, String reason, Clock clock) {
    if (reason.isBlank()) {
      throw new IllegalArgumentException("An archive revision needs a reason");
    }
    int sequence = revisions.size() + 1;
    List<ChangeRecord> log =
        new ArrayList<>(revisions.isEmpty() ? List.of() : current().getContent().getChanges());
    log.add(
        ChangeRecord.builder()
            .sequence(sequence)
            .date(LocalDate.now(clock))
            .kinds(kinds)
            .reason(reason)
            .actor(actor)
            .build());
    ArchiveRevision unsealed =
        ArchiveRevision.builder()
            .sequence(sequence)
            .content(Archive.builder().from(archive).changes(log).build())
            .kinds(kinds)
            .reason(reason)
            .actor(actor)
            .at(clock.instant())
            .formId(form.id())
            .previousHash(revisions.isEmpty() ? ArchiveRevision.GENESIS : current().getHash())
            .hash(ArchiveRevision.GENESIS)
            .build();
    ArchiveRevision sealed =
        ArchiveRevision.builder().from(unsealed).hash(hash(unsealed, form)).build();
    List<ArchiveRevision> all = new ArrayList<>(revisions);
    all.add(sealed);
    return new ArchiveHistory(all, form);
  }

  /** SHA-256 over the previous hash, the metadata and the content's canonical bytes. */
  static String hash(ArchiveRevision r, CanonicalForm form) {
    CanonicalWriter meta =
        new CanonicalWriter()
            .begin("ArchiveRevision")
            .field("previousHash", r.getPreviousHash())
            .field("sequence", r.getSequence())
            .strings("kinds", r.getKinds().stream().map(RevisionKind::code).sorted().toList())
            .field("reason", r.getReason())
            .field("actor", r.getActor())
            .field("at", r.getAt())
            .field("formId", r.getFormId())
            .end();
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(meta.toBytes());
      sha.update(form.encode(r.getContent()));
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is not available", e);
    }
  }

  /** What changed between two contents of the same post's archive. */
  static Set<RevisionKind> kinds(Archive before, Archive after) {
    Set<RevisionKind> kinds = EnumSet.noneOf(RevisionKind.class);
    if (!before.getPost().getHolders().equals(after.getPost().getHolders())
        || !before.getHolders().equals(after.getHolders())) {
      kinds.add(RevisionKind.HOLDER_HANDOVER);
    }
    if (!before.getPost().getDuties().equals(after.getPost().getDuties())
        || !before.getPost().getName().equals(after.getPost().getName())
        || !before.getPost().getDepartment().equals(after.getPost().getDepartment())) {
      kinds.add(RevisionKind.DUTY_CHANGE);
    }
    Map<String, RiskPoint> old = byId(before.getRiskPoints());
    Map<String, RiskPoint> now = byId(after.getRiskPoints());
    for (RiskPoint rp : now.values()) {
      RiskPoint was = old.get(rp.getId());
      if (was == null) {
        kinds.add(RevisionKind.RISK_POINT_ADDED);
      } else {
        if (!was.effectiveLevel().equals(rp.effectiveLevel())) {
          kinds.add(RevisionKind.REGRADING);
        }
        if (!stripped(was).equals(stripped(rp))) {
          kinds.add(RevisionKind.RISK_POINT_CHANGED);
        }
      }
    }
    if (!now.keySet().containsAll(old.keySet())) {
      kinds.add(RevisionKind.RISK_POINT_REMOVED);
    }
    if (!before.getMeetings().equals(after.getMeetings())) {
      kinds.add(RevisionKind.RISK_POINT_CHANGED); // the records of the points' decisions
    }
    Map<String, Measure> oldMeasures = measures(before);
    Map<String, Measure> newMeasures = measures(after);
    for (Map.Entry<String, Measure> e : newMeasures.entrySet()) {
      Measure was = oldMeasures.get(e.getKey());
      if (was == null) {
        kinds.add(RevisionKind.MEASURE_ADDED);
      } else if (!was.equals(e.getValue())) {
        kinds.add(RevisionKind.MEASURE_CHANGED);
      }
    }
    if (!newMeasures.keySet().containsAll(oldMeasures.keySet())) {
      kinds.add(RevisionKind.MEASURE_REMOVED);
    }
    if (!before.getReviews().equals(after.getReviews())) {
      kinds.add(RevisionKind.REVIEW_PROGRESS);
    }
    if (!before.getPledges().equals(after.getPledges())) {
      kinds.add(RevisionKind.PLEDGE);
    }
    if (!before.getEntries().equals(after.getEntries())) {
      kinds.add(RevisionKind.ENTRY);
    }
    if (kinds.isEmpty()) {
      kinds.add(RevisionKind.CONFIRMED);
    }
    return kinds;
  }

  private static RiskPoint stripped(RiskPoint rp) {
    return RiskPoint.builder()
        .from(rp)
        .measures(List.of())
        .level(Optional.empty())
        .decision(Optional.empty())
        .build();
  }

  private static Map<String, RiskPoint> byId(List<RiskPoint> points) {
    Map<String, RiskPoint> map = new LinkedHashMap<>();
    points.forEach(rp -> map.put(rp.getId(), rp));
    return map;
  }

  private static Map<String, Measure> measures(Archive a) {
    Map<String, Measure> map = new LinkedHashMap<>();
    a.getRiskPoints().forEach(rp -> rp.getMeasures().forEach(m -> map.put(m.getId(), m)));
    return map;
  }
}
