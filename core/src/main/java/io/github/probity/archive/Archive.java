package io.github.probity.archive;

import io.github.probity.model.Department;
import io.github.probity.model.Ledger;
import io.github.probity.model.Measure;
import io.github.probity.model.Meeting;
import io.github.probity.model.Person;
import io.github.probity.model.Post;
import io.github.probity.model.RiskOwner;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.ReviewRecord;
import io.github.probity.warning.CaseBook;
import io.github.probity.warning.Warning;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A post's integrity-risk archive (岗位廉政风险档案, 一岗一档) for one year: the post, its holders and duties,
 * the post's risk points with their levels and measures, the measures' review trail, the holders'
 * integrity pledges, the change log, further records such as warnings and dispositions ({@link
 * ArchiveEntry}), the records of the meetings that decided the points' levels, and the other people
 * it names.
 *
 * <p>Built from a ledger with {@link #of(Ledger, String, Collection)}; kept current through an
 * {@link ArchiveHistory}. Invariants: the holders are exactly the post's holders, in order; every
 * risk point is owned by the post; every review record is of one of those points. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Archive {
  Archive() {}

  /** {@return the code of the unit} */
  public abstract String getUnitCode();

  /** {@return the name of the unit} */
  public abstract String getUnitName();

  /** {@return the year the archive covers} */
  public abstract int getYear();

  /** {@return the post, with its holders' ids and its duties} */
  public abstract Post getPost();

  /** {@return the name of the post's department} */
  public abstract String getDepartmentName();

  /** {@return the post's holders, in the post's order} */
  public abstract List<Person> getHolders();

  /** {@return the post's risk points, with levels and measures, in ledger order} */
  public abstract List<RiskPoint> getRiskPoints();

  /**
   * Returns the review records of the post's measures.
   *
   * @return the review records, in the given order
   */
  public abstract List<ReviewRecord> getReviews();

  /** {@return the holders' integrity pledges (廉政承诺)} */
  public abstract List<IntegrityPledge> getPledges();

  /**
   * Returns the change log, one line per revision, oldest first.
   *
   * @return the change records
   */
  public abstract List<ChangeRecord> getChanges();

  /** {@return further records, such as warnings and dispositions} */
  public abstract List<ArchiveEntry> getEntries();

  /**
   * Returns the records of the leadership meetings that decided the levels of the post's risk
   * points (集体研究确定), as the ledger records them: one per meeting a point's decision names, in the
   * order first named. Empty when the ledger records no meetings.
   *
   * @return the meetings, in order
   */
  public abstract List<Meeting> getMeetings();

  /**
   * Returns the people of the ledger, other than the holders, whom the archive names: the points'
   * responsible people and supervisors, the measures' proposers, the review steps' and change
   * records' actors and the meetings' attendees, in ledger order. They let a printed archive show
   * names rather than person ids.
   *
   * @return the people, in ledger order
   */
  public abstract List<Person> getPeople();

  /**
   * Returns how the archive prints a person: the name for a holder or one of {@link #getPeople()},
   * with the title in brackets when another of them has the same name (张明（科员）), or the id when the
   * title does not tell them apart (张明（P-0007）); the id itself for anyone else.
   *
   * @param personId a person id
   * @return the printed name, or the id
   */
  public String nameOf(String personId) {
    List<Person> known = new ArrayList<>(getHolders());
    known.addAll(getPeople());
    Person found = known.stream().filter(p -> p.getId().equals(personId)).findFirst().orElse(null);
    if (found == null) {
      return personId;
    }
    boolean sameName = false;
    boolean sameTitle = found.getTitle().isEmpty();
    for (Person p : known) {
      if (p.getName().equals(found.getName()) && !p.getId().equals(personId)) {
        sameName = true;
        sameTitle |= p.getTitle().equals(found.getTitle());
      }
    }
    if (!sameName) {
      return found.getName();
    }
    return found.getName() + "（" + (sameTitle ? personId : found.getTitle().orElse("")) + "）";
  }

  /**
   * Returns the post's duties.
   *
   * @return the duties, in order
   */
  public List<String> duties() {
    return getPost().getDuties();
  }

  @Value.Check
  void check() {
    List<String> ids = new ArrayList<>();
    getHolders().forEach(p -> ids.add(p.getId()));
    if (!ids.equals(getPost().getHolders())) {
      throw new IllegalArgumentException(
          "Archive of post "
              + getPost().getId()
              + ": holders "
              + ids
              + " are not the post's "
              + getPost().getHolders());
    }
    RiskOwner owner = RiskOwner.post(getPost().getId());
    Set<String> points = new HashSet<>();
    for (RiskPoint rp : getRiskPoints()) {
      if (!rp.getOwner().equals(owner)) {
        throw new IllegalArgumentException(
            "Archive of post "
                + getPost().getId()
                + ": risk point "
                + rp.getId()
                + " is owned by "
                + rp.getOwner());
      }
      points.add(rp.getId());
    }
    for (ReviewRecord r : getReviews()) {
      if (!points.contains(r.getRiskPointId())) {
        throw new IllegalArgumentException(
            "Archive of post "
                + getPost().getId()
                + ": review of measure "
                + r.getMeasureId()
                + " belongs to risk point "
                + r.getRiskPointId()
                + ", not in the archive");
      }
    }
  }

  /**
   * Builds the archive of one post from a ledger: the post, its holders, its risk points and the
   * review records of their measures. Pledges, change log and entries start empty.
   *
   * @param ledger the ledger
   * @param postId the post's id
   * @param reviews review records of any measures; those of other posts are ignored
   * @return the archive
   * @throws IllegalArgumentException if the ledger has no such post
   */
  public static Archive of(Ledger ledger, String postId, Collection<ReviewRecord> reviews) {
    Post post =
        ledger
            .post(postId)
            .orElseThrow(() -> new IllegalArgumentException("Ledger has no post '" + postId + "'"));
    List<RiskPoint> points = ledger.riskPointsOf(RiskOwner.post(postId));
    Set<String> measures = new HashSet<>();
    points.forEach(rp -> rp.getMeasures().stream().map(Measure::getId).forEach(measures::add));
    Builder b =
        builder()
            .unitCode(ledger.getUnit().getCode())
            .unitName(ledger.getUnit().getName())
            .year(ledger.getYear())
            .post(post)
            .departmentName(
                ledger.department(post.getDepartment()).map(Department::getName).orElse(""))
            .riskPoints(points);
    for (String holder : post.getHolders()) {
      b.addHolders(
          ledger
              .person(holder)
              .orElseThrow(() -> new IllegalArgumentException("Ledger has no person " + holder)));
    }
    List<ReviewRecord> kept = new ArrayList<>();
    for (ReviewRecord r : reviews) {
      if (measures.contains(r.getMeasureId()) && r.getOwner().equals(RiskOwner.post(postId))) {
        kept.add(r);
      }
    }
    b.addAllReviews(kept);
    Set<String> named = new HashSet<>();
    Map<String, Meeting> meetings = new LinkedHashMap<>();
    for (RiskPoint rp : points) {
      rp.getResponsible().ifPresent(named::add);
      rp.getSupervisor().ifPresent(named::add);
      rp.getMeasures().forEach(m -> m.getProposer().ifPresent(named::add));
      rp.getDecision()
          .flatMap(d -> ledger.meeting(d.getMeetingReference()))
          .ifPresent(m -> meetings.putIfAbsent(m.getReference(), m));
    }
    kept.forEach(r -> r.getTrail().forEach(s -> named.add(s.getActor())));
    meetings.values().forEach(m -> named.addAll(m.getAttendees()));
    b.meetings(meetings.values());
    return b.people(people(ledger, post, named)).build();
  }

  /** The people of the ledger with the given ids, in ledger order, the post's holders left out. */
  private static List<Person> people(Ledger ledger, Post post, Set<String> ids) {
    List<Person> out = new ArrayList<>();
    for (Person p : ledger.getPeople()) {
      if (ids.contains(p.getId()) && !post.getHolders().contains(p.getId())) {
        out.add(p);
      }
    }
    return out;
  }

  /**
   * Returns this archive brought up to date from a ledger: post, holders, risk points and review
   * records are taken afresh; pledges, change log and entries are kept.
   *
   * @param ledger the current ledger
   * @param reviews the current review records
   * @return the refreshed archive, for {@link ArchiveHistory#revise}
   * @throws IllegalArgumentException if the ledger no longer has the post
   */
  public Archive refreshedFrom(Ledger ledger, Collection<ReviewRecord> reviews) {
    Archive fresh = of(ledger, getPost().getId(), reviews);
    Set<String> named = new HashSet<>();
    fresh.getPeople().forEach(p -> named.add(p.getId()));
    getChanges().forEach(c -> named.add(c.getActor()));
    return builder()
        .from(fresh)
        .people(people(ledger, fresh.getPost(), named))
        .pledges(getPledges())
        .changes(getChanges())
        .entries(getEntries())
        .build();
  }

  /**
   * Returns this archive with the warnings (预警) and disposition cases (处置) that concern its post:
   * those whose subject is the post or one of its holders, or whose risk point is one of the
   * post's. Entries of kinds {@link ArchiveEntry#WARNING} and {@link ArchiveEntry#DISPOSITION} are
   * replaced, warnings ordered by time then id and cases by id; other entries are kept. Record the
   * result with {@link ArchiveHistory#revise}, which marks the revision {@link RevisionKind#ENTRY}.
   *
   * @param warnings warnings of any posts; a case's own warning need not be among them
   * @param cases the case book whose cases are listed
   * @param zone the unit's time zone, for the entries' dates
   * @return the archive with its warning and disposition entries
   */
  public Archive withWarnings(Collection<Warning> warnings, CaseBook cases, ZoneId zone) {
    return builder()
        .from(this)
        .entries(WarningEntries.entries(this, warnings, cases.cases(), zone))
        .build();
  }

  /**
   * Builds the archive of every post of a ledger, in ledger order: one per post.
   *
   * @param ledger the ledger
   * @param reviews review records of any measures
   * @return the archives
   */
  public static List<Archive> allOf(Ledger ledger, Collection<ReviewRecord> reviews) {
    List<Archive> out = new ArrayList<>();
    for (Post p : ledger.getPosts()) {
      out.add(of(ledger, p.getId(), reviews));
    }
    return out;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Archive}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableArchive.Builder {
    Builder() {}
  }
}
