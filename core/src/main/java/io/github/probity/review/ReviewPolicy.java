package io.github.probity.review;

import java.util.Set;
import org.immutables.value.Value;

/**
 * The unit's settings for the review workflow: who is the party organisation (本级党组织) that reviews
 * and files personal measures and keeps the ledger, how long publicity lasts at least, how long
 * drafting and reviewing may take, and which days are working days.
 *
 * <p>The party organisation is represented by the person ids that may act for it, e.g. the 纪检组长 and
 * the staff of the party office; any one of them may perform its actions. Invariants: at least one
 * such person; every period at least one working day. Immutable and thread-safe (given a
 * thread-safe calendar).
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class ReviewPolicy {
  /** The default minimum publicity period: 5 working days. */
  public static final int DEFAULT_MINIMUM_PUBLICITY_DAYS = 5;

  ReviewPolicy() {}

  /**
   * Returns the person ids who act for the party organisation.
   *
   * @return the person ids, non-empty
   */
  public abstract Set<String> getPartyOrganisation();

  /**
   * Returns the party organisation's name, e.g. 局机关党支部.
   *
   * @return the name; 本级党组织 by default
   */
  @Value.Default
  public String getPartyOrganisationName() {
    return "本级党组织";
  }

  /**
   * Returns the minimum publicity period in working days.
   *
   * @return the minimum; {@value #DEFAULT_MINIMUM_PUBLICITY_DAYS} by default
   */
  @Value.Default
  public int getMinimumPublicityDays() {
    return DEFAULT_MINIMUM_PUBLICITY_DAYS;
  }

  /**
   * Returns within how many working days after drafting a measure that needs publicity must be
   * publicised; later, its publicity is overdue.
   *
   * @return the working days; 5 by default
   */
  @Value.Default
  public int getPublicityDueDays() {
    return 5;
  }

  /**
   * Returns within how many working days a measure must be reviewed once it awaits review (after
   * its publicity ends, or after drafting where no publicity is needed), and filed once reviewed;
   * later, it is overdue.
   *
   * @return the working days; 10 by default
   */
  @Value.Default
  public int getReviewDueDays() {
    return 10;
  }

  /**
   * Returns the working-day calendar.
   *
   * @return the calendar; Monday to Friday by default
   */
  @Value.Default
  @Value.Auxiliary
  public WorkingCalendar getCalendar() {
    return WorkingCalendar.weekdays();
  }

  @Value.Check
  void check() {
    if (getPartyOrganisation().isEmpty()) {
      throw new IllegalArgumentException(
          "ReviewPolicy.partyOrganisation needs at least one person id");
    }
    for (String id : getPartyOrganisation()) {
      if (id.isBlank()) {
        throw new IllegalArgumentException("ReviewPolicy.partyOrganisation has a blank person id");
      }
    }
    positive("minimumPublicityDays", getMinimumPublicityDays());
    positive("publicityDueDays", getPublicityDueDays());
    positive("reviewDueDays", getReviewDueDays());
  }

  private static void positive(String field, int value) {
    if (value < 1) {
      throw new IllegalArgumentException(
          "ReviewPolicy." + field + " must be at least 1, was " + value);
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReviewPolicy}. Not thread-safe; use one builder per thread. */
  public static final class Builder extends ImmutableReviewPolicy.Builder {
    Builder() {}
  }
}
