package io.github.probity.excel;

import static io.github.probity.excel.ArchiveLayout.WIDTH;
import static io.github.probity.excel.ArchiveLayout.WIDTHS;

import io.github.probity.archive.Archive;
import io.github.probity.archive.ArchiveAnchor;
import io.github.probity.archive.ArchiveEntry;
import io.github.probity.archive.ChangeRecord;
import io.github.probity.archive.IntegrityPledge;
import io.github.probity.archive.RevisionKind;
import io.github.probity.model.LevelDecision;
import io.github.probity.model.Measure;
import io.github.probity.model.Meeting;
import io.github.probity.model.Person;
import io.github.probity.model.RiskFactors;
import io.github.probity.model.RiskPoint;
import io.github.probity.review.Publicity;
import io.github.probity.review.ReviewRecord;
import io.github.probity.review.ReviewStep;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Lays out one archive on one sheet, section by section as {@link ArchiveLayout} says. One instance
 * per sheet, used by one thread.
 */
final class ArchiveSheetWriter {
  private static final double LINE_HEIGHT = 13.5;

  /** The printable height of an A4 landscape page, in points, at 100%. */
  private static final double PAGE_HEIGHT = 509;

  /**
   * How much of a page's height the sheet's rows fill before a new page begins, in points at 100%:
   * the whole printable height, as Excel prints these widths at 100%; LibreOffice prints them a
   * little smaller and has room to spare.
   */
  private static final double PAGE_ROOM = PAGE_HEIGHT;

  private final Worksheet ws;
  private int row;
  private double height;

  /** The height of the rows on the current printed page so far. */
  private double onPage;

  /** The rows that begin a printed page, other than the first. */
  private final List<Integer> breaks = new ArrayList<>();

  ArchiveSheetWriter(Worksheet ws) {
    this.ws = ws;
  }

  /**
   * The rows (0-based) before which the written sheet breaks to a new page: a section's table
   * starts on a new page where its title, header and rows (or its first row, for a table longer
   * than a page) would not fit on the page under way, and a table's rows break where the page is
   * full; the page a table continues on begins with its title, marked {@value
   * ArchiveLayout#CONTINUED}, and its header, so that every page's rows are under their header.
   */
  List<Integer> breaks() {
    return List.copyOf(breaks);
  }

  void write(Archive a, @Nullable ArchiveAnchor anchor) throws IOException {
    for (int c = 0; c < WIDTH; c++) {
      ws.width(c, WIDTHS[c]);
    }
    String title = ArchiveLayout.title(a.getUnitName(), a.getYear());
    Sheets.title(ws, title, WIDTH - 1, false, 32);
    height += 32;
    onPage += 32;
    row = 1;

    basic(a, anchor);
    table(ArchiveLayout.HOLDERS, holders(a));
    table(ArchiveLayout.DUTIES, duties(a));
    table(ArchiveLayout.POINTS, points(a));
    table(ArchiveLayout.GRADING, grading(a));
    table(ArchiveLayout.MEASURES, measures(a));
    table(ArchiveLayout.INDICATORS, indicators(a));
    table(ArchiveLayout.REVIEWS, reviews(a));
    table(ArchiveLayout.PLEDGES, pledges(a));
    table(ArchiveLayout.CHANGES, changes(a));
    table(ArchiveLayout.ENTRIES, entries(a));
    // written when there is something to list, so that an archive without them keeps its pages
    if (!a.getMeetings().isEmpty()) {
      table(ArchiveLayout.MEETINGS, meetings(a));
    }
    if (!a.getPeople().isEmpty()) {
      table(ArchiveLayout.PEOPLE, people(a));
    }

    // one page where the content fits on one; otherwise as many as it needs, broken as above
    Sheets.print(ws, breaks.isEmpty() && height <= PAGE_HEIGHT ? 1 : 0);
  }

  /**
   * Writes the sheet's part out; its {@link #breaks()} must be known to the package by then, as the
   * part is repacked while it is written.
   */
  void finish() throws IOException {
    ws.finish();
  }

  private void basic(Archive a, @Nullable ArchiveAnchor anchor) {
    sectionTitle(ArchiveLayout.BASIC);
    List<String[]> kv = new ArrayList<>();
    String[][] fixed = {
      {ArchiveLayout.UNIT_NAME, a.getUnitName()},
      {ArchiveLayout.UNIT_CODE, a.getUnitCode()},
      {ArchiveLayout.YEAR, Integer.toString(a.getYear())},
      {ArchiveLayout.DEPARTMENT_NAME, a.getDepartmentName()},
      {ArchiveLayout.DEPARTMENT_ID, a.getPost().getDepartment()},
      {ArchiveLayout.POST_NAME, a.getPost().getName()},
      {ArchiveLayout.POST_ID, a.getPost().getId()},
    };
    kv.addAll(Arrays.asList(fixed));
    if (anchor != null) {
      kv.add(new String[] {ArchiveLayout.ANCHOR, anchor.printable()});
    }
    for (String[] pair : kv) {
      cell(row, 0, pair[0], true);
      cell(row, 1, pair[1], false);
      ws.range(row, 1, row, WIDTH - 1).merge();
      ws.range(row, 1, row, WIDTH - 1).style().borderStyle(Sheets.BORDER).set();
      setHeight(SheetWriter.lines(pair[1], span(1, WIDTH - 1)));
      row++;
    }
    gap();
  }

  private void table(String section, List<String[]> rows) {
    List<String> headers = ArchiveLayout.headers(section);
    int[] starts = ArchiveLayout.starts(section);
    int headerLines = 1;
    for (int c = 0; c < headers.size(); c++) {
      headerLines = Math.max(headerLines, SheetWriter.lines(headers.get(c), width(starts, c)));
    }
    double[] heights = new double[rows.size()];
    double all = rowHeight(1) + rowHeight(headerLines);
    double first = all;
    for (int i = 0; i < rows.size(); i++) {
      String[] cells = rows.get(i);
      int lines = 1;
      for (int c = 0; c < cells.length; c++) {
        lines = Math.max(lines, SheetWriter.lines(cells[c], width(starts, c)));
      }
      heights[i] = rowHeight(lines);
      all += heights[i];
      if (i == 0) {
        first = all;
      }
    }
    // the section together on a page where it fits on one, else at least its header and first row
    keep(all <= PAGE_ROOM ? all : first);
    sectionTitle(section);
    header(headers, starts, headerLines);
    for (int i = 0; i < rows.size(); i++) {
      String[] cells = rows.get(i);
      if (onPage > 0 && onPage + heights[i] > PAGE_ROOM) {
        // the table runs on: the next page begins with its title (续) and its header again
        breaks.add(row);
        onPage = 0;
        sectionTitle(section + ArchiveLayout.CONTINUED);
        header(headers, starts, headerLines);
      }
      for (int c = 0; c < cells.length; c++) {
        cell(row, starts[c], cells[c], false);
      }
      merge(starts);
      ws.rowHeight(row, heights[i]);
      height += heights[i];
      onPage += heights[i];
      row++;
    }
    gap();
  }

  /**
   * Starts a new page at the current row unless {@code needed} points fit on the page under way.
   */
  private void keep(double needed) {
    if (onPage > 0 && onPage + needed > PAGE_ROOM) {
      breaks.add(row);
      onPage = 0;
    }
  }

  private static double rowHeight(int lines) {
    return Math.min(Worksheet.MAX_ROW_HEIGHT, LINE_HEIGHT * lines + 6);
  }

  /** The width of the {@code c}th header's columns. */
  private static int width(int[] starts, int c) {
    return span(starts[c], c + 1 < starts.length ? starts[c + 1] - 1 : WIDTH - 1);
  }

  /** Merges the row's cells over each header's columns. */
  private void merge(int[] starts) {
    for (int c = 0; c < starts.length; c++) {
      int end = c + 1 < starts.length ? starts[c + 1] - 1 : WIDTH - 1;
      if (end > starts[c]) {
        ws.range(row, starts[c], row, end).merge();
        ws.range(row, starts[c], row, end).style().borderStyle(Sheets.BORDER).set();
      }
    }
  }

  /** A thin blank row between sections. */
  private void header(List<String> headers, int[] starts, int headerLines) {
    for (int c = 0; c < headers.size(); c++) {
      cell(row, starts[c], headers.get(c), true);
    }
    merge(starts);
    setHeight(headerLines);
    row++;
  }

  private void gap() {
    ws.style(row, 0).set(); // a row without a cell is not written and prints at the default height
    ws.rowHeight(row, 6);
    height += 6;
    onPage += 6;
    row++;
  }

  private void sectionTitle(String title) {
    ws.inlineString(row, 0, title);
    ws.range(row, 0, row, WIDTH - 1).merge();
    ws.range(row, 0, row, WIDTH - 1)
        .style()
        .fontName(SheetWriter.FONT)
        .fontSize(SheetWriter.BODY_FONT_SIZE + 2)
        .bold()
        .horizontalAlignment("left")
        .verticalAlignment("center")
        .set();
    setHeight(1);
    row++;
  }

  private void cell(int r, int c, String text, boolean header) {
    Sheets.tableCell(ws, r, c, text, header, "left");
  }

  private void setHeight(int lines) {
    double h = rowHeight(lines);
    keep(h);
    ws.rowHeight(row, h);
    height += h;
    onPage += h;
  }

  private static int span(int from, int to) {
    int w = 0;
    for (int c = from; c <= to; c++) {
      w += WIDTHS[c];
    }
    return w;
  }

  // ------------------------------------------------------------------ section rows

  private static List<String[]> holders(Archive a) {
    List<String[]> out = new ArrayList<>();
    for (Person p : a.getHolders()) {
      out.add(new String[] {p.getId(), p.getName(), p.getTitle().orElse("")});
    }
    return out;
  }

  private static List<String[]> duties(Archive a) {
    List<String[]> out = new ArrayList<>();
    int n = 0;
    for (String d : a.getPost().getDuties()) {
      out.add(new String[] {Integer.toString(++n), d});
    }
    return out;
  }

  private static List<String[]> points(Archive a) {
    List<String[]> out = new ArrayList<>();
    for (RiskPoint rp : a.getRiskPoints()) {
      out.add(
          new String[] {
            rp.getId(),
            rp.getCategory().displayName(),
            rp.getTitle(),
            rp.getManifestation().orElse(""),
            rp.getLevel().map(l -> l.displayName()).orElse(""),
            rp.getPowerItem().orElse(""),
            rp.getProcessStep().orElse(""),
            rp.getResponsible().map(a::nameOf).orElse(""),
            rp.getSupervisor().map(a::nameOf).orElse(""),
            rp.getResidualLevel().map(l -> l.displayName()).orElse(""),
            rp.getResidualRationale().orElse("")
          });
    }
    return out;
  }

  private static List<String[]> grading(Archive a) {
    List<String[]> out = new ArrayList<>();
    for (RiskPoint rp : a.getRiskPoints()) {
      if (rp.getFactors().isEmpty() && rp.getDecision().isEmpty()) {
        continue;
      }
      Optional<RiskFactors> f = rp.getFactors();
      Optional<LevelDecision> d = rp.getDecision();
      out.add(
          new String[] {
            rp.getId(),
            f.map(x -> Integer.toString(x.getImportance())).orElse(""),
            f.map(x -> Integer.toString(x.getFrequency())).orElse(""),
            f.map(x -> Integer.toString(x.getProbability())).orElse(""),
            f.map(x -> text(x.getDiscretion())).orElse(""),
            f.map(x -> text(x.getHarm())).orElse(""),
            d.map(LevelDecision::getMeetingReference).orElse(""),
            d.map(x -> ArchiveLayout.date(x.getDate())).orElse(""),
            d.map(x -> x.getProposedLevel().displayName()).orElse(""),
            d.map(x -> x.getLevel().displayName()).orElse(""),
            d.flatMap(LevelDecision::getRationale).orElse("")
          });
    }
    return out;
  }

  private static String text(OptionalInt v) {
    return v.isPresent() ? Integer.toString(v.getAsInt()) : "";
  }

  private static List<String[]> measures(Archive a) {
    List<String[]> out = new ArrayList<>();
    for (RiskPoint rp : a.getRiskPoints()) {
      for (Measure m : rp.getMeasures()) {
        out.add(
            new String[] {
              rp.getId(),
              m.getId(),
              m.getText(),
              m.getType().displayName(),
              m.getProposer().map(a::nameOf).orElse(""),
              m.getDeadline().map(ArchiveLayout::date).orElse("")
            });
      }
    }
    return out;
  }

  private static List<String[]> indicators(Archive a) {
    List<String[]> out = new ArrayList<>();
    for (RiskPoint rp : a.getRiskPoints()) {
      int n = 0;
      for (String i : rp.getMonitoringIndicators()) {
        out.add(new String[] {rp.getId(), Integer.toString(++n), i});
      }
    }
    return out;
  }

  private static List<String[]> reviews(Archive a) {
    List<String[]> out = new ArrayList<>();
    for (ReviewRecord r : a.getReviews()) {
      boolean first = true;
      for (ReviewStep s : r.getTrail()) {
        Optional<Publicity> p = s.getPublicity();
        out.add(
            new String[] {
              first ? r.getMeasureId() : "",
              first ? r.getRiskPointId() : "",
              first ? r.getOwner().getScope().code() + ":" + r.getOwner().getId() : "",
              s.getAction().displayName(),
              s.getFromState().map(x -> x.displayName()).orElse(""),
              s.getToState().displayName(),
              a.nameOf(s.getActor()),
              ArchiveLayout.time(s.getAt()),
              s.getOpinion().orElse(""),
              String.join("\n", s.getReasons()),
              p.map(
                      x ->
                          ArchiveLayout.date(x.getStart())
                              + ArchiveLayout.PERIOD
                              + ArchiveLayout.date(x.getEnd()))
                  .orElse(""),
              p.map(Publicity::getRange).orElse("")
            });
        first = false;
      }
    }
    return out;
  }

  private static List<String[]> pledges(Archive a) {
    List<String[]> out = new ArrayList<>();
    for (IntegrityPledge p : a.getPledges()) {
      String name =
          a.getHolders().stream()
              .filter(h -> h.getId().equals(p.getPersonId()))
              .map(Person::getName)
              .findFirst()
              .orElse("");
      out.add(
          new String[] {
            p.getPersonId(), name, ArchiveLayout.date(p.getDate()), p.getText().orElse("")
          });
    }
    return out;
  }

  private static List<String[]> changes(Archive a) {
    List<String[]> out = new ArrayList<>();
    for (ChangeRecord c : a.getChanges()) {
      out.add(
          new String[] {
            Integer.toString(c.getSequence()),
            ArchiveLayout.date(c.getDate()),
            Arrays.stream(RevisionKind.values())
                .filter(c.getKinds()::contains)
                .map(RevisionKind::displayName)
                .collect(Collectors.joining(ArchiveLayout.KIND_SEPARATOR)),
            c.getReason(),
            a.nameOf(c.getActor())
          });
    }
    return out;
  }

  private static List<String[]> meetings(Archive a) {
    List<String[]> out = new ArrayList<>();
    for (Meeting m : a.getMeetings()) {
      out.add(
          new String[] {
            m.getReference(),
            ArchiveLayout.date(m.getDate()),
            m.getKind().displayName(),
            m.getAttendees().stream()
                .map(a::nameOf)
                .collect(Collectors.joining(ArchiveLayout.NAME_LINES)),
            String.join(ArchiveLayout.NAME_LINES, m.getOtherAttendees()),
            m.getDissent().orElse("")
          });
    }
    return out;
  }

  private static List<String[]> people(Archive a) {
    List<String[]> out = new ArrayList<>();
    for (Person p : a.getPeople()) {
      out.add(new String[] {p.getId(), p.getName(), p.getTitle().orElse("")});
    }
    return out;
  }

  private static List<String[]> entries(Archive a) {
    List<String[]> out = new ArrayList<>();
    for (ArchiveEntry e : a.getEntries()) {
      String kind =
          e.getKind().equals(ArchiveEntry.WARNING)
              ? ArchiveLayout.WARNING_LABEL
              : e.getKind().equals(ArchiveEntry.DISPOSITION)
                  ? ArchiveLayout.DISPOSITION_LABEL
                  : e.getKind();
      Map<String, String> attributes = new TreeMap<>(e.getAttributes());
      if (attributes.isEmpty()) {
        out.add(
            new String[] {
              kind, e.getId(), ArchiveLayout.date(e.getDate()), e.getSummary(), "", ""
            });
      }
      boolean first = true;
      for (Map.Entry<String, String> at : attributes.entrySet()) {
        out.add(
            first
                ? new String[] {
                  kind,
                  e.getId(),
                  ArchiveLayout.date(e.getDate()),
                  e.getSummary(),
                  at.getKey(),
                  at.getValue()
                }
                : new String[] {"", "", "", "", at.getKey(), at.getValue()});
        first = false;
      }
    }
    return out;
  }
}
