package io.github.probity.excel;

import io.github.probity.annex.AnnexColumn;
import io.github.probity.annex.AnnexKind;
import io.github.probity.annex.AnnexRow;
import io.github.probity.annex.AnnexTables;
import io.github.probity.finding.Finding;
import io.github.probity.model.Ledger;
import io.github.probity.model.LevelLabelStyle;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A unit's own annex template: the blank workbook a discipline-inspection commission (纪委) sends its
 * units, filled with a ledger's rows in the commission's layout.
 *
 * <p>{@link #of(byte[])} recognises the template's tables as {@link AnnexReader} does — which sheet
 * is annex 1, 2 or 3, which column holds what, in the commission's wording — and {@link
 * #fill(Ledger, OutputStream)} writes the ledger's rows under each table's header and keeps
 * everything else of the template: title rows, header band, fonts and borders (each data cell takes
 * the style of the template's first row under the header), column widths, print set-up, and the
 * lines under the table (填表人, 审核人 …), which move down when the rows need the room. A 填报单位 line left
 * blank in the template gets the unit's name. Owner cells are merged over their rows; a column the
 * template has and Probity does not know stays blank.
 *
 * <p><b>Printing.</b> The print set-up (paper, orientation, margins, scale or fit to pages) is the
 * commission's and is never changed, not even where it has none: a template without scaling prints
 * its text at its fonts' size, and one that scales or fits to pages wide may shrink it. {@code
 * fill} returns a {@link ProblemCode#PRINTED_TEXT_SMALL} finding for each table whose smallest
 * font, at the page's scale (the scale set, or the one at which the visible columns fit the pages
 * wide), would print smaller than 9 pt, the size Probity's own workbooks keep to; the unit can then
 * ask the commission or change the set-up by hand. The annex 3 table is filled one block per
 * holder, as {@link AnnexTables#stream(Ledger, AnnexKind)} gives it.
 *
 * <p>The filled workbook also carries what the commission's columns cannot show, as Probity's own
 * workbooks do: each row's risk-point id in a hidden column after the template's, and the ledger in
 * a very hidden sheet. So {@link AnnexReader} reads it back as the ledger it was filled from, and a
 * unit that edits the filled file sends back changes, not new points.
 *
 * <p>Needs Apache POI's {@code poi-ooxml} on the class path (an optional dependency of this module,
 * as {@code poi} is for {@code .xls}): a template is edited, not streamed, so the filled workbook
 * is held in memory — some kilobytes a row, ample for a unit's annexes. Immutable and thread-safe.
 *
 * @since 0.1.0
 */
public final class AnnexTemplate {
  private final byte[] template;
  private final Map<String, AnnexKind> tables;
  private final Map<String, Map<AnnexColumn, Integer>> columns;

  private AnnexTemplate(
      byte[] template,
      Map<String, AnnexKind> tables,
      Map<String, Map<AnnexColumn, Integer>> columns) {
    this.template = template;
    this.tables = tables;
    this.columns = columns;
  }

  /**
   * Reads a blank template and recognises its tables.
   *
   * @param template the template workbook's bytes (xlsx)
   * @return the template
   * @throws IOException if the bytes cannot be read
   * @throws WorkbookRejectedException if the workbook is refused (not a workbook, hostile, beyond
   *     the limits)
   * @throws IllegalArgumentException if no sheet holds an annex 1, 2 or 3 table or the ledger table
   *     (the message lists the sheets), or if a table already holds rows (a filled annex or a
   *     sample row is not a blank template; the message names each sheet's first such row)
   */
  public static AnnexTemplate of(byte[] template) throws IOException {
    AnnexReadResult read = AnnexReader.lenient().read(new ByteArrayInputStream(template));
    Map<String, AnnexKind> tables = new LinkedHashMap<>();
    Map<String, Map<AnnexColumn, Integer>> columns = new LinkedHashMap<>();
    read.getTables()
        .forEach(
            (sheet, kind) -> {
              Map<AnnexColumn, Integer> cols = read.getHeaderColumns().get(sheet);
              if (kind.scopes().isEmpty() || cols == null || cols.isEmpty()) {
                return;
              }
              tables.put(sheet, kind);
              columns.put(sheet, Collections.unmodifiableMap(new LinkedHashMap<>(cols)));
            });
    if (tables.isEmpty()) {
      StringBuilder why = new StringBuilder("模板中未识别出附件表格 · the template has no annex table");
      for (io.github.probity.finding.Finding f : read.getProblems()) {
        why.append("\n").append(f.describe(java.util.Locale.SIMPLIFIED_CHINESE));
      }
      throw new IllegalArgumentException(why.toString());
    }
    refuseFilledTables(read, tables.keySet());
    return new AnnexTemplate(
        template.clone(),
        Collections.unmodifiableMap(tables),
        Collections.unmodifiableMap(columns));
  }

  /**
   * Refuses a template whose tables already hold rows (last year's filled annex, a sample row): the
   * ledger's rows would be written above them and the old rows kept under the new ones.
   */
  private static void refuseFilledTables(AnnexReadResult read, Set<String> sheets) {
    Map<String, List<Integer>> filled = new LinkedHashMap<>();
    for (LocatedRow row : read.getRows()) {
      if (sheets.contains(row.getSheet())) {
        filled.computeIfAbsent(row.getSheet(), k -> new ArrayList<>()).add(row.getRowNumber());
      }
    }
    if (filled.isEmpty()) {
      return;
    }
    StringBuilder why =
        new StringBuilder("模板的表格中已有数据行，请使用空白模板 · the template's tables already hold rows");
    filled.forEach(
        (sheet, rows) ->
            why.append("\n")
                .append(sheet)
                .append("!")
                .append(rows.get(0))
                .append(": ")
                .append(rows.size())
                .append(" 行 · rows"));
    throw new IllegalArgumentException(why.toString());
  }

  /**
   * Reads a blank template file and recognises its tables.
   *
   * @param file the template workbook (xlsx)
   * @return the template
   * @throws IOException if the file cannot be read
   * @throws WorkbookRejectedException if the workbook is refused
   * @throws IllegalArgumentException if no sheet holds an annex table, or a table already holds
   *     rows
   */
  public static AnnexTemplate of(Path file) throws IOException {
    return of(Files.readAllBytes(file));
  }

  /**
   * Returns the template's tables: sheet name to the table kind it holds, in sheet order.
   *
   * @return the tables
   */
  public Map<String, AnnexKind> tables() {
    return tables;
  }

  /**
   * Returns where each recognised column of a sheet's table is (0-based column index).
   *
   * @param sheet a sheet name of {@link #tables()}
   * @return the columns, empty for a sheet without a table
   */
  public Map<AnnexColumn, Integer> columns(String sheet) {
    return columns.getOrDefault(sheet, Map.of());
  }

  /**
   * Returns the layouts the template's tables are printed in, one per table kind (from the first
   * sheet of that kind), so that a unit can save them ({@code ProbityJson.writeAnnexLayouts}) and
   * print its annexes in the commission's layout with {@link AnnexWriter.Builder#layouts} without
   * the template file: the columns in sheet order (each recognised column under the header text the
   * template prints, the others as extra columns of their own), their widths, the title above the
   * header as a pattern (the unit's name, or a blank or {@code XX} run at its start, as {@value
   * io.github.probity.annex.AnnexLayout#UNIT}; a year before 年 as {@value
   * io.github.probity.annex.AnnexLayout#YEAR}) and the lines under the table (填表人, 审核人 …). Hidden
   * columns and a row of column numbers are left out.
   *
   * @param unitName the unit's name as the template may print it in the title; blank if it does not
   * @return the layouts, in sheet order
   * @throws IOException if the template cannot be read again
   * @throws IllegalArgumentException if a table's header row cannot be found
   * @since 0.1.0
   */
  public List<io.github.probity.annex.AnnexLayout> layouts(String unitName) throws IOException {
    return TemplateFiller.layouts(template, tables, columns, unitName);
  }

  /**
   * Fills the template with a ledger's rows: each table gets the rows of its kind, in print order
   * ({@link AnnexTables#stream(Ledger, AnnexKind)}), levels labelled 高/一般/低.
   *
   * @param ledger the ledger
   * @param out where the filled workbook goes; not closed, and given nothing if filling fails
   * @return a {@link ProblemCode#PRINTED_TEXT_SMALL} finding for each table that would print
   *     smaller than 9 pt under the template's own print set-up; empty when all print at 9 pt or
   *     more
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a risk point has a blank title or its owner a blank name
   *     (see {@link AnnexTables#row(Ledger, io.github.probity.model.RiskPoint)})
   */
  public List<Finding> fill(Ledger ledger, OutputStream out) throws IOException {
    return fill(ledger, LevelLabelStyle.HIGH_GENERAL_LOW, out);
  }

  /**
   * Fills the template with a ledger's rows, levels labelled in the given style.
   *
   * @param ledger the ledger
   * @param style how levels are labelled, e.g. as the commission's template asks
   * @param out where the filled workbook goes; not closed, and given nothing if filling fails
   * @return the findings on printing, as {@link #fill(Ledger, OutputStream)}
   * @throws IOException if writing fails
   * @throws IllegalArgumentException if a risk point has a blank title or its owner a blank name
   */
  public List<Finding> fill(Ledger ledger, LevelLabelStyle style, OutputStream out)
      throws IOException {
    Map<String, List<AnnexRow>> rows = new LinkedHashMap<>();
    tables.forEach((sheet, kind) -> rows.put(sheet, AnnexTables.rows(ledger, kind)));
    return TemplateFiller.fill(template, tables, columns, rows, ledger, style, out);
  }

  /**
   * Fills the template into a file, written beside it and moved into place once complete.
   *
   * @param ledger the ledger
   * @param file the target file
   * @return the findings on printing, as {@link #fill(Ledger, OutputStream)}
   * @throws IOException if writing fails; the target is then unchanged
   * @throws IllegalArgumentException if a risk point has a blank title or its owner a blank name
   */
  public List<Finding> fill(Ledger ledger, Path file) throws IOException {
    List<Finding> findings = new ArrayList<>();
    WorkbookFiles.writeAtomically(file, out -> findings.addAll(fill(ledger, out)));
    return findings;
  }

  @Override
  public String toString() {
    List<String> parts = new ArrayList<>();
    tables.forEach((s, k) -> parts.add(s + "=" + k.code()));
    return "AnnexTemplate" + parts;
  }
}
