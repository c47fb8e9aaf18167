package io.github.probity.review;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Tells which days are working days, for publicity periods and review deadlines.
 *
 * <p>{@link #weekdays()} counts Monday to Friday; {@link #withHolidays(Set)} takes public holidays
 * off and {@link #withWorkingDays(Set)} adds make-up working days on weekends (调休). Hosts plug in
 * their own official calendar by implementing {@link #isWorkingDay(LocalDate)}. Implementations
 * must be immutable and thread-safe.
 *
 * @since 0.1.0
 */
@FunctionalInterface
public interface WorkingCalendar {

  /**
   * Tells whether a day is a working day.
   *
   * @param date a day
   * @return {@code true} for a working day
   */
  boolean isWorkingDay(LocalDate date);

  /**
   * Returns the calendar of Monday to Friday, with no holidays.
   *
   * @return the weekday calendar
   */
  static WorkingCalendar weekdays() {
    return date ->
        date.getDayOfWeek() != DayOfWeek.SATURDAY && date.getDayOfWeek() != DayOfWeek.SUNDAY;
  }

  /**
   * Returns this calendar with the given days off.
   *
   * @param holidays days that are not working days
   * @return the combined calendar
   */
  default WorkingCalendar withHolidays(Set<LocalDate> holidays) {
    Set<LocalDate> off = Set.copyOf(holidays);
    return date -> !off.contains(date) && isWorkingDay(date);
  }

  /**
   * Returns this calendar with the given days worked, e.g. weekend make-up days (调休).
   *
   * @param workingDays days that are working days
   * @return the combined calendar
   */
  default WorkingCalendar withWorkingDays(Set<LocalDate> workingDays) {
    Set<LocalDate> on = Set.copyOf(workingDays);
    return date -> on.contains(date) || isWorkingDay(date);
  }

  /**
   * Counts the working days from {@code start} to {@code end}, both inclusive.
   *
   * @param start the first day
   * @param end the last day
   * @return the number of working days; 0 if {@code end} is before {@code start}
   */
  default int workingDaysBetween(LocalDate start, LocalDate end) {
    int n = 0;
    for (LocalDate d = start; !d.isAfter(end); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
      }
    }
    return n;
  }

  /**
   * Returns the day on which a period of {@code days} working days starting on {@code start} ends:
   * the {@code days}-th working day on or after {@code start}.
   *
   * @param start the first day of the period
   * @param days the number of working days, at least 1
   * @return the last day of the period
   * @throws IllegalArgumentException if {@code days} is below 1, or the calendar has too few
   *     working days
   */
  default LocalDate lastDayOf(LocalDate start, int days) {
    if (days < 1) {
      throw new IllegalArgumentException("days must be at least 1, was " + days);
    }
    int n = 0;
    for (LocalDate d = start; d.isBefore(start.plusYears(10)); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        n++;
        if (n == days) {
          return d;
        }
      }
    }
    throw new IllegalArgumentException(
        "no " + days + " working days within ten years from " + start);
  }
}
