package io.github.probity.annex;

import io.github.probity.plan.ImplementationPlan;
import io.github.probity.plan.PlanPhase;
import io.github.probity.plan.PlanTask;
import io.github.probity.plan.ProgressIndicator;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Annex 4 as format-neutral data: the implementation plan's table, one row per task in plan order,
 * with the phase's name and dates merged over its rows and the plan's notes under the table; and
 * the way back from rows to a plan. Writers and readers of any format take columns and cell texts
 * from here.
 *
 * <p>Cell conventions: the period is {@code 2026年4月20日—4月28日} (the end's year only when it
 * differs); names are separated by {@code 、}; the completion standard lists one indicator per line
 * as {@code 岗位风险点查找率达到100%}; the status is {@code 已完成（2026年4月28日）} or blank. Reading accepts {@code
 * 4月20日-4月28日}, {@code 2026.4.20至2026.4.28}, {@code 2026-04-20~04-28} and the like. Stateless and
 * thread-safe.
 *
 * @since 0.1.0
 */
public final class PlanTables {
  /** The prefix of the notes line under the table. */
  public static final String NOTES_PREFIX = "备注：";

  private static final List<PlanColumn> COLUMNS = List.of(PlanColumn.values());
  private static final Pattern DATE =
      Pattern.compile("(?:(\\d{4})\\s*[年./\\-]\\s*)?(\\d{1,2})\\s*[月./\\-]\\s*(\\d{1,2})\\s*日?");
  private static final Pattern NOTES =
      Pattern.compile("^(?:(?:备\\s*注|说\\s*明)\\s*[：:]?|注\\s*[：:])\\s*");
  private static final String DONE = "已完成";
  private static final String STANDARD_SUFFIX = "达到100%";

  private PlanTables() {}

  /** {@return the columns in print order} */
  public static List<PlanColumn> columns() {
    return COLUMNS;
  }

  /**
   * {@return the printed title, e.g. {@code 示例区财政局廉政风险预警防控机制建设工作实施计划}}
   *
   * @param plan the plan
   */
  public static String title(ImplementationPlan plan) {
    return AnnexKind.PLAN.title(plan.getUnitName());
  }

  /**
   * {@return the plan's rows: one per task, in plan order}
   *
   * @param plan the plan
   */
  public static List<PlanRow> rows(ImplementationPlan plan) {
    List<PlanRow> rows = new ArrayList<>();
    for (PlanPhase p : plan.getPhases()) {
      for (PlanTask t : p.getTasks()) {
        rows.add(
            PlanRow.builder()
                .phase(p.getName())
                .start(p.getStart())
                .end(p.getEnd())
                .task(t)
                .build());
      }
    }
    return rows;
  }

  /**
   * Returns the text of one cell. The sequence column is numbered by the writer and gives an empty
   * text here.
   *
   * @param row the row
   * @param column the column
   * @return the cell text, empty when the row has no value for the column
   */
  public static String cell(PlanRow row, PlanColumn column) {
    PlanTask t = row.getTask();
    switch (column) {
      case PHASE:
        return row.getPhase();
      case PERIOD:
        return period(row.getStart(), row.getEnd());
      case TASK:
        return t.getTitle();
      case CONTENT:
        return t.getContent().orElse("");
      case DEPARTMENT:
        return String.join(AnnexText.NAME_SEPARATOR, t.getResponsibleDepartments());
      case PERSON:
        return String.join(AnnexText.NAME_SEPARATOR, t.getResponsiblePeople());
      case STANDARD:
        return standard(t.getIndicators());
      case STATUS:
        return t.getCompletedOn().map(d -> DONE + "（" + date(d, true) + "）").orElse("");
      case REMARK:
        return t.getNote().orElse("");
      default:
        return "";
    }
  }

  /**
   * Returns the key that decides which adjacent rows share a merged cell: rows of one phase share
   * the phase and period cells.
   *
   * @param row the row
   * @param column the column
   * @return the merge key, or empty if the column is never merged
   */
  public static Optional<String> mergeKey(PlanRow row, PlanColumn column) {
    if (column == PlanColumn.PHASE || column == PlanColumn.PERIOD) {
      return Optional.of(row.getPhase() + "\u0000" + row.getStart() + "\u0000" + row.getEnd());
    }
    return Optional.empty();
  }

  /**
   * Returns the notes line printed under the table, e.g. {@code 备注：1.…\n2.…}.
   *
   * @param plan the plan
   * @return the line, or empty if the plan has no notes
   */
  public static Optional<String> notesLine(ImplementationPlan plan) {
    if (plan.getNotes().isEmpty()) {
      return Optional.empty();
    }
    List<String> notes = plan.getNotes();
    return Optional.of(
        NOTES_PREFIX + (notes.size() == 1 ? "" : "\n") + AnnexText.joinNumbered(notes));
  }

  /**
   * Tells whether a line under the table is the notes line, and returns its notes.
   *
   * @param text the line's text
   * @return the notes, or empty if the line is not a notes line
   */
  public static Optional<List<String>> parseNotesLine(String text) {
    String t = AnnexText.clean(text);
    Matcher m = NOTES.matcher(t);
    if (!m.find()) {
      return Optional.empty();
    }
    return Optional.of(AnnexText.splitNumbered(t.substring(m.end())));
  }

  /**
   * Formats a date range, e.g. {@code 2026年4月20日—4月28日} or {@code 2026年12月1日—2027年1月31日}.
   *
   * @param start the first day
   * @param end the last day
   * @return the text
   */
  public static String period(LocalDate start, LocalDate end) {
    return date(start, true) + "—" + date(end, end.getYear() != start.getYear());
  }

  private static String date(LocalDate d, boolean withYear) {
    return (withYear ? d.getYear() + "年" : "") + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
  }

  /**
   * Finds the dates in a text, in order: {@code 2026年4月20日}, {@code 4月20日}, {@code 2026.4.20},
   * {@code 2026-04-20}, {@code 4.20}. A date without a year takes the year of the date before it
   * (the year after, if it would otherwise go back in time), or the given year for the first.
   *
   * @param text the text
   * @param year the year of a first date written without one
   * @return the dates in the order written; empty if the text holds none
   * @throws IllegalArgumentException if a date-like text is not a valid day
   */
  public static List<LocalDate> dates(String text, int year) {
    List<LocalDate> out = new ArrayList<>();
    Matcher m = DATE.matcher(AnnexText.clean(text));
    int y = year;
    while (m.find()) {
      boolean explicit = m.group(1) != null;
      int yy = explicit ? Integer.parseInt(m.group(1)) : y;
      int month = Integer.parseInt(m.group(2));
      int day = Integer.parseInt(m.group(3));
      LocalDate d;
      try {
        d = LocalDate.of(yy, month, day);
        if (!explicit && !out.isEmpty() && d.isBefore(out.get(out.size() - 1))) {
          d = d.plusYears(1);
        }
      } catch (DateTimeException ex) {
        throw new IllegalArgumentException("not a valid day: " + m.group(), ex);
      }
      out.add(d);
      y = d.getYear();
    }
    return out;
  }

  /**
   * Parses a period cell into its first and last day; a single date gives a one-day period.
   *
   * @param text the cell's text
   * @param year the year of a first date written without one
   * @return the first and last day, or empty if the text holds no date or more than two
   */
  public static Optional<List<LocalDate>> parsePeriod(String text, int year) {
    List<LocalDate> d;
    try {
      d = dates(text, year);
    } catch (IllegalArgumentException ex) {
      return Optional.empty();
    }
    if (d.size() == 1) {
      return Optional.of(List.of(d.get(0), d.get(0)));
    }
    return d.size() == 2 ? Optional.of(d) : Optional.empty();
  }

  /**
   * Tells whether a status cell says the task is completed: it mentions 完成 without 未 before it.
   *
   * @param text the cell's text
   * @return {@code true} if the cell says completed
   */
  public static boolean saysCompleted(String text) {
    String t = AnnexText.clean(text);
    return t.contains("完成") && !t.contains("未完成") && !t.contains("未能完成");
  }

  /**
   * Formats indicators as a completion standard, one per line.
   *
   * @param indicators the indicators
   * @return the text, empty for none
   */
  public static String standard(List<ProgressIndicator> indicators) {
    List<String> lines = new ArrayList<>();
    for (ProgressIndicator i : indicators) {
      lines.add(i.displayName() + STANDARD_SUFFIX);
    }
    return String.join("\n", lines);
  }

  /**
   * Finds the indicators a completion standard names, by their Chinese names or codes, in the order
   * they appear.
   *
   * @param text the cell's text
   * @return the indicators, each once
   */
  public static List<ProgressIndicator> parseStandard(String text) {
    Map<Integer, ProgressIndicator> found = new TreeMap<>();
    for (ProgressIndicator i : ProgressIndicator.values()) {
      int at = text.indexOf(i.displayName());
      if (at < 0) {
        at = text.indexOf(i.code());
      }
      if (at >= 0) {
        found.put(at, i);
      }
    }
    return new ArrayList<>(found.values());
  }

  /**
   * Builds a plan from rows: adjacent rows with the same phase name form one phase, from the
   * earliest start to the latest end among them — so a table that gives each task its own dates
   * under one phase still reads as one phase.
   *
   * @param unitName the unit's name
   * @param year the plan's year
   * @param rows the rows, in order
   * @param notes the notes under the table
   * @return the plan, one phase per run of rows with the same phase name, in the rows' order
   * @throws io.github.probity.plan.InvalidPlanException if the rows make no valid plan, e.g. phases
   *     overlap; it names every problem
   */
  public static ImplementationPlan plan(
      String unitName, int year, List<PlanRow> rows, List<String> notes) {
    ImplementationPlan.Builder b = ImplementationPlan.builder().unitName(unitName).year(year);
    List<PlanRow> group = new ArrayList<>();
    for (PlanRow r : rows) {
      if (!group.isEmpty() && !group.get(0).getPhase().equals(r.getPhase())) {
        b.addPhases(phase(group));
        group = new ArrayList<>();
      }
      group.add(r);
    }
    if (!group.isEmpty()) {
      b.addPhases(phase(group));
    }
    return b.addAllNotes(notes).build();
  }

  /** Makes one phase of adjacent rows with one name, spanning all their dates. */
  private static PlanPhase phase(List<PlanRow> group) {
    LocalDate start = group.get(0).getStart();
    LocalDate end = group.get(0).getEnd();
    PlanPhase.Builder b = PlanPhase.builder().name(group.get(0).getPhase());
    for (PlanRow r : group) {
      start = r.getStart().isBefore(start) ? r.getStart() : start;
      end = r.getEnd().isAfter(end) ? r.getEnd() : end;
      b.addTasks(r.getTask());
    }
    return b.start(start).end(end).build();
  }
}
