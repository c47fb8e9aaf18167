package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import org.jspecify.annotations.Nullable;

/**
 * Turns a sheet that is not laid out as a table into one the table reader reads: a table laid on
 * its side (the fields as row labels down one column, one post, department or leader per column)
 * and record forms (a 登记表 or 防控卡 filled once per risk point, label cells beside their values or
 * label and value in one cell, {@code 岗位名称：出纳}, stacked down the sheet or one per sheet).
 *
 * <p>A sheet is taken for one of these only when the first cells of its first rows are labels of a
 * risk table, among them the risk point and its measures or level, on rows of their own: an
 * ordinary table names those in one header row. The rows above the first label stay as they are
 * (titles, 填报单位); the labels become a header row and each column, or each form, a row under it. A
 * table on its side keeps the rows under it (notes, sign-off) after its rows.
 *
 * <p>Recognition looks at the first cell of each of the first rows once per sheet; only a sheet so
 * recognised is held whole (up to {@link #MAX_ROWS} rows) to be turned.
 */
final class RecordSheets {

  /** The rows looked at to recognise a sheet, as many as a header is looked for in. */
  private static final int LOOK = 30;

  /** A sheet of forms is held whole to be turned; a longer one is read as it stands. */
  private static final int MAX_ROWS = 5000;

  /** The fewest label rows that make a table on its side or a form. */
  private static final int MIN_LABEL_ROWS = 3;

  /**
   * The merges and rows the table reader reads, and the lines of forms that hold no field (a
   * signature blank, a unit and year line, a title repeated on every card): each its 1-based row
   * and its text, to be named by a finding.
   */
  record Arranged(
      List<int[]> merges,
      Iterator<TableReader.RawRow> rows,
      List<Map.Entry<Integer, String>> left) {

    Arranged(List<int[]> merges, Iterator<TableReader.RawRow> rows) {
      this(merges, rows, List.of());
    }
  }

  private RecordSheets() {}

  /**
   * The sheet as the table reader should read it: turned when it is a table on its side or a sheet
   * of forms, else as it stands.
   *
   * @param sheet the sheet's name
   * @param merges the sheet's merged ranges, 0-based {top, left, bottom, right}
   * @param rows the sheet's rows
   * @param config the reader's settings, for what a label means
   */
  static Arranged arrange(
      String sheet, List<int[]> merges, Iterator<TableReader.RawRow> rows, ReaderConfig config) {
    List<TableReader.RawRow> held = new ArrayList<>();
    while (rows.hasNext() && held.size() < LOOK) {
      held.add(rows.next());
    }
    HeaderBand band = new HeaderBand(config);
    if (!labelled(held, band)) {
      return new Arranged(merges, new Replay(held, rows));
    }
    while (rows.hasNext() && held.size() < MAX_ROWS) {
      held.add(rows.next());
    }
    if (rows.hasNext()) {
      return new Arranged(merges, new Replay(held, rows));
    }
    MergeFiller filler = new MergeFiller(merges);
    List<MergeFiller.Filled> filled = new ArrayList<>(held.size());
    for (TableReader.RawRow r : held) {
      filled.add(filler.fill(r.number - 1, r.cells));
    }
    List<Map.Entry<Integer, String>> left = new ArrayList<>();
    List<TableReader.RawRow> turned = sideways(held, filled, band);
    if (turned == null) {
      turned = forms(held, band, sheet, left);
    }
    if (turned == null) {
      return new Arranged(merges, new Replay(held, rows));
    }
    int header = firstLabel(held, band);
    int headerRow = held.get(header).number - 1;
    List<int[]> above = new ArrayList<>();
    for (int[] m : merges) {
      if (m[2] < headerRow) {
        above.add(m);
      }
    }
    return new Arranged(above, turned.iterator(), left);
  }

  // ------------------------------------------------------------------ recognising

  /**
   * Whether the first cells of the first rows are labels on rows of their own: the risk point's and
   * the measures' or the level's among at least {@link #MIN_LABEL_ROWS}.
   */
  private static boolean labelled(List<TableReader.RawRow> head, HeaderBand band) {
    int lines = 0;
    int point = -1;
    boolean other = false;
    for (int i = 0; i < head.size(); i++) {
      TableReader.RawRow r = head.get(i);
      if (!labelLine(r.cells, band)) {
        continue;
      }
      AnnexColumn role = labelOf(r.cells[first(r.cells)], band);
      lines++;
      point = point < 0 && role == AnnexColumn.RISK_POINT ? i : point;
      other |= role == AnnexColumn.MEASURES || role == AnnexColumn.LEVEL;
    }
    if (lines < MIN_LABEL_ROWS || point < 0 || !other) {
      return false;
    }
    for (int i = 0; i < head.size(); i++) {
      if (i < point && band.isHeader(head.get(i).cells) || headerRun(head.get(i).cells, band)) {
        return false; // an ordinary header: a cell such as 新增风险点 is a row's value
      }
    }
    return true;
  }

  /**
   * Whether a row holds an ordinary header: four cells side by side, each surely a label, of four
   * columns or more (a form's line alternates labels and values; a value that reads as a label,
   * 业务流程 beside 风险类别, repeats a column at most).
   */
  private static boolean headerRun(String[] cells, HeaderBand band) {
    EnumMap<AnnexColumn, Boolean> run = new EnumMap<>(AnnexColumn.class);
    for (String c : cells) {
      if (blank(c)) {
        continue;
      }
      AnnexColumn role = label(c, band);
      if (role == null) {
        run.clear();
      } else {
        run.put(role, Boolean.TRUE);
        if (run.size() >= 4) {
          return true;
        }
      }
    }
    return false;
  }

  /** The index of the first held row whose first cell is a label. */
  private static int firstLabel(List<TableReader.RawRow> rows, HeaderBand band) {
    for (int i = 0; i < rows.size(); i++) {
      if (labelLine(rows.get(i).cells, band)) {
        return i;
      }
    }
    return 0;
  }

  /** What a cell labels, alone ({@code 风险点}, {@code 风险点：}) or before its value ({@code 风险点：…}). */
  private static @Nullable AnnexColumn labelOf(@Nullable String cell, HeaderBand band) {
    if (cell == null || cell.isBlank()) {
      return null;
    }
    AnnexColumn role = label(cell, band);
    if (role != null) {
      return role;
    }
    int colon = colon(cell);
    return colon > 0 ? label(cell.substring(0, colon), band) : null;
  }

  /**
   * What a label cell means; none for a blank to sign or date ({@code 科室负责人签字：}, {@code 日期：}),
   * which a form prints between its fields and which holds no value of the row.
   */
  private static @Nullable AnnexColumn label(String text, HeaderBand band) {
    for (String w : SIGNING) {
      if (text.contains(w)) {
        return null;
      }
    }
    return band.label(text);
  }

  /** Words of a blank to sign, stamp or date. */
  private static final String[] SIGNING = {"签字", "签名", "盖章", "日期"};

  /**
   * Whether a row is a label line: its first cell is a label, with its value in the same cell or in
   * a cell right of it (a title such as 岗位廉政风险防控卡, alone on its row, is none).
   */
  private static boolean labelLine(String[] cells, HeaderBand band) {
    int c = first(cells);
    if (c < 0 || labelOf(cells[c], band) == null) {
      return false;
    }
    if (label(cells[c], band) == null) {
      return true; // 风险点：… with its value
    }
    for (int k = c + 1; k < cells.length; k++) {
      if (!blank(cells[k])) {
        return true;
      }
    }
    return false;
  }

  private static int colon(String cell) {
    int a = cell.indexOf('：');
    int b = cell.indexOf(':');
    return a < 0 ? b : b < 0 ? a : Math.min(a, b);
  }

  private static int first(String[] cells) {
    for (int c = 0; c < cells.length; c++) {
      if (cells[c] != null && !cells[c].isBlank()) {
        return c;
      }
    }
    return -1;
  }

  private static boolean blank(@Nullable String s) {
    return s == null || s.isBlank();
  }

  // ------------------------------------------------------------------ a table on its side

  /**
   * The rows of a table laid on its side: every label in one column, alone on its row, none twice;
   * each column right of the labels with a value is a row. Null when the sheet is not such a table.
   */
  private static @Nullable List<TableReader.RawRow> sideways(
      List<TableReader.RawRow> rows, List<MergeFiller.Filled> filled, HeaderBand band) {
    int start = firstLabel(rows, band);
    int labelColumn = first(rows.get(start).cells);
    List<Integer> lines = new ArrayList<>();
    EnumMap<AnnexColumn, Boolean> seen = new EnumMap<>(AnnexColumn.class);
    int end = start;
    int wide = 0; // label lines with two values or more: one per post, department or leader
    for (int i = start; i < rows.size(); i++) {
      String[] raw = rows.get(i).cells;
      int c = first(raw);
      if (c < 0) {
        continue; // a blank row inside the table
      }
      if (c != labelColumn || !HeaderBand.isFieldName(raw[c])) {
        break; // a note or sign-off under the table
      }
      AnnexColumn role = label(raw[c], band);
      if (role != null && seen.put(role, Boolean.TRUE) != null) {
        return null; // a label twice: forms stacked down the sheet
      }
      int values = 0;
      for (int k = c + 1; k < raw.length; k++) {
        if (blank(raw[k])) {
          continue;
        }
        values++;
        int colon = colon(raw[k]);
        if (colon > 0 && label(raw[k].substring(0, colon), band) != null) {
          return null; // 姓名：… beside a label: a form
        }
      }
      wide += values >= 2 ? 1 : 0;
      lines.add(i);
      end = i;
    }
    if (!seen.containsKey(AnnexColumn.RISK_POINT)
        || lines.size() < MIN_LABEL_ROWS
        || (lines.size() - wide) * 4 > lines.size()) {
      return null; // a form's lines hold one value each, beside a label or two
    }
    for (int i = end + 1; i < rows.size(); i++) {
      String[] raw = rows.get(i).cells;
      if (labelLine(raw, band) && seen.containsKey(labelOf(raw[first(raw)], band))) {
        return null; // the labels again further down: forms stacked down the sheet
      }
    }
    int width = 0;
    for (int i : lines) {
      width = Math.max(width, filled.get(i).values.length);
    }
    List<Integer> columns = new ArrayList<>();
    for (int c = labelColumn + 1; c < width; c++) {
      for (int i : lines) {
        String[] v = filled.get(i).values;
        if (c < v.length && !blank(v[c])) {
          columns.add(c);
          break;
        }
      }
    }
    if (columns.isEmpty()) {
      return null;
    }
    List<TableReader.RawRow> out = new ArrayList<>(rows.subList(0, start));
    String[] header = new String[lines.size()];
    for (int k = 0; k < lines.size(); k++) {
      header[k] = HeaderBand.labelText(rows.get(lines.get(k)).cells[labelColumn]);
    }
    int number = rows.get(start).number;
    out.add(new TableReader.RawRow(number, header));
    for (int c : columns) {
      String[] cells = new String[lines.size()];
      for (int k = 0; k < lines.size(); k++) {
        String[] v = filled.get(lines.get(k)).values;
        cells[k] = c < v.length && v[c] != null ? v[c] : "";
      }
      out.add(new TableReader.RawRow(++number, cells));
    }
    for (int i = end + 1; i < rows.size(); i++) {
      TableReader.RawRow r = rows.get(i);
      number = Math.max(number + 1, r.number);
      out.add(number == r.number ? r : new TableReader.RawRow(number, r.cells));
    }
    return out;
  }

  // ------------------------------------------------------------------ forms

  /** A label and its value on a form. */
  private record Field(AnnexColumn role, String label, StringBuilder value) {}

  /**
   * The rows of a sheet of forms: each form's labels and values, one row per risk point; a new
   * point on the same form keeps the fields written above the form's first point (岗位, 姓名). Null
   * when no form gives a risk point.
   */
  private static @Nullable List<TableReader.RawRow> forms(
      List<TableReader.RawRow> rows,
      HeaderBand band,
      String sheet,
      List<Map.Entry<Integer, String>> left) {
    int start = firstLabel(rows, band);
    Map<AnnexColumn, String> header = new LinkedHashMap<>();
    List<Map<AnnexColumn, Field>> records = new ArrayList<>();
    List<Integer> numbers = new ArrayList<>();
    Map<AnnexColumn, Field> card = new LinkedHashMap<>();
    Map<AnnexColumn, Field> rec = new LinkedHashMap<>();
    int pointRow = -1;
    Field last = null;
    int lastLabelColumn = -1;
    for (int i = start; i < rows.size(); i++) {
      TableReader.RawRow r = rows.get(i);
      String[] raw = r.cells;
      List<Object[]> pairs = pairs(raw, band);
      if (pairs.isEmpty()) {
        if (last != null && continues(raw, lastLabelColumn)) {
          for (int c = lastLabelColumn + 1; c < raw.length; c++) {
            if (!blank(raw[c])) {
              last.value().append(last.value().length() == 0 ? "" : "\n").append(raw[c].strip());
            }
          }
        } else if (first(raw) >= 0) {
          last = null; // a signature line, a repeated title: the field above ends
          StringBuilder text = new StringBuilder();
          for (String c : raw) {
            if (!blank(c)) {
              text.append(text.length() == 0 ? "" : " ").append(c.strip());
            }
          }
          left.add(Map.entry(r.number, text.toString()));
        }
        continue;
      }
      for (Object[] p : pairs) {
        AnnexColumn role = (AnnexColumn) p[0];
        Field f = new Field(role, (String) p[1], new StringBuilder((String) p[2]));
        if (rec.containsKey(role)) {
          if (pointRow < 0) {
            continue; // a label twice before any point: the first stands
          }
          records.add(rec);
          numbers.add(pointRow);
          pointRow = -1;
          if (role == AnnexColumn.RISK_POINT) {
            rec = new LinkedHashMap<>(card); // a further point on the same form
          } else {
            rec = new LinkedHashMap<>();
            card = new LinkedHashMap<>();
          }
        }
        rec.put(role, f);
        header.putIfAbsent(role, f.label());
        if (role == AnnexColumn.RISK_POINT) {
          pointRow = r.number;
        } else if (pointRow < 0) {
          card.put(role, f);
        }
        last = f;
        lastLabelColumn = (Integer) p[3];
      }
    }
    if (pointRow >= 0) {
      records.add(rec);
      numbers.add(pointRow);
    }
    if (records.isEmpty()) {
      left.clear();
      return null;
    }
    String post = null;
    if (!header.containsKey(AnnexColumn.POST)
        && !header.containsKey(AnnexColumn.LEADER)
        && header.containsKey(AnnexColumn.HOLDER)
        && (sheet.endsWith("岗") || sheet.endsWith("岗位"))) {
      post = sheet.strip(); // a card per sheet, named by its post, held by the people it names
    }
    List<AnnexColumn> order = new ArrayList<>(header.keySet());
    List<TableReader.RawRow> out = new ArrayList<>(rows.subList(0, start));
    int number = rows.get(start).number;
    int width = order.size() + (post == null ? 0 : 1);
    String[] head = new String[width];
    for (int k = 0; k < order.size(); k++) {
      head[k] = header.get(order.get(k));
    }
    if (post != null) {
      head[width - 1] = AnnexColumn.POST.displayName();
    }
    out.add(new TableReader.RawRow(number, head));
    for (int n = 0; n < records.size(); n++) {
      String[] cells = new String[width];
      for (int k = 0; k < order.size(); k++) {
        Field f = records.get(n).get(order.get(k));
        cells[k] = f == null ? "" : f.value().toString();
      }
      if (post != null) {
        cells[width - 1] = post;
      }
      number = Math.max(number + 1, numbers.get(n));
      out.add(new TableReader.RawRow(number, cells));
    }
    return out;
  }

  /**
   * A line's labels with their values, left to right, each {role, label, value, label's column}: a
   * label's value is in its own cell after a colon, else the next cell right of it that is no
   * label.
   */
  private static List<Object[]> pairs(String[] raw, HeaderBand band) {
    List<Object[]> out = new ArrayList<>(2);
    Object[] open = null;
    for (int c = 0; c < raw.length; c++) {
      String t = raw[c];
      if (blank(t)) {
        continue;
      }
      int colon = colon(t);
      AnnexColumn inline = colon > 0 ? label(t.substring(0, colon), band) : null;
      boolean colonLabel = inline != null || t.strip().endsWith("：") || t.strip().endsWith(":");
      if (open != null && !colonLabel) {
        open[2] = t.strip(); // the value beside its label, whatever it looks like (业务流程)
        open = null;
        continue;
      }
      AnnexColumn role = label(t, band);
      if (role != null) {
        open = new Object[] {role, HeaderBand.labelText(t), "", c};
        out.add(open);
      } else if (inline != null) {
        String value = t.substring(colon + 1).strip();
        Object[] p = {inline, HeaderBand.labelText(t.substring(0, colon)), value, c};
        out.add(p);
        open = value.isEmpty() ? p : null;
      } else {
        open = null; // 日期：, a signature blank: the label before it has no value here
      }
    }
    out.removeIf(p -> ((String) p[2]).isEmpty()); // a title such as …防控卡 alone on its line
    return out;
  }

  /**
   * Whether a line without labels goes on with the value of the label above it: it is blank up to
   * the label's column (under a label merged down over several lines, one measure a line).
   */
  private static boolean continues(String[] raw, int labelColumn) {
    return labelColumn >= 0 && first(raw) > labelColumn;
  }

  // ------------------------------------------------------------------ replay

  /** The rows looked at, then the rest, as the sheet gave them; hidden columns told on. */
  private static final class Replay implements Iterator<TableReader.RawRow>, SheetColumns {
    private final List<TableReader.RawRow> held;
    private final Iterator<TableReader.RawRow> rest;
    private int next;

    Replay(List<TableReader.RawRow> held, Iterator<TableReader.RawRow> rest) {
      this.held = held;
      this.rest = rest;
    }

    @Override
    public boolean hasNext() {
      return next < held.size() || rest.hasNext();
    }

    @Override
    public TableReader.RawRow next() {
      if (next < held.size()) {
        TableReader.RawRow r = held.get(next);
        held.set(next++, null); // let the rows read go
        return r;
      }
      if (!rest.hasNext()) {
        throw new NoSuchElementException();
      }
      return rest.next();
    }

    @Override
    public BitSet hiddenColumns() {
      return rest instanceof SheetColumns c ? c.hiddenColumns() : new BitSet();
    }
  }
}
