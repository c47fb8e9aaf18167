package io.github.probity.excel;

import io.github.probity.finding.Finding;
import io.github.probity.finding.FindingCode;
import io.github.probity.finding.Severity;
import io.github.probity.model.Coded;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The stable codes of what the workbook readers find, each with its severity. Their messages, in
 * Chinese and English, are in the bundle {@code io.github.probity.excel.ReadMessages}; they name no
 * cell: the finding's {@link io.github.probity.finding.Location.Cell} does.
 *
 * @since 0.1.0
 */
public enum ProblemCode implements Coded, FindingCode {
  /** The workbook holds no table Probity recognises. */
  NO_TABLE_FOUND("NO_TABLE_FOUND", Severity.ERROR),
  /** A sheet has no header row Probity recognises; the sheet was skipped. */
  SHEET_SKIPPED("SHEET_SKIPPED", Severity.INFO),
  /**
   * A sheet hidden in the workbook (hidden or very hidden: an earlier version, a draft, a helper
   * list) was not read, since what a unit sends is what it shows; name the sheet to read it.
   */
  HIDDEN_SHEET_SKIPPED("HIDDEN_SHEET_SKIPPED", Severity.INFO),
  /**
   * A sheet named by a year alone (2025年) was not read because another sheet is named by a later
   * year (2026年): a table revised each year keeps last year's sheet beside the current one. A sheet
   * the caller names is read all the same. The value is the sheet's name.
   */
  EARLIER_YEAR_SHEET_SKIPPED("EARLIER_YEAR_SHEET_SKIPPED", Severity.INFO),
  /**
   * A sheet looks like an annex but has no risk point column; the sheet was not read. The raw value
   * lists the columns that were recognised and the headers that were not, so that a mapping can be
   * given (e.g. {@code --map 表头=风险点}).
   */
  MISSING_RISK_POINT_COLUMN("MISSING_RISK_POINT_COLUMN", Severity.ERROR),
  /** A header cell names no known column; its values are kept with each row as extras. */
  UNKNOWN_HEADER("UNKNOWN_HEADER", Severity.INFO),
  /**
   * A header cell was placed by its meaning, not by a known spelling; the value names the column.
   */
  HEADER_BY_MEANING("HEADER_BY_MEANING", Severity.INFO),
  /** A column without a telling header was placed by what its cells hold. */
  COLUMN_BY_CONTENT("COLUMN_BY_CONTENT", Severity.INFO),
  /** Two header cells name the same column; the first is read, the other's values are extras. */
  DUPLICATE_COLUMN("DUPLICATE_COLUMN", Severity.WARNING),
  /** The sheet has no category column; every point's category is 未分类 (not given). */
  NO_CATEGORY_COLUMN("NO_CATEGORY_COLUMN", Severity.INFO),
  /** A category not given was taken from the words of the risk point, as the caller asked. */
  CATEGORY_SUGGESTED("CATEGORY_SUGGESTED", Severity.INFO),
  /**
   * Neither the caller nor the workbook gave a value the ledger needs (the unit's name or code, the
   * year); a default was used. The value names it, e.g. {@code 单位代码=UNIT}; give it per call with
   * {@code read(file, unit, year)}.
   */
  VALUE_DEFAULTED("VALUE_DEFAULTED", Severity.INFO),
  /**
   * The workbook carries the ledger Probity wrote it from, but that ledger could not be used (the
   * value says why: altered, cut short, unreadable); the tables were read as a foreign workbook's.
   */
  LEDGER_SHEET_IGNORED("LEDGER_SHEET_IGNORED", Severity.WARNING),
  /**
   * Rows were dropped while reading a workbook that carries its ledger: points no row shows are
   * kept, not taken as deleted, since a dropped row may have shown them.
   */
  REMOVALS_NOT_INFERRED("REMOVALS_NOT_INFERRED", Severity.WARNING),
  /**
   * Annex 3 prints a point once for each holder of its post; this copy shows an edit other than the
   * one taken from an earlier copy of the same point, and its edit was not applied. The value is
   * the copy's risk point text; the finding's row is the copy's.
   */
  COPIES_DISAGREE("COPIES_DISAGREE", Severity.WARNING),
  /**
   * A filled template's table would print smaller than 9 pt under the template's own print set-up
   * (its scale, or fit to pages wide); the set-up is the template's and was left as it is. The
   * value gives the printed size, the smallest font and the scale.
   */
  PRINTED_TEXT_SMALL("PRINTED_TEXT_SMALL", Severity.WARNING),
  /**
   * A row of the header band, or a header repeated inside the table (a printed page break), was
   * skipped.
   */
  REPEATED_HEADER_SKIPPED("REPEATED_HEADER_SKIPPED", Severity.INFO),
  /** A subtotal or total row (合计, 小计, 总计 …) was skipped: it counts points, it is none. */
  SUMMARY_ROW_SKIPPED("SUMMARY_ROW_SKIPPED", Severity.INFO),
  /** A section row such as 一、领导班子, one text across the table, was skipped. */
  SECTION_ROW_SKIPPED("SECTION_ROW_SKIPPED", Severity.INFO),
  /** The level was written inside the risk point's cell; it was read and removed from the title. */
  LEVEL_IN_TITLE("LEVEL_IN_TITLE", Severity.INFO),
  /** A row has content but no risk point; the row was not read. */
  BLANK_RISK_POINT("BLANK_RISK_POINT", Severity.ERROR, true),
  /** A row's owner (department, post, leader) is blank; the row was not read. */
  MISSING_OWNER("MISSING_OWNER", Severity.ERROR, true),
  /** A row's scope (层级) names no owner scope; the row was not read. */
  UNKNOWN_SCOPE("UNKNOWN_SCOPE", Severity.ERROR, true),
  /** A row's values could not make a risk point; the row was not read. */
  INVALID_ROW("INVALID_ROW", Severity.ERROR, true),
  /** A category names no risk category; the point is read as 未分类 (or the caller's default). */
  UNKNOWN_CATEGORY("UNKNOWN_CATEGORY", Severity.WARNING),
  /** A category cell is blank; the point is read as 未分类 (or the caller's default). */
  BLANK_CATEGORY("BLANK_CATEGORY", Severity.INFO),
  /** A level names no risk level; the point is to be graded. */
  UNKNOWN_LEVEL("UNKNOWN_LEVEL", Severity.WARNING),
  /** A level cell is blank; the point is to be graded. */
  BLANK_LEVEL("BLANK_LEVEL", Severity.INFO),
  /**
   * A level word's meaning hangs on the scale the column uses (重大 / 较大 / 一般 against 重大 / 较大 / 一般 /
   * 低); the value says what was decided from the words the whole column uses, e.g. {@code
   * 重大=高，较大=一般，一般=低}.
   */
  LEVEL_SCALE_DECIDED("LEVEL_SCALE_DECIDED", Severity.INFO),
  /** One cell held several numbered risk points; each became a point with the row's measures. */
  RISK_POINTS_SPLIT("RISK_POINTS_SPLIT", Severity.INFO),
  /**
   * A cell held only a placeholder for nothing (无, /, —) or a template's prompt left unfilled
   * (（请填写）, 请选择, XXX); it was read as empty.
   */
  PLACEHOLDER_CELL("PLACEHOLDER_CELL", Severity.INFO),
  /**
   * A cell right of the sheet's print area and of the table's header (a reviewer's note beside the
   * printed table) was read into no row.
   */
  OUTSIDE_PRINT_AREA("OUTSIDE_PRINT_AREA", Severity.INFO),
  /**
   * Text struck through in a cell (deleted in a revision) was left out; the value is that text. A
   * row struck through entirely gives no point. Text is struck through by its rich-text runs or by
   * the cell's format (its font), in .xlsx and .xls alike.
   */
  STRUCK_TEXT_LEFT_OUT("STRUCK_TEXT_LEFT_OUT", Severity.INFO),
  /**
   * A formula cell holds no value to read: the file keeps no result for it (a tool wrote the
   * formula and nothing computed it; opening and saving the file in Excel or WPS computes it), or
   * its result is an error such as {@code #N/A}. The field was left empty: nothing was computed or
   * guessed. The value is the error, or {@code =} where no result was kept.
   */
  FORMULA_WITHOUT_VALUE("FORMULA_WITHOUT_VALUE", Severity.WARNING),
  /** A row without its own risk point added its measures to the point above. */
  CONTINUATION_ROW("CONTINUATION_ROW", Severity.INFO),
  /**
   * A row whose risk point a revision marked deleted was skipped: the point is no longer in the
   * ledger. The mark is a cell of a column kept beside the table (变更情况, 修订类型, 状态, 备注 …) that says
   * only 删除, 已删除, 删去, 撤销, 取消 or 作废, or a bracketed mark before or after the point's own text
   * ({@code （已删除）…}, {@code …【删除】}). The value is the point's text and its mark.
   */
  DELETED_POINT_SKIPPED("DELETED_POINT_SKIPPED", Severity.INFO),
  /**
   * A cell carried a revision's mark beside its value, which was read without it: a level written
   * with its change ({@code 一般→高}, {@code 由低调为一般}, {@code 高↑}) read as the level it ends at, a
   * measure marked {@code （新增）} read without the mark. The value is the cell's text as written.
   */
  REVISION_MARK_READ("REVISION_MARK_READ", Severity.INFO),
  /** A note or signature row under the table was skipped. */
  NOTE_ROW_SKIPPED("NOTE_ROW_SKIPPED", Severity.INFO),
  /**
   * A row a template left in was skipped: its example row (示例, 填写样例, 例：…) or a row holding only its
   * prompts (（请填写）, 请选择, XXX) and a 序号. The value is the row's first text.
   */
  TEMPLATE_ROW_SKIPPED("TEMPLATE_ROW_SKIPPED", Severity.INFO),
  /** The workbook holds no warnings-and-dispositions ledger (预警处置台账). */
  NO_WARNING_TABLE("NO_WARNING_TABLE", Severity.ERROR),
  /** A warning row has content but no warning id; the row was not read. */
  MISSING_WARNING_ID("MISSING_WARNING_ID", Severity.ERROR, true),
  /**
   * A cell's value could not be read (an unknown level, state or step, or a bad time); it is left
   * empty.
   */
  UNREADABLE_CELL("UNREADABLE_CELL", Severity.WARNING),
  /** The workbook holds no implementation plan table (annex 4). */
  PLAN_TABLE_NOT_FOUND("PLAN_TABLE_NOT_FOUND", Severity.ERROR),
  /** A plan table lacks the phase, period or task column; the sheet was not read. */
  PLAN_MISSING_COLUMN("PLAN_MISSING_COLUMN", Severity.ERROR),
  /** A plan row has content but no task; the row was not read. */
  PLAN_BLANK_TASK("PLAN_BLANK_TASK", Severity.ERROR, true),
  /** A plan row has no phase; the row was not read. */
  PLAN_BLANK_PHASE("PLAN_BLANK_PHASE", Severity.ERROR, true),
  /** A plan row's period is not a date range; the row was not read. */
  PLAN_INVALID_PERIOD("PLAN_INVALID_PERIOD", Severity.ERROR, true),
  /** A task is marked completed without a date; the phase's end is taken as its date. */
  PLAN_COMPLETION_UNDATED("PLAN_COMPLETION_UNDATED", Severity.WARNING),
  /** A completion standard names no progress indicator; its text was added to the note. */
  PLAN_UNKNOWN_STANDARD("PLAN_UNKNOWN_STANDARD", Severity.INFO),
  /** The workbook holds more than one plan table; only the first was read. */
  PLAN_EXTRA_TABLE("PLAN_EXTRA_TABLE", Severity.WARNING),
  /** The rows read make no valid plan, e.g. phases overlap; the value says why. */
  PLAN_INVALID("PLAN_INVALID", Severity.ERROR),
  /**
   * A cell of an extra grading factor's column holds no value the policy's declaration accepts (no
   * number within its range, none of its codes or their labels); the text is kept as an extra.
   */
  INVALID_FACTOR_VALUE("INVALID_FACTOR_VALUE", Severity.WARNING),
  /**
   * A cell of a 台账's 落实情况, 成效评价 or 残余风险 column says something Probity cannot read as a measure's
   * status and progress, a review's verdict, reviewer and date, or a level (or names a measure the
   * row does not have); the readable lines were taken and the whole text is kept as an extra.
   */
  UNREADABLE_MEASURE_STATE("UNREADABLE_MEASURE_STATE", Severity.WARNING),
  /**
   * An owner's extra factor (民主评议得分 of a leader …) has another value on this row than on an earlier
   * row of the same owner; the first value was kept, the raw value is this row's.
   */
  OWNER_FACTOR_CONFLICT("OWNER_FACTOR_CONFLICT", Severity.WARNING),
  /**
   * Two cells of a row name one tier of responsibility: a 责任人 cell holding both tiers (科室负责人 /
   * 分管领导王五) beside a 责任领导 naming another supervisor, or a 责任领导 cell holding both beside a 责任人
   * naming another; the tier's own column was kept, and the value is the party set aside.
   */
  RESPONSIBILITY_SET_ASIDE("RESPONSIBILITY_SET_ASIDE", Severity.WARNING),
  /**
   * A person's cell was read as other than its text: 本人 as the row's own person (the leader, the
   * post's one holder), or a name without the courtesy (同志) or the phone number written after it;
   * the raw value is the cell's text.
   */
  PERSON_CELL_READ("PERSON_CELL_READ", Severity.INFO),
  /**
   * A row pasted whole into one cell (from a chat message or a text file), its fields separated by
   * tabs or by runs of spaces, was read field by field into the header's columns; the raw value is
   * the cell's text.
   */
  ROW_IN_ONE_CELL("ROW_IN_ONE_CELL", Severity.INFO);

  /** The base name of the bundle that holds the messages. */
  private static final String BUNDLE = "io.github.probity.excel.ReadMessages";

  private final String code;
  private final Severity severity;
  private final boolean dropsRow;

  ProblemCode(String code, Severity severity) {
    this(code, severity, false);
  }

  /** A code whose findings say their row was left out. */
  ProblemCode(String code, Severity severity, boolean dropsRow) {
    this.code = code;
    this.severity = severity;
    this.dropsRow = dropsRow;
  }

  @Override
  public String code() {
    return code;
  }

  /** Returns the message in Chinese, which is also the label. */
  @Override
  public String displayName() {
    return ResourceBundle.getBundle(BUNDLE, Locale.SIMPLIFIED_CHINESE).getString(code);
  }

  @Override
  public Severity severity() {
    return severity;
  }

  @Override
  public String messageBundle() {
    return BUNDLE;
  }

  /**
   * Tells whether a finding of this code means that its row was left out of the result (a blank
   * risk point, a row with no owner …); the finding's location names the row.
   *
   * @return {@code true} if the row was not read
   */
  public boolean dropsRow() {
    return dropsRow;
  }

  /**
   * Tells whether a finding says that its row was left out of the result.
   *
   * @param finding a finding of any reader
   * @return {@code true} if its code is a {@link ProblemCode} that {@linkplain #dropsRow() drops
   *     the row}
   */
  public static boolean isRowDropped(Finding finding) {
    return finding.getCode() instanceof ProblemCode && ((ProblemCode) finding.getCode()).dropsRow;
  }
}
