package io.github.probity.model;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The record of a leadership meeting (会议记录) that decided collectively (集体研究), recorded once on the
 * {@link Ledger} for all the points it decided: its reference, date, kind, who attended and any
 * dissent.
 *
 * <p>The reference is the meeting's key: a {@link LevelDecision} names its meeting by {@link
 * LevelDecision#getMeetingReference() the same reference}, and the points a meeting decided are the
 * points whose decisions name it ({@link Ledger#decidedAt(String)}). Attendees who are people of
 * the ledger are listed by person id; others (e.g. a commissioner sitting in, 列席) by name.
 *
 * <p>Invariants: the reference is non-blank; no attendee is listed twice. Immutable and
 * thread-safe.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Meeting {
  Meeting() {}

  /**
   * Returns the meeting's reference, e.g. 党组会议〔2026〕5号: unique in the ledger, and what a decision
   * names.
   *
   * @return the reference, non-blank
   */
  @NotBlank
  @Size(max = 200)
  public abstract String getReference();

  /** {@return the date the meeting was held} */
  public abstract LocalDate getDate();

  /** {@return the kind of meeting: 党组会议, 党委会议, 局务会议 or 其他} */
  public abstract MeetingKind getKind();

  /**
   * Returns the person ids of the attendees who are people of the ledger.
   *
   * @return the attendees' person ids, in order
   */
  public abstract List<@NotBlank @Size(max = 64) String> getAttendees();

  /**
   * Returns the names of attendees who are not people of the ledger, e.g. 区纪委派驻纪检组组长（列席）.
   *
   * @return their names, in order
   */
  public abstract List<@NotBlank @Size(max = 100) String> getOtherAttendees();

  /**
   * Returns the dissent noted in the record (不同意见), if any.
   *
   * @return the dissent
   */
  public abstract Optional<@Size(min = 1, max = 2000) String> getDissent();

  @Value.Check
  void check() {
    if (getReference().isBlank()) {
      throw new IllegalArgumentException("Meeting.reference must not be blank");
    }
    Set<String> seen = new HashSet<>();
    for (String a : getAttendees()) {
      if (!seen.add(a)) {
        throw new IllegalArgumentException(
            "Meeting.attendees lists '" + a + "' twice, in meeting " + getReference());
      }
    }
    seen.clear();
    for (String a : getOtherAttendees()) {
      if (a.isBlank() || !seen.add(a)) {
        throw new IllegalArgumentException(
            "Meeting.otherAttendees has a blank or repeated name '"
                + a
                + "', in meeting "
                + getReference());
      }
    }
  }

  /**
   * Returns the meetings that a ledger's decisions imply, for a ledger written before meetings were
   * recorded: one per distinct {@link LevelDecision#getMeetingReference() reference}, in the order
   * of the first decision naming it, dated by that decision, its kind read from the reference
   * ({@link MeetingKind#ofReference(String)}), without attendees or dissent. Recording them ({@code
   * Ledger.builder().from(ledger).meetings(Meeting.inferredFrom(ledger)).build()}) makes the ledger
   * satisfy the rule that every decision's meeting is recorded; decisions dated otherwise than
   * their meeting are left for validation to report.
   *
   * @param ledger a ledger
   * @return the inferred meetings, possibly empty
   */
  public static List<Meeting> inferredFrom(Ledger ledger) {
    Map<String, Meeting> out = new LinkedHashMap<>();
    for (RiskPoint rp : ledger.getRiskPoints()) {
      rp.getDecision()
          .ifPresent(
              d ->
                  out.computeIfAbsent(
                      d.getMeetingReference(),
                      r ->
                          builder()
                              .reference(r)
                              .date(d.getDate())
                              .kind(MeetingKind.ofReference(r))
                              .build()));
    }
    return List.copyOf(out.values());
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Meeting}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableMeeting.Builder {
    Builder() {}
  }
}
